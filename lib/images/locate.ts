/**
 * A post's image file for a source written in the post, or what is wrong with it in an editor's terms.
 * The file is checked where it really is (links resolved, lib/path-inside.mjs realFileInside): a link
 * to a file elsewhere, or a file in a linked folder whose target is elsewhere, is outside the content folder.
 */
import { isInside, realFileInside } from "../path-inside.mjs";
import path from "node:path";
import { MAX_IMAGE_PIXELS } from "../content/limits";
import { imageAsset, type ImageAsset } from "./asset";
import type { RasterFormat } from "./dimensions";
import { IMAGE_EXTENSIONS, resolveImagePath, ROOT_IMAGES_PREFIX } from "./resolve";

export type Located = { asset: ImageAsset } | { message: string; fix: string };

/** The real path of the image file `src` names, when it is a file inside `contentRoot`; else why not. */
export function locateImageFile(src: string, sourcePath: string, contentRoot: string): { real: string } | { message: string; fix: string } {
  const file = resolveImagePath(src, sourcePath, contentRoot);
  if (!isInside(contentRoot, file)) return { message: `image ${src} is outside the content folder`, fix: "put the image next to the post, e.g. ./images/a.png" };
  if (!IMAGE_EXTENSIONS.test(file)) {
    return { message: `image ${src} is not a PNG, JPEG, GIF, WebP, AVIF or SVG file`, fix: "link the file with [text](…) instead, or convert it to PNG or JPEG" };
  }
  const checked = realFileInside(contentRoot, file);
  if (!("problem" in checked)) return { real: checked.real };
  if (checked.problem === "outside") {
    return { message: `image ${src} is a link to a file outside the content folder (${checked.real}): not published`, fix: "copy the image into the content folder instead of linking to it" };
  }
  if (checked.problem === "not-a-file") return { message: `image ${src} is not a regular file`, fix: "put the image file itself at that path" };
  return { message: `image ${src} not found`, fix: notFoundFix(src) };
}

function notFoundFix(src: string): string {
  return src.startsWith(ROOT_IMAGES_PREFIX)
    ? `put the file at images/${src.slice(ROOT_IMAGES_PREFIX.length)} in the content folder, or correct the path`
    : "put the file at that path next to the post, or correct the path";
}

export function locateImage(src: string, sourcePath: string, contentRoot: string): Located {
  const found = locateImageFile(src, sourcePath, contentRoot);
  if (!("real" in found)) return found;
  let asset: ImageAsset;
  try {
    asset = imageAsset(found.real);
  } catch {
    return { message: `image ${src} not found`, fix: notFoundFix(src) };
  }
  return unreadable(src, asset) ?? { asset };
}

const RASTER: Record<string, RasterFormat> = { png: "png", jpg: "jpeg", jpeg: "jpeg", gif: "gif", webp: "webp", avif: "avif" };

/** A raster image whose bytes are not of its type, or too large to decode: sharp would fail on it with a stack trace. */
function unreadable(src: string, asset: ImageAsset): { message: string; fix: string } | undefined {
  const expected = RASTER[path.extname(asset.source).slice(1).toLowerCase()];
  if (!expected) return undefined;
  // Zenn and Qiita show a PNG saved as .jpg (browsers read an image by its bytes), and a raster cannot run: only bytes that are no image at all stop the build.
  if (!asset.format) {
    return {
      message: `image ${src} is not a ${expected.toUpperCase()} image (its contents are not an image sharp can read)`,
      fix: `export the image again as ${expected.toUpperCase()}, or link the file with [text](…) if it is not an image`,
    };
  }
  const pixels = (asset.width ?? 0) * (asset.height ?? 0);
  if (pixels > MAX_IMAGE_PIXELS) {
    return {
      message: `image ${src} is ${asset.width}×${asset.height} pixels (${Math.round(pixels / 1e6)} megapixels); at most ${Math.floor(MAX_IMAGE_PIXELS / 1e6)} megapixels can be read`,
      fix: "scale the image down (a page shows at most a few thousand pixels across), e.g. to 4000 pixels wide",
    };
  }
  return undefined;
}

/** The asset of a file the content folder names by itself (a book's cover), only when it really is a file inside `contentRoot`. */
export function assetInside(contentRoot: string, file: string): ImageAsset | undefined {
  const checked = realFileInside(contentRoot, file);
  return "problem" in checked || !IMAGE_EXTENSIONS.test(checked.real) ? undefined : imageAsset(checked.real);
}
