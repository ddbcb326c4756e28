/**
 * The trail from the home page to a page, once: the visible breadcrumbs and
 * the BreadcrumbList JSON-LD are both made from it.
 */
import { termSegment } from "../content/taxonomy";
import { categoryUrl, homeUrl, postUrl } from "../urls";

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
