/**
 * Builds the static search index (see format.ts) from posts. Runs at build
 * time only (Node: node:zlib, node:crypto). Streams postings straight into
 * byte buffers, one post at a time, so memory stays near the index size.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { ByteWriter, uintLength } from "./bytes";
import {
  DIRECTORY_FILE, FORMAT, MANIFEST_FILE, ZONE_BASE, ZONE_BIT, ZONE_CAPACITY, bucketFile, bucketOf, docsFile, postingsFile,
  type SearchDocMeta, type SearchManifest,
} from "./format";
import { normalizeText } from "./normalize";

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
}

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

export function buildSearchIndex(documents: SearchDocument[], options: BuildOptions = {}): BuiltSearchIndex {
  const bucketBytes = options.bucketBytes ?? 32 * 1024;
  const externalBytes = options.externalBytes ?? 16 * 1024;
  const docsPerFile = options.docsPerFile ?? 16;
  const level = options.gzipLevel ?? 4;

  const keys = new KeyTable();
  const writers: ByteWriter[] = [];
  const lastDoc: number[] = [];
  const docCount: number[] = [];
  let postingCount = 0;
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
        w = writers[id] = new ByteWriter(32);
        lastDoc[id] = -1;
        docCount[id] = 0;
      }
      w.uint(docId - lastDoc[id] - 1);
      lastDoc[id] = docId;
      docCount[id]++;
      postingCount++;
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

  const files = new Map<string, Uint8Array>();
  const gzip = (data: Uint8Array) => new Uint8Array(gzipSync(data, { level }));
  let rawBytes = 0;

  // A key's postings: [number of posts] + what the loop above wrote.
  const keyText = writers.map((_w, id) => keys.key(id));
  const ids = writers.map((_w, id) => id).sort((a, b) => (keyText[a] < keyText[b] ? -1 : keyText[a] > keyText[b] ? 1 : 0));
  const payloadLength = (id: number) => uintLength(docCount[id]) + writers[id].length;

  let inlineTotal = 0;
  for (const id of ids) if (payloadLength(id) <= externalBytes) inlineTotal += payloadLength(id);
  // Small sites get smaller buckets (down to ~2 KB), so a query reads little there too.
  const buckets = Math.max(1, Math.ceil(inlineTotal / bucketBytes), Math.min(64, Math.ceil(inlineTotal / 2048)));
  const bucketWriters = Array.from({ length: buckets }, () => ({ writer: new ByteWriter(1024), entries: 0 }));
  const directory = new ByteWriter(1024);
  let externals = 0;
  for (const id of ids) {
    const key = keyText[id];
    const length = payloadLength(id);
    if (length <= externalBytes) {
      const b = bucketWriters[bucketOf(key, buckets)];
      b.entries++;
      b.writer.string(key).uint(length).uint(docCount[id]).bytes(writers[id].view());
    } else {
      const file = externals++;
      const data = new ByteWriter(length).uint(docCount[id]).bytes(writers[id].view()).view();
      const compressed = gzip(data);
      rawBytes += data.length;
      files.set(postingsFile(file), compressed);
      directory.string(key).uint(file).uint(compressed.length);
    }
  }
  const directoryData = new ByteWriter(directory.length + 5).uint(externals).bytes(directory.view()).view();
  rawBytes += directoryData.length;
  files.set(DIRECTORY_FILE, gzip(directoryData));
  let bucketTotal = 0;
  bucketWriters.forEach((b, i) => {
    const data = new ByteWriter(b.writer.length + 5).uint(b.entries).bytes(b.writer.view()).view();
    rawBytes += data.length;
    const compressed = gzip(data);
    bucketTotal += compressed.length;
    files.set(bucketFile(i), compressed);
  });

  for (let start = 0, i = 0; start < documents.length || i === 0; start += docsPerFile, i++) {
    const metas: SearchDocMeta[] = documents.slice(start, start + docsPerFile).map((d) => ({
      slug: d.slug,
      title: d.title,
      datetime: d.datetime,
      dateText: d.dateText,
      tags: d.tags,
      categories: d.categories,
      excerpt: d.excerpt,
    }));
    const data = new TextEncoder().encode(JSON.stringify(metas));
    rawBytes += data.length;
    files.set(docsFile(i), gzip(data));
  }

  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort()) hash.update(name).update(files.get(name)!);
  const manifest: SearchManifest = {
    format: FORMAT,
    version: hash.digest("hex").slice(0, 12),
    docs: documents.length,
    buckets,
    bucketBytes: Math.round(bucketTotal / buckets),
    docsPerFile,
  };
  files.set(MANIFEST_FILE, new TextEncoder().encode(JSON.stringify(manifest)));
  let bytes = 0;
  for (const data of files.values()) bytes += data.length;
  return {
    manifest,
    files,
    stats: { keys: writers.length, postings: postingCount, positions: positionCount, rawBytes, bytes, files: files.size },
  };
}
