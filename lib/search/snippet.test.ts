import { describe, expect, it } from "vitest";
import { snippet } from "./snippet";

const shown = (text: string, terms: string[], options?: { before?: number; length?: number }) => {
  const s = snippet(text, terms, options);
  if (!s) return undefined;
  return (s.cutBefore ? "…" : "") + s.segments.map((x) => (x.match ? `[${x.text}]` : x.text)).join("") + (s.cutAfter ? "…" : "");
};

describe("snippet", () => {
  const paragraph = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん";

  it("shows the words around the first match, cut where the paragraph goes on", () => {
    expect(shown(`${paragraph}。半導体の工場が${paragraph}`, ["半導体"], { before: 5, length: 20 })).toBe("…ろわをん。[半導体]の工場があいうえおかきく…");
  });

  it("stays inside the paragraph of the match, and shows its start and end without …", () => {
    const text = `前の段落。\n\n短い段落に量子がある。\n\n次の段落。`;
    expect(shown(text, ["量子"])).toBe("短い段落に[量子]がある。");
  });

  it("marks every term in the window, the text as written (width variants, case)", () => {
    expect(shown("ＡＩとLlamaの話、そしてaiの話。", ["ai", "llama"])).toBe("[ＡＩ]と[Llama]の話、そして[ai]の話。");
  });

  it("never cuts a character in two", () => {
    const text = `${"👨‍👩‍👧".repeat(40)}検索${"𠮷".repeat(40)}`;
    const s = snippet(text, ["検索"], { before: 3, length: 8 })!;
    const joined = s.segments.map((x) => x.text).join("");
    expect(joined).toBe(`${"👨‍👩‍👧".repeat(3)}検索${"𠮷".repeat(3)}`);
  });

  it("is undefined when no term occurs", () => {
    expect(snippet("本文", ["量子"])).toBeUndefined();
    expect(snippet("", ["量子"])).toBeUndefined();
  });
});
