/**
 * The trail from the home page to a page, once: the visible breadcrumbs and
 * the BreadcrumbList JSON-LD are both made from it.
 */
import { termSegment } from "../content/taxonomy";
import { booksUrl, bookUrl, categoryUrl, homeUrl, postUrl } from "../urls";

export interface Crumb {
  name: string;
  /** Site-relative path (without the base path). */
  path: string;
}

/** ホーム › the post's first category (if any) › the post itself, which is the last crumb. */
export function postCrumbs(post: { slug: string; title: string; categories: readonly string[] }): Crumb[] {
  const category = post.categories[0];
  return [
    { name: "ホーム", path: homeUrl() },
    ...(category ? [{ name: category, path: categoryUrl(termSegment(category)) }] : []),
    { name: post.title, path: postUrl(post.slug) },
  ];
}

/** ホーム › 本 › the book, the last crumb. */
export function bookCrumbs(book: { segment: string; name: string }): Crumb[] {
  return [
    { name: "ホーム", path: homeUrl() },
    { name: "本", path: booksUrl() },
    { name: book.name, path: bookUrl(book.segment) },
  ];
}

/** ホーム › 本 › the book › the chapter. */
export function chapterCrumbs(book: { segment: string; name: string }, chapter: { slug: string; title: string }): Crumb[] {
  return [...bookCrumbs(book), { name: chapter.title, path: postUrl(chapter.slug) }];
}
