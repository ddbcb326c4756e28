/**
 * Feeds of this site: the whole site and one per tag and per category, from the
 * content index. Route handlers call these and send the string.
 */
import { createHash } from "node:crypto";
import { siteConfig, type SiteConfig } from "../../site.config";
import { buildCodeKey, cachedLatest } from "../build-cache";
import { getContent, termSegment, type Post, type PostSummary, type Series, type Term } from "../content";
import type { Markdown } from "../markdown";
import { siteMarkdown, siteMarkdownConfig } from "../site-markdown";
import { absoluteUrl, bookFeedUrl, bookUrl, categoryFeedUrl, categoryUrl, feedUrls, homeUrl, postUrl, tagFeedUrl, tagUrl } from "../urls";
import { bodyHtml, excerptHtml } from "./html";
import { renderAtom, renderJson, renderRss, type FeedChannel, type FeedEntry } from "./render";

export { renderAtom, renderJson, renderRss } from "./render";
export type { FeedChannel, FeedEntry } from "./render";

export const FEED_CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

/**
 * The most HTML one entry carries (UTF-16 units): a longer body is left to the
 * post's page, and the entry carries its excerpt and a link there, so that a
 * few enormous posts never make every feed they are in enormous.
 */
export const MAX_FEED_CONTENT = 256 * 1024;

