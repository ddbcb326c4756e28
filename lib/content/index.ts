/**
 * The content API routes use. Reads the content folder once per process
 * (and again in development whenever a post file changes).
 */
import fs from "node:fs";
import path from "node:path";
import { siteConfig } from "../../site.config";
import { bodyErrors } from "../check/body";
import { buildIndex, type ContentIndex } from "./build-index";
import { ContentError, formatIssueIn } from "./issues";
import { messageLanguage } from "../messages";
import { printOncePerBuild } from "./build-warnings";
import { brokenFileBySlug, brokenFileSlugs, createDevContent, type DevContent } from "./dev-content";
import { contentDir, contentLayout, describeContent, readContent, type SourceFile } from "./load";
import { brokenLinks, sitePages } from "./links";
import { bodyOf, createParseCache, infoOf, sourceKey } from "./parse-cache";
import { parsePost, type ParseResult } from "./parse";
import { groupByMonth, type ArchiveYear } from "./archive";
import { createRelated } from "./related";
import { decodeSegment, type Term } from "./taxonomy";
import { slugFromFileName } from "./slug";
import { postUrl } from "../urls";
import type { ContentIssue } from "./issues";
import type { Post, PostSummary } from "./types";
import type { Series, SeriesPlace } from "./series";

export type { ContentIndex } from "./build-index";
export type { ContentIssue } from "./issues";
export { ContentError, formatIssue } from "./issues";

/** `path:line:column: message — fix` in the site's language, for a build's output. */
export function formatIssueForSite(issue: ContentIssue): string {
  return formatIssueIn(issue, messageLanguage(siteConfig.language));
}
export type { ArchiveYear, ArchiveMonth } from "./archive";
export type { Page } from "./paginate";
export { extraPageNumbers, paginate, parsePageParam } from "./paginate";
export type { Term } from "./taxonomy";
export type { Book, Series, SeriesPlace } from "./series";
export { termSegment } from "./taxonomy";
export type { Post, PostSummary } from "./types";

const isDev = process.env.NODE_ENV === "development";

let built: { dir: string; index: ContentIndex } | undefined;
let dev: DevContent | undefined;

/**
 * The content folder as one thread of a build read it: the build hands it to its other threads.
 * `described`: the folder and its layout in words, for the build's first line.
 */
export type ReadContent = { dir: string; described: string } & ReturnType<typeof readContent>;
let handed: ReadContent | undefined;

/**
 * Reads the content folder for this thread's getContent() and returns what it
 * read, which the build hands to its other threads (useReadContent): every thread
 * then indexes the same texts, and none reads the files again.
 */
export function readBuildContent(): ReadContent {
  const dir = contentDir();
  const layout = contentLayout(dir);
  return (handed = { dir, described: describeContent(dir), ...readContent(dir, layout) });
}

/** What another thread of this build read (readBuildContent), for getContent() to index instead of the files. */
export function useReadContent(read: ReadContent): void {
  handed = read;
}

/** Parse results the threads of this build made together (parseShare), by parse-cache key, for getContent(). */
let preparsed: Map<string, ParseResult> | undefined;
let preparsedAt: Date | undefined;

/** The parse cache parseCacheEmpty opened, for getContent() to use rather than read it again. */
let opened: { dir: string; cache: ReturnType<typeof createParseCache> } | undefined;

/** Whether this build's parse cache is empty (a first build): then its threads parse the posts together. */
export function parseCacheEmpty(read: ReadContent): boolean {
  opened = { dir: read.dir, cache: createParseCache(siteConfig, read.dir) };
  return opened.cache.empty;
}

/**
 * This thread's share of parsing the files read: it takes files from the counter the build's
 * threads share until none is left. `now` is the build's, so that every thread schedules alike.
 * Posts come without their bodies, which getContent() reads from the files when asked for: a
 * worker's results are copied to the main thread, and the bodies would be most of them.
 */
