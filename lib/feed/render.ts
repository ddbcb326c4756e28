/**
 * One feed, three formats (RSS 2.0, Atom 1.0, JSON Feed 1.1). Pure: a channel in,
 * a string out. Written as text rather than through an XML writer: the entries'
 * HTML goes into CDATA sections as it is, and a site's tag and category feeds
 * carry most of the bytes a build writes, so walking them character by
 * character again is a cost every build would pay.
 */
import { toZonedIso } from "../text/date";
import { cdataSafe, xmlSafeText } from "./html";
export interface FeedTerm {
  name: string;
  /** Absolute URL of the term's page. */
  url: string;
}

export interface FeedEntry {
  title: string;
  /** Absolute URL of the post; also its id. */
  url: string;
  published: Date;
  updated: Date;
  author: string;
  categories: FeedTerm[];
  tags: FeedTerm[];
  /** Plain text, for JSON Feed's `summary`. */
  summaryText: string;
  /** The excerpt as HTML. */
  summaryHtml: string;
  /** The whole post as HTML; absent when the feed carries excerpts only. */
  contentHtml?: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the HTML page this feed mirrors (home, a tag page, ...). */
  pageUrl: string;
  /** Absolute URLs of this channel's feeds, by format. */
  feedUrls: { rss?: string; atom?: string; json?: string };
  /** BCP 47, e.g. `ja`. */
  language: string;
  author: string;
  /** IANA time zone for JSON Feed dates (`+09:00` rather than `Z`). */
  timeZone: string;
  /** Newest first. */
  entries: FeedEntry[];
  /** Used when there are no entries (Atom requires an `updated`). */
  emptyUpdated: Date;
}

const GENERATOR = "yomu";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function lastUpdated(channel: FeedChannel): Date {
  const times = channel.entries.map((e) => Math.max(e.updated.getTime(), e.published.getTime()));
  return times.length > 0 ? new Date(Math.max(...times)) : channel.emptyUpdated;
}

/** XML text and attribute values: only what XML allows, with its markup characters escaped. */
const xmlText = (value: string) => xmlSafeText(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const xmlAttribute = (value: string) => xmlText(value).replace(/"/g, "&quot;");
const cdata = (value: string) => `<![CDATA[${cdataSafe(value)}]]>`;

/** Lines of XML, indented by four spaces a level. */
function lines(parts: (string | false | undefined)[], depth: number): string {
  const pad = " ".repeat(depth * 4);
  return parts.filter((p): p is string => typeof p === "string").map((p) => pad + p + "\n").join("");
}

export function renderRss(channel: FeedChannel): string {
  const full = channel.entries.some((e) => e.contentHtml !== undefined);
  const items = channel.entries.map(
    (e) =>
      lines(["<item>"], 2) +
      lines(
        [
          `<title>${cdata(e.title)}</title>`,
          `<link>${xmlText(e.url)}</link>`,
          `<guid isPermaLink="false">${xmlText(e.url)}</guid>`,
          `<pubDate>${e.published.toUTCString()}</pubDate>`,
          `<description>${cdata(e.summaryHtml)}</description>`,
          e.contentHtml !== undefined && `<content:encoded>${cdata(e.contentHtml)}</content:encoded>`,
          ...[...e.categories, ...e.tags].map((t) => `<category domain="${xmlAttribute(t.url)}">${xmlText(t.name)}</category>`),
          // RSS 2.0's <author> must be an e-mail address; a name goes into dc:creator.
          `<dc:creator>${xmlText(e.author)}</dc:creator>`,
        ],
        3,
      ) +
      lines(["</item>"], 2),
  );
  const self = channel.feedUrls.rss;
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"${full ? ' xmlns:content="http://purl.org/rss/1.0/modules/content/"' : ""} xmlns:atom="http://www.w3.org/2005/Atom">\n` +
    lines(["<channel>"], 1) +
    lines(
      [
        `<title>${xmlText(channel.title)}</title>`,
        `<link>${xmlText(channel.pageUrl)}</link>`,
        `<description>${xmlText(channel.description)}</description>`,
        `<lastBuildDate>${lastUpdated(channel).toUTCString()}</lastBuildDate>`,
        "<docs>https://validator.w3.org/feed/docs/rss2.html</docs>",
        `<generator>${GENERATOR}</generator>`,
        `<language>${xmlText(channel.language)}</language>`,
        self && `<atom:link href="${xmlAttribute(self)}" rel="self" type="application/rss+xml"/>`,
      ],
      2,
    ) +
    items.join("") +
    lines(["</channel>"], 1) +
    "</rss>"
  );
}

export function renderAtom(channel: FeedChannel): string {
  const author = (name: string, uri: string | undefined, depth: number) =>
    lines(["<author>"], depth) + lines([`<name>${xmlText(name)}</name>`, uri && `<uri>${xmlText(uri)}</uri>`], depth + 1) + lines(["</author>"], depth);
  const entries = channel.entries.map(
    (e) =>
      lines(["<entry>"], 1) +
      lines(
        [
          // Atom declares titles as HTML; RSS and JSON Feed titles are plain text.
          `<title type="html">${cdata(escapeHtml(e.title))}</title>`,
          `<id>${xmlText(e.url)}</id>`,
          `<link href="${xmlAttribute(e.url)}"/>`,
          `<updated>${e.updated.toISOString()}</updated>`,
          `<summary type="html">${cdata(e.summaryHtml)}</summary>`,
          e.contentHtml !== undefined && `<content type="html">${cdata(e.contentHtml)}</content>`,
        ],
        2,
      ) +
      author(e.author, undefined, 2) +
      lines(
        [
          ...[...e.categories, ...e.tags].map((t) => `<category label="${xmlAttribute(t.name)}" scheme="${xmlAttribute(t.url)}" term="${xmlAttribute(t.name)}"/>`),
          `<published>${e.published.toISOString()}</published>`,
        ],
        2,
      ) +
      lines(["</entry>"], 1),
  );
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom">\n' +
    lines(
      [
        `<id>${xmlText(channel.pageUrl)}</id>`,
        `<title>${xmlText(channel.title)}</title>`,
        `<updated>${lastUpdated(channel).toISOString()}</updated>`,
        `<generator>${GENERATOR}</generator>`,
      ],
      1,
    ) +
    author(channel.author, channel.pageUrl, 1) +
    lines(
      [
        `<link rel="alternate" href="${xmlAttribute(channel.pageUrl)}"/>`,
        channel.feedUrls.atom && `<link rel="self" href="${xmlAttribute(channel.feedUrls.atom)}"/>`,
        `<subtitle>${xmlText(channel.description)}</subtitle>`,
      ],
      1,
    ) +
    entries.join("") +
    "</feed>"
  );
}

/** JSON Feed 1.1: `authors` (an array), `language`, and dates in the site time zone with their offset. */
export function renderJson(channel: FeedChannel): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.pageUrl,
    feed_url: channel.feedUrls.json,
    description: channel.description,
    language: channel.language,
    authors: [{ name: channel.author, url: channel.pageUrl }],
    items: channel.entries.map((e) => ({
      id: e.url,
      content_html: e.contentHtml ?? e.summaryHtml,
      url: e.url,
      title: e.title,
      summary: e.summaryText,
      date_modified: toZonedIso(e.updated, channel.timeZone),
      date_published: toZonedIso(e.published, channel.timeZone),
      tags: [...e.categories, ...e.tags].map((t) => t.name),
      authors: [{ name: e.author }],
    })),
  };
  return JSON.stringify(feed, null, 2);
}
