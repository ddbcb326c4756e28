/**
 * A disk cache for build work (parsed posts, compiled bodies), keyed by content
 * hashes. It lives under the build's cache folder
 * (`.next/cache/yomu`, kept between builds by Vercel and by local rebuilds),
 * so a rebuild compiles only the posts that changed, and the build workers
 * share one another's work.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";

/** Bump when parsing or the Markdown pipeline changes in a way the keys cannot see. */
const PIPELINE_VERSION = "yomu-8";

/**
 * Always under `.next/cache` (Vercel keeps it between builds; `next build` never
 * cleans it), even when NEXT_DIST_DIR is set: a static export with a custom
 * distDir replaces that folder with the exported site. Entries are keyed by
 * content hashes, so builds of different content folders can share it.
 */
export function cacheDir(): string {
  return process.env.YOMU_CACHE_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "cache", "yomu");
}

export const cacheEnabled = process.env.YOMU_CACHE !== "0" && process.env.NODE_ENV !== "test";

export function cacheKey(...parts: string[]): string {
  const hash = createHash("sha1").update(PIPELINE_VERSION);
  for (const p of parts) hash.update("\u0000").update(p);
  return hash.digest("hex");
}

const madeDirs = new Set<string>();

function ensureDir(dir: string) {
  if (!madeDirs.has(dir)) fs.mkdirSync(dir, { recursive: true });
  madeDirs.add(dir);
}

/** Unique per process and thread: two threads may store the same entry at once. */
let tmpCount = 0;
const tmpName = (file: string) => `${file}.${process.pid}-${threadId}-${tmpCount++}.tmp`;

/** Writes an entry whole (to a temporary name, then renamed), so a reader never sees half of one. */
function store(file: string, data: string | Uint8Array): void {
  try {
    ensureDir(path.dirname(file));
    const tmp = tmpName(file);
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch {
    /* a read-only file system only loses the cache */
  }
}

export function cached<T>(key: string, compute: () => T): T {
  if (!cacheEnabled) return compute();
  const file = path.join(cacheDir(), key.slice(0, 2), `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    /* not cached yet, or unreadable: compute */
  }
  const value = compute();
  store(file, JSON.stringify(value));
  return value;
}

/** `cached` for work that is asynchronous and makes bytes (an image, a bundled script), kept as they are. */
export async function cachedBytes(key: string, compute: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (!cacheEnabled) return compute();
  const file = path.join(cacheDir(), key.slice(0, 2), `${key}.bin`);
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    /* not cached yet, or unreadable: compute */
  }
  const value = await compute();
  store(file, value);
  return value;
}

export function readCacheFile<T>(name: string): T | undefined {
  if (!cacheEnabled) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(cacheDir(), name), "utf8")) as T;
  } catch {
    return undefined;
  }
}

export function writeCacheFile(name: string, value: unknown): void {
  if (cacheEnabled) store(path.join(cacheDir(), name), JSON.stringify(value));
}

/**
 * What code this build runs, when the build says (the static exporter sets
 * YOMU_CODE_KEY to the hash of its renderer's sources and the lock file).
 * Whole outputs of code, like a feed, are cached only then: PIPELINE_VERSION
 * cannot see every change to the code that makes them.
 */
export function buildCodeKey(): string | undefined {
  return cacheEnabled ? process.env.YOMU_CODE_KEY || undefined : undefined;
}

/**
 * `cached` for an output with one slot per name (a feed file): the slot holds
 * only the latest value and the key it was made from, so the cache does not
 * grow with every version of it.
 */
export function cachedLatest<T>(name: string, key: string, compute: () => T): T {
  if (!cacheEnabled) return compute();
  const file = path.join(cacheDir(), "latest", `${createHash("sha1").update(name).digest("hex")}.json`);
  try {
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as { key?: string; value: T };
    if (saved.key === key) return saved.value;
  } catch {
    /* not made yet, or unreadable: compute */
  }
  const value = compute();
  store(file, JSON.stringify({ key, value }));
  return value;
}
