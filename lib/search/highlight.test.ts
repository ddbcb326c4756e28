import { describe, expect, it } from "vitest";
import { highlight, mentions } from "./highlight";

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join("");

describe("highlight", () => {
  it("marks every occurrence of every term in the text as written", () => {
    expect(marked("Llama 4の多言語性能、多言語対応", ["多言語"])).toBe("Llama 4の[多言語]性能、[多言語]対応");
    expect(marked("Anthropicとanthropic", ["anthropic"])).toBe("[Anthropic]と[anthropic]");
    expect(marked("半導体と導体", ["半導体", "導体"])).toBe("[半導体]と[導体]");
  });

  it("finds width variants and marks the original characters", () => {
    expect(marked("ＡＩとﾏﾙﾁﾓｰﾀﾞﾙ", ["ai", "マルチモーダル"])).toBe("[ＡＩ]と[ﾏﾙﾁﾓｰﾀﾞﾙ]");
  });

  it("marks nothing when nothing matches", () => {
    expect(highlight("本文", ["量子"])).toEqual([{ text: "本文", match: false }]);
    expect(mentions("本文", ["量子"])).toBe(false);
    expect(highlight("", ["量子"])).toEqual([]);
  });
});
