/**
 * Builds the static search index (see format.ts) from posts. Runs at build
 * time only (Node: node:zlib, node:crypto). Streams postings straight into
 * byte buffers, one post at a time, so memory stays near the index size.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip as gzipCallback, gzipSync } from "node:zlib";
import { ByteReader, ByteWriter, uintLength } from "./bytes";
import {
  DIRECTORY_FILE, FORMAT, MANIFEST_FILE, ZONE_BASE, ZONE_BIT, ZONE_CAPACITY, bucketFile, bucketOf, docsFile, postingsFile,
  type SearchDocMeta, type SearchManifest,
} from "./format";
import { normalizeText } from "./normalize";

const gzipAsync = promisify(gzipCallback);

export interface SearchDocument extends SearchDocMeta {
  /** Plain text of the body (markdownToSearchText). */
  body: string;
}

export interface BuildOptions {
  /** Aimed size of a bucket file before compression. */
  bucketBytes?: number;
  /** Postings larger than this get a file of their own. */
  externalBytes?: number;
  docsPerFile?: number;
  gzipLevel?: number;
  /** The posts' body texts (bodyTextFile), by the names the documents' `text` gives. */
  texts?: ReadonlyMap<string, Uint8Array>;
  /**
   * The runs array is emptied as its runs are joined into the postings, each let go
   * once copied: for a caller that keeps no other reference (a large site's runs are
   * as large as the index before compression).
   */
  releaseRuns?: boolean;
}

/** What an array's entry holds once the file it held has been let go. */
const RELEASED = new Uint8Array(0);



export interface BuiltSearchIndex {
  manifest: SearchManifest;
  /** File name → bytes as served. */
  files: Map<string, Uint8Array>;
  stats: { keys: number; postings: number; positions: number; rawBytes: number; bytes: number; files: number };
}

/**
 * Key ids for code points and pairs of code points: an open-addressing hash
 * table over typed arrays (much faster than a Map with string or float keys).
 */
class KeyTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  first: number[] = [];
  /** -1 for a single code point. */
  second: number[] = [];

  id(a: number, b: number): number {
    const mask = this.slots.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) >>> 0;
    for (;;) {
      h &= mask;
      const id = this.slots[h];
      if (id === -1) break;
      if (this.first[id] === a && this.second[id] === b) return id;
      h++;
    }
    const id = this.first.length;
    this.first.push(a);
    this.second.push(b);
    this.slots[h] = id;
    if (this.first.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow() {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.first.length; id++) {
      let h = (Math.imul(this.first[id], 0x9e3779b1) ^ Math.imul(this.second[id] + 1, 0x85ebca77)) >>> 0;
      while (this.slots[h & mask] !== -1) h++;
      this.slots[h & mask] = id;
    }
  }

  key(id: number): string {
    const b = this.second[id];
    return b < 0 ? String.fromCodePoint(this.first[id]) : String.fromCodePoint(this.first[id], b);
  }
}

/** What a post contributes to the postings: its text, zone by zone. */
export type IndexedText = Pick<SearchDocument, "title" | "tags" | "categories" | "body">;

/**
 * The postings of a run of consecutive posts, with post numbers counted from
 * the run's first post: what a rebuild reuses for every run of posts that did
 * not change (lib/search/site-index.ts caches them by content).
 */
export interface PostingsChunk {
  /** Number of posts in the run. */
  docs: number;
  /** Keys in the order the run first met them. */
  keys: string[];
  /** Per key: posts of the run containing it, the first and the last of them. */
  docCount: number[];
  firstDoc: number[];
  lastDoc: number[];
  /**
   * Per key: its postings as the index stores them (each post as the gap since
   * the previous one, then its payload), without the first post's gap, which
   * depends on what comes before the run.
   */
  lists: Uint8Array[];
  positions: number;
}

