/**
 * Feeds of this site: the whole site and one per tag and per category, from the
 * content index. Route handlers call these and send the string.
 */
import { siteConfig, type SiteConfig } from "../../site.config";
import { getContent, termSegment, type Post, type PostSummary, type Term } from "../content";
import type { Markdown } from "../markdown";
import { siteMarkdown } from "../site-markdown";
import { absoluteUrl, categoryFeedUrl, categoryUrl, feedUrls, homeUrl, postUrl, tagFeedUrl, tagUrl } from "../urls";
import { bodyHtml, excerptHtml } from "./html";
import { renderAtom, renderJson, renderRss, type FeedChannel, type FeedEntry } from "./render";

export { renderAtom, renderJson, renderRss } from "./render";
export type { FeedChannel, FeedEntry } from "./render";

export const FEED_CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

/** A post as a feed entry. `.mdx` bodies need React to render, so their feeds carry the excerpt. */
export function toFeedEntry(post: Post, config: Pick<SiteConfig, "author" | "feed">, md: Markdown): FeedEntry {
  const url = absoluteUrl(postUrl(post.slug));
  const summaryHtml = excerptHtml(md, post.excerpt, url);
  const full = config.feed.content === "full" && post.format === "md";
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
    contentHtml: full ? bodyHtml(md, post.body, post.title, url, post) : undefined,
  };
}

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
const entries = new WeakMap<Post, FeedEntry>();

function entryOf(post: Post): FeedEntry {
  let entry = entries.get(post);
  if (!entry) entries.set(post, (entry = toFeedEntry(post, siteConfig, siteMarkdown())));
  return entry;
}

function channel(title: string, description: string, pagePath: string, feeds: FeedChannel["feedUrls"], posts: Post[]): FeedChannel {
  return {
    title,
    description,
    pageUrl: absoluteUrl(pagePath),
    feedUrls: feeds,
    language: siteConfig.language,
    author: siteConfig.author,
    timeZone: siteConfig.timeZone,
    entries: posts.map(entryOf),
    emptyUpdated: new Date(0),
  };
}

export function siteFeed(): FeedChannel {
  return channel(
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
export function termFeed(kind: TermKind, term: Term<PostSummary> | undefined): FeedChannel | undefined {
  if (!term) return undefined;
  const label = kind === "tag" ? `#${term.name}` : term.name;
  return channel(
    `${label} | ${siteConfig.title}`,
    `${siteConfig.title}の「${label}」の記事`,
    termPageUrl[kind](term.segment),
    { rss: absoluteUrl(termFeedUrl[kind](term.segment)) },
    published(term.items),
  );
}

const renderers = { rss: renderRss, atom: renderAtom, json: renderJson };

/** The HTTP answer of a feed route; 404 for an unknown tag or category. */
export function feedResponse(format: keyof typeof renderers, channel: FeedChannel | undefined): Response {
  if (!channel) return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(renderers[format](channel), { headers: { "Content-Type": FEED_CONTENT_TYPES[format] } });
}
