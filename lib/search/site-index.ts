/**
 * The search index of the site being built, from the same content index the
 * pages use. More than one process asks for it (Next.js: the route's
 * generateStaticParams, then every file), so the built index is kept in the
 * build cache (lib/build-cache.ts), keyed by a hash of everything it is made
 * from: it is built once per build, and not at all when no post changed.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cacheDir, cacheEnabled } from "../build-cache";
import { getContent, type ContentIndex } from "../content";
import type { Post } from "../content/types";
import { ByteReader, ByteWriter } from "./bytes";
import { buildSearchIndex, type BuiltSearchIndex } from "./build";
import { searchDocument } from "./documents";
import { FORMAT, MANIFEST_FILE, type SearchManifest } from "./format";

/** Bump when indexing changes in a way the hash of the posts cannot see. */
const INDEXER_VERSION = `${FORMAT}.1`;

export interface SiteSearchIndex {
  manifest: SearchManifest;
  files: Map<string, Uint8Array>;
}

let memo: { content: ContentIndex; index: SiteSearchIndex } | undefined;

export function siteSearchIndex(): SiteSearchIndex {
  const content = getContent();
  if (memo?.content !== content) memo = { content, index: loadOrBuild(content.posts) };
  return memo.index;
}

export function postsHash(posts: Post[]): string {
  const hash = createHash("sha1").update(INDEXER_VERSION);
  for (const p of posts) {
    hash.update(JSON.stringify([p.slug, p.title, p.date, p.tags, p.categories, p.excerpt.text])).update(p.body);
  }
  return hash.digest("hex");
}

function cacheFile(key: string): string | undefined {
  return cacheEnabled ? path.join(cacheDir(), "search", `${key}.bin`) : undefined;
}

/** All files in one blob: [count] then [name, length, bytes] each. */
export function packFiles(files: Map<string, Uint8Array>): Uint8Array {
  const w = new ByteWriter(1 << 16);
  w.uint(files.size);
  for (const [name, data] of files) w.string(name).uint(data.length).bytes(data);
  return w.view();
}

export function unpackFiles(blob: Uint8Array): Map<string, Uint8Array> {
  return new ByteReader(blob).namedBytes();
}

function fromFiles(files: Map<string, Uint8Array>): SiteSearchIndex {
  const manifest = JSON.parse(new TextDecoder().decode(files.get(MANIFEST_FILE))) as SearchManifest;
  return { manifest, files };
}

function loadOrBuild(posts: Post[]): SiteSearchIndex {
  const file = cacheFile(postsHash(posts));
  if (file) {
    try {
      return fromFiles(unpackFiles(new Uint8Array(fs.readFileSync(file))));
    } catch {
      /* not built yet (or unreadable): build it */
    }
  }
  const built: BuiltSearchIndex = buildSearchIndex(posts.map((p) => searchDocument(p)));
  if (file) {
    try {
      const dir = path.dirname(file);
      fs.mkdirSync(dir, { recursive: true });
      // Keep only the index of this build: older ones are never read again.
      for (const old of fs.readdirSync(dir)) if (old.endsWith(".bin")) fs.rmSync(path.join(dir, old), { force: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, packFiles(built.files));
      fs.renameSync(tmp, file);
    } catch {
      /* a read-only file system only loses the cache */
    }
  }
  return { manifest: built.manifest, files: built.files };
}
