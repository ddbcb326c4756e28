/**
 * Site-wide settings. Everything an operator may want to change lives here;
 * `SITE_URL` in the environment (or, on Vercel, the deployment's address) sets
 * `url`; a production build without either says so, and fails on CI and Vercel.
 */
import { defineSiteConfig } from "./lib/config/site-config";
import { PLACEHOLDER_SITE_URL, siteUrlFromEnv } from "./lib/site-url.mjs";

export type { SiteConfig } from "./lib/config/site-config";

/** What each key means, and the values it accepts: lib/config/site-config.ts. */
export const siteConfig = defineSiteConfig({
  title: "yomu",
  description: "AIと投資の最新ニュースを、読みやすく。",
  // SITE_URL is read by name first: the exporter writes it into browser bundles (the search page), where there is no `process`.
  url: process.env.SITE_URL || siteUrlFromEnv() || PLACEHOLDER_SITE_URL,
  language: "ja",
  locale: "ja_JP",
  timeZone: "Asia/Tokyo",
  author: "ALLFORCES編集部",
  postsPerPage: 10,
  reading: { cjkCharsPerMinute: 500, wordsPerMinute: 200 },
  excerptLength: 120,
  excerptSeparator: "<!--more-->",
  publishFuture: false,
  embedHosts: [],
  feed: { content: "full", termContent: "excerpt", limit: 20 },
  shareImages: { recentPosts: 20 },
  // The content folder (CONTENT_DIR overrides dir) and its layout: "auto", "yomu", "zenn" or "qiita"
  // (CONTENT_LAYOUT overrides it). zennUser (or ZENN_USER): your user name on Zenn, so that links to your
  // own articles on zenn.dev lead to this site's pages (links to your Qiita posts do so by their ids).
  content: { layout: "auto" },
});

export default siteConfig;