/** A post as a feed entry. `.mdx` bodies need React to render, so their feeds carry the excerpt. */
export function toFeedEntry(post: Post, config: { author: string; feed: Pick<SiteConfig["feed"], "content"> }, md: Markdown): FeedEntry {
  const url = absoluteUrl(postUrl(post.slug));
  const summaryHtml = excerptHtml(md, post.excerpt, url);
  const full = config.feed.content === "full" && post.format === "md";
  let contentHtml = full ? bodyHtml(md, post.body, post.title, url, post) : undefined;
  if (contentHtml !== undefined && contentHtml.length > MAX_FEED_CONTENT) {
    contentHtml = `${summaryHtml}<p><a href="${escapeAttribute(url)}">続きを読む</a></p>`;
  }
  return {
    title: post.title,
    url,
    published: new Date(post.date),
    updated: new Date(post.updated ?? post.date),
    author: post.author ?? config.author,
    categories: post.categories.map((name) => ({ name, url: absoluteUrl(categoryUrl(termSegment(name))) })),
    tags: post.tags.map((name) => ({ name, url: absoluteUrl(tagUrl(termSegment(name))) })),
    summaryText: post.excerpt.text,
    summaryHtml,
    contentHtml,
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Drafts and scheduled posts (listed in development) never go into a feed. */
function published(summaries: PostSummary[]): Post[] {
  const { bySlug } = getContent();
  return summaries
    .filter((p) => !p.draft && !p.scheduled)
    .slice(0, siteConfig.feed.limit)
    .map((p) => bySlug.get(p.slug)!);
}

/**
 * A post appears in the site feeds and in the feed of each of its tags and categories;
 * its HTML is rendered once per process (the index, and so each Post object, is memoised).
 */
type FeedContent = SiteConfig["feed"]["content"];
const entries = { full: new WeakMap<Post, FeedEntry>(), excerpt: new WeakMap<Post, FeedEntry>() };

function entryOf(post: Post, content: FeedContent): FeedEntry {
  let entry = entries[content].get(post);
  if (!entry) entries[content].set(post, (entry = toFeedEntry(post, { author: siteConfig.author, feed: { ...siteConfig.feed, content } }, siteMarkdown())));
  return entry;
}

/** A feed before its entries are made: the channel's own fields, its posts, and whether entries carry whole posts. */
export interface FeedSource {
  fields: Omit<FeedChannel, "entries">;
  posts: Post[];
  content: FeedContent;
}

function source(title: string, description: string, pagePath: string, feeds: FeedChannel["feedUrls"], posts: Post[], content = siteConfig.feed.content): FeedSource {
  const fields = {
    title,
    description,
    pageUrl: absoluteUrl(pagePath),
    feedUrls: feeds,
    language: siteConfig.language,
    author: siteConfig.author,
    timeZone: siteConfig.timeZone,
    emptyUpdated: new Date(0),
  };
  return { fields, posts, content };
}

function channelOf({ fields, posts, content }: FeedSource): FeedChannel {
  return { ...fields, entries: posts.map((post) => entryOf(post, content)) };
}

/** A post's part of a feed's cache key: the post itself, and the key of its compiled body (settings and images included). */
const postKeys = new WeakMap<Post, string>();

function postKey(post: Post): string {
  let key = postKeys.get(post);
  if (key === undefined) {
    // A `.md` body is in its compile key; an `.mdx` body (whose feed entry shows the excerpt) is hashed itself.
    const { body, ...rest } = post;
    const bodyKey = post.format === "md" ? siteMarkdown().compileMarkdown.key(body, post.title, post) : body;
    postKeys.set(post, (key = createHash("sha1").update(JSON.stringify(rest)).update(bodyKey).digest("hex")));
  }
  return key;
}

/** Everything a feed's text is made from besides the code (which buildCodeKey names). */
function inputsKey(format: keyof typeof renderers, { fields, posts, content }: FeedSource): string {
  const hash = createHash("sha1").update(JSON.stringify({ format, fields, content, author: siteConfig.author, feed: siteConfig.feed, markdown: siteMarkdownConfig() }));
  for (const post of posts) hash.update(postKey(post));
  return hash.digest("hex");
}

export function siteFeed(): FeedSource {
  return source(
    siteConfig.title,
    siteConfig.description,
    homeUrl(),
    { rss: absoluteUrl(feedUrls.rss), atom: absoluteUrl(feedUrls.atom), json: absoluteUrl(feedUrls.json) },
    published(getContent().summaries),
  );
}

export type TermKind = "tag" | "category";

const termFeedUrl = { tag: tagFeedUrl, category: categoryFeedUrl };
const termPageUrl = { tag: tagUrl, category: categoryUrl };

/** The feed of one tag or category, or undefined for an unknown segment. */
export function termFeed(kind: TermKind, term: Term<PostSummary> | undefined): FeedSource | undefined {
  if (!term) return undefined;
  const label = kind === "tag" ? `#${term.name}` : term.name;
  return source(
    `${label} | ${siteConfig.title}`,
    `${siteConfig.title}の「${label}」の記事`,
    termPageUrl[kind](term.segment),
    { rss: absoluteUrl(termFeedUrl[kind](term.segment)) },
    published(term.items),
    siteConfig.feed.termContent,
  );
}

/** The feed of one Zenn book's chapters, or undefined for an unknown book. */
export function bookFeed(book: Series | undefined): FeedSource | undefined {
  if (!book?.book) return undefined;
  return source(
    `${book.name} | ${siteConfig.title}`,
    book.book.summary || `${siteConfig.title}の本「${book.name}」`,
    bookUrl(book.segment),
    { rss: absoluteUrl(bookFeedUrl(book.segment)) },
    published(book.items),
  );
}

const renderers = { rss: renderRss, atom: renderAtom, json: renderJson };

/**
 * A feed's text. In a build that names its code (the static exporter), kept in
 * the build cache by everything it is made from: after an edit, the feeds the
 * edited post is not in are read back instead of made again.
 */
function feedText(format: keyof typeof renderers, feed: FeedSource): string {
  const render = () => renderers[format](channelOf(feed));
  const code = buildCodeKey();
  if (!code) return render();
  return cachedLatest(`feed ${format} ${feed.fields.pageUrl}`, `${code} ${inputsKey(format, feed)}`, render);
}

/** The HTTP answer of a feed route; 404 for an unknown tag or category. */
export function feedResponse(format: keyof typeof renderers, feed: FeedSource | undefined): Response {
  if (!feed) return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feedText(format, feed), { headers: { "Content-Type": FEED_CONTENT_TYPES[format] } });
}
