import type { Excerpt } from "../text/excerpt";

export type PostFormat = "md" | "mdx";

/** Everything a list, card, feed or sitemap needs; no body. */
export interface PostSummary {
  slug: string;
  title: string;
  /** ISO 8601 instant (UTC). */
  date: string;
  updated?: string;
  categories: string[];
  tags: string[];
  author?: string;
  excerpt: Excerpt;
  readingMinutes: number;
  /** `draft: true` or `published: false`. */
  draft: boolean;
  /** Dated in the future (and the site does not publish future posts). */
  scheduled: boolean;
  format: PostFormat;
  /** Path relative to the working directory, for error messages. */
  sourcePath: string;
}

export interface Post extends PostSummary {
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Front-matter keys yomu does not interpret, kept as written. */
  extra: Record<string, unknown>;
  /** Where the slug is written (`slug:`/`permalink:` value, else the top of the file), for messages. */
  slugAt?: { line: number; column: number };
}

export function toSummary(post: Post): PostSummary {
  const { body: _body, bodyLine: _line, extra: _extra, slugAt: _slugAt, ...summary } = post;
  return summary;
}
