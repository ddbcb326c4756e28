/**
 * Which share image a page names in its metadata, and its size. Browser-safe
 * (page modules that the search page's script bundles import lib/seo/metadata.ts):
 * which posts have an image of their own is decided in lib/share-image/index.ts.
 */
import { postShareImageUrl, siteShareImageUrl } from "../urls";
import { siteConfig } from "../../site.config";

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareImageRef {
  /** Internal path (lib/urls.ts). */
  path: string;
  alt: string;
}

export const siteShareImageRef = (): ShareImageRef => ({ path: siteShareImageUrl(), alt: siteConfig.title });

export const ownShareImageRef = (post: { slug: string; title: string }): ShareImageRef => ({ path: postShareImageUrl(post.slug), alt: post.title });
