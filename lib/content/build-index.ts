/** Builds the in-memory index of all posts from parsed files. Pure. */
import type { SiteConfig } from "../config/site-config";
import { ContentIssue } from "./issues";
import { said, t } from "../messages";
import type { SourceFile } from "./load";
import { parsePost, type ParseResult } from "./parse";
import { groupBooks, groupSeries, placesOf, type Book, type Series, type SeriesPlace } from "./series";
import { caseFold, groupByTerm, sortTermsByCount, type Term } from "./taxonomy";
import { toSummary, type Post, type PostSummary } from "./types";
import { deepFreeze } from "../immutable";

export interface ContentIndex {
  /** Posts readers see (drafts and scheduled posts only when `includeHidden`), newest first; books' chapters included. */
  posts: Post[];
  /** The posts of the lists (home, archive, feeds): `posts` without the books' chapters. */
  summaries: PostSummary[];
  bySlug: Map<string, Post>;
  /** Sorted by count, then name. */
  tags: Term<PostSummary>[];
  categories: Term<PostSummary>[];
  tagBySegment: Map<string, Term<PostSummary>>;
  categoryBySegment: Map<string, Term<PostSummary>>;
  /** The posts' own series (`series:`), newest first. */
  series: Series[];
  seriesBySegment: Map<string, Series>;
  /** Zenn books, by title; a draft book only when `includeHidden`. */
  books: Series[];
  bookBySlug: Map<string, Series>;
  /** Post slug → its series and place in it. */
  seriesPlaces: Map<string, SeriesPlace>;
  /** Every problem found, errors and warnings. */
  issues: ContentIssue[];
  /** Files that could not be turned into a post. */
  brokenFiles: string[];
  /** When the next scheduled post (not a draft) goes live, as its ISO date: until then, the content reads the same. */
  nextPublication?: string;
}

export interface IndexOptions {
  includeHidden: boolean;
  now?: Date;
  /** Parses one file; a cache (parse-cache.ts) can stand in for parsePost. */
  parse?: (file: SourceFile, now: Date) => ParseResult;
  /** Zenn books (./zenn-books.ts): their chapters are among the files. */
  books?: readonly Book[];
}

export function buildIndex(files: SourceFile[], config: SiteConfig, options: IndexOptions): ContentIndex {
  const now = options.now ?? new Date();
  return indexParsed(
    files.map((f) => ({
      file: f.file,
      result: options.parse ? options.parse(f, now) : parsePost(f.file, f.raw, config, now, { mtimeMs: f.mtimeMs, chapter: f.chapter, layout: f.layout, added: f.added }),
    })),
    options,
  );
}

/** The index of posts already parsed (the dev server keeps them between requests). */
export function indexParsed(results: readonly { file: string; result: ParseResult }[], options: Pick<IndexOptions, "includeHidden" | "books">): ContentIndex {
  const issues: ContentIssue[] = [];
  const brokenFiles: string[] = [];
  const parsed: Post[] = [];
  const books = new Map((options.books ?? []).map((b) => [b.slug, b]));
  for (const { file, result } of results) {
    issues.push(...result.issues);
    if (result.post) parsed.push(result.post.book === undefined ? result.post : asChapter(result.post, books.get(result.post.book)));
    else brokenFiles.push(file);
  }

  const bySlug = new Map<string, Post>();
  // Slugs are folder names: on macOS and Windows `Foo` and `foo` are one.
  const byFoldedSlug = new Map<string, Post>();
  for (const post of parsed) {
    const other = byFoldedSlug.get(caseFold(post.slug));
    if (other) {
      const at = post.slugAt ?? { line: 1, column: 1 };
      const otherAt = other.slugAt ?? { line: 1, column: 1 };
      const where = `${other.sourcePath}:${otherAt.line}:${otherAt.column}`;
      issues.push({
        file: post.sourcePath,
        line: at.line,
        column: at.column,
        severity: "error",
        ...said(
          other.slug === post.slug ? t("slug.duplicate", { slug: post.slug, where }) : t("slug.case-duplicate", { slug: post.slug, other: other.slug, where }),
          t("slug.duplicate.fix"),
        ),
        rule: "duplicate-slug",
      });
      brokenFiles.push(post.sourcePath);
      continue;
    }
    bySlug.set(post.slug, post);
    byFoldedSlug.set(caseFold(post.slug), post);
  }

  const posts = [...bySlug.values()]
    .filter((p) => options.includeHidden || (!p.draft && !p.scheduled))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug.localeCompare(b.slug)));
  const visible = new Set(posts.map((p) => p.slug));
  for (const slug of [...bySlug.keys()]) if (!visible.has(slug)) bySlug.delete(slug);

  const nextPublication = parsed.filter((p) => p.scheduled && !p.draft).reduce<string | undefined>((soonest, p) => (soonest === undefined || p.date < soonest ? p.date : soonest), undefined);
  // Frozen: pages share these objects, and nothing may change one page's data under another.
  for (const post of posts) deepFreeze(post);
  const allSummaries = posts.map((post) => deepFreeze(toSummary(post)));
  const summaries = allSummaries.filter((p) => p.book === undefined);
  const tags = sortTermsByCount(groupByTerm(summaries, (p) => p.tags)).map(deepFreeze);
  const categories = sortTermsByCount(groupByTerm(summaries, (p) => p.categories)).map(deepFreeze);
  const series = groupSeries(summaries).map(deepFreeze);
  const shownBooks = groupBooks(
    [...books.values()].filter((b) => options.includeHidden || b.published),
    allSummaries.filter((p) => p.book !== undefined),
  ).map(deepFreeze);
  return {
    posts,
    summaries,
    series,
    seriesBySegment: new Map(series.map((s) => [s.segment, s])),
    books: shownBooks,
    bookBySlug: new Map(shownBooks.map((b) => [b.segment, b])),
    seriesPlaces: placesOf([...series, ...shownBooks]),
    bySlug,
    tags,
    categories,
    tagBySegment: new Map(tags.map((t) => [t.segment, t])),
    categoryBySegment: new Map(categories.map((t) => [t.segment, t])),
    issues,
    brokenFiles,
    nextPublication,
  };
}

/** A chapter as its book makes it: the book's title as its series, its number, and a draft when the book is. */
function asChapter(post: Post, book: Book | undefined): Post {
  if (!book) return post;
  const chapter = post.slug.slice(book.slug.length + 1);
  return {
    ...post,
    series: book.title,
    seriesOrder: book.chapters.indexOf(chapter) + 1,
    draft: post.draft || !book.published,
  };
}
