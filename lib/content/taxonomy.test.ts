import { describe, expect, it } from "vitest";
import { decodeSegment, groupByTerm, sortTermsByCount, termKey, termSegment } from "./taxonomy";

describe("termSegment", () => {
  it("keeps Japanese readable and lower-cases Latin letters", () => {
    expect(termSegment("投資分析")).toBe("投資分析");
    expect(termSegment("AI最新ニュース")).toBe("ai最新ニュース");
    expect(termSegment("OpenAI")).toBe("openai");
  });

  it("treats AI, ai and full-width ＡＩ as one tag", () => {
    expect(termSegment("ＡＩ")).toBe("ai");
    expect(termSegment("ai")).toBe(termSegment("AI"));
  });

  it("treats decomposed (NFD) kana like composed kana", () => {
    const composed = "データ";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(termSegment(decomposed)).toBe(termSegment(composed));
    expect(termKey(decomposed)).toBe(termKey(composed));
  });

  it("turns spaces into hyphens", () => {
    expect(termSegment("Machine Learning")).toBe("machine-learning");
    expect(termSegment("機械 学習")).toBe("機械-学習");
  });

  it("never gives two different tags one URL", () => {
    const names = ["C++", "C#", "C", "c-", "Node.js", "node-js", "a - b", "a-b", "?", "#", "%", "/", ".", ".."];
    const segments = names.map(termSegment);
    expect(new Set(segments).size).toBe(names.length);
  });

  it("never gives two tags one folder on a case-insensitive file system (macOS, Windows)", () => {
    const names = ["ας", "ασ", "ı", "i", "straße", "strasse"];
    const folded = names.map((n) => termSegment(n).toUpperCase().toLowerCase());
    expect(new Set(folded).size).toBe(names.length);
    expect(termSegment("ai")).toBe("ai");
  });

  it("gives unsafe or empty names a working, stable segment", () => {
    for (const name of [".", "..", "#", "?", "%", "/", "C++", "Node.js", "a/b", "100%"]) {
      const segment = termSegment(name);
      expect(segment, name).toMatch(/^[\p{L}\p{M}\p{N}_-]+$/u);
      expect(segment).not.toMatch(/^\.+$/);
      expect(termSegment(name)).toBe(segment);
      expect(encodeURIComponent(segment)).not.toContain("%25");
    }
  });

  it("round-trips through percent-encoding", () => {
    for (const name of ["最新ニュース", "ＡＩ", "C#", "Tiếng Việt", "人工智能"]) {
      const segment = termSegment(name);
      expect(decodeSegment(encodeURIComponent(segment))).toBe(segment);
      expect(decodeSegment(segment)).toBe(segment);
    }
  });

  it("decodes NFD params to NFC and tolerates malformed escapes", () => {
    expect(decodeSegment(encodeURIComponent("データ".normalize("NFD")))).toBe("データ");
    expect(decodeSegment("%E3%8")).toBe("%E3%8");
  });
});

describe("groupByTerm", () => {
  const posts = [
    { id: 1, tags: ["AI", "投資"] },
    { id: 2, tags: ["ai", "Meta"] },
    { id: 3, tags: ["ＡＩ", "ai"] },
    { id: 4, tags: ["投資"] },
  ];

  it("merges spelling variants and shows the most common spelling", () => {
    const terms = groupByTerm(posts, (p) => p.tags);
    const ai = terms.find((t) => t.key === "ai")!;
    expect(ai.items.map((p) => p.id)).toEqual([1, 2, 3]);
    expect(ai.name).toBe("ai");
  });

  it("sorts by count, then by Japanese collation", () => {
    const names = sortTermsByCount(groupByTerm(posts, (p) => p.tags)).map((t) => t.name);
    expect(names).toEqual(["ai", "投資", "Meta"]);
  });
});
