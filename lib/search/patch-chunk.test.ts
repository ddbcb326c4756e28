/**
 * A run whose posts partly changed is patched from its earlier postings: it
 * must hold what indexing the whole run afresh gives, for edits, insertions
 * and deletions anywhere in the run.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteReader } from "./bytes";
import { encodeChunk, indexChunk, type IndexedText } from "./build";
import { patchChunk } from "./patch-chunk";

const text = fc.string({ unit: fc.constantFrom(..."半導体の多言語モデルAIai 4、。ｱﾝ😀"), maxLength: 40 });
const postArb: fc.Arbitrary<IndexedText> = fc.record({ title: text, tags: fc.array(text, { maxLength: 2 }), categories: fc.array(text, { maxLength: 1 }), body: text });

/** A chunk's content by key, independent of the order of its keys. */
function decoded(chunk: Uint8Array) {
  const r = new ByteReader(chunk);
  const docs = r.uint();
  const positions = r.uint();
  const keys = new Map<string, string>();
  for (let n = r.uint(); n > 0; n--) {
    const key = r.string();
    const meta = [r.uint(), r.uint(), r.uint()];
    keys.set(key, `${meta.join(",")}:${Buffer.from(r.bytes(r.uint())).toString("hex")}`);
  }
  expect(r.done).toBe(true);
  return { docs, positions, keys: new Map([...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

const encoded = (posts: IndexedText[]) => encodeChunk(indexChunk(posts));

describe("patching a run of postings", () => {
  it("gives what indexing the changed run afresh gives", () => {
    fc.assert(
      fc.property(
        fc.array(postArb, { maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.array(postArb, { maxLength: 4 }),
        (before, a, b, middle) => {
          const prefix = before.length === 0 ? 0 : a % (before.length + 1);
          const suffix = before.length - prefix === 0 ? 0 : b % (before.length - prefix + 1);
          const after = [...before.slice(0, prefix), ...middle, ...before.slice(before.length - suffix)];
          const patched = patchChunk(encoded(before), prefix, suffix, encoded(middle));
          expect(decoded(patched)).toEqual(decoded(encoded(after)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("handles one post edited in a run that shares most keys", () => {
    const run = Array.from({ length: 20 }, (_, i) => ({ title: `記事${i}`, tags: ["AI"], categories: [], body: `半導体の記事、${i % 3}番目の本文。` }));
    const edited = { ...run[7], title: "改題した記事", body: "まったく別の本文😀" };
    const after = run.map((p, i) => (i === 7 ? edited : p));
    expect(decoded(patchChunk(encoded(run), 7, 12, encoded([edited])))).toEqual(decoded(encoded(after)));
    // Every post replaced, and every post deleted.
    expect(decoded(patchChunk(encoded(run), 0, 0, encoded(after)))).toEqual(decoded(encoded(after)));
    expect(decoded(patchChunk(encoded(run), 0, 0, encoded([])))).toEqual(decoded(encoded([])));
  });

  it("refuses kept posts the run does not have", () => {
    expect(() => patchChunk(encoded([{ title: "a", tags: [], categories: [], body: "" }]), 1, 1, encoded([]))).toThrow(RangeError);
  });
});
