import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { truncateGraphemes } from "./graphemes";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The cut as the grapheme segmenter sees it, without the word-boundary step: what the shortcut must agree with. */
function bySegments(text: string, max: number): string {
  const graphemes = [...segmenter.segment(text)].map((s) => s.segment);
  return graphemes.length <= max ? text : graphemes.slice(0, max).join("");
}

// No Latin letters or digits: the word-boundary step (tested with excerpts) stays out of the comparison.
const tricky = [
  "あ", "漢", " ", "、", "\n", "\r", "\r\n", "か\u3099", "\u309a", "ｶ", "\uff9e", "あ\u0301", "\u0301",
  "👍", "👍🏽", "👨‍👩‍👧", "🇯🇵", "\u200d", "\ufe0f", "❤\ufe0f", "한", "\u1100", "\u1161", "\u11a8", "ก", "\u0e33", "\u0600", "𠮷",
];

describe("truncateGraphemes", () => {
  it("cuts where the grapheme segmenter cuts, whatever the characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tricky), { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (parts, max) => {
        const text = parts.join("");
        const expected = bySegments(text, max);
        expect(truncateGraphemes(text, max, "")).toBe(expected === text ? text : expected.replace(/[\s、。,.:;・]+$/u, ""));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a short text, and marks a cut with …", () => {
    expect(truncateGraphemes("短い", 5)).toBe("短い");
    expect(truncateGraphemes("あいうえおかきくけこ", 5)).toBe("あいうえお…");
    expect(truncateGraphemes("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", 2)).toBe("👨‍👩‍👧👨‍👩‍👧…");
    expect(truncateGraphemes("か\u3099き\u3099く\u3099", 2)).toBe("か\u3099き\u3099…");
  });
});
