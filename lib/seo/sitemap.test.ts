import { describe, expect, it } from "vitest";
import { groupByTerm, sortTermsByCount } from "../content/taxonomy";
import { toSummary, type PostSummary } from "../content/types";
import { makePost } from "../feed/test-posts";
import { sitemapEntries } from "./sitemap";

function summaries(count: number): PostSummary[] {
  return Array.from({ length: count }, (_, i) =>
    toSummary(
      makePost({
        slug: `post-${i}`,
        date: new Date(Date.UTC(2025, 0, 30 - i)).toISOString(),
        tags: i % 2 === 0 ? ["生成AI"] : ["Meta"],
        categories: ["投資分析"],
      }),
    ),
  ).sort((a, b) => (a.date < b.date ? 1 : -1));
}

function entries(posts: PostSummary[], perPage = 2) {
  return sitemapEntries({
    posts,
    tags: sortTermsByCount(groupByTerm(posts, (p) => p.tags)),
    categories: sortTermsByCount(groupByTerm(posts, (p) => p.categories)),
    postsPerPage: perPage,
    absolute: (path) => `https://example.jp${path}`,
  });
}

describe("sitemap", () => {
  it("lists the series pages, the published books with every chapter, and leaves an unpublished book out", () => {
    const posts = summaries(3);
    const book = (slug: string, published: boolean) => ({
      key: `book:${slug}`,
      segment: slug,
      name: slug,
      items: [toSummary(makePost({ slug: `${slug}/intro`, book: slug, date: "2025-02-01T00:00:00.000Z" }))],
      book: { slug, title: slug, summary: "", topics: [], published, price: 0, chapters: ["intro"], configFile: "" },
    });
    const urls = sitemapEntries({
      posts,
      tags: [],
      categories: [],
      series: [{ key: "入門", segment: "入門", name: "入門", items: posts.slice(0, 2) }],
      books: [book("garden", true), book("unfinished", false)],
      postsPerPage: 10,
      absolute: (path) => `https://example.jp${path}`,
    }).map((e) => e.url);
    for (const path of ["/series/", "/series/%E5%85%A5%E9%96%80/", "/books/", "/books/garden/", "/books/garden/intro/"]) expect(urls).toContain(`https://example.jp${path}`);
    expect(urls.filter((u) => u.includes("unfinished"))).toEqual([]);
  });

  it("lists every post with its last change, every term and every list page", () => {
    const posts = summaries(5);
    posts[2] = { ...posts[2], updated: "2025-06-01T00:00:00.000Z" };
    const urls = new Map(entries(posts).map((e) => [e.url, e.lastModified]));
    for (const p of posts) expect(urls.get(`https://example.jp/posts/${p.slug}/`)).toBe(p.updated ?? p.date);
    // Home pages 1..3 (5 posts, 2 per page), tag pages with percent-encoded Japanese names.
    expect(urls.has("https://example.jp/")).toBe(true);
    expect(urls.has("https://example.jp/page/2/")).toBe(true);
    expect(urls.has("https://example.jp/page/3/")).toBe(true);
    expect(urls.has("https://example.jp/page/4/")).toBe(false);
    expect(urls.has("https://example.jp/tags/%E7%94%9F%E6%88%90ai/")).toBe(true);
    expect(urls.has("https://example.jp/tags/%E7%94%9F%E6%88%90ai/page/2/")).toBe(true);
    expect(urls.has("https://example.jp/tags/meta/")).toBe(true);
    expect(urls.has("https://example.jp/categories/%E6%8A%95%E8%B3%87%E5%88%86%E6%9E%90/page/3/")).toBe(true);
    for (const path of ["/tags/", "/categories/", "/archive/"]) expect(urls.has(`https://example.jp${path}`)).toBe(true);
    // The home page changed when its newest post (or a later update) did.
    expect(urls.get("https://example.jp/")).toBe("2025-06-01T00:00:00.000Z");
  });

  it("leaves out drafts and scheduled posts (listed in development)", () => {
    const posts = summaries(3);
    posts[0] = { ...posts[0], draft: true };
    posts[1] = { ...posts[1], scheduled: true };
    const urls = entries(posts, 10).map((e) => e.url);
    expect(urls).not.toContain(`https://example.jp/posts/${posts[0].slug}/`);
    expect(urls).not.toContain(`https://example.jp/posts/${posts[1].slug}/`);
    expect(urls).toContain(`https://example.jp/posts/${posts[2].slug}/`);
    expect(urls.filter((u) => u.includes("/tags/meta/"))).toEqual([]);
  });

  it("still has the list pages of an empty blog, without dates", () => {
    const list = entries([]);
    expect(list.map((e) => e.url)).toEqual([
      "https://example.jp/",
      "https://example.jp/tags/",
      "https://example.jp/categories/",
      "https://example.jp/archive/",
    ]);
    expect(list.every((e) => e.lastModified === undefined)).toBe(true);
  });
});
