import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { absoluteUrl } from "../urls";
import { testMarkdown } from "../markdown/testing";
import { MAX_FEED_CONTENT, toFeedEntry } from "./index";

const md = testMarkdown();
import { makePost } from "./test-posts";
import { ContentError } from "../content/issues";

const full = { author: siteConfig.author, feed: { content: "full" as const, limit: 20 } };
const excerpt = { author: siteConfig.author, feed: { content: "excerpt" as const, limit: 20 } };

describe("toFeedEntry", () => {
  it("carries the whole sanitized body with absolute links by default", () => {
    const e = toFeedEntry(makePost(), full, md);
    expect(e.url).toBe(absoluteUrl("/posts/hello/"));
    expect(e.contentHtml).toContain(`href="${absoluteUrl("/posts/next/")}"`);
    expect(e.contentHtml).toContain(`src="${absoluteUrl("/img/figure.png")}"`);
    expect(e.summaryHtml).toBe("<p><strong>最初</strong>の段落です。</p>");
    expect(e.summaryText).toBe("最初の段落です。");
    expect(e.categories).toEqual([{ name: "投資分析", url: absoluteUrl("/categories/%E6%8A%95%E8%B3%87%E5%88%86%E6%9E%90/") }]);
  });

  it("carries only the excerpt when the site says so", () => {
    expect(toFeedEntry(makePost(), excerpt, md).contentHtml).toBeUndefined();
  });

  it("carries the excerpt for MDX posts, whose components need React", () => {
    expect(toFeedEntry(makePost({ format: "mdx", body: "<Callout>x</Callout>" }), full, md).contentHtml).toBeUndefined();
  });

  it("dates: published is the post date, updated the last change; the site author stands in", () => {
    const e = toFeedEntry(makePost({ author: undefined, updated: "2025-12-20T00:00:00.000Z" }), full, md);
    expect(e.published.toISOString()).toBe("2025-12-10T20:44:31.000Z");
    expect(e.updated.toISOString()).toBe("2025-12-20T00:00:00.000Z");
    expect(e.author).toBe(siteConfig.author);
  });
});

describe("toFeedEntry: a body the feed cannot render names its file, line and fix", () => {
  it("an unreadable formula (the feed may be the first to compile the post)", () => {
    let error: unknown;
    try {
      toFeedEntry(makePost({ body: "本文。\n\n式 $\\frac{1}{$ です\n" }), full, md);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/content\/hello\.md:12:\d+: 数式を読めません: .+ — TeX（KaTeX の文法）を直す/);
  });
});

describe("toFeedEntry: an enormous body is left to the page", { timeout: 120_000 }, () => {
  it("past MAX_FEED_CONTENT the entry carries the excerpt and a link to the post; below it, the whole body", () => {
    // 29,000 footnotes wrote 41 MB into the page and into each of three feeds.
    const long = makePost({ body: Array.from({ length: 12_000 }, (_, i) => `段落 ${i} の本文です。`).join("\n\n") });
    const e = toFeedEntry(long, full, md);
    expect(e.contentHtml).toBe(`<p><strong>最初</strong>の段落です。</p><p><a href="${absoluteUrl("/posts/hello/")}">続きを読む</a></p>`);
    const shorter = toFeedEntry(makePost({ body: Array.from({ length: 1_000 }, (_, i) => `段落 ${i} の本文です。`).join("\n\n") }), full, md);
    expect(shorter.contentHtml).toContain("段落 999 の本文です。");
    expect(shorter.contentHtml!.length).toBeLessThanOrEqual(MAX_FEED_CONTENT);
  });
});
