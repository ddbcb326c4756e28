/** A post's image file for a source written in the post, or what is wrong with it in an editor's terms. */
import { isInside } from "../path-inside.mjs";
import { imageAsset, type ImageAsset } from "./asset";
import { IMAGE_EXTENSIONS, resolveImagePath } from "./resolve";

export type Located = { asset: ImageAsset } | { message: string; fix: string };

export function locateImage(src: string, sourcePath: string, contentRoot: string): Located {
  const file = resolveImagePath(src, sourcePath);
  if (!isInside(contentRoot, file)) return { message: `image ${src} is outside the content folder`, fix: "put the image next to the post, e.g. ./images/a.png" };
  if (!IMAGE_EXTENSIONS.test(file)) {
    return { message: `image ${src} is not a PNG, JPEG, GIF, WebP, AVIF or SVG file`, fix: "link the file with [text](…) instead, or convert it to PNG or JPEG" };
  }
  try {
    return { asset: imageAsset(file) };
  } catch {
    return { message: `image ${src} not found`, fix: "put the file at that path next to the post, or correct the path" };
  }
}
