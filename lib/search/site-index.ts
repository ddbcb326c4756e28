/**
 * The search index of the site being built, from the same content index the
 * pages use. More than one process asks for it (Next.js: the route's
 * generateStaticParams, then every file), so the built index is kept in the
 * build cache (lib/build-cache.ts), keyed by a hash of everything it is made
 * from: it is built once per build, and not at all when no post changed. After
 * an edit, the postings of the runs of posts that did not change are reused, a
 * run that did is patched (only its changed posts are read again), and the
 * compressed files whose bytes did not change are reused.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cacheDir, cacheEnabled } from "../build-cache";
import { getContent, type ContentIndex } from "../content";
import type { Post } from "../content/types";
import { ByteReader, ByteWriter } from "./bytes";
import { assembleSearchIndexAsync, bodyTextFiles, encodeChunk, indexChunk, type BuiltSearchIndex, type CompressedFiles, type IndexedText } from "./build";
import { searchMeta, searchText } from "./documents";
import { FORMAT, MANIFEST_FILE, textFile, type SearchManifest } from "./format";
import { patchChunk } from "./patch-chunk";

/** Bump when indexing changes in a way the hash of the posts cannot see. */
const INDEXER_VERSION = `${FORMAT}.2`;

export interface SiteSearchIndex {
  manifest: SearchManifest;
  files: Map<string, Uint8Array>;
}

let memo: { content: ContentIndex; index: Promise<SiteSearchIndex>; handedOut: Set<string> } | undefined;

export function siteSearchIndex(): Promise<SiteSearchIndex> {
  const content = getContent();
  if (memo?.content !== content) memo = { content, index: loadOrBuild(content.posts), handedOut: new Set() };
  return memo.index;
}

/**
 * One file of the index, as served. A build (the static export, `next build`'s
 * prerendering) asks for each file once: outside development the index lets a
 * file go once it is handed out, and itself once every file is, so that a large
 * site's index is not held while the pages render. A file asked for again is
 * served from the index made anew (from the build cache).
 */
export async function searchIndexFile(file: string): Promise<Uint8Array | undefined> {
  if (process.env.NODE_ENV === "development") return (await siteSearchIndex()).files.get(file);
  if (memo?.handedOut.has(file)) memo = undefined;
  void siteSearchIndex();
  const current = memo!;
  const index = await current.index;
  const data = index.files.get(file);
  if (data) {
    current.handedOut.add(file);
    index.files.delete(file);
    if (index.files.size === 0 && memo === current) memo = undefined;
  }
  return data;
}

/** Posts per cached run of postings: after an edit, only the edited post's run is made again. */
export const RUN_POSTS = 128;

/**
 * Runs of consecutive posts (posts are newest first), counted from the oldest
 * so that a new post changes only the newest run; in post order.
 */
export function runRanges(count: number, size = RUN_POSTS): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (let end = count; end > 0; end -= size) ranges.push({ start: Math.max(0, end - size), end });
  return ranges.reverse();
}

/** What a post's postings are made from, hashed. */
function postingsDigest(post: Post): Buffer {
  return createHash("sha1").update(JSON.stringify([post.title, post.tags, post.categories])).update(post.body).digest();
}

/** A pack (written by writePack): [count] then [name, length, bytes] each. */
export function unpackFiles(blob: Uint8Array): Map<string, Uint8Array> {
  return new ByteReader(blob).namedBytes();
}

function fromFiles(files: Map<string, Uint8Array>): SiteSearchIndex {
  const manifest = JSON.parse(new TextDecoder().decode(files.get(MANIFEST_FILE))) as SearchManifest;
  return { manifest, files };
}

function cachePath(name: string): string | undefined {
  return cacheEnabled ? path.join(cacheDir(), "search", name) : undefined;
}

