/**
 * One feed, three formats (RSS 2.0, Atom 1.0, JSON Feed 1.1), written with the
 * `feed` package. Pure: a channel in, a string out.
 */
import { Feed, type Item } from "feed";
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

type Format = "rss" | "atom" | "json";

function build(channel: FeedChannel, format: Format): Feed {
  const feed = new Feed({
    id: channel.pageUrl,
    title: xmlSafeText(channel.title),
    description: xmlSafeText(channel.description),
    link: channel.pageUrl,
    language: channel.language,
    updated: lastUpdated(channel),
    generator: GENERATOR,
    feedLinks: channel.feedUrls,
    author: { name: xmlSafeText(channel.author), link: channel.pageUrl },
  });
  for (const e of channel.entries) {
    const terms = [...e.categories, ...e.tags];
    const item: Item = {
      // Atom declares titles as HTML; RSS and JSON Feed titles are plain text.
      title: cdataSafe(format === "atom" ? escapeHtml(e.title) : e.title),
      id: e.url,
      link: e.url,
      date: e.updated,
      published: e.published,
      description: cdataSafe(e.summaryHtml),
      content: e.contentHtml === undefined ? undefined : cdataSafe(e.contentHtml),
      category: terms.map((t) => ({ name: xmlSafeText(t.name), term: xmlSafeText(t.name), domain: t.url, scheme: t.url })),
    };
    // RSS 2.0's <author> must be an e-mail address; a name goes into dc:creator.
    if (format === "rss") item.extensions = [{ name: "dc:creator", objects: { _text: xmlSafeText(e.author) } }];
    else item.author = [{ name: xmlSafeText(e.author) }];
    feed.addItem(item);
  }
  return feed;
}

export function renderRss(channel: FeedChannel): string {
  const xml = build(channel, "rss").rss2();
  // The library declares the Dublin Core namespace only when some item has content.
  return xml.includes('xmlns:dc="') ? xml : xml.replace("<rss ", '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" ');
}

export function renderAtom(channel: FeedChannel): string {
  return escapeLtInAttributes(build(channel, "atom").atom1());
}

/**
 * The feed library escapes `&` and `"` in attribute values but not `<`, so a tag
 * named `<b>タグ</b>` made `<category label="<b>…">` and broke the whole feed.
 * Attribute values are the only place a raw `<` can sit inside a tag here.
 */
export function escapeLtInAttributes(xml: string): string {
  // CDATA sections (titles, content) are text, left exactly as they are.
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/(\s[\w:-]+=")([^"]*)"/g, (_m, start: string, value: string) => `${start}${value.replace(/</g, "&lt;")}"`),
    )
    .join("");
}

interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  summary?: string;
  date_published?: string;
  date_modified?: string;
  author?: { name?: string };
  authors?: { name?: string }[];
  tags?: string[];
  [key: string]: unknown;
}

/**
 * The library writes JSON Feed 1.0; 1.1 adds `authors` (an array) and
 * `language`, and we give dates in the site time zone with their offset.
 */
export function renderJson(channel: FeedChannel): string {
  const json = JSON.parse(build(channel, "json").json1()) as Record<string, unknown> & { items: JsonFeedItem[] };
  const byUrl = new Map(channel.entries.map((e) => [e.url, e]));
  const author = json.author as { name?: string; url?: string } | undefined;
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: json.title,
    home_page_url: json.home_page_url,
    feed_url: json.feed_url,
    description: json.description,
    language: channel.language,
    ...(author ? { authors: [author] } : {}),
    items: json.items.map(({ author: itemAuthor, ...item }) => {
      const entry = byUrl.get(item.id)!;
      return {
        ...item,
        title: entry.title,
        content_html: entry.contentHtml ?? entry.summaryHtml,
        summary: entry.summaryText,
        date_published: toZonedIso(entry.published, channel.timeZone),
        date_modified: toZonedIso(entry.updated, channel.timeZone),
        ...(itemAuthor ? { authors: [itemAuthor] } : {}),
      };
    }),
  };
  return JSON.stringify(feed, null, 2);
}
