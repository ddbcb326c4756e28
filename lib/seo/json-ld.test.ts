import { describe, expect, it } from "vitest";
import { makePost } from "../feed/test-posts";
import { postCrumbs } from "./breadcrumbs";
import { blogPosting, breadcrumbList, serializeJsonLd } from "./json-ld";

const input = {
  url: "https://example.jp/posts/hello/",
  siteName: "yomu",
  siteUrl: "https://example.jp/",
  defaultAuthor: "編集部",
  language: "ja",
  timeZone: "Asia/Tokyo",
};

describe("BlogPosting", () => {
  it("has headline, dates in ISO 8601 with the site's offset, author, keywords and url", () => {
    const data = blogPosting({ ...input, post: makePost({ updated: "2025-12-12T01:00:00.000Z" }) });
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      headline: "こんにちは",
      datePublished: "2025-12-11T05:44:31+09:00",
      dateModified: "2025-12-12T10:00:00+09:00",
      author: { "@type": "Person", name: "編集部" },
      keywords: ["AI", "Meta"],
      url: "https://example.jp/posts/hello/",
      inLanguage: "ja",
    });
  });

  it("uses the publication date as the modification date when the post was never updated", () => {
    const data = blogPosting({ ...input, post: makePost({ author: undefined }) });
    expect(data.dateModified).toBe(data.datePublished);
    expect(data.author).toEqual({ "@type": "Person", name: "編集部" });
  });
});

describe("BreadcrumbList", () => {
  it("numbers the crumbs from 1, each with its absolute URL", () => {
    const data = breadcrumbList(postCrumbs({ slug: "記事", title: "題", categories: ["AI ニュース"] }), (p) => `https://example.jp/blog${p}`);
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "ホーム", item: "https://example.jp/blog/" },
      { "@type": "ListItem", position: 2, name: "AI ニュース", item: expect.stringMatching(/^https:\/\/example\.jp\/blog\/categories\/.+\/$/) },
      { "@type": "ListItem", position: 3, name: "題", item: "https://example.jp/blog/posts/%E8%A8%98%E4%BA%8B/" },
    ]);
  });

  it("has no category crumb for a post without one", () => {
    expect(postCrumbs({ slug: "a", title: "題", categories: [] }).map((c) => c.name)).toEqual(["ホーム", "題"]);
  });
});

describe("serializeJsonLd", () => {
  const hostile = '</script><script>alert("x")</script><!-- & \u2028';

  it("cannot end the script element or open a comment, whatever the front matter says", () => {
    const text = serializeJsonLd(blogPosting({ ...input, post: makePost({ title: hostile, tags: [hostile] }) }));
    expect(text).not.toMatch(/[<>&]/);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain("\u2028");
  });

  it("still means the same JSON", () => {
    const data = { headline: hostile, nested: [{ name: "a&b<c>" }] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
