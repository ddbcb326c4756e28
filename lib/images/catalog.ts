/**
 * Every image file the site serves under `/images/`: the images the posts
 * name next to them, each as its original copy and its variants. The route
 * app/images/[file]/route.ts lists and serves exactly these.
 */
import fs from "node:fs";
import { assetFiles, contentTypeOf, imageAsset, type ImageAsset } from "./asset";
import { locateImageFile } from "./locate";
import { imagePathCandidates } from "./resolve";
import { variantBytes, type VariantOptions } from "./variants";

export interface ImageSource {
  body: string;
  sourcePath: string;
}

/** The image files a body names that are files inside `contentRoot` by their real path (a name in a code block included). */
export function localImagesOf(post: ImageSource, contentRoot: string): ImageAsset[] {
  const assets: ImageAsset[] = [];
  for (const src of imagePathCandidates(post.body)) {
    const found = locateImageFile(src, post.sourcePath, contentRoot);
    if ("real" in found) assets.push(imageAsset(found.real));
  }
  return assets;
}

/** File name → the asset it belongs to, for every image of `posts`. */
export function imageCatalog(posts: readonly ImageSource[], contentRoot: string): Map<string, ImageAsset> {
  const byFile = new Map<string, ImageAsset>();
  for (const post of posts) for (const asset of localImagesOf(post, contentRoot)) for (const file of assetFiles(asset)) byFile.set(file, asset);
  return byFile;
}

/** The bytes and type of one served file: the original as it is (an SVG drawn as PNG), a variant from the cache or sharp. */
export async function imageFile(
  catalog: Map<string, ImageAsset>,
  file: string,
  options?: VariantOptions,
): Promise<{ body: Uint8Array; contentType: string } | undefined> {
  const asset = catalog.get(file);
  if (!asset) return undefined;
  const body = file === asset.original && !asset.drawn ? new Uint8Array(fs.readFileSync(asset.source)) : await variantBytes(asset, file, options);
  return body && { body, contentType: contentTypeOf(file) };
}
