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
import { said, t } from "../messages";

/** What is wrong with an image: English words, and the phrases for the site's language. */
export type ImageProblem = ReturnType<typeof said>;
export type Located = { asset: ImageAsset } | ImageProblem;

/** The real path of the image file `src` names, when it is a file inside `contentRoot`; else why not. */
export function locateImageFile(src: string, sourcePath: string, contentRoot: string): { real: string } | ImageProblem {
  const file = resolveImagePath(src, sourcePath, contentRoot);
  if (!isInside(contentRoot, file)) return said(t("image.outside", { src }), t("image.outside.fix"));
  if (!IMAGE_EXTENSIONS.test(file)) {
    return said(t("image.not-image-type", { src }), t("image.not-image-type.fix"));
  }
  const checked = realFileInside(contentRoot, file);
  if (!("problem" in checked)) return { real: checked.real };
  if (checked.problem === "outside") {
    return said(t("image.link-outside", { src, real: checked.real ?? "" }), t("image.link-outside.fix"));
  }
  if (checked.problem === "not-a-file") return said(t("image.not-a-file", { src }), t("image.not-a-file.fix"));
  return said(t("image.not-found", { src }), notFoundFix(src));
}

function notFoundFix(src: string) {
  return src.startsWith(ROOT_IMAGES_PREFIX) ? t("image.not-found.fix.root", { path: `images/${src.slice(ROOT_IMAGES_PREFIX.length)}` }) : t("image.not-found.fix");
}

export function locateImage(src: string, sourcePath: string, contentRoot: string): Located {
  const found = locateImageFile(src, sourcePath, contentRoot);
  if (!("real" in found)) return found;
  let asset: ImageAsset;
  try {
    asset = imageAsset(found.real);
  } catch {
    return said(t("image.not-found", { src }), notFoundFix(src));
  }
  return unreadable(src, asset) ?? { asset };
}

const RASTER: Record<string, RasterFormat> = { png: "png", jpg: "jpeg", jpeg: "jpeg", gif: "gif", webp: "webp", avif: "avif" };

/** A raster image whose bytes are not of its type, or too large to decode: sharp would fail on it with a stack trace. */
function unreadable(src: string, asset: ImageAsset): ImageProblem | undefined {
  const expected = RASTER[path.extname(asset.source).slice(1).toLowerCase()];
  if (!expected) return undefined;
  // Zenn and Qiita show a PNG saved as .jpg (browsers read an image by its bytes), and a raster cannot run: only bytes that are no image at all stop the build.
  if (!asset.format) {
    return said(t("image.unreadable", { src, format: expected.toUpperCase() }), t("image.unreadable.fix", { format: expected.toUpperCase() }));
  }
  const pixels = (asset.width ?? 0) * (asset.height ?? 0);
  if (pixels > MAX_IMAGE_PIXELS) {
    return said(
      t("image.too-many-pixels", { src, width: asset.width ?? 0, height: asset.height ?? 0, megapixels: Math.round(pixels / 1e6), max: Math.floor(MAX_IMAGE_PIXELS / 1e6) }),
      t("image.too-many-pixels.fix"),
    );
  }
  return undefined;
}

/** The asset of a file the content folder names by itself (a book's cover), only when it really is a file inside `contentRoot`. */
export function assetInside(contentRoot: string, file: string): ImageAsset | undefined {
  const checked = realFileInside(contentRoot, file);
  return "problem" in checked || !IMAGE_EXTENSIONS.test(checked.real) ? undefined : imageAsset(checked.real);
}
