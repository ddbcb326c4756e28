/**
 * The inline reading agrees with the renderer on emphasis: where the page shows
 * bold, struck or italic text, excerpts, search and reading time read the same
 * letters, and where the page shows the marks, they keep them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testMarkdown } from "../markdown/testing";
import { markdownToSearchText } from "../search/plain-text";
import { buildExcerpt } from "../text/excerpt";
import { countText } from "../text/reading-time";
import { decodeEntities, inlineToText } from "./inline";

const md = testMarkdown();

/** The text a reader sees in the rendered paragraph. */
const rendered = (markdown: string) => decodeEntities(md.compileMarkdown(markdown, "題").html.replace(/<[^>]+>/g, "")).trim();

const BOLD = "**「読む道具をさらに軽くする」**ことにした。";

describe("emphasis next to Japanese punctuation", () => {
  it("renders as bold and struck text, in .md and .mdx", async () => {
    expect(md.compileMarkdown(BOLD, "題").html).toContain("<strong>「読む道具をさらに軽くする」</strong>ことにした。");
    expect(md.compileMarkdown("~~「古い案」~~は捨てた。", "題").html).toContain("<del>「古い案」</del>は捨てた。");
    const mdx = await md.renderBody({ body: `${BOLD}\n\n~~「古い案」~~は捨てた。\n`, title: "題", format: "mdx" });
    const { renderToStaticMarkup } = await import("react-dom/server");
    const html = renderToStaticMarkup(mdx.content as Parameters<typeof renderToStaticMarkup>[0]);
    expect(html).toContain("<strong>「読む道具をさらに軽くする」</strong>ことにした。");
    expect(html).toContain("<del>「古い案」</del>は捨てた。");
  });

  it.each([
    BOLD,
    "~~「古い案」~~は捨てた。",
    "*「斜体」*のあと",
    "（**注**）と「**括弧**」",
    "foo**「bar」**baz",
    "**（注）**本文",
    "これは**強調**です",
    "2*3*4 と 5**6**7",
    "***「三つ」*** と ***a**",
    "__「下線」__のあと",
    "これは__強調__です",
    "x__「y」__z",
    "snake_case_name と a__b__c",
    "_「斜体」_のあと",
    "__strong__ and _em_",
    "~a~ と ~~b~~ と ~~c~",
    "~~「a」~~b",
  ])("reads %s as the page shows it", (markdown) => {
    expect(inlineToText(markdown)).toBe(rendered(markdown));
  });

  it("reaches excerpts, search text and reading time without asterisks", () => {
    const body = `${BOLD}\n\n次の段落。\n`;
    const excerpt = buildExcerpt(body, { title: "題", length: 120, separator: "<!--more-->" });
    expect(excerpt.text).toBe("「読む道具をさらに軽くする」ことにした。");
    expect(markdownToSearchText(body)).not.toContain("*");
    expect(markdownToSearchText(body)).toContain("「読む道具をさらに軽くする」ことにした。");
    // Only the letters are read: 「読む道具をさらに軽くする」ことにした。 and 次の段落。
    expect(countText(body).cjkChars).toBe(countText("「読む道具をさらに軽くする」ことにした。\n\n次の段落。").cjkChars);
  });

  it.each([
    ["~", ["~", "~~", "~~~", "a", "あ", "「", "」", "。", " "]],
    ["_", ["_", "__", "___", "a", "あ", "1", " "]],
  ])("reads any line of %s runs, letters and brackets as the page shows it", (_name, parts) => {
    const line = fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 12 }).map((p) => `x${p.join("")}x`);
    fc.assert(fc.property(line, (s) => void expect(inlineToText(s)).toBe(rendered(s))), { numRuns: 300 });
  }, 60_000);
});

