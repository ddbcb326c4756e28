/**
 * Site-wide settings. Everything an operator may want to change lives here;
 * `SITE_URL` in the environment overrides `url` (for previews and deploys).
 */
export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute origin of the deployed site, without trailing slash. */
  url: string;
  /** BCP 47 language of the content; used for `<html lang>` and Intl formatting. */
  language: string;
  /** Open Graph locale, e.g. `ja_JP`. */
  locale: string;
  /** IANA time zone in which dates are displayed and date-only values are read. */
  timeZone: string;
  author: string;
  postsPerPage: number;
  /** Reading speed used for the reading-time estimate. */
  reading: { cjkCharsPerMinute: number; wordsPerMinute: number };
  /** Excerpt length in graphemes when the excerpt is cut from the body. */
  excerptLength: number;
  /** Marker that ends a hand-chosen excerpt inside a post body. */
  excerptSeparator: string;
  /** Publish posts dated in the future (otherwise they are scheduled). */
  publishFuture: boolean;
  /**
   * Hosts whose `<iframe>` embeds posts may use (https only, exact host names,
   * e.g. "www.youtube-nocookie.com", "player.vimeo.com"; "host:8443" for a port
   * other than 443, which a name alone does not allow). Any other iframe is removed.
   */
  embedHosts: string[];
  /** Feeds: the whole post (sanitized HTML) or only its excerpt, and how many posts each feed lists. */
  feed: { content: "full" | "excerpt"; limit: number };
}

export const siteConfig: SiteConfig = {
  title: "yomu",
  description: "AIと投資の最新ニュースを、読みやすく。",
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
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
  feed: { content: "full", limit: 20 },
};

export default siteConfig;
