/**
 * A post's image file as the site serves it: the original under a
 * content-hashed name, its size, and the AVIF/WebP variants made from it
 * (./variants.ts). Reading is synchronous, for the synchronous Markdown compile.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { imageDimensions } from "./dimensions";

export type VariantType = "image/avif" | "image/webp";

export interface ImageAsset {
  /** Absolute path of the source file. */
  source: string;
  /** Hash of the source bytes (and of how variants are made). */
  hash: string;
  width?: number;
  height?: number;
  /** File name of the original's copy, e.g. `chart-1a2b3c4d5e.png`. */
  original: string;
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
  svg: "image/svg+xml",
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).slice(1).toLowerCase()] ?? "application/octet-stream";
}

/** Which variants a format gets: none for GIF (animation), SVG (vector) and AVIF (already the smallest). */
function variantTypes(ext: string): VariantType[] {
  if (ext === "png" || ext === "jpg" || ext === "jpeg") return ["image/avif", "image/webp"];
  if (ext === "webp") return ["image/avif"];
  return [];
}

/** ASCII letters, digits, `_` and `-` of the file's stem: names that every static host serves as they are. */
function safeStem(file: string): string {
  const stem = path.basename(file, path.extname(file)).replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "");
  return stem.slice(0, 60) || "image";
}

export function assetFromBytes(source: string, bytes: Uint8Array): ImageAsset {
  const ext = path.extname(source).slice(1).toLowerCase();
  const hash = createHash("sha256").update(VARIANT_VERSION).update(bytes).digest("hex").slice(0, 12);
  const base = `${safeStem(source)}-${hash}`;
  return {
    source,
    hash,
    ...imageDimensions(bytes),
    original: `${base}.${ext === "jpeg" ? "jpg" : ext}`,
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
