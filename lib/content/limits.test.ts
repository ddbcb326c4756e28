import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { formatIssue } from "./issues";
import { MAX_BRACKETS_PER_BLOCK, MAX_NESTING_DEPTH, MAX_POST_BYTES, MAX_SEGMENT_BYTES, MAX_TERMS_PER_POST } from "./limits";
import { parsePost } from "./parse";
import { isValidSlug } from "./slug";

const now = new Date("2026-01-01T00:00:00Z");
const FM = "---\ntitle: t\ndate: 2025-12-01\n";
const problems = (raw: string, file = "content/post.md") => {
  const r = parsePost(file, raw, siteConfig, now);
  return { post: r.post, errors: r.issues.filter((i) => i.severity === "error") };
};
const messages = (raw: string, file?: string) => problems(raw, file).errors.map(formatIssue);

describe("limits: a post past one is a content error with its place and a fix, never a crash", () => {
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
});
