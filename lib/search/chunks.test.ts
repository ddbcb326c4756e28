/**
 * A rebuild joins cached postings of runs of posts instead of reading every
 * post again: the files must be byte for byte those of a build from scratch,
 * however the posts are split and whether a run comes from the cache.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleSearchIndex, assembleSearchIndexAsync, buildSearchIndex, encodeChunk, indexChunk, type CompressedFiles, type SearchDocument } from "./build";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closestRun, runRanges, unpackFiles, writePack } from "./site-index";

const text = fc.string({ unit: fc.constantFrom(..."半導体の多言語モデルAIai 4、。ｱﾝ😀"), maxLength: 60 });
const documentArb = fc.record({
  slug: fc.string({ minLength: 1, maxLength: 8 }),
  title: text,
  datetime: fc.constant("2025-12-10T05:44:31+09:00"),
  dateText: fc.constant("2025年12月10日"),
  tags: fc.array(text, { maxLength: 3 }),
  categories: fc.array(text, { maxLength: 2 }),
  excerpt: text,
  body: text,
}) satisfies fc.Arbitrary<SearchDocument>;

/** `documents` cut at the given sizes (the rest in a last run). */
function split<T>(documents: T[], sizes: number[]): T[][] {
  const runs: T[][] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= documents.length) break;
    runs.push(documents.slice(at, (at += size)));
  }
  if (at < documents.length) runs.push(documents.slice(at));
  return runs;
}

describe("search index from cached runs of posts", () => {
  it("gives the same files as a build from scratch, whatever the runs", () => {
    fc.assert(
      fc.property(fc.array(documentArb, { maxLength: 24 }), fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 8 }), (documents, sizes) => {
        const options = { externalBytes: 24, bucketBytes: 64 };
        const whole = buildSearchIndex(documents, options);
        const chunks = split(documents, sizes).map((run) => encodeChunk(indexChunk(run)));
        const joined = assembleSearchIndex(documents, chunks, options);
        expect(joined.manifest).toEqual(whole.manifest);
        expect([...joined.files.keys()].sort()).toEqual([...whole.files.keys()].sort());
        for (const [name, data] of whole.files) expect(Buffer.from(joined.files.get(name)!).equals(Buffer.from(data)), name).toBe(true);
        expect(joined.stats).toEqual(whole.stats);
      }),
      { numRuns: 150 },
    );
  });

  it("compressing on libuv's threads gives the same files", async () => {
    const documents = fc.sample(documentArb, { numRuns: 40, seed: 7 });
    const chunks = split(documents, [5, 1, 12]).map((run) => encodeChunk(indexChunk(run)));
    const options = { externalBytes: 24, bucketBytes: 64 };
    const [sync, async] = [assembleSearchIndex(documents, chunks, options), await assembleSearchIndexAsync(documents, chunks, options)];
    expect(async.manifest).toEqual(sync.manifest);
    expect(async.stats).toEqual(sync.stats);
    for (const [name, data] of sync.files) expect(Buffer.from(async.files.get(name)!).equals(Buffer.from(data)), name).toBe(true);
  });

  it("letting each run go once joined (releaseRuns) gives the same files, and empties the runs", async () => {
    const documents = fc.sample(documentArb, { numRuns: 40, seed: 9 });
    const chunks = split(documents, [5, 1, 12]).map((run) => encodeChunk(indexChunk(run)));
    const options = { externalBytes: 24, bucketBytes: 64 };
    const kept = await assembleSearchIndexAsync(documents, chunks, options);
    const given = [...chunks];
    const released = await assembleSearchIndexAsync(documents, given, { ...options, releaseRuns: true });
    expect(given.every((run) => run.length === 0)).toBe(true);
    expect(chunks.every((run) => run.length > 0)).toBe(true);
    expect(released.manifest).toEqual(kept.manifest);
    for (const [name, data] of kept.files) expect(Buffer.from(released.files.get(name)!).equals(Buffer.from(data)), name).toBe(true);
  });

  it("reuses the compressed files of an earlier build whose bytes are unchanged, and gives the same files", async () => {
    const documents = fc.sample(documentArb, { numRuns: 40, seed: 11 });
    const options = { externalBytes: 24, bucketBytes: 64 };
    const chunksOf = (docs: SearchDocument[]) => split(docs, [5, 1, 12]).map((run) => encodeChunk(indexChunk(run)));
    const first: CompressedFiles = new Map();
    const before = await assembleSearchIndexAsync(documents, chunksOf(documents), options, { compressed: first });
    expect(first.size).toBe(before.files.size - 1); // every file but the manifest

    // One post edited: most files keep their bytes and come from the earlier build.
    const edited = documents.map((d, i) => (i === 3 ? { ...d, body: `${d.body} 追記した段落` } : d));
    const reused: Uint8Array[] = [];
    const reuse = new Map([...first].map(([key, gz]) => [key, gz] as const));
    const spy = { get: (key: string) => { const gz = reuse.get(key); if (gz) reused.push(gz); return gz; }, has: (key: string) => reuse.has(key) } as unknown as CompressedFiles;
    const second: CompressedFiles = new Map();
    const after = await assembleSearchIndexAsync(edited, chunksOf(edited), options, { reuse: spy, compressed: second });
    const fresh = assembleSearchIndex(edited, chunksOf(edited), options);
    expect(after.manifest).toEqual(fresh.manifest);
    for (const [name, data] of fresh.files) expect(Buffer.from(after.files.get(name)!).equals(Buffer.from(data)), name).toBe(true);
    expect(reused.length).toBeGreaterThan(0);
    expect(reused.length).toBeLessThan(second.size);
    // Entries under keys no file of this index has are not used.
    const unaffected = await assembleSearchIndexAsync(edited, chunksOf(edited), options, { reuse: new Map([["not a digest", new Uint8Array([9])]]) });
    for (const [name, data] of fresh.files) expect(Buffer.from(unaffected.files.get(name)!).equals(Buffer.from(data)), name).toBe(true);
  });

  it("refuses runs that do not cover the posts", () => {
    const documents = [{ slug: "a", title: "半導体", datetime: "", dateText: "", tags: [], categories: [], excerpt: "", body: "本文" }];
    expect(() => assembleSearchIndex(documents, [], {})).toThrow(/runs hold 0 posts, not 1/);
  });
});

