/**
 * Share images on disk, keyed by a hash of everything that makes their pixels
 * (lib/share-image/index.ts), in the build cache folder that Vercel and local
 * rebuilds keep (lib/build-cache.ts): a rebuild draws only the cards that
 * changed, and `next build` and the static export share their images.
 * A card the font cannot draw is remembered too, with the characters it lacks.
 */
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { MissingGlyphsError } from "./render";

export type CachedCard = { png: Uint8Array } | { missing: string[] };

export interface ImageCache {
  /** The cached result for `key`, or `draw()`'s, stored for next time. */
  get(key: string, draw: () => Promise<Uint8Array>): Promise<CachedCard>;
}

async function attempt(draw: () => Promise<Uint8Array>): Promise<CachedCard> {
  try {
    return { png: await draw() };
  } catch (error) {
    if (error instanceof MissingGlyphsError) return { missing: error.characters };
    throw error;
  }
}

/** No cache: every call draws. */
export const noImageCache: ImageCache = { get: (_key, draw) => attempt(draw) };

let tmpCount = 0;

export function diskImageCache(dir: string): ImageCache {
  const store = async (file: string, data: string | Uint8Array) => {
    try {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      // Two threads may store the same entry at once: each writes its own file, the rename is atomic.
      const tmp = `${file}.${process.pid}-${threadId}-${tmpCount++}.tmp`;
      await fs.promises.writeFile(tmp, data);
      await fs.promises.rename(tmp, file);
    } catch {
      /* a read-only file system only loses the cache */
    }
  };
  return {
    async get(key, draw) {
      const base = path.join(dir, key.slice(0, 2), key);
      const png = await fs.promises.readFile(`${base}.png`).catch(() => undefined);
      if (png) return { png: new Uint8Array(png) };
      const missing = await fs.promises.readFile(`${base}.missing.json`, "utf8").catch(() => undefined);
      if (missing) return { missing: JSON.parse(missing) as string[] };
      const result = await attempt(draw);
      if ("png" in result) await store(`${base}.png`, result.png);
      else await store(`${base}.missing.json`, JSON.stringify(result.missing));
      return result;
    },
  };
}
