/**
 * The content API routes use. Reads the content folder once per process
 * (and again in development whenever a post file changes).
 */
import { siteConfig } from "../../site.config";
import { buildIndex, type ContentIndex } from "./build-index";
import { ContentError } from "./issues";
import { contentDir, contentSignature, readPostFiles } from "./load";
import { decodeSegment, type Term } from "./taxonomy";
import type { Post, PostSummary } from "./types";

export type { ContentIndex } from "./build-index";
export type { ContentIssue } from "./issues";
export { ContentError, formatIssue } from "./issues";
export type { Term } from "./taxonomy";
export { termSegment } from "./taxonomy";
export type { Post, PostSummary } from "./types";

const isDev = process.env.NODE_ENV === "development";

let cached: { dir: string; signature: string; index: ContentIndex } | undefined;

export function getContent(): ContentIndex {
  const dir = contentDir();
  const signature = isDev ? contentSignature(dir) : "";
  if (cached && cached.dir === dir && cached.signature === signature) return cached.index;
  const index = buildIndex(readPostFiles(dir), siteConfig, { includeHidden: isDev });
  if (!isDev && index.issues.some((i) => i.severity === "error")) throw new ContentError(index.issues);
  cached = { dir, signature, index };
  return index;
}

export function allPosts(): PostSummary[] {
  return getContent().summaries;
}

export function postBySlug(slug: string): Post | undefined {
  return getContent().bySlug.get(decodeSegment(slug));
}

export function allTags(): Term<PostSummary>[] {
  return getContent().tags;
}

export function allCategories(): Term<PostSummary>[] {
  return getContent().categories;
}

export function tagBySegment(segment: string): Term<PostSummary> | undefined {
  return getContent().tagBySegment.get(decodeSegment(segment));
}

export function categoryBySegment(segment: string): Term<PostSummary> | undefined {
  return getContent().categoryBySegment.get(decodeSegment(segment));
}

/** Problems to show editors in development. */
export function contentIssues() {
  return getContent().issues;
}
