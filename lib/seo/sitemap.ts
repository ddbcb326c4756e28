/** The sitemap: every published post, tag, category and list page, with its last change. Pure. */
import type { MetadataRoute } from "next";
import { extraPageNumbers, type PostSummary, type Series, type Term } from "../content";
import { archiveUrl, booksUrl, bookUrl, categoriesUrl, categoryUrl, homeUrl, postUrl, seriesIndexUrl, seriesUrl, tagsUrl, tagUrl } from "../urls";

export interface SitemapInput {
  posts: PostSummary[];
  tags: Term<PostSummary>[];
  categories: Term<PostSummary>[];
  /** The posts' own series and the Zenn books (a book's chapters are listed with it). */
  series?: Series[];
  books?: Series[];
  postsPerPage: number;
  /** Internal path → absolute URL. */
  absolute: (path: string) => string;
}

const changedAt = (p: PostSummary) => p.updated ?? p.date;

/** The newest change among `posts` (ISO strings of one format compare as text). */
function latest(posts: PostSummary[]): string | undefined {
  let newest: string | undefined;
  for (const p of posts) if (!newest || changedAt(p) > newest) newest = changedAt(p);
  return newest;
}

export function sitemapEntries({ posts, tags, categories, series = [], books = [], postsPerPage, absolute }: SitemapInput): MetadataRoute.Sitemap {
  const visible = (list: PostSummary[]) => list.filter((p) => !p.draft && !p.scheduled);
  const published = visible(posts);
  const entry = (path: string, lastModified: string | undefined) => ({
    url: absolute(path),
    ...(lastModified ? { lastModified } : {}),
  });
  /** A paginated list: its first page and pages 2..n. */
  const list = (items: PostSummary[], url: (page: number) => string) => [
    entry(url(1), latest(items)),
    ...extraPageNumbers(items.length, postsPerPage).map((n) =>
      entry(url(Number(n)), latest(items.slice((Number(n) - 1) * postsPerPage, Number(n) * postsPerPage))),
    ),
  ];
  const terms = (all: Term<PostSummary>[], url: (segment: string, page?: number) => string) =>
    all.flatMap((t) => {
      const items = visible(t.items);
      return items.length > 0 ? list(items, (page) => url(t.segment, page)) : [];
    });
  const newest = latest(published);
  return [
    ...list(published, homeUrl),
    ...published.map((p) => entry(postUrl(p.slug), changedAt(p))),
    entry(tagsUrl(), newest),
    ...terms(tags, tagUrl),
    entry(categoriesUrl(), newest),
    ...terms(categories, categoryUrl),
    entry(archiveUrl(), newest),
    ...(series.length > 0 ? [entry(seriesIndexUrl(), newest)] : []),
    ...series.flatMap((s) => {
      const items = visible(s.items);
      return items.length > 0 ? [entry(seriesUrl(s.segment), latest(items))] : [];
    }),
    ...(books.some((b) => b.book?.published) ? [entry(booksUrl(), latest(books.flatMap((b) => visible(b.items))))] : []),
    ...books
      .filter((b) => b.book?.published)
      .flatMap((b) => {
        const chapters = visible(b.items);
        return [entry(bookUrl(b.segment), latest(chapters)), ...chapters.map((p) => entry(postUrl(p.slug), changedAt(p)))];
      }),
  ];
}
