import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { normalizeSource } from "../content/front-matter";
import { parsePost } from "../content/parse";
import { findArtifacts } from "./artifacts";
import { splitBlocks } from "../reading/blocks";
import { checkContent } from "./run";

const FM = '---\ntitle: "Llama 4の性能"\ndate: 2025-12-01 10:00:00 +0900\nexcerpt: "要約です。"\n---\n';

function findings(raw: string, file = "content/post.md") {
  const { post, issues } = parsePost(file, raw, siteConfig, new Date("2026-01-01T00:00:00Z"));
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  return findArtifacts(post!, normalizeSource(raw), siteConfig);
}
const rules = (raw: string) => findings(raw).map((f) => `${f.rule}@${f.line}:${f.column}`);

const P1 = "生成AIの進化は、投資家と技術者の双方に新しい問いを投げかけています。";
const P2 = "オープンソースのモデルが増えるほど、企業は自社のデータで調整しやすくなります。";
const P3 = "一方で、推論のコストをどう下げるかという課題は、まだ解決していません。";

describe("blocks", () => {
  it("keeps file lines, splits list items and end markers, skips code", () => {
    const blocks = splitBlocks("段落一。\n続き。\n\n- 項目一\n- 項目二\n---END---\n本文。\n\n```js\nconst a = 1;\n```\n\n## 見出し\n", 11);
    expect(blocks.map((b) => [b.kind, b.line, b.endLine, b.text])).toEqual([
      ["paragraph", 11, 12, "段落一。 続き。"],
      ["list-item", 14, 14, "項目一"],
      ["list-item", 15, 15, "項目二"],
      ["marker", 16, 16, "---END---"],
      ["paragraph", 17, 17, "本文。"],
      ["code", 19, 21, ""],
      ["heading", 23, 23, "見出し"],
    ]);
  });
});