export function parseShare(files: ReadContent["files"], counter: Int32Array, now: number): [string, ParseResult][] {
  const out: [string, ParseResult][] = [];
  const at = new Date(now);
  for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) {
    const f = files[i];
    const result = parsePost(f.file, f.raw, siteConfig, at, infoOf(f));
    out.push([sourceKey(f), result.post ? { ...result, post: { ...result.post, body: "" } } : result]);
  }
  return out;
}

/** The results of parseShare from every thread, for the next getContent() of this thread. */
export function usePreparsed(results: [string, ParseResult][], now: number): void {
  preparsed = new Map(results);
  preparsedAt = new Date(now);
}

export function getContent(): ContentIndex {
  const dir = contentDir();
  if (isDev) return (dev ??= createDevContent(siteConfig)).index(dir);
  if (built?.dir === dir) return built.index;
  // Builds share parsed posts between threads and between builds.
  const cache = opened?.dir === dir ? opened.cache : createParseCache(siteConfig, dir);
  opened = undefined;
  const content = handed?.dir === dir ? handed : readContent(dir);
  handed = undefined;
  const ready = preparsed;
  preparsed = undefined;
  const parseOne = ready
    ? (f: SourceFile, now: Date) => {
        const key = sourceKey(f);
        const result = ready.get(key);
        if (!result) return cache.parse(f, now);
        // Without its body, which `parse` below reads from the file when asked for.
        return cache.rememberKeyed(key, result);
      }
    : cache.parse;
  const parse = (f: SourceFile, now: Date): ParseResult => {
    const result = parseOne(f, now);
    return result.post ? { ...result, post: bodyReadFromFile(result.post, f) } : result;
  };
  const fresh = buildIndex(content.files, siteConfig, { includeHidden: false, parse, books: content.books, now: ready ? preparsedAt : undefined });
  const index = content.issues.length > 0 ? { ...fresh, issues: [...content.issues, ...fresh.issues] } : fresh;
  cache.save();
  // Stopping anyway: the errors of the posts' bodies too (found by rendering otherwise, one at a time).
  if (index.issues.some((i) => i.severity === "error")) throw new ContentError([...index.issues, ...bodyErrors(index.posts, dir)], siteConfig.language);
  built = { dir, index };
  // `next build`: the warnings build:static prints (build:static prints its own).
  if (process.env.NEXT_PHASE === "phase-production-build") {
    printOncePerBuild([...index.issues.filter((i) => i.severity === "warning"), ...brokenLinkIssues()].map(formatIssueForSite));
  }
  return index;
}

/**
 * The post with its body read from its file each time it is asked for: the bodies are most of
 * the content index's memory, and every thread of a build holds the index while a page needs
 * one body at a time. The text is the one the post was parsed from: a file changed since is an error.
 */
function bodyReadFromFile(post: Post, f: SourceFile): Post {
  const { body: _body, ...rest } = post;
  // Only these are kept for the getter: not the file's text, nor the post with its body.
  const { file: name, mtimeMs, raw: { length } } = f;
  const { bodyLine } = post;
  const file = path.resolve(name);
  return Object.defineProperty(rest, "body", {
    enumerable: true,
    get() {
      const raw = fs.readFileSync(file, "utf8");
      if (raw.length !== length || fs.statSync(file).mtimeMs !== mtimeMs) {
        throw new Error(`${name} changed while the site was being built: build again`);
      }
      return bodyOf(raw, bodyLine);
    },
  }) as Post;
}

/** A build that stopped while rendering: every post's body errors, to list at once (empty when there are none). */
export function allBodyErrors(): ContentIssue[] {
  return bodyErrors(getContent().posts, contentDir());
}

export function allPosts(): PostSummary[] {
  return getContent().summaries;
}

