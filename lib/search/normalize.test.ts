import { describe, expect, it } from "vitest";
import { normalizeText, normalizeWithOffsets } from "./normalize";

describe("normalizeText", () => {
  it("folds width and case, and nothing else", () => {
    expect(normalizeText("ＡＩとAnthropic")).toBe("aiとanthropic");
    expect(normalizeText("ﾏﾙﾁﾓｰﾀﾞﾙ")).toBe("マルチモーダル");
    // Kana are not folded into each other: ひらがな stays distinct from カタカナ.
    expect(normalizeText("まるち")).not.toBe(normalizeText("マルチ"));
  });

  it("turns every run of white space, ideographic space included, into one space", () => {
    expect(normalizeText("機械\u3000 学習\n\nAI")).toBe("機械 学習 ai");
  });
});

describe("normalizeWithOffsets", () => {
  it("maps each normalized character back to the characters it came from", () => {
    const text = "ﾊﾟｿｺﾝとＡＩ";
    const n = normalizeWithOffsets(text);
    expect(n.chars.join("")).toBe(normalizeText(text));
    // パ comes from the two half-width characters ﾊ and ﾟ.
    expect(text.slice(n.start[0], n.end[0])).toBe("ﾊﾟ");
    expect(text.slice(n.start[5], n.end[5])).toBe("Ａ");
  });

  it("keeps surrogate pairs whole", () => {
    const text = "𠮷野家🍣";
    const n = normalizeWithOffsets(text);
    expect(n.chars).toEqual(["𠮷", "野", "家", "🍣"]);
    expect(text.slice(n.start[0], n.end[0])).toBe("𠮷");
  });
});