describe("generation artifacts", () => {
  it("a clean post has no findings", () => {
    expect(rules(`${FM}\n${P1}\n\n${P2}\n\n${P3}\n`)).toEqual([]);
  });

  it("end-marker lines, with their line and quote", () => {
    const f = findings(`${FM}\n${P1}\n\n---END---\n\n${P2}\n[END]\n\n<|endoftext|>\n`);
    expect(f.map((x) => [x.rule, x.line, x.quote])).toEqual([
      ["end-marker", 9, "---END---"],
      ["end-marker", 12, "[END]"],
      ["end-marker", 14, "<|endoftext|>"],
    ]);
  });

  it("does not take a thematic break or a heading for an end marker", () => {
    expect(rules(`${FM}\n${P1}\n\n---\n\n## END of an era\n\n${P2}\n`)).toEqual([]);
  });

  it("a paragraph repeated word for word", () => {
    const f = findings(`${FM}\n${P1}\n\n${P2}\n\n${P1}\n`);
    expect(f.map((x) => [x.rule, x.line, x.message])).toEqual([["repeated-paragraph", 11, "paragraph repeats line 7 word for word"]]);
  });

  it("a passage that restarts text already given (cut copies, shared openings), reported once per passage", () => {
    const restart = `${FM}\n${P1}\n\n${P2}\n\n${P3}\n\n---END---\n\n${P1.slice(10)}\n\n${P2.slice(0, 30)}、しかし続きは違います。\n\n${P3}\n`;
    const f = findings(restart).filter((x) => x.rule !== "end-marker");
    expect(f.map((x) => [x.rule, x.line, x.message])).toEqual([
      ["restarted-passage", 15, "passage of 3 paragraphs (lines 15–19) repeats text already given on lines 7–11"],
    ]);
  });

  it("does not count short formulaic lines as repeats", () => {
    expect(rules(`${FM}\n${P1}\n\n**ポイント:**\n\n${P2}\n\n**ポイント:**\n\n${P3}\n`)).toEqual([]);
  });

  it("a paragraph that stops mid-sentence or inside unclosed bold", () => {
    const f = findings(`${FM}\n${P1}\n\n技術的な困難はもちろんのこと、社会的な合意形成、そして何よりも\n\n1.  **ド\n\n${P2}\n`);
    expect(f.map((x) => [x.rule, x.line, x.message, x.quote])).toEqual([
      ["truncated-paragraph", 9, "paragraph stops mid-sentence", "…もちろんのこと、社会的な合意形成、そして何よりも"],
      // The quote is the text a reader sees: an unclosed ** stays on the page as written.
      ["truncated-paragraph", 11, "list item stops mid-sentence, inside an unclosed **bold**", "…**ド"],
    ]);
  });

  it("does not flag headings, bold pseudo-headings, short list items, links, hard-wrapped lines or text ending in a quote", () => {
    const body = [
      "## 今後の展望",
      "**投資家にとっての示唆:**",
      "- 推論性能の向上",
      "- [公式発表](https://example.com/llama)",
      "This paragraph is hard-wrapped at a narrow width so\nits first line stops without a period, which is fine.",
      "彼はこう言った。「これは大きな一歩だ」",
      "詳しくは https://example.com/very/long/path",
      "| 列 | 値 |\n|----|----|\n| a | b |",
    ].join("\n\n");
    expect(rules(`${FM}\n${P1}\n\n${body}\n\n${P2}\n`)).toEqual([]);
  });

  it("a character of another script inside a Japanese word, but not foreign words set apart", () => {
    const f = findings(`${FM}\n参入障اقを大きく下げることに繋がります。\n\n韓国語では「안녕하세요」と挨拶します。β版の公開も近い。\n\nMеta announced it.\n`);
    expect(f.map((x) => [x.rule, x.line, x.column, x.quote])).toEqual([
      ["stray-script", 7, 4, "参入障【اق】を大きく下げるこ"],
      ["stray-script", 11, 2, "M【е】ta annou"],
    ]);
    expect(f[0].message).toBe('Arabic characters "اق" (U+0627 U+0642) inside a Japanese word');
  });

  it("a stray character in the title is reported on the title line", () => {
    const raw = `---\ntitle: "Llama 4の性能向上Хと真意"\ndate: 2025-12-01\nexcerpt: "要約です。"\n---\n\n${P1}\n`;
    const f = findings(raw);
    expect(f.map((x) => [x.rule, x.line, x.column])).toEqual([["stray-script", 2, 21]]);
    expect(f[0].message).toMatch(/^title: Cyrillic character "Х"/);
  });

  it("ignores code spans, code blocks and URLs", () => {
    expect(rules(`${FM}\n日本語の\`اق\`コード。\n\n\`\`\`\n参入障اق\n\`\`\`\n\n${P1}\n`)).toEqual([]);
  });

  it("a first paragraph or heading that only repeats the title", () => {
    expect(rules(`${FM}\nLlama 4の性能\n\n${P1}\n`)).toEqual(["title-repeat@7:1"]);
    expect(rules(`${FM}\n# Llama 4の性能\n\n${P1}\n`)).toEqual(["title-repeat@7:1"]);
    // Only the first block counts: the title later in the text is not a repeat to remove.
    expect(rules(`${FM}\n${P1}\n\nLlama 4の性能\n`)).toEqual([]);
  });

  it("a reading_time far from the estimate, pointing at the value", () => {
    const long = Array.from({ length: 40 }, (_, i) => `${P1.slice(0, 20)}${i}番目の段落で、${P2}`).join("\n\n");
    const f = findings(`---\ntitle: t\ndate: 2025-12-01\nexcerpt: "要約。"\nreading_time: 1\n---\n\n${long}\n`).filter((x) => x.rule === "reading-time");
    expect(f.map((x) => [x.line, x.column, x.message])).toEqual([[5, 15, "reading_time: 1 is far from the 6 minutes this text takes to read"]]);
    const near = findings(`---\ntitle: t\ndate: 2025-12-01\nexcerpt: "要約。"\nreading_time: 4\n---\n\n${long}\n`);
    expect(near.filter((x) => x.rule === "reading-time")).toEqual([]);
  });

  it("a missing excerpt, and an excerpt cut off mid-sentence", () => {
    expect(rules(`---\ntitle: t\ndate: 2025-12-01\n---\n\n${P1}\n`)).toEqual(["missing-excerpt@1:1"]);
    expect(rules(`---\ntitle: t\ndate: 2025-12-01\n---\n\n${P1}\n\n<!--more-->\n\n${P2}\n`)).toEqual([]);
    expect(rules(`---\ntitle: t\ndate: 2025-12-01\nexcerpt: "業界の移り変わりを見てきて、"\n---\n\n${P1}\n`)).toEqual(["truncated-excerpt@4:10"]);
  });
});

