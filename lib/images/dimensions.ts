/**
 * Width and height of a PNG, JPEG, GIF or WebP from its header, synchronously:
 * the Markdown compile is synchronous and writes `width`/`height` on every
 * image. sharp reads the same headers, asynchronously; it encodes the variants.
 */
export interface Dimensions {
  width: number;
  height: number;
}

export type RasterFormat = "png" | "jpeg" | "gif" | "webp" | "avif";

/** The raster format the bytes begin with (their signature), if any. */
export function rasterFormat(bytes: Uint8Array): RasterFormat | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) return "png";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.toString("ascii", 0, 6))) return "gif";
  if (b.length >= 12 && b.toString("ascii", 0, 4) === "RIFF" && b.toString("ascii", 8, 12) === "WEBP") return "webp";
  if (b.length >= 12 && b.toString("ascii", 4, 8) === "ftyp" && /^avi[fs]$/.test(b.toString("ascii", 8, 12))) return "avif";
  return undefined;
}

export function imageDimensions(bytes: Uint8Array): Dimensions | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString("ascii", 12, 16) === "IHDR") {
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  if (b.length >= 10 && b.toString("ascii", 0, 4) === "GIF8") return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegDimensions(b);
  if (b.length >= 30 && b.toString("ascii", 0, 4) === "RIFF" && b.toString("ascii", 8, 12) === "WEBP") return webpDimensions(b);
  return undefined;
}

/**
 * The first start-of-frame segment (SOF0–SOF15 except DHT, JPG and DAC) holds
 * the size; an EXIF orientation of 5–8 (a camera held upright) swaps it, as
 * browsers show the photo and as sharp's `.rotate()` writes the variants.
 */
function jpegDimensions(b: Buffer): Dimensions | undefined {
  let at = 2;
  let orientation = 1;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    if (marker === 0xe1 && b.toString("latin1", at + 4, at + 10) === "Exif\0\0") orientation = exifOrientation(b, at + 10) ?? orientation;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = b.readUInt16BE(at + 5);
      const width = b.readUInt16BE(at + 7);
      return orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
    }
    at += 2 + length;
  }
  return undefined;
}

/** The Orientation tag (0x0112) of the first IFD of the TIFF structure at `tiff`. */
function exifOrientation(b: Buffer, tiff: number): number | undefined {
  try {
    const little = b.toString("latin1", tiff, tiff + 2) === "II";
    const u16 = (o: number) => (little ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const ifd = tiff + (little ? b.readUInt32LE(tiff + 4) : b.readUInt32BE(tiff + 4));
    for (let i = 0, n = u16(ifd); i < n; i++) {
      const entry = ifd + 2 + i * 12;
      if (u16(entry) === 0x0112) return u16(entry + 8);
    }
  } catch {
    /* a truncated EXIF block: no orientation */
  }
  return undefined;
}

function webpDimensions(b: Buffer): Dimensions | undefined {
  const chunk = b.toString("ascii", 12, 16);
  if (chunk === "VP8X") return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  if (chunk === "VP8L") {
    const bits = b.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === "VP8 ") return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  return undefined;
}

/**
 * The size an SVG asks to be shown at, in CSS pixels: its root element's
 * `width` and `height` (plain numbers or px), else its `viewBox`. Undefined for
 * other units: the drawing then takes the size librsvg gives it.
 */
export function svgDimensions(bytes: Uint8Array): Dimensions | undefined {
  const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024)).replace(/<!--[\s\S]*?-->/g, "");
  const tag = /<svg\b([^>]*)>/i.exec(text)?.[1];
  if (!tag) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined)?.trim();
  const length = (name: string) => {
    const m = /^(\d+(?:\.\d+)?)(?:px)?$/.exec(attribute(name) ?? "");
    return m ? Number(m[1]) : undefined;
  };
  const box = (attribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const [boxWidth, boxHeight] = box.length === 4 && box[2] > 0 && box[3] > 0 ? [box[2], box[3]] : [];
  let width = length("width");
  let height = length("height");
  if (width === undefined && height === undefined && attribute("width") === undefined && attribute("height") === undefined) [width, height] = [boxWidth, boxHeight];
  else if (width !== undefined && height === undefined && boxWidth && boxHeight && attribute("height") === undefined) height = (width * boxHeight) / boxWidth;
  else if (height !== undefined && width === undefined && boxWidth && boxHeight && attribute("width") === undefined) width = (height * boxWidth) / boxHeight;
  if (!width || !height) return undefined;
  return { width: Math.round(width), height: Math.round(height) };
}
