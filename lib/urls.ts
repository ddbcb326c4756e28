import { siteConfig } from "../site.config";
import { normalizeBasePath } from "./base-path.mjs";

/** Internal URLs, all with a trailing slash so the static export works on any file server. */
export const homeUrl = (page = 1) => (page <= 1 ? "/" : `/page/${page}/`);
/** A post's page; a book's chapter (slug `<book>/<chapter>`, never a post's: slugs hold no `/`) is under its book. */
export const postUrl = (slug: string) => {
  const cut = slug.indexOf("/");
  return cut < 0 ? `/posts/${encodeURIComponent(slug)}/` : chapterUrl(slug.slice(0, cut), slug.slice(cut + 1));
};
export const seriesIndexUrl = () => "/series/";
export const seriesUrl = (segment: string) => `/series/${encodeURIComponent(segment)}/`;
export const booksUrl = () => "/books/";
export const bookUrl = (slug: string) => `/books/${encodeURIComponent(slug)}/`;
export const chapterUrl = (book: string, chapter: string) => `/books/${encodeURIComponent(book)}/${encodeURIComponent(chapter)}/`;
/** A book's page on Zenn, for a user name on Zenn. */
export const zennBookUrl = (user: string, slug: string) => `https://zenn.dev/${encodeURIComponent(user)}/books/${encodeURIComponent(slug)}`;
export const bookFeedUrl = (slug: string) => `/books/${encodeURIComponent(slug)}/feed.xml`;
export const tagsUrl = () => "/tags/";
export const categoriesUrl = () => "/categories/";
export const archiveUrl = () => "/archive/";
export const searchUrl = () => "/search/";
export const tagUrl = (segment: string, page = 1) =>
  `/tags/${encodeURIComponent(segment)}/${page > 1 ? `page/${page}/` : ""}`;
export const categoryUrl = (segment: string, page = 1) =>
  `/categories/${encodeURIComponent(segment)}/${page > 1 ? `page/${page}/` : ""}`;

/** Site-wide feeds (files, so no trailing slash). */
export const feedUrls = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;
export const tagFeedUrl = (segment: string) => `/tags/${encodeURIComponent(segment)}/feed.xml`;
export const categoryFeedUrl = (segment: string) => `/categories/${encodeURIComponent(segment)}/feed.xml`;
export const sitemapUrl = () => "/sitemap.xml";
/** Share images (Open Graph, Twitter): a post's own, and the site's. */
export const postShareImageUrl = (slug: string) => `/posts/${encodeURIComponent(slug)}/og.png`;
export const siteShareImageUrl = () => "/og.png";

/** next.config.ts sets Next's `basePath` from BASE_PATH and inlines the normalised value into every bundle. */
export const basePath = normalizeBasePath(process.env.BASE_PATH);

/**
 * The URLs above are what `next/link` wants (it adds the base path itself).
 * Everything else — `<link>` elements, feeds, sitemap, JSON-LD — needs it added.
 */
export const withBasePath = (path: string, base = basePath) => (base && path.startsWith("/") ? base + path : path);

/**
 * Absolute URL of an internal path: site origin (`siteConfig.url`, or `SITE_URL`)
 * + base path + path. An origin that already ends with the base path is not doubled.
 */
export function absoluteUrl(path: string, origin = siteConfig.url, base = basePath): string {
  const root = origin.replace(/\/+$/, "");
  const prefix = base && !root.endsWith(base) ? base : "";
  return root + prefix + path;
}
