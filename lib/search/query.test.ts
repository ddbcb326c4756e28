import { describe, expect, it } from "vitest";
import { coverOffsets, parseQuery, rank, termKeys, type ZoneCounts } from "./query";

describe("parseQuery", () => {
  it("splits on white space, keeps quoted phrases, normalizes and removes duplicates", () => {
    expect(parseQuery("  Ｌｌａｍａ 4\u3000多言語  llama ").map((t) => t.text)).toEqual(["llama", "4", "多言語"]);
    expect(parseQuery('"machine learning" AI').map((t) => t.text)).toEqual(["machine learning", "ai"]);
    expect(parseQuery("   ")).toEqual([]);
  });

  it("counts characters as code points", () => {
    expect(parseQuery("𠮷野家")[0].chars).toEqual(["𠮷", "野", "家"]);
  });
});

describe("termKeys", () => {
  it("is the character itself, or every bigram in order", () => {
    expect(termKeys(parseQuery("株")[0])).toEqual(["株"]);
    expect(termKeys(parseQuery("多言語")[0])).toEqual(["多言", "言語"]);
  });
});

describe("coverOffsets", () => {
  it("covers every character with as few bigrams as possible", () => {
    expect(coverOffsets(2, () => 1)).toEqual([0]);
    expect(coverOffsets(3, () => 1)).toEqual([0, 1]);
    expect(coverOffsets(4, () => 1)).toEqual([0, 2]);
    expect(coverOffsets(7, () => 1)).toHaveLength(4);
  });

  it("prefers bigrams that are cheap to read", () => {
    // マルチモーダル: bigram 2 (チモ) is expensive, so the cover goes around it.
    const offsets = coverOffsets(7, (o) => (o === 2 ? 100 : 1));
    expect(offsets).not.toContain(2);
    const covered = new Set(offsets.flatMap((o) => [o, o + 1]));
    expect([...covered].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe("rank", () => {
  const counts = (title: number, tags: number, body: number): ZoneCounts => ({ title, tags, body });

  it("puts a title or tag match above any number of body matches", () => {
    const hits = rank([new Map([[0, counts(0, 0, 40)], [1, counts(1, 0, 0)], [2, counts(0, 1, 0)]])], 100);
    expect(hits.map((h) => h.doc)).toEqual([1, 2, 0]);
  });

  it("keeps only posts matching every term, newer (lower id) first on ties", () => {
    const a = new Map([[3, counts(0, 0, 1)], [5, counts(0, 0, 1)], [7, counts(0, 0, 1)]]);
    const b = new Map([[7, counts(0, 0, 1)], [3, counts(0, 0, 1)]]);
    expect(rank([a, b], 10).map((h) => h.doc)).toEqual([3, 7]);
  });
});
