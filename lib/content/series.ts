/**
 * Series: posts read in order. A series is made by the posts' own `series:` key,
 * or is a Zenn book (./zenn-books.ts) whose chapters are posts. Pure.
 */
import { termKey, termSegment } from "./taxonomy";
import type { PostSummary } from "./types";

/** A Zenn book as its `config.yaml` describes it. */
export interface Book {
  slug: string;
  title: string;
  summary: string;
  topics: string[];
  /** `published: false` (or no `published:`): a draft, hidden in production. */
  published: boolean;
  /** Zenn's price in yen; 0 for a free book. */
  price: number;
  /** Absolute path of `cover.png`/`cover.jpg`, when the book has one. */
  cover?: string;
  /** Chapter slugs in reading order. */
  chapters: string[];
  /** The config file, for messages. */
  configFile: string;
}

export interface Series {
  /** One key per series: the name's identity (as for tags), or `book:<slug>`. */
  key: string;
  /** The URL segment: Unicode-safe like a tag's (/series/<segment>/), or the book's slug (/books/<slug>/). */
  segment: string;
  name: string;
  /** Posts in reading order. */
  items: PostSummary[];
  /** Set when the series is a Zenn book. */
  book?: Book;
}

/** Where a post stands in its series. */
export interface SeriesPlace {
  series: Series;
  /** 0-based. */
  index: number;
}

const byOrderThenDate = (a: PostSummary, b: PostSummary) =>
  (a.seriesOrder ?? Infinity) - (b.seriesOrder ?? Infinity) || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.slug.localeCompare(b.slug));

const collator = new Intl.Collator("ja");

/**
 * The posts' own series (by `series:`), each in reading order: `series_order`
 * first, then the rest by date, oldest first. Spellings that differ only in case
 * or width (`Rust入門`, `rust入門`) are one series, named as its first post names it.
 * Sorted by their newest post, newest first.
 */
export function groupSeries(posts: readonly PostSummary[]): Series[] {
  const groups = new Map<string, PostSummary[]>();
  for (const post of posts) {
    if (post.book !== undefined || !post.series) continue;
    const key = termKey(post.series);
    let items = groups.get(key);
    if (!items) groups.set(key, (items = []));
    items.push(post);
  }
  const newest = (s: Series) => s.items.reduce((max, p) => (p.date > max ? p.date : max), "");
  return [...groups]
    .map(([key, items]) => {
      const ordered = [...items].sort(byOrderThenDate);
      return { key, segment: termSegment(key), name: ordered[0].series!, items: ordered };
    })
    .sort((a, b) => (newest(a) < newest(b) ? 1 : newest(a) > newest(b) ? -1 : collator.compare(a.name, b.name)));
}

/** Each book with its chapters (posts whose `book` is its slug) in the order of its config; books in title order. */
export function groupBooks(books: readonly Book[], chapters: readonly PostSummary[]): Series[] {
  const bySlug = new Map<string, PostSummary[]>();
  for (const chapter of chapters) {
    if (chapter.book === undefined) continue;
    let items = bySlug.get(chapter.book);
    if (!items) bySlug.set(chapter.book, (items = []));
    items.push(chapter);
  }
  return books
    .map((book) => ({
      key: `book:${book.slug}`,
      segment: book.slug,
      name: book.title,
      items: [...(bySlug.get(book.slug) ?? [])].sort(byOrderThenDate),
      book,
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.segment.localeCompare(b.segment));
}

/** Post slug → its place in its series. */
export function placesOf(series: readonly Series[]): Map<string, SeriesPlace> {
  const places = new Map<string, SeriesPlace>();
  for (const s of series) s.items.forEach((post, index) => places.set(post.slug, { series: s, index }));
  return places;
}
