/**
 * A post's image file as the site serves it: the original under a
 * content-hashed name, its size, and the AVIF/WebP variants made from it
 * (./variants.ts). Reading is synchronous, for the synchronous Markdown compile.
 *
 * An SVG is never published as it is: an SVG document can hold script, and a
 * host that sends no Content-Security-Policy header runs it on the site's
 * origin when the reader opens the full-size image. It is drawn (sharp,
 * librsvg, which loads nothing outside the file) to a PNG "original" and the
 * same AVIF/WebP variants as other images; the full-size link opens the PNG.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { imageDimensions, rasterFormat, svgDimensions, type RasterFormat } from "./dimensions";

export type VariantType = "image/avif" | "image/webp";
export type RenderedType = VariantType | "image/png";

export interface ImageAsset {
  /** Absolute path of the source file. */
  source: string;
  /** Hash of the source bytes (and of how variants are made). */
  hash: string;
  width?: number;
  height?: number;
  /** The raster format the file's bytes are in (undefined: none, e.g. SVG or not an image). */
  format?: RasterFormat;
  /** File name of the original's copy, e.g. `chart-1a2b3c4d5e.png`; for an SVG, the PNG drawn from it. */
  original: string;
  /** The original is drawn from a vector source (an SVG) rather than copied. */
  drawn?: boolean;
  /** Modern formats offered before the original, best first. */
  variants: { type: VariantType; file: string }[];
}

/** Bump when variants are encoded differently: their names change with it. */
const VARIANT_VERSION = "2";

/** Variants are never wider than this; the original stays the full-size file. */
export const MAX_VARIANT_WIDTH = 1600;

const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).slice(1).toLowerCase()] ?? "application/octet-stream";
}

/** Which variants a format gets: none for GIF (animation) and AVIF (already the smallest). */
function variantTypes(ext: string): VariantType[] {
  if (ext === "png" || ext === "jpg" || ext === "jpeg" || ext === "svg") return ["image/avif", "image/webp"];
  if (ext === "webp") return ["image/avif"];
  return [];
}

/** ASCII letters, digits, `_` and `-` of the file's stem: names that every static host serves as they are. */
function safeStem(file: string): string {
  const stem = path.basename(file, path.extname(file)).replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "");
  return stem.slice(0, 60) || "image";
}

/** Bump when SVGs are drawn differently: their names change with it. */
const DRAWN_VERSION = "svg-1";

export function assetFromBytes(source: string, bytes: Uint8Array): ImageAsset {
  const ext = path.extname(source).slice(1).toLowerCase();
  const drawn = ext === "svg";
  const hash = createHash("sha256")
    .update(VARIANT_VERSION)
    .update(drawn ? DRAWN_VERSION : "")
    .update(bytes)
    .digest("hex")
    .slice(0, 12);
  const base = `${safeStem(source)}-${hash}`;
  return {
    source,
    hash,
    ...(drawn ? svgDimensions(bytes) : imageDimensions(bytes)),
    format: rasterFormat(bytes),
    original: `${base}.${drawn ? "png" : ext === "jpeg" ? "jpg" : ext}`,
    ...(drawn ? { drawn } : {}),
    variants: variantTypes(ext).map((type) => ({ type, file: `${base}.${type.slice("image/".length)}` })),
  };
}

const memo = new Map<string, { mtimeMs: number; size: number; asset: ImageAsset }>();
/** Bounds a long-running dev server's memory as image files come and go. */
const MAX_MEMO = 50_000;

/** The asset of an image file, read once per process while the file is unchanged. */
export function imageAsset(source: string): ImageAsset {
  const stat = fs.statSync(source);
  const known = memo.get(source);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.asset;
  const asset = assetFromBytes(source, fs.readFileSync(source));
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(source, { mtimeMs: stat.mtimeMs, size: stat.size, asset });
  return asset;
}

/** Every file name an asset is served under. */
export function assetFiles(asset: ImageAsset): string[] {
  return [asset.original, ...asset.variants.map((v) => v.file)];
}