describe("runs of posts", () => {
  it("are counted from the oldest post: a new post changes only the newest run", () => {
    expect(runRanges(0, 3)).toEqual([]);
    expect(runRanges(7, 3)).toEqual([{ start: 0, end: 1 }, { start: 1, end: 4 }, { start: 4, end: 7 }]);
    // One more post, newest first: every older run keeps its posts (shifted by one).
    expect(runRanges(8, 3)).toEqual([{ start: 0, end: 2 }, { start: 2, end: 5 }, { start: 5, end: 8 }]);
  });

  it("cover every post once, in post order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 300 }), (count, size) => {
        const ranges = runRanges(count, size);
        expect(ranges.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, i) => start + i))).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(ranges.every(({ start, end }) => end - start <= size && end > start)).toBe(true);
      }),
    );
  });
});

describe("packs", () => {
  it("give back the files written into them, byte for byte", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-pack-"));
    const files = new Map([["manifest.json", new TextEncoder().encode("{}")], ["b0.bin", new Uint8Array(70_000).map((_, i) => i % 251)], ["空", new Uint8Array()]]);
    writePack(path.join(dir, "a.pack"), files);
    const back = unpackFiles(new Uint8Array(fs.readFileSync(path.join(dir, "a.pack"))));
    expect([...back.keys()]).toEqual([...files.keys()]);
    for (const [name, data] of files) expect(Buffer.from(back.get(name)!).equals(Buffer.from(data))).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["a.pack"]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("the earlier run a changed run is patched from", () => {
  const digest = (n: number) => new Uint8Array(20).fill(n);
  const members = (...ns: number[]) => Buffer.concat(ns.map(digest));
  const earlier = [
    { run: new Uint8Array([1]), members: members(1, 2, 3, 4, 5, 6) },
    { run: new Uint8Array([2]), members: members(7, 8, 9, 10) },
  ];

  it("is the one keeping the most posts at its start and end", () => {
    expect(closestRun(earlier, members(1, 2, 3, 99, 5, 6))).toEqual({ run: earlier[0].run, prefix: 3, suffix: 2 });
    // A new post first (posts are newest first), and one deleted.
    expect(closestRun(earlier, members(98, 7, 8, 9, 10))).toEqual({ run: earlier[1].run, prefix: 0, suffix: 4 });
    expect(closestRun(earlier, members(1, 2, 4, 5, 6))).toEqual({ run: earlier[0].run, prefix: 2, suffix: 3 });
  });

  it("is none when less than half the run would be kept", () => {
    expect(closestRun(earlier, members(50, 51, 52, 10))).toBeUndefined();
    expect(closestRun([], members(1))).toBeUndefined();
  });
});
