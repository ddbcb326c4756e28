import { describe, expect, it } from "vitest";
import { phrases } from "./phrases";

describe("phrases", () => {
  it("cuts Japanese between phrases, not inside words", () => {
    expect(phrases("次なる一手は何か")).toEqual(["次なる", "一手は", "何か"]);
    expect(phrases("利益が2倍になる？")).toEqual(["利益が", "2倍に", "なる？"]);
  });

  it("keeps Latin words and numbers whole, and returns text without kana or kanji as it is", () => {
    const parts = phrases("Next.jsとTypeScriptで作る静的サイト");
    expect(parts.join("")).toBe("Next.jsとTypeScriptで作る静的サイト");
    expect(parts.some((p) => p.includes("TypeScript"))).toBe(true);
    expect(phrases("A title in English")).toEqual(["A title in English"]);
    expect(phrases("")).toEqual([""]);
  });

  it("never splits a character: surrogate pairs, marks, joined emoji", () => {
    for (const text of ["𠮷野家で牛丼を食べる話", "葛󠄀飾区の👨‍👩‍👧と旅行した記録", "ｶﾞｲﾄﾞを読んで考えたこと"]) {
      const parts = phrases(text);
      expect(parts.join("")).toBe(text);
      for (const p of parts) {
        expect(p).not.toMatch(/^[\udc00-\udfff\u200d\p{M}]/u);
        expect(p).not.toMatch(/[\ud800-\udbff\u200d]$/);
      }
    }
  });
});