/** Tokenizes posts into postings: one pass over each post's text. */
export function indexChunk(documents: readonly IndexedText[]): PostingsChunk {
  const keys = new KeyTable();
  const writers: ByteWriter[] = [];
  const firstDoc: number[] = [];
  const lastDoc: number[] = [];
  const docCount: number[] = [];
  let positionCount = 0;

  // Occurrences of one post, chained per key in position order (no sorting):
  // head/tail per key id, next per occurrence.
  let head = new Int32Array(1 << 14);
  let tail = new Int32Array(1 << 14);
  let stamp = new Int32Array(1 << 14).fill(-1);
  let occPos = new Int32Array(1 << 14);
  let occNext = new Int32Array(1 << 14);
  const touched: number[] = [];

  documents.forEach((doc, docId) => {
    let n = 0;
    touched.length = 0;
    const record = (id: number, pos: number) => {
      if (id >= stamp.length) {
        const size = Math.max(id + 1, stamp.length * 2);
        const grow = (a: Int32Array, fill = 0) => {
          const b = new Int32Array(size).fill(fill);
          b.set(a);
          return b;
        };
        head = grow(head);
        tail = grow(tail);
        stamp = grow(stamp, -1);
      }
      if (n === occPos.length) {
        const p = new Int32Array(n * 2);
        p.set(occPos);
        occPos = p;
        const q = new Int32Array(n * 2);
        q.set(occNext);
        occNext = q;
      }
      occPos[n] = pos;
      occNext[n] = -1;
      if (stamp[id] !== docId) {
        stamp[id] = docId;
        head[id] = n;
        touched.push(id);
      } else {
        occNext[tail[id]] = n;
      }
      tail[id] = n;
      n++;
    };
    const addZoneText = (text: string, base: number, limit: number) => {
      let i = 0;
      let prev = -1;
      for (let u = 0; u < text.length && i < limit; u++) {
        let cp = text.charCodeAt(u);
        if (cp >= 0xd800 && cp < 0xdc00 && u + 1 < text.length) {
          cp = text.codePointAt(u)!;
          if (cp > 0xffff) u++;
        }
        if (cp !== 0x20) record(keys.id(cp, -1), base + i);
        if (prev >= 0) record(keys.id(prev, cp), base + i - 1);
        prev = cp;
        i++;
      }
      return i;
    };
    addZoneText(normalizeText(doc.title).trim(), ZONE_BASE.title, ZONE_CAPACITY);
    let tagOffset = 0;
    for (const term of [...doc.tags, ...doc.categories]) {
      const used = addZoneText(normalizeText(term).trim(), ZONE_BASE.tags + tagOffset, ZONE_CAPACITY - tagOffset);
      tagOffset += used + 1; // a gap: no bigram spans two tags
      if (tagOffset >= ZONE_CAPACITY) break;
    }
    addZoneText(normalizeText(doc.body).trim(), ZONE_BASE.body, 0x7fffffff - ZONE_BASE.body);

    for (const id of touched) {
      let w = writers[id];
      if (!w) {
        // The first post of the run: its gap is written when runs are joined.
        w = writers[id] = new ByteWriter(32);
        firstDoc[id] = docId;
        docCount[id] = 0;
      } else {
        w.uint(docId - lastDoc[id] - 1);
      }
      lastDoc[id] = docId;
      docCount[id]++;
      if (keys.second[id] < 0) {
        let bits = 0;
        let count = 0;
        for (let k = head[id]; k >= 0; k = occNext[k]) {
          const pos = occPos[k];
          bits |= pos >= ZONE_BASE.body ? ZONE_BIT.body : pos >= ZONE_BASE.tags ? ZONE_BIT.tags : ZONE_BIT.title;
          count++;
        }
        w.uint(Math.min(count, 0xffff) * 8 + bits);
      } else {
        let count = 0;
        for (let k = head[id]; k >= 0; k = occNext[k]) count++;
        w.uint(count);
        let prevPos = 0;
        for (let k = head[id]; k >= 0; k = occNext[k]) {
          w.uint(occPos[k] - prevPos);
          prevPos = occPos[k];
        }
        positionCount += count;
      }
    }
  });

  return {
    docs: documents.length,
    keys: writers.map((_w, id) => keys.key(id)),
    docCount,
    firstDoc,
    lastDoc,
    lists: writers.map((w) => w.view()),
    positions: positionCount,
  };
}

