/**
 * AVIF and WebP variants of a post's image, and the PNG drawn from an SVG,
 * encoded with sharp once per source content: kept on disk under the build
 * cache (`.next/cache/yomu/images`), so a rebuild reads them instead of
 * encoding again.
 */
import fs from "node:fs";
import path from "node:path";
import { cacheDir, cacheEnabled } from "../build-cache";
import { MAX_VARIANT_WIDTH, type ImageAsset, type RenderedType } from "./asset";

/** `density`: for an SVG source, the dots per inch it is drawn at (72 is its own size). */
export type Encoder = (source: Uint8Array, type: RenderedType, options?: { density?: number }) => Promise<Uint8Array>;

/** A drawn SVG is at most this tall: a very tall drawing is drawn smaller rather than in billions of pixels. */
const MAX_DRAWN_HEIGHT = 8000;

/**
 * How finely an SVG is drawn: twice its size (sharp on high-density screens),
 * less when that would be wider than the widest variant; its own size when it
 * names none that can be read.
 */
export function drawingDensity(asset: Pick<ImageAsset, "width" | "height">): number {
  if (!asset.width || !asset.height) return 72;
  return 72 * Math.min(2, MAX_VARIANT_WIDTH / asset.width, MAX_DRAWN_HEIGHT / asset.height);
}

/**
 * AVIF at a low effort: higher efforts shrink files somewhat but multiply the
 * encoding time of a first build (a blog's every image, before the cache holds them).
 */
export const sharpEncoder: Encoder = async (source, type, options = {}) => {
  const { default: sharp } = await import("sharp");
  const image = sharp(source, options.density ? { density: options.density } : {}).rotate().resize({ width: MAX_VARIANT_WIDTH, withoutEnlargement: true });
  const encoded = type === "image/avif" ? image.avif({ quality: 55, effort: 2 }) : type === "image/webp" ? image.webp({ quality: 78 }) : image.png();
  return new Uint8Array(await encoded.toBuffer());
};

export interface VariantOptions {
  encode?: Encoder;
  /** Where encoded variants are kept; undefined keeps nothing (tests, YOMU_CACHE=0). */
  dir?: string;
}

const defaultDir = () => (cacheEnabled ? path.join(cacheDir(), "images") : undefined);

/** The bytes of one variant of `asset` (or of the PNG drawn from an SVG), from the cache or freshly encoded. */
export async function variantBytes(asset: ImageAsset, file: string, options: VariantOptions = {}): Promise<Uint8Array | undefined> {
  const variant = asset.drawn && file === asset.original ? { type: "image/png" as const, file } : asset.variants.find((v) => v.file === file);
  if (!variant) return undefined;
  const dir = "dir" in options ? options.dir : defaultDir();
  const cachedFile = dir && path.join(dir, file);
  if (cachedFile) {
    try {
      return new Uint8Array(fs.readFileSync(cachedFile));
    } catch {
      /* not encoded yet */
    }
  }
  const bytes = await (options.encode ?? sharpEncoder)(fs.readFileSync(asset.source), variant.type, asset.drawn ? { density: drawingDensity(asset) } : {});
  if (cachedFile) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${cachedFile}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, cachedFile);
    } catch {
      /* a read-only file system only loses the cache */
    }
  }
  return bytes;
}