const RUNS_FILE = "runs.pack";
/** The body text files of the last build, by name. */
const TEXTS_FILE = "texts.pack";
/** In runs.pack, beside each run: the digests of its posts (what closestRun compares). */
const MEMBERS = "#posts";
const DIGEST_BYTES = 20;

interface EarlierRun {
  run: Uint8Array;
  members: Uint8Array;
}

function earlierRuns(pack: Map<string, Uint8Array>): EarlierRun[] {
  const found: EarlierRun[] = [];
  for (const [name, members] of pack) {
    if (!name.endsWith(MEMBERS)) continue;
    const run = pack.get(name.slice(0, -MEMBERS.length));
    if (run) found.push({ run, members });
  }
  return found;
}

function sameDigest(a: Uint8Array, i: number, b: Uint8Array, j: number): boolean {
  for (let k = 0; k < DIGEST_BYTES; k++) if (a[i * DIGEST_BYTES + k] !== b[j * DIGEST_BYTES + k]) return false;
  return true;
}

/**
 * The earlier run that shares the most posts with `members` at its start and
 * end (an edited post leaves the rest of its run in place; a new or deleted one
 * shifts only what follows it), and how many: patching it re-reads only the
 * posts between. Undefined when less than half the run would be kept.
 */
export function closestRun(earlier: EarlierRun[], members: Uint8Array): { run: Uint8Array; prefix: number; suffix: number } | undefined {
  const count = members.length / DIGEST_BYTES;
  let best: { run: Uint8Array; prefix: number; suffix: number } | undefined;
  for (const { run, members: old } of earlier) {
    const oldCount = old.length / DIGEST_BYTES;
    const most = Math.min(count, oldCount);
    let prefix = 0;
    while (prefix < most && sameDigest(members, prefix, old, prefix)) prefix++;
    let suffix = 0;
    while (prefix + suffix < most && sameDigest(members, count - 1 - suffix, old, oldCount - 1 - suffix)) suffix++;
    if (!best || prefix + suffix > best.prefix + best.suffix) best = { run, prefix, suffix };
  }
  return best && (best.prefix + best.suffix) * 2 >= count ? best : undefined;
}
/** The last build's compressed files by what they were compressed from. */
const COMPRESSED_FILE = "compressed.pack";

function readPack(file: string | undefined): Map<string, Uint8Array> {
  if (!file) return new Map();
  try {
    return unpackFiles(new Uint8Array(fs.readFileSync(file)));
  } catch {
    return new Map(); // not built yet, or unreadable: every run is indexed again
  }
}