/** A chunk as bytes, for the build cache. */
export function encodeChunk(chunk: PostingsChunk): Uint8Array {
  let size = 16;
  for (const list of chunk.lists) size += list.length + 24;
  const w = new ByteWriter(size).uint(chunk.docs).uint(chunk.positions).uint(chunk.keys.length);
  chunk.keys.forEach((key, i) => {
    w.string(key).uint(chunk.docCount[i]).uint(chunk.firstDoc[i]).uint(chunk.lastDoc[i]).uint(chunk.lists[i].length).bytes(chunk.lists[i]);
  });
  return w.view();
}

export function buildSearchIndex(documents: SearchDocument[], options: BuildOptions = {}): BuiltSearchIndex {
  return assembleSearchIndex(documents, [encodeChunk(indexChunk(documents))], options);
}

/**
 * The index files from the postings of consecutive runs of posts (`runs`:
 * encodeChunk's bytes, in post order, covering `documents` exactly): the same
 * files whichever way the posts were split into runs.
 */
export function assembleSearchIndex(documents: readonly SearchDocMeta[], runs: readonly Uint8Array[], options: BuildOptions = {}): BuiltSearchIndex {
  const level = options.gzipLevel ?? 4;
  const gzip = (data: Uint8Array) => new Uint8Array(gzipSync(data, { level }));
  const raw = layOut(documents, runs, options);
  const externals = raw.externals.map(gzip);
  const directory = raw.directory(externals);
  return finish(raw, directory.length, { externals, directory: gzip(directory), buckets: raw.buckets.map(gzip), docs: raw.docs.map(gzip) });
}

/** Compressions under way at once: each holds a deflate state of a few hundred KB until it ends. */
const GZIP_IN_FLIGHT = 4;

/**
 * Compressed files of an earlier build by what they were compressed from
 * (`compressionKey`): after an edit most files of the index have the same
 * bytes as before, and compressing them again was most of a rebuild's index work.
 */
export type CompressedFiles = Map<string, Uint8Array>;

/** The key of `data` compressed at `level` in CompressedFiles. */
function compressionKey(data: Uint8Array, level: number): string {
  return createHash("sha1").update(String(level)).update(data).digest("base64");
}

/**
 * assembleSearchIndex, compressing on libuv's threads: the build's other work
 * goes on meanwhile. Files whose bytes are in `reuse` are not compressed
 * again; `compressed` receives every compressed file of this index (what the
 * next build can reuse).
 */
export async function assembleSearchIndexAsync(
  documents: readonly SearchDocMeta[],
  runs: readonly Uint8Array[],
  options: BuildOptions = {},
  cache: { reuse?: CompressedFiles; compressed?: CompressedFiles } = {},
): Promise<BuiltSearchIndex> {
  const level = options.gzipLevel ?? 4;
  const gzip = async (data: Uint8Array) => {
    const key = cache.reuse || cache.compressed ? compressionKey(data, level) : "";
    let gz = cache.reuse?.get(key);
    if (gz === undefined) {
      const b = await gzipAsync(data, { level });
      gz = new Uint8Array(b.buffer, b.byteOffset, b.length);
    }
    cache.compressed?.set(key, gz);
    return gz;
  };
  const gzipAll = async (list: Uint8Array[]) => {
    const out = new Array<Uint8Array>(list.length);
    let next = 0;
    // Each file before compression is let go once compressed: the index is not held whole both ways at once.
    const lane = async () => {
      for (let i = next++; i < list.length; i = next++) {
        out[i] = await gzip(list[i]);
        list[i] = RELEASED;
      }
    };
    await Promise.all(Array.from({ length: GZIP_IN_FLIGHT }, lane));
    return out;
  };
  const raw = layOut(documents, runs, options);
  const externals = await gzipAll(raw.externals);
  const buckets = await gzipAll(raw.buckets);
  const docs = await gzipAll(raw.docs);
  const directory = raw.directory(externals);
  return finish(raw, directory.length, { externals, directory: await gzip(directory), buckets, docs });
}

/** Bodies' texts (by file name, format.ts textFile) as their files in the index: UTF-8, gzip-compressed on libuv's threads. */
export async function bodyTextFiles(bodies: ReadonlyMap<string, string>, level = 4): Promise<Map<string, Uint8Array>> {
  const entries = [...bodies];
  const out = new Map<string, Uint8Array>();
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < entries.length; i = next++) {
      const b = await gzipAsync(new TextEncoder().encode(entries[i][1]), { level });
      out.set(entries[i][0], new Uint8Array(b.buffer, b.byteOffset, b.length));
    }
  };
  await Promise.all(Array.from({ length: GZIP_IN_FLIGHT }, lane));
  return out;
}

