/** The site's post images: the catalog (./catalog.ts) of the posts the content index holds. */
import { getContent } from "../content";
import { contentDir } from "../content/load";
import type { ImageAsset } from "./asset";
import { imageCatalog, imageFile } from "./catalog";

export function postImages(): Map<string, ImageAsset> {
  return imageCatalog(getContent().posts, contentDir());
}

export function postImageFile(file: string) {
  return imageFile(postImages(), file);
}