/** Writes named files as one pack, piece by piece (the runs of a large site are tens of megabytes), then renames it into place. */
export function writePack(file: string, entries: Map<string, Uint8Array>) {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, "w");
  try {
    fs.writeSync(fd, new ByteWriter(8).uint(entries.size).view());
    for (const [name, data] of entries) {
      fs.writeSync(fd, new ByteWriter(name.length * 3 + 16).string(name).uint(data.length).view());
      fs.writeSync(fd, data);
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/**
 * The finished index files when nothing it is made from changed; otherwise the
 * postings of every run of posts that did not change come from the cache and
 * only the others are read again (./build.ts joins them into the same files).
 */
async function loadOrBuild(posts: Post[]): Promise<SiteSearchIndex> {
  const digests = posts.map(postingsDigest);
  // A body's text file is named by what it is made from, as the postings are.
  const textNames = digests.map((d) => textFile(d.toString("hex")));
  const metas = posts.map((p, i) => ({ ...searchMeta(p), text: textNames[i] }));
  const whole = createHash("sha1").update(INDEXER_VERSION);
  posts.forEach((_p, i) => whole.update(digests[i]).update(JSON.stringify(metas[i])));
  const file = cachePath(`${whole.digest("hex")}.bin`);
  if (file) {
    try {
      return fromFiles(unpackFiles(new Uint8Array(fs.readFileSync(file))));
    } catch {
      /* not built yet (or unreadable): build it */
    }
  }
  // The body text files of the last build; the others are made from the text the postings are read from.
  const textsFile = cachePath(TEXTS_FILE);
  const cachedTexts = readPack(textsFile);
  const texts = new Map<string, Uint8Array>();
  for (const name of textNames) {
    const cached = cachedTexts.get(name);
    if (cached) texts.set(name, cached);
  }
  let pending = new Map<string, string>();
  let madeTexts = 0;
  const compressPending = async (atLeast: number) => {
    if (pending.size < atLeast) return;
    madeTexts += pending.size;
    for (const [name, data] of await bodyTextFiles(pending)) texts.set(name, data);
    pending = new Map();
  };
  const textOf = (i: number): IndexedText => {
    const text = searchText(posts[i]);
    if (!texts.has(textNames[i])) pending.set(textNames[i], text.body);
    return text;
  };
  const runsFile = cachePath(RUNS_FILE);
  const cachedRuns = readPack(runsFile);
  const earlier = earlierRuns(cachedRuns);
  const runs = new Map<string, Uint8Array>();
  let fresh = 0;
  const encoded: Uint8Array[] = [];
  for (const { start, end } of runRanges(posts.length)) {
    const key = createHash("sha1").update(INDEXER_VERSION);
    for (let i = start; i < end; i++) key.update(digests[i]);
    const name = key.digest("hex");
    const members = Buffer.concat(digests.slice(start, end));
    runs.set(`${name}${MEMBERS}`, members);
    let run = cachedRuns.get(name);
    if (!run) {
      fresh++;
      const base = closestRun(earlier, members);
      const read = (from: number, to: number) => Array.from({ length: to - from }, (_p, k) => textOf(from + k));
      run = base
        ? patchChunk(base.run, base.prefix, base.suffix, encodeChunk(indexChunk(read(start + base.prefix, end - base.suffix))))
        : encodeChunk(indexChunk(read(start, end)));
    }
    runs.set(name, run);
    encoded.push(run);
    await compressPending(RUN_POSTS);
  }
  // Posts whose postings were reused but whose text file was not kept.
  for (let i = 0; i < posts.length; i++) {
    if (!texts.has(textNames[i]) && !pending.has(textNames[i])) pending.set(textNames[i], searchText(posts[i]).body);
    await compressPending(RUN_POSTS);
  }
  await compressPending(1);
  // Only this build's runs: a run no post belongs to any more is never read again. Written
  // before the files are assembled, which then let each run go as they join it.
  if (runsFile && (fresh > 0 || runs.size !== cachedRuns.size)) {
    try {
      fs.mkdirSync(path.dirname(runsFile), { recursive: true });
      writePack(runsFile, runs);
    } catch {
      /* a read-only file system only loses the cache */
    }
  }
  runs.clear();
  cachedRuns.clear();
  earlier.length = 0;
  const compressedFile = cachePath(COMPRESSED_FILE);
  const reuse = readPack(compressedFile);
  const compressed: CompressedFiles = new Map();
  const built: BuiltSearchIndex = await assembleSearchIndexAsync(metas, encoded, { texts, releaseRuns: true }, { reuse, compressed });
  if (file && runsFile && compressedFile) {
    try {
      const dir = path.dirname(file);
      fs.mkdirSync(dir, { recursive: true });
      // Keep only the index of this build: older ones are never read again.
      for (const old of fs.readdirSync(dir)) if (old.endsWith(".bin")) fs.rmSync(path.join(dir, old), { force: true });
      writePack(file, built.files);
      if (textsFile && (madeTexts > 0 || texts.size !== cachedTexts.size)) writePack(textsFile, texts);
      if ([...compressed.keys()].some((key) => !reuse.has(key)) || compressed.size !== reuse.size) writePack(compressedFile, compressed);
    } catch {
      /* a read-only file system only loses the cache */
    }
  }
  return { manifest: built.manifest, files: built.files };
}