interface RawIndex {
  /** The postings of keys with files of their own, in key order. */
  externals: Uint8Array[];
  /** The directory of those files, which names their compressed sizes. */
  directory: (compressedExternals: Uint8Array[]) => Uint8Array;
  buckets: Uint8Array[];
  docs: Uint8Array[];
  /** Already compressed. */
  texts: ReadonlyMap<string, Uint8Array>;
  docCount: number;
  docsPerFile: number;
  stats: Pick<BuiltSearchIndex["stats"], "keys" | "postings" | "positions" | "rawBytes">;
}

function layOut(documents: readonly SearchDocMeta[], runs: readonly Uint8Array[], options: BuildOptions): RawIndex {
  const bucketBytes = options.bucketBytes ?? 32 * 1024;
  const externalBytes = options.externalBytes ?? 16 * 1024;
  const docsPerFile = options.docsPerFile ?? 16;

  // Each key's postings are the runs' lists joined, with the gap before each
  // run's first post. A first pass reads where every list is (into typed arrays:
  // a large site has hundreds of thousands) and sizes each key exactly; the
  // second copies.
  let entries = 0;
  for (const run of runs) {
    const r = new ByteReader(run);
    r.uint();
    r.uint();
    entries += r.uint();
  }
  const entryKey = new Int32Array(entries);
  const entryStart = new Int32Array(entries);
  const entryLength = new Int32Array(entries);
  const entryFirst = new Int32Array(entries);
  const entryLast = new Int32Array(entries);
  const entryDocs = new Int32Array(entries);
  const runEnd = new Int32Array(runs.length);
  const runDocs = new Int32Array(runs.length);
  const ids = new Map<string, number>();
  const keyText: string[] = [];
  const size: number[] = [];
  let positionCount = 0;
  let e = 0;
  runs.forEach((run, i) => {
    const r = new ByteReader(run);
    runDocs[i] = r.uint();
    positionCount += r.uint();
    for (let n = r.uint(); n > 0; n--, e++) {
      const key = r.string();
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = keyText.length));
        keyText.push(key);
        size.push(5);
      }
      entryKey[e] = id;
      entryDocs[e] = r.uint();
      entryFirst[e] = r.uint();
      entryLast[e] = r.uint();
      entryLength[e] = r.uint();
      entryStart[e] = r.offset;
      r.offset += entryLength[e];
      size[id] += entryLength[e] + 5;
    }
    runEnd[i] = e;
  });
  // A key's postings: [number of posts] + what the runs hold, so that a key with a
  // file of its own is its writer's bytes as they are.
  const docCount = new Array<number>(keyText.length).fill(0);
  for (let k = 0; k < entries; k++) docCount[entryKey[k]] += entryDocs[k];
  const writers = size.map((n, id) => new ByteWriter(n + 5).uint(docCount[id]));
  const lastDoc = new Array<number>(keyText.length).fill(-1);
  let postingCount = 0;
  let offset = 0;
  e = 0;
  runs.forEach((run, i) => {
    for (; e < runEnd[i]; e++) {
      const id = entryKey[e];
      writers[id].uint(offset + entryFirst[e] - lastDoc[id] - 1).copy(run, entryStart[e], entryLength[e]);
      lastDoc[id] = offset + entryLast[e];
      postingCount += entryDocs[e];
    }
    offset += runDocs[i];
    if (options.releaseRuns) (runs as Uint8Array[])[i] = RELEASED;
  });
  if (offset !== documents.length) throw new Error(`search index: the runs hold ${offset} posts, not ${documents.length}`);

  let rawBytes = 0;
  const sorted = keyText.map((_k, id) => id).sort((a, b) => (keyText[a] < keyText[b] ? -1 : keyText[a] > keyText[b] ? 1 : 0));
  const encodedKeys = keyText.map((key) => new TextEncoder().encode(key));

  let inlineTotal = 0;
  for (const id of sorted) if (writers[id].length <= externalBytes) inlineTotal += writers[id].length;
  // Small sites get smaller buckets (down to ~2 KB), so a query reads little there too.
  const bucketCount = Math.max(1, Math.ceil(inlineTotal / bucketBytes), Math.min(64, Math.ceil(inlineTotal / 2048)));
  // Each bucket sized exactly: its number of entries, then each key and its postings.
  const bucketEntries = new Array<number>(bucketCount).fill(0);
  const bucketSize = new Array<number>(bucketCount).fill(0);
  const bucketOfKey = new Int32Array(keyText.length).fill(-1);
  for (const id of sorted) {
    const length = writers[id].length;
    if (length > externalBytes) continue;
    const b = (bucketOfKey[id] = bucketOf(keyText[id], bucketCount));
    bucketEntries[b]++;
    bucketSize[b] += uintLength(encodedKeys[id].length) + encodedKeys[id].length + uintLength(length) + length;
  }
  const bucketWriters = bucketSize.map((n, b) => new ByteWriter(n + 5).uint(bucketEntries[b]));
  const externals: Uint8Array[] = [];
  const externalKeys: string[] = [];
  for (const id of sorted) {
    const data = writers[id].view();
    if (bucketOfKey[id] >= 0) {
      bucketWriters[bucketOfKey[id]].uint(encodedKeys[id].length).bytes(encodedKeys[id]).uint(data.length).bytes(data);
    } else {
      rawBytes += data.length;
      externals.push(data);
      externalKeys.push(keyText[id]);
    }
  }
  const buckets = bucketWriters.map((w) => w.view());
  for (const b of buckets) rawBytes += b.length;

  const docs: Uint8Array[] = [];
  for (let start = 0; start < documents.length || docs.length === 0; start += docsPerFile) {
    const metas: SearchDocMeta[] = documents.slice(start, start + docsPerFile).map((d) => ({
      slug: d.slug,
      title: d.title,
      datetime: d.datetime,
      dateText: d.dateText,
      tags: d.tags,
      categories: d.categories,
      excerpt: d.excerpt,
      text: d.text,
    }));
    const data = new TextEncoder().encode(JSON.stringify(metas));
    rawBytes += data.length;
    docs.push(data);
  }

  const directory = (compressed: Uint8Array[]) => {
    const w = new ByteWriter(1024).uint(externals.length);
    externalKeys.forEach((key, file) => w.string(key).uint(file).uint(compressed[file].length));
    return w.view();
  };
  return {
    externals,
    directory,
    buckets,
    docs,
    texts: options.texts ?? new Map(),
    docCount: documents.length,
    docsPerFile,
    stats: { keys: keyText.length, postings: postingCount, positions: positionCount, rawBytes },
  };
}

