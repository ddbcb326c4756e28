/** The site's post images: the catalog (./catalog.ts) of the posts the content index holds. */
import { getContent } from "../content";
import { contentDir } from "../content/load";
import type { ImageAsset } from "./asset";
import { assetFiles } from "./asset";
import { imageCatalog, imageFile } from "./catalog";
import { assetInside } from "./locate";

/** One catalog per content index: the route lists it once and then serves every file from it. */
const catalogs = new WeakMap<object, Map<string, ImageAsset>>();

export function postImages(): Map<string, ImageAsset> {
  const { posts, books } = getContent();
  let catalog = catalogs.get(posts);
  if (!catalog) {
    catalog = imageCatalog(posts, contentDir());
    // Books' covers (books/<slug>/cover.png) are served like the posts' images.
    for (const { book } of books) {
      const asset = bookCover(book?.cover);
      if (asset) for (const file of assetFiles(asset)) catalog.set(file, asset);
    }
    catalogs.set(posts, catalog);
  }
  return catalog;
}

/** A book's cover as the site serves it (original and variants), if it has one inside the content folder by its real path. */
export function bookCover(cover: string | undefined): ImageAsset | undefined {
  return cover ? assetInside(contentDir(), cover) : undefined;
}

export function postImageFile(file: string) {
  return imageFile(postImages(), file);
}