/** A post of /posts/ (a book's chapter has its own address: chapterBySlugs). */
export function postBySlug(slug: string): Post | undefined {
  const post = getContent().bySlug.get(decodeSegment(slug));
  return post?.book === undefined ? post : undefined;
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

/** The posts' own series (`series:` in their front matter), newest first. */
export function allSeries(): Series[] {
  return getContent().series;
}

export function seriesBySegment(segment: string): Series | undefined {
  return getContent().seriesBySegment.get(decodeSegment(segment));
}

/** Zenn books, by title. */
export function allBooks(): Series[] {
  return getContent().books;
}

/** Which lists the site has besides its posts: the header links to them (app/layout.tsx). */
export function siteSections(index: Pick<ContentIndex, "books" | "series"> = getContent()): { books: boolean; series: boolean } {
  return { books: index.books.length > 0, series: index.series.length > 0 };
}

export function bookBySlug(slug: string): Series | undefined {
  return getContent().bookBySlug.get(decodeSegment(slug));
}

/** A chapter of a book, by the book's slug and the chapter's. */
export function chapterBySlugs(book: string, chapter: string): Post | undefined {
  const post = getContent().bySlug.get(`${decodeSegment(book)}/${decodeSegment(chapter)}`);
  return post?.book === undefined ? undefined : post;
}

/** The series a post belongs to and its place in it. */
export function seriesPlaceOf(slug: string): SeriesPlace | undefined {
  return getContent().seriesPlaces.get(slug);
}

const byQiitaId = new WeakMap<ContentIndex, Map<string, Post>>();

/** The Qiita post with this item id (`id:` of a Qiita CLI file), if the site publishes it. */
export function postByQiitaId(id: string): Post | undefined {
  const index = getContent();
  let ids = byQiitaId.get(index);
  if (!ids) byQiitaId.set(index, (ids = new Map(index.posts.filter((p) => p.qiitaId).map((p) => [p.qiitaId!, p]))));
  return ids.get(id);
}

/** Internal links of the published posts that lead nowhere (./links.ts), as warnings: the build prints them. */
export function brokenLinkIssues(): ContentIssue[] {
  const index = getContent();
  return brokenLinks(index.posts, sitePages(index), { zennRelative: contentLayout().name === "zenn" });
}

/** Problems to show editors in development. */
export function contentIssues() {
  return getContent().issues;
}

/** Development only: a file that could not become a post, found by the slug its file name gives it, with its problems. */
export function brokenPost(slug: string): { file: string; issues: ContentIssue[] } | undefined {
  return isDev ? brokenFileBySlug(getContent(), decodeSegment(slug)) : undefined;
}

/** Development only: the URL that shows a broken file's problems, if it has one. */
export function brokenPostHref(file: string): string | undefined {
  const slug = slugFromFileName(file);
  return brokenPostSlugs().includes(slug) ? postUrl(slug) : undefined;
}

/** Development only: the slugs of broken files, whose URLs show their errors. */
export function brokenPostSlugs(): string[] {
  return isDev ? brokenFileSlugs(getContent()) : [];
}

const derivedCache = new WeakMap<ContentIndex, { related: ReturnType<typeof createRelated>; position: Map<string, number> }>();

function derived(index: ContentIndex) {
  let d = derivedCache.get(index);
  if (!d) {
    const position = new Map(index.summaries.map((p, i) => [p.slug, i]));
    d = { related: createRelated(index.summaries, new Map(index.tags.map((t) => [t.key, t.items])), position), position };
    derivedCache.set(index, d);
  }
  return d;
}

/** A post without its body: what a page passes to components that show it (and what its fingerprint reads). */
export function summaryBySlug(slug: string): PostSummary | undefined {
  const index = getContent();
  const i = derived(index).position.get(slug);
  if (i !== undefined) return index.summaries[i];
  const place = index.seriesPlaces.get(slug);
  return place?.series.items[place.index];
}

/** The newer and the older neighbour of a post in date order. */
export function adjacentPosts(slug: string): { newer?: PostSummary; older?: PostSummary } {
  const index = getContent();
  const i = derived(index).position.get(slug);
  if (i === undefined) return {};
  return { newer: index.summaries[i - 1], older: index.summaries[i + 1] };
}

/** Up to `limit` posts sharing the most tags with this one, then the most recent. */
export function relatedTo(slug: string, limit = 5): PostSummary[] {
  const index = getContent();
  const d = derived(index);
  const i = d.position.get(slug);
  return i === undefined ? [] : d.related(index.summaries[i], limit);
}

export function archive(): ArchiveYear[] {
  return groupByMonth(getContent().summaries, siteConfig.timeZone);
}
