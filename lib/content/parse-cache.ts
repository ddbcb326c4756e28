/**
 * Parsed posts cached between builds and between the build's worker processes:
 * every Next.js worker needs the whole index, and parsing 10,000 posts costs
 * seconds each time. Keyed by file path, file content and site configuration;
 * a changed file is parsed again, an unchanged one is read back.
 */
import { createHash } from "node:crypto";
import type { SiteConfig } from "../config/site-config";
import { cacheKey, readCacheFile, writeCacheFile } from "../build-cache";
import type { SourceFile } from "./load";
import { normalizeSource, parsePost, type ParseResult } from "./parse";
import { isScheduled } from "./schema";
import type { Post } from "./types";

type CachedResult = { post?: Omit<Post, "body">; issues: ParseResult["issues"] };

/** A file's key in the cache: its path and text, and for Zenn and Qiita its layout and commit date, for a chapter its book. */
export function sourceKey(f: Pick<SourceFile, "file" | "raw" | "layout" | "added" | "chapter">): string {
  return f.layout || f.chapter ? cacheKey(f.file, f.raw, f.layout ?? "", JSON.stringify(f.added ?? null), JSON.stringify(f.chapter ?? null)) : cacheKey(f.file, f.raw);
}

/** What parsePost reads of a file besides its path and text. */
export const infoOf = (f: Pick<SourceFile, "mtimeMs" | "layout" | "added" | "chapter">) => ({ mtimeMs: f.mtimeMs, layout: f.layout, added: f.added, chapter: f.chapter });

export function bodyOf(raw: string, bodyLine: number): string {
  // A build reads a post's body from its file each time it is asked for (./index.ts): found by
  // counting lines, without splitting the whole text into lines and joining them again.
  const text = raw.charCodeAt(0) === 0xfeff || raw.includes("\r") ? normalizeSource(raw) : raw;
  let start = 0;
  for (let line = 1; line < bodyLine; line++) {
    const end = text.indexOf("\n", start);
    if (end < 0) return "";
    start = end + 1;
  }
  return text.slice(start);
}

export function createParseCache(config: SiteConfig, contentDir = "") {
  // One cache file per site configuration and content folder (test sites and benchmarks build several).
  const fingerprint = createHash("sha1").update(JSON.stringify(config)).update(contentDir).digest("hex").slice(0, 12);
  const name = `posts-${fingerprint}.json`;
  const previous = readCacheFile<Record<string, CachedResult>>(name) ?? {};
  const next: Record<string, CachedResult> = {};
  let misses = 0;

  /** The cached result for this file's content, if any. */
  const lookup = (f: SourceFile, now: Date): ParseResult | undefined => {
    // cacheKey includes the pipeline version: a new check in parsePost must see every file again.
    const key = sourceKey(f);
    const hit = previous[key];
    if (!hit) return undefined;
    next[key] = hit;
    if (!hit.post) return { post: undefined, issues: hit.issues };
    const post: Post = { ...hit.post, body: bodyOf(f.raw, hit.post.bodyLine), scheduled: isScheduled(hit.post.date, config, now) };
    return { post, issues: hit.issues };
  };
  /** Keeps a result parsed elsewhere for the next run, under its key (`cacheKey(file, raw)`). */
  const rememberKeyed = (key: string, result: ParseResult): ParseResult => {
    misses++;
    // A post dated by its file's modification time (a draft, an uncommitted file, a book's chapter): not cacheable by content.
    const dependsOnMtime = result.post?.dateSource === "modified";
    if (!dependsOnMtime) {
      const { body: _body, ...rest } = result.post ?? ({} as Post);
      next[key] = { post: result.post ? rest : undefined, issues: result.issues };
    }
    return result;
  };

  return {
    /** Nothing cached yet (a first run): every file will be parsed. */
    empty: Object.keys(previous).length === 0,
    lookup,
    rememberKeyed,
    parse(f: SourceFile, now: Date): ParseResult {
      return lookup(f, now) ?? rememberKeyed(sourceKey(f), parsePost(f.file, f.raw, config, now, infoOf(f)));
    },
    /** Writes the cache when something was parsed (or removed) since it was read. */
    save() {
      if (misses > 0 || Object.keys(previous).length !== Object.keys(next).length) writeCacheFile(name, next);
    },
  };
}