/** The files and manifest from the compressed parts (`directoryBytes`: the directory's size before compression). */
function finish(raw: RawIndex, directoryBytes: number, gz: { externals: Uint8Array[]; directory: Uint8Array; buckets: Uint8Array[]; docs: Uint8Array[] }): BuiltSearchIndex {
  const files = new Map<string, Uint8Array>();
  gz.externals.forEach((data, i) => files.set(postingsFile(i), data));
  files.set(DIRECTORY_FILE, gz.directory);
  gz.buckets.forEach((data, i) => files.set(bucketFile(i), data));
  gz.docs.forEach((data, i) => files.set(docsFile(i), data));
  for (const [name, data] of raw.texts) files.set(name, data);
  const bucketTotal = gz.buckets.reduce((sum, b) => sum + b.length, 0);

  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort()) hash.update(name).update(files.get(name)!);
  const manifest: SearchManifest = {
    format: FORMAT,
    version: hash.digest("hex").slice(0, 12),
    docs: raw.docCount,
    buckets: raw.buckets.length,
    bucketBytes: Math.round(bucketTotal / raw.buckets.length),
    docsPerFile: raw.docsPerFile,
  };
  files.set(MANIFEST_FILE, new TextEncoder().encode(JSON.stringify(manifest)));
  let bytes = 0;
  for (const data of files.values()) bytes += data.length;
  return {
    manifest,
    files,
    stats: { ...raw.stats, rawBytes: raw.stats.rawBytes + directoryBytes, bytes, files: files.size },
  };
}
