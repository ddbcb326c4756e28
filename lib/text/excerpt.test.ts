import { describe, expect, it } from "vitest";
import { buildExcerpt } from "./excerpt";
import { truncateGraphemes } from "./graphemes";

const base = { title: "Llama 4の性能向上", length: 20, separator: "<!--more-->" };

describe("buildExcerpt", () => {
  it("prefers the front-matter excerpt, keeping its Markdown and stripping it for text", () => {
    const e = buildExcerpt("本文", { ...base, frontMatter: "**Meta、Llama 4**について分析します。" });
    expect(e).toEqual({ markdown: "**Meta、Llama 4**について分析します。", text: "Meta、Llama 4について分析します。", source: "front-matter" });
  });

  it("uses the text before <!--more-->, uncut", () => {
    const body = "Llama 4の性能向上\n\n最初の段落はとても長いけれども区切りの前なので切られません。\n\n<!--more-->\n\n続き";
    const e = buildExcerpt(body, base);
    expect(e.source).toBe("separator");
    expect(e.text).toBe("最初の段落はとても長いけれども区切りの前なので切られません。");
  });

  it("honours a per-post separator", () => {
    const e = buildExcerpt("前の文。\n\n<!-- cut -->\n\n後の文。", { ...base, separator: "<!-- cut -->" });
    expect(e.text).toBe("前の文。");
  });

  it("skips a first paragraph that repeats the title, and headings", () => {
    const body = "Llama 4の性能向上\n\n## 見出し\n\nいやー、皆さん、Llama 4のニュース、もうチェックしました？";
    const e = buildExcerpt(body, { ...base, length: 200 });
    expect(e).toEqual({ text: "いやー、皆さん、Llama 4のニュース、もうチェックしました？", source: "first-paragraph" });
  });

  it("skips a `# title` heading that repeats the title", () => {
    const e = buildExcerpt("# Llama 4の性能向上\n\n本文の段落。", { ...base, length: 200 });
    expect(e.text).toBe("本文の段落。");
  });

  it("cuts a long first paragraph with an ellipsis", () => {
    const e = buildExcerpt("あいうえおかきくけこさしすせそたちつてとなにぬねの", base);
    expect(e.text).toBe("あいうえおかきくけこさしすせそたちつてと…");
  });

  it("returns nothing for an empty body", () => {
    expect(buildExcerpt("", base)).toEqual({ text: "", source: "none" });
  });
});

describe("truncateGraphemes", () => {
  it("never cuts inside an emoji, a flag or a surrogate pair", () => {
    const text = "家族👨‍👩‍👧‍👦と🇯🇵と𠮷野家";
    for (let n = 1; n < 8; n++) {
      const cut = truncateGraphemes(text, n);
      expect(cut.endsWith("…")).toBe(true);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    }
    expect(truncateGraphemes(text, 3)).toBe("家族👨‍👩‍👧‍👦…");
  });

  it("does not split a Latin word", () => {
    expect(truncateGraphemes("Meta announced multilingual generation today", 20)).toBe("Meta announced…");
  });

  it("leaves short text alone", () => {
    expect(truncateGraphemes("短い", 10)).toBe("短い");
  });
});
