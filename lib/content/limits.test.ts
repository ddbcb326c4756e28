import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { formatIssue } from "./issues";
import {
  MAX_BRACKETS_PER_BLOCK,
  MAX_EXCERPT_CHARS,
  MAX_FOOTNOTES,
  MAX_INLINE_NESTING,
  MAX_NESTING_DEPTH,
  MAX_POST_BYTES,
  MAX_SEGMENT_BYTES,
  MAX_TABLE_CELLS,
  MAX_TERM_CHARS,
  MAX_TERMS_PER_POST,
  MAX_TITLE_CHARS,
  tooDeepInline,
} from "./limits";
import { parsePost } from "./parse";
import { isValidSlug } from "./slug";

const now = new Date("2026-01-01T00:00:00Z");
const FM = "---\ntitle: t\ndate: 2025-12-01\n";
const problems = (raw: string, file = "content/post.md") => {
  const r = parsePost(file, raw, siteConfig, now);
  return { post: r.post, errors: r.issues.filter((i) => i.severity === "error") };
};
const messages = (raw: string, file?: string) => problems(raw, file).errors.map(formatIssue);

// Generous: the inputs are large and the machine may be busy; no test here measures time.
describe("limits: a post past one is a content error with its place and a fix, never a crash", { timeout: 120_000 }, () => {
  it("a file larger than the post size limit", () => {
    const { post, errors } = problems(`${FM}---\n${"本文です。".repeat(MAX_POST_BYTES / 15 + 10)}\n`);
    expect(post).toBeUndefined();
    expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([["post-size", 1, 1]]);
    expect(errors[0].message).toMatch(/^the file is 1\.0 MB; a post may be at most 1\.0 MB$/);
  });

  it("blockquotes nested past the limit, at the marker that goes too deep", () => {
    const raw = `${FM}---\n本文。\n\n${">".repeat(3000)} 深すぎる引用\n`;
    expect(messages(raw)).toEqual([
      `content/post.md:7:${MAX_NESTING_DEPTH + 1}: blockquotes and lists are nested ${MAX_NESTING_DEPTH + 1} deep here; at most ${MAX_NESTING_DEPTH} levels are allowed — end the outer quotes or lists sooner, or put text that only looks like quotes in a code block`,
    ]);
  });

  it("lists nested by indentation past the limit; the limit itself is fine", () => {
    const list = (depth: number) => Array.from({ length: depth }, (_, i) => "  ".repeat(i) + "- 項目").join("\n");
    expect(messages(`${FM}---\n${list(MAX_NESTING_DEPTH)}\n`)).toEqual([]);
    expect(problems(`${FM}---\n${list(200)}\n`).errors.map((e) => [e.rule, e.line])).toEqual([["nesting", 5 + MAX_NESTING_DEPTH]]);
  });

  it("raw HTML elements left open past the limit", () => {
    const { errors } = problems(`${FM}---\n${"<div>".repeat(3000)}x\n`);
    expect(errors.map((e) => [e.rule, e.line, e.column, e.message])).toEqual([
      ["nesting", 5, MAX_NESTING_DEPTH * 5 + 1, `${MAX_NESTING_DEPTH + 1} HTML elements are open inside one another here; at most ${MAX_NESTING_DEPTH} are allowed`],
    ]);
  });

  it("a paragraph of more closing brackets than Markdown reads in reasonable time, at the one that passes the limit", () => {
    // 4 + front matter lines: the body starts on line 5; the paragraph on line 7.
    const para = (n: number) => "括弧 ".repeat(3) + "] ".repeat(n);
    const raw = `${FM}---
本文。

${para(MAX_BRACKETS_PER_BLOCK + 500)}
`;
    const { post, errors } = problems(raw);
    expect(post).toBeUndefined();
    expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([["brackets", 7, 9 + 2 * MAX_BRACKETS_PER_BLOCK + 1]]);
    expect(formatIssue(errors[0])).toMatch(/"\]" in one paragraph; past 4000, Markdown takes minutes to read it — split the paragraph, or put text that is not prose \(data, logs\) in a code block/);
    expect(messages(`${FM}---
${para(MAX_BRACKETS_PER_BLOCK)}
`)).toEqual([]);
    // In a list item, on its second line.
    expect(problems(`${FM}---
- 項目
  ${"]".repeat(MAX_BRACKETS_PER_BLOCK + 1)}
`).errors.map((e) => [e.rule, e.line, e.column])).toEqual([["brackets", 6, MAX_BRACKETS_PER_BLOCK + 3]]);
  });

  it("brackets in code, and in a long table whose rows each hold a few links, are fine", () => {
    const code = "```\n" + "] ".repeat(MAX_BRACKETS_PER_BLOCK * 2) + "\n```";
    const rows = Array.from({ length: MAX_BRACKETS_PER_BLOCK }, (_, i) => `| [x${i}](https://example.com/${i}) | [y](b) |`).join("\n");
    expect(messages(`${FM}---
${code}

| a | b |
|---|---|
${rows}
`)).toEqual([]);
    const { errors } = problems(`${FM}---
| a | b |
|---|---|
| ${"]".repeat(MAX_BRACKETS_PER_BLOCK + 1)} | b |
`);
    expect(errors.map((e) => [e.rule, e.line, e.message.split(";")[0]])).toEqual([["brackets", 7, `${MAX_BRACKETS_PER_BLOCK + 1} or more closing brackets "]" in one table row`]]);
  });

  it("more tags and categories than the limit, at the key that passes it", () => {
    const tags = Array.from({ length: MAX_TERMS_PER_POST }, (_, i) => `"t${i}"`).join(", ");
    expect(messages(`${FM}categories: ["投資"]\ntags: [${tags}]\n---\n`)).toEqual([
      `content/post.md:5:7: ${MAX_TERMS_PER_POST + 1} tags and categories; a post may have at most ${MAX_TERMS_PER_POST} — keep the ${MAX_TERMS_PER_POST} that matter most: each one is a page of its own and a link wherever this post is listed`,
    ]);
    expect(messages(`${FM}tags: [${tags}]\n---\n`)).toEqual([]);
  });

  it("a tag or category whose URL segment would not fit in a file name, at the item", () => {
    const long = "半導体".repeat(Math.ceil(MAX_SEGMENT_BYTES / 9) + 1);
    const { errors } = problems(`${FM}tags:\n  - AI\n  - "${long}"\ncategory: ${"a".repeat(MAX_SEGMENT_BYTES + 1)}\n---\n`);
    expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([
      ["name-length", 7, 11],
      ["name-length", 6, 5],
    ]);
    expect(errors[1].message).toMatch(/^tags: "半導体半導体.*…" makes a URL segment of \d+ bytes \(UTF-8\); a file name holds at most 200$/);
  });

  it("a slug too long for a file name, from slug: or from the file name", () => {
    const long = "長い".repeat(40);
    expect(messages(`${FM}slug: ${long}\n---\n`)).toEqual([
      `content/post.md:4:7: the slug is 240 bytes long (UTF-8); a file name holds at most ${MAX_SEGMENT_BYTES} — shorten the slug, e.g. slug: llama-4-review`,
    ]);
    expect(problems(`${FM}---\n`, `content/2025-12-01-${long}.md`).errors.map((e) => [e.line, e.fix])).toEqual([
      [1, "add a shorter slug: to the front matter, e.g. slug: llama-4-review"],
    ]);
  });

  it("invisible format characters in a slug (bidi controls, zero-width characters)", () => {
    expect(messages(`${FM}slug: "invoice\u202Etxt.exe"\n---\n`)).toEqual([
      'content/post.md:4:7: the slug "invoice<U+202E>txt.exe" contains the invisible character U+202E, which can make one address look like another — retype the slug without U+202E',
    ]);
    expect(messages(`${FM}---\n`, "content/zero\u200Bwidth\u2066.md")).toEqual([
      'content/post.md:1:1: the slug "zero<U+200B>width<U+2066>" contains the invisible characters U+200B, U+2066, which can make one address look like another — rename the file without U+200B, U+2066, or add slug: to the front matter'.replace("content/post.md", "content/zero\u200Bwidth\u2066.md"),
    ]);
    for (const ch of ["\u202E", "\u200B", "\u200F", "\u2066", "\u2069", "\uFEFF", "\u00AD"]) expect(isValidSlug(`a${ch}b`)).toBe(false);
  });

  it("a front matter with thousands of broken lines: the first 20 described, the rest counted, in linear time", () => {
    const broken = Array.from({ length: 20_000 }, (_, i) => `key${i}: "unclosed`).join("\n");
    const { errors } = problems(`---\ntitle: t\n${broken}\n---\n`);
    expect(errors).toHaveLength(21);
    expect(errors[0].message).toBe("a value opened with \" is never closed");
    expect(errors[20].message).toMatch(/^and \d+ more YAML errors from here on$/);
  });

  // The pathological inputs of issue 24, generated here. Without these limits each took
  // seconds to minutes to build, or crashed the build with a stack overflow.
  it("emphasis nested past the limit (`*a _` … `_ a*`), at the run that goes too deep; 1,000 levels crashed the build", () => {
    const nested = (n: number) => "*a _".repeat(n) + "x" + "_ a*".repeat(n);
    const { post, errors } = problems(`${FM}---\n本文。\n\n${nested(1000)}\n`);
    expect(post).toBeUndefined();
    expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([["nesting", 7, MAX_INLINE_NESTING * 2 + 1]]);
    expect(formatIssue(errors[0])).toContain(`emphasis is nested ${MAX_INLINE_NESTING + 1} deep here`);
    expect(formatIssue(errors[0])).toContain("— close the emphasis you open (*text*), or write \\* and \\_ for stars and underscores that are not emphasis");
    expect(problems(`${FM}---\n${nested(20_000)}\n`).errors.map((e) => e.rule)).toEqual(["nesting"]);
    expect(messages(`${FM}---\n${nested(MAX_INLINE_NESTING / 2)}\n`)).toEqual([]);
  });

  it("emphasis that closes, however much of it, and stars that are not emphasis, are fine", () => {
    const block = (raw: string) => tooDeepInline({ kind: "paragraph", raw });
    expect(block("*強調* と **太字** と ***両方*** と ~~取り消し~~。".repeat(2000))).toBeUndefined();
    expect(block("注*1 と注*2、snake_case_name と 2*3*4、`**kwargs` ".repeat(2000))).toBeUndefined();
    expect(block("* * * ".repeat(2000) + "_ _ _ ".repeat(2000))).toBeUndefined();
    // Every line of a table is read on its own.
    expect(tooDeepInline({ kind: "table", raw: ("| " + "*a ".repeat(20) + "|\n").repeat(100) })).toBeUndefined();
    expect(block("*a ".repeat(20) + "\n" + "_b ".repeat(20))).toMatchObject({ line: 1, depth: MAX_INLINE_NESTING + 1 });
    // `***` opens two levels; a closer of one character leaves the other open.
    expect(block("***a ".repeat(17))).toMatchObject({ depth: 34 });
    expect(block("***a b* ".repeat(40))).toMatchObject({ depth: MAX_INLINE_NESTING + 1 });
  });

  it("more table cells than the limit, at the table that passes it; 8,000 rows of 50 columns took 97 s and 6 GB", () => {
    const table = (rows: number, cols: number) => "|" + "h|".repeat(cols) + "\n|" + "-|".repeat(cols) + "\n" + ("|" + "c|".repeat(cols) + "\n").repeat(rows);
    const { post, errors } = problems(`${FM}---\n本文。\n\n${table(8000, 50)}`);
    expect(post).toBeUndefined();
    expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([["table-cells", 7, 1]]);
    expect(formatIssue(errors[0])).toMatch(/the tables of this post hold \d+ or more cells by here; a post may have at most 10000 — split the post, or publish the data as a file \(CSV\) and link to it$/);
    // Cells add up over the tables of a post; the limit itself is fine.
    const cols = 10;
    const rows = MAX_TABLE_CELLS / cols / 2 - 1;
    expect(messages(`${FM}---\n${table(rows, cols)}\n本文。\n\n${table(rows, cols)}`)).toEqual([]);
    expect(problems(`${FM}---\n${table(rows, cols)}\n本文。\n\n${table(rows, cols)}\n本文。\n\n${table(1, cols)}`).errors.map((e) => e.rule)).toEqual(["table-cells"]);
  });

  it("more footnote references than the limit, at the block that passes it; 29,000 footnotes took 51 s and wrote 41 MB", () => {
    // One reference per paragraph: a paragraph of thousands is already too many closing brackets.
    const notes = (n: number) => Array.from({ length: n }, (_, i) => `文[^${i}]`).join("\n\n") + "\n\n" + Array.from({ length: n }, (_, i) => `[^${i}]: 注`).join("\n") + "\n";
    const { post, errors } = problems(`${FM}---\n本文。\n\n${notes(29_000)}`);
    expect(post).toBeUndefined();
    expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([["footnotes", 7 + 2 * MAX_FOOTNOTES, 1]]);
    expect(formatIssue(errors[0])).toContain(`a post may have at most ${MAX_FOOTNOTES} — split the post, or write the notes as a list at its end`);
    // Definitions are not references.
    expect(messages(`${FM}---\n${notes(MAX_FOOTNOTES)}`)).toEqual([]);
    // Inline footnotes count too.
    const inline = Array.from({ length: MAX_FOOTNOTES + 1 }, (_, i) => `文^[注 ${i}]`).join("\n\n");
    expect(problems(`${FM}---\n${inline}\n`).errors.map((e) => [e.rule, e.line])).toEqual([["footnotes", 5 + 2 * MAX_FOOTNOTES]]);
  });

  it("a title, an excerpt or a tag past its length, at its key; a 100,000-character title ran the build out of memory", () => {
    const { post, errors } = problems(`---\ntitle: "${"長".repeat(100_000)}"\ndate: 2025-12-01\nexcerpt: "${"要".repeat(MAX_EXCERPT_CHARS + 1)}"\ntags: ["${"t".repeat(MAX_TERM_CHARS + 1)}"]\n---\n`);
    expect(post).toBeUndefined();
    expect(errors.map((e) => [e.rule, e.line, e.column, e.message])).toEqual([
      ["text-length", 2, 8, `title is far longer than ${MAX_TITLE_CHARS} characters`],
      ["text-length", 4, 10, `excerpt is longer than ${MAX_EXCERPT_CHARS} characters`],
      ["name-length", 5, 8, `tags: "${"t".repeat(20)}…" is longer than ${MAX_TERM_CHARS} characters`],
    ]);
    expect(errors[0].fix).toBe(`shorten the title to at most ${MAX_TITLE_CHARS} characters; say the rest in the first paragraph`);
    expect(messages(`---\ntitle: "${"長".repeat(MAX_TITLE_CHARS)}"\ndate: 2025-12-01\ntags: ["${"t".repeat(MAX_TERM_CHARS)}"]\n---\n`)).toEqual([]);
  });

  it("a lone surrogate in the front matter (\"\\uD800\"), at its key, instead of “URI malformed”", () => {
    expect(messages(`---\ntitle: "a\\uD800b"\ndate: 2025-12-01\ntags: ["ok", "x\\uDC00"]\n---\n`)).toEqual([
      'content/post.md:2:8: title: holds U+D800, half of a character (a lone surrogate), which no page, address or feed can carry — write the character itself, or escape the whole character, e.g. "\\U0001F600" rather than "\\uD83D"',
      'content/post.md:4:14: tags: holds U+DC00, half of a character (a lone surrogate), which no page, address or feed can carry — write the character itself, or escape the whole character, e.g. "\\U0001F600" rather than "\\uD83D"',
    ]);
    expect(messages(`---\ntitle: "絵文字\\U0001F600"\ndate: 2025-12-01\n---\n`)).toEqual([]);
  });
});

describe("a hand-written excerpt's formula is checked with the post, at the excerpt key", () => {
  it("an unreadable formula in excerpt:", () => {
    expect(messages(`${FM}excerpt: "式 $\\\\frac{1}{$ の話"\n---\n本文。\n`)).toEqual([
      expect.stringMatching(/^content\/post\.md:4:10: excerpt: the formula cannot be read: .+ — fix the TeX \(KaTeX syntax\), or write \\\$ for a dollar sign that is not math$/),
    ]);
    expect(messages(`${FM}excerpt: "式 $\\\\frac{1}{2}$ の話"\n---\n本文。\n`)).toEqual([]);
  });
});
