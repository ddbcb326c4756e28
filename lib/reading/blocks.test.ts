import { describe, expect, it } from "vitest";
import { markdownToSearchText } from "../search/plain-text";
import { buildExcerpt } from "../text/excerpt";
import { countText } from "../text/reading-time";
import { splitBlocks } from "./blocks";

const excerptOf = (body: string) => buildExcerpt(body, { title: "題", length: 100, separator: "<!--more-->" }).text;

describe("the one block reading", () => {
  // A line of three backticks followed by an info string is not a closing fence (CommonMark).
  const body = ["```md", "例:", "```ts", "秘密のコード", "```", "", "本文の段落です。"].join("\n");

  it("ends a fenced block only at a fence of the same character, at least as long, with nothing after it", () => {
    const blocks = splitBlocks(body);
    expect(blocks.map((b) => b.kind)).toEqual(["code", "paragraph"]);
    expect(blocks[0].code).toBe("例:\n```ts\n秘密のコード");
    expect(splitBlocks("````\n```\nまだコード\n````\n\n段落").map((b) => b.kind)).toEqual(["code", "paragraph"]);
    expect(splitBlocks("~~~\n```\n~~~\n\n段落").map((b) => [b.kind, b.line])).toEqual([["code", 1], ["paragraph", 5]]);
    // An info string with a backtick makes the line a paragraph, not a fence.
    expect(splitBlocks("``` a`b\n\n段落")[0].kind).toBe("paragraph");
  });

  it("is read alike by search, excerpts, reading time and the content check", () => {
    expect(markdownToSearchText(body)).toBe("例:\n```ts\n秘密のコード\n\n本文の段落です。");
    expect(excerptOf(body)).toBe("本文の段落です。");
    expect(countText(body)).toEqual(countText("本文の段落です。"));
    expect(splitBlocks(body, 10).map((b) => [b.kind, b.line, b.endLine])).toEqual([["code", 10, 14], ["paragraph", 16, 16]]);
  });

  it("gives each block its text as a reader sees it, without block markers", () => {
    const blocks = splitBlocks(["## 見出し **強調**", "", "> > 二重の引用", "", "- [x] 項目 `code`", "", "| 列A | 列B |", "|:-|-:|", "| 値 | [リンク](/x) |"].join("\n"));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["heading", "見出し 強調"],
      ["quote", "二重の引用"],
      ["list-item", "項目 code"],
      ["table", "列A 列B 値 リンク"],
    ]);
  });
});

describe("images, read as their alt text", () => {
  it("Zenn's width notation is not text for search or excerpts", () => {
    const body = "前の段落 ![棒グラフ](./images/a.png =250x) と ![図](b.png \"題\")。";
    expect(excerptOf(body)).toBe("前の段落 棒グラフ と 図。");
    expect(markdownToSearchText(body)).not.toContain("=250x");
  });
});

describe("the notation, read once for every reader", () => {
  const body = [
    ":::details 詳しい説明",
    "｜東京《とうきょう》と漢字《かんじ》の話。",
    ":::",
    "",
    "> [!NOTE]",
    "> 注意して読むこと。",
    "",
    "$$",
    "E = mc^2",
    "$$",
    "",
    "@[youtube](dQw4w9WgXcQ)",
    "",
    "価格は$5です。",
  ].join("\n");

  it("gives the base text of ruby, the details title, and nothing of fences, alert markers or embeds", () => {
    const blocks = splitBlocks(body);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["container", "詳しい説明"],
      ["paragraph", "東京と漢字の話。"],
      ["container", ""],
      ["quote", "注意して読むこと。"],
      ["math", ""],
      ["embed", ""],
      ["paragraph", "価格は$5です。"],
    ]);
  });

  it("lets search find 東京と漢字 in ruby text, and excerpts and reading time see the base text", () => {
    const text = markdownToSearchText(body);
    expect(text).toContain("東京と漢字の話。");
    expect(text).toContain("E = mc^2");
    expect(text).not.toMatch(/[｜《》]|:::|\$\$|@\[|\[!NOTE\]/);
    expect(excerptOf(body)).toBe("東京と漢字の話。");
    expect(countText(body)).toEqual(countText("詳しい説明 東京と漢字の話。 注意して読むこと。 価格は$5です。"));
  });
});

describe("the notation Zenn and Qiita add", () => {
  const body = [
    "本文^[注の [文](https://example.com/) は本文ではない]の続き。",
    "",
    ":::note warn",
    "Qiita の注意。",
    ":::",
    "",
    "式 $$a+b$$ を含む文。",
    "",
    "```math",
    "x^2",
    "```",
    "",
    "```bash:nest g コマンド一覧",
    "nest g",
    "```",
  ].join("\n");

  it("reads inline footnotes as notes (not text), :::note as a box, $$…$$ and ```math as formulas", () => {
    expect(splitBlocks(body).map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "本文の続き。"],
      ["container", ""],
      ["paragraph", "Qiita の注意。"],
      ["container", ""],
      ["paragraph", "式 a+b を含む文。"],
      ["code", ""],
      ["code", ""],
    ]);
    expect(excerptOf(body)).toBe("本文の続き。");
    expect(markdownToSearchText(body)).not.toMatch(/\^\[|:::|\$\$/);
    expect(countText(body)).toEqual(countText("本文の続き。 Qiita の注意。 式 a+b を含む文。"));
  });
});

describe("inline text", () => {
  it("removes paired emphasis and strikethrough markers and keeps unpaired ones as the page shows them", async () => {
    const { inlineToText } = await import("./inline");
    expect(inlineToText("**太字**と*斜体*と***両方***と~~取消~~")).toBe("太字と斜体と両方と取消");
    expect(inlineToText("use snake_case_name and 2 * 3 * 4")).toBe("use snake_case_name and 2 * 3 * 4");
    expect(inlineToText("*a *a *a")).toBe("*a *a *a");
    expect(inlineToText("__強調__ と _斜体_")).toBe("強調 と 斜体");
  });

  it("reads a 300 KB line of unpaired markers in one pass", async () => {
    const { inlineToText } = await import("./inline");
    const line = "*a ".repeat(100_000);
    expect(inlineToText(line)).toBe(line);
    expect(markdownToSearchText(line)).toBe(line.trim());
  });
});
