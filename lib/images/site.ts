/** The site's post images: the catalog (./catalog.ts) of the posts the content index holds. */
import { getContent } from "../content";
import { contentDir } from "../content/load";
import type { ImageAsset } from "./asset";
import { imageCatalog, imageFile } from "./catalog";

/** One catalog per content index: the route lists it once and then serves every file from it. */
const catalogs = new WeakMap<object, Map<string, ImageAsset>>();

export function postImages(): Map<string, ImageAsset> {
  const posts = getContent().posts;
  let catalog = catalogs.get(posts);
  if (!catalog) catalogs.set(posts, (catalog = imageCatalog(posts, contentDir())));
  return catalog;
}

export function postImageFile(file: string) {
  return imageFile(postImages(), file);
}
