/**
 * A disk cache of compiled post bodies, keyed by a hash of the body, the title
 * and the pipeline configuration. It lives under the build's cache folder
 * (`.next/cache/yomu`, kept between builds by Vercel and by local rebuilds),
 * so a rebuild compiles only the posts that changed, and the build workers
 * share one another's work.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Bump when the Markdown pipeline changes in a way the key cannot see. */
const PIPELINE_VERSION = "md-1";

function cacheDir(): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  return path.join(/*turbopackIgnore: true*/ process.cwd(), distDir, "cache", "yomu");
}

const enabled = process.env.YOMU_CACHE !== "0" && process.env.NODE_ENV !== "test";

export function cacheKey(...parts: string[]): string {
  const hash = createHash("sha1").update(PIPELINE_VERSION);
  for (const p of parts) hash.update("\u0000").update(p);
  return hash.digest("hex");
}

export function cached<T>(key: string, compute: () => T): T {
  if (!enabled) return compute();
  const file = path.join(cacheDir(), key.slice(0, 2), `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    /* not cached yet, or unreadable: compute */
  }
  const value = compute();
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(value));
    fs.renameSync(tmp, file);
  } catch {
    /* a read-only file system only loses the cache */
  }
  return value;
}