describe("posts shaped like the sample posts (e2e/fixtures/seeds-like)", () => {
  const fixture = "e2e/fixtures/seeds-like";
  const dir = path.resolve(__dirname, "../..", fixture);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => ({ file: `${fixture}/${f}`, raw: fs.readFileSync(path.join(dir, f), "utf8"), mtimeMs: 0 }));
  const reportPromise = checkContent(files, siteConfig, { now: new Date("2026-01-01T00:00:00Z") });
  let report: Awaited<typeof reportPromise>;
  beforeAll(async () => {
    report = await reportPromise;
  });
  const of = (slug: string) => report.issues.filter((i) => i.file === `${fixture}/${slug}.md`).map((i) => `${i.rule}@${i.line}`);

  it("have no errors", () => {
    expect(report.errors).toBe(0);
  });

  it("the two clean posts only repeat their title in the first block (a heading, a paragraph)", () => {
    expect(of("bicycle-commute")).toEqual(["title-repeat@12"]);
    expect(of("sourdough-bread")).toEqual(["title-repeat@12"]);
  });

  it("a title line without a full stop is also a fragment", () => {
    expect(of("balcony-garden")).toEqual(["title-repeat@11", "truncated-paragraph@11"]);
  });

  it("a restarted paragraph after ---END---, a cut paragraph, end markers", () => {
    expect(of("nukazuke")).toEqual([
      "title-repeat@12",
      "truncated-paragraph@12",
      "end-marker@20",
      "restarted-passage@22",
      "truncated-paragraph@24",
      "end-marker@26",
    ]);
  });

  it("a cut excerpt, a reading time far off, an end marker, a word-for-word repeat, an Arabic letter in a Japanese word, a cut ending", () => {
    expect(of("library-cookbooks")).toEqual([
      "truncated-excerpt@8",
      "reading-time@9",
      "title-repeat@12",
      "truncated-paragraph@12",
      "end-marker@18",
      "repeated-paragraph@24",
      "stray-script@26",
      "truncated-paragraph@28",
    ]);
  });
});

// No time is asserted (the machines are shared and noisy): a scan that turned quadratic again
// would run these into the test's timeout.
describe("the check on pathological posts", () => {
  const checked = (raw: string) => Array.isArray(findings(raw));

  it("reads each long line in one pass", () => {
    const lines = [
      "日Я".repeat(75_000),
      "-".repeat(150_000),
      "[a ".repeat(50_000),
      "![a ".repeat(40_000),
      "</a ".repeat(40_000),
      "<!--a ".repeat(30_000),
      "**強調**" + " ".repeat(150_000) + "x",
      "www.".repeat(40_000) + " x",
      "-- END OF A" + " ".repeat(150_000) + "x",
      "x" + "。".repeat(50_000) + "x",
    ];
    for (const line of lines) expect(checked(`${FM}\n${P1}\n\n${line}\n`), line.slice(0, 8)).toBe(true);
    // A line of closing brackets never reaches the check: the post is refused (lib/content/limits.ts).
    const { issues } = parsePost("content/post.md", `${FM}\n${P1}\n\n${"](a ".repeat(40_000)}\n`, siteConfig, new Date("2026-01-01T00:00:00Z"));
    expect(issues.map((i) => i.rule)).toEqual(["brackets"]);
  });

  it("reads 15,000 paragraphs", () => {
    const paragraphs = Array.from({ length: 15_000 }, (_, i) => `Paragraph ${i} says something of its own, ${(i * 7919).toString(36)}.`);
    expect(checked(`${FM}\n${paragraphs.join("\n\n")}\n`)).toBe(true);
  });

  it("still finds a passage restarted far from the original", () => {
    const filler = Array.from({ length: 300 }, (_, i) => `Filler paragraph number ${i} with its own words.`);
    const f = findings(`${FM}\n${P1}${P2}\n\n${filler.join("\n\n")}\n\n${P1}${P3}\n`);
    expect(f.filter((x) => x.rule === "restarted-passage").map((x) => x.message)).toEqual(["paragraph restarts text already given on line 7"]);
  });
});
