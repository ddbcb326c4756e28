/**
 * The static search index: what the build writes and the search page reads.
 *
 * Text is normalized (normalize.ts) and indexed by code point. Every post has
 * three zones at fixed offsets, so a position says where a match is:
 *   title [0, 4096)   tags and categories [4096, 8192)   body [8192, …)
 * Keys are single code points (unigrams: which posts contain the character) and
 * pairs of code points (bigrams: in which posts, at which positions). A phrase
 * of n ≥ 2 characters is found exactly by intersecting the positions of
 * bigrams that cover it; no word segmentation is involved, so index and query
 * can never disagree about where words end.
 *
 * Files (fetched on demand; all but the manifest gzip-compressed):
 *   manifest.json   SearchManifest: read first, names the version of the rest
 *   keys.bin   the keys whose postings are large, each with its x file and size
 *   x<i>.bin   the postings of one large key
 *   b<i>.bin   bucket i: every other key whose hash falls in it, with its postings
 *   d<i>.bin   JSON: what a result shows for posts [i·docsPerFile, (i+1)·docsPerFile)
 *   t<hash>.bin   the plain text of one post's body (UTF-8), named by what it is made
 *              from: read for a result that matches only there, to show the words around the match
 */

export const FORMAT = 1;

export const ZONE_BASE = { title: 0, tags: 4096, body: 8192 } as const;
/** Characters of a title, or of the tags together, that are indexed. */
export const ZONE_CAPACITY = 4095;

export type Zone = "title" | "tags" | "body";
export const ZONE_BIT: Record<Zone, number> = { title: 1, tags: 2, body: 4 };

export function zoneAt(position: number): Zone {
  return position >= ZONE_BASE.body ? "body" : position >= ZONE_BASE.tags ? "tags" : "title";
}

/** What the search page needs to know before it fetches anything. */
export interface SearchManifest {
  format: typeof FORMAT;
  /** Changes whenever any index file changes (used to bust caches). */
  version: string;
  docs: number;
  buckets: number;
  /** Average size of a bucket file as served (to plan which files a query reads). */
  bucketBytes: number;
  docsPerFile: number;
}

/** One post as a search result shows it (the d files hold arrays of these). */
export interface SearchDocMeta {
  slug: string;
  title: string;
  /** Zoned ISO 8601, for `<time datetime>`. */
  datetime: string;
  /** Formatted in the site time zone, e.g. 2025年12月10日. */
  dateText: string;
  tags: string[];
  categories: string[];
  excerpt: string;
  /** The file with the text of the body (textFile), for a snippet around a match there. */
  text?: string;
}

/** 32-bit FNV-1a over UTF-16 code units: the same on the server and in the browser. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const bucketOf = (key: string, buckets: number) => keyHash(key) % buckets;

export const bucketFile = (i: number) => `b${i}.bin`;
export const postingsFile = (i: number) => `x${i}.bin`;
export const docsFile = (i: number) => `d${i}.bin`;
/** `hash`: hex digits of a digest of what the text is made from. */
export const textFile = (hash: string) => `t${hash.slice(0, 16)}.bin`;

export const MANIFEST_FILE = "manifest.json";
export const DIRECTORY_FILE = "keys.bin";

/** gzip's magic bytes: files are decompressed only when they still carry them. */
export const isGzip = (data: Uint8Array) => data.length > 2 && data[0] === 0x1f && data[1] === 0x8b;
