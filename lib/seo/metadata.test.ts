import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { makePost } from "../feed/test-posts";
import { absoluteUrl } from "../urls";
import { articleMetadata, pageMetadata } from "./metadata";

describe("articleMetadata", () => {
  const meta = articleMetadata(makePost({ updated: "2025-12-12T01:00:00.000Z" }), "/posts/hello/", { path: "/posts/hello/og.png", alt: "こんにちは" });

  it("describes the article for Open Graph with its times, tags and locale", () => {
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url: absoluteUrl("/posts/hello/"),
      title: "こんにちは",
      locale: "ja_JP",
      publishedTime: "2025-12-11T05:44:31+09:00",
      modifiedTime: "2025-12-12T10:00:00+09:00",
      tags: ["AI", "Meta"],
    });
  });

  it("has the plain-text excerpt as description, a canonical URL, the feeds and a Twitter card", () => {
    expect(meta.description).toBe("最初の段落です。");
    expect(meta.alternates?.canonical).toBe(absoluteUrl("/posts/hello/"));
    expect(meta.alternates?.types?.["application/rss+xml"]).toEqual([
      { title: `${siteConfig.title} (RSS)`, url: absoluteUrl("/feed.xml") },
    ]);
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", title: "こんにちは" });
  });

  it("names its share image by absolute URL, with its size, for Open Graph and the large Twitter card", () => {
    const image = { url: absoluteUrl("/posts/hello/og.png"), width: 1200, height: 630, alt: "こんにちは", type: "image/png" };
    expect(image.url).toMatch(/^https?:\/\//);
    expect(meta.openGraph?.images).toEqual([image]);
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", images: [image] });
  });
});

describe("pageMetadata", () => {
  it("advertises a tag's own feed before the site feeds", () => {
    const meta = pageMetadata({ path: "/tags/ai/", title: "#AI", feed: { title: "#AI (RSS)", path: "/tags/ai/feed.xml" } });
    const rss = meta.alternates?.types?.["application/rss+xml"] as { url: string }[];
    expect(rss.map((l) => l.url)).toEqual([absoluteUrl("/tags/ai/feed.xml"), absoluteUrl("/feed.xml")]);
    expect(meta.alternates?.types?.["application/atom+xml"]).toHaveLength(1);
    expect(meta.openGraph).toMatchObject({ type: "website", locale: "ja_JP", url: absoluteUrl("/tags/ai/") });
  });

  it("leaves the title to the layout's default on the home page", () => {
    const meta = pageMetadata({ path: "/" });
    expect(meta.title).toBeUndefined();
    expect(meta.openGraph).toMatchObject({ title: siteConfig.title });
  });

  it("shows the site's share image in a large card", () => {
    const meta = pageMetadata({ path: "/archive/" });
    expect(meta.openGraph?.images).toEqual([{ url: absoluteUrl("/og.png"), width: 1200, height: 630, alt: siteConfig.title, type: "image/png" }]);
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
  });
});

describe("titles with $ patterns", () => {
  // `$'`, `$&`, `$1` and `$$` mean something to String.replace with a replacement string.
  const title = "株価 $' 上昇 $& $1 $$ $<x>";

  it("an article's title is the post's title as written, with the site's name", async () => {
    const meta = articleMetadata(makePost({ title }), "/posts/hello/", { path: "/posts/hello/og.png", alt: title });
    expect(meta.title).toEqual({ absolute: `${title} | ${siteConfig.title}` });
    // The title as Next itself resolves it under `next start`.
    const { resolveTitle } = await import("next/dist/lib/metadata/resolvers/resolve-title.js");
    expect(resolveTitle(meta.title, `%s | ${siteConfig.title}`).absolute).toBe(`${title} | ${siteConfig.title}`);
  });

  it("a list page's title too (a tag name is an editor's text)", () => {
    expect(pageMetadata({ path: "/tags/x/", title: `#${title}` }).title).toEqual({ absolute: `#${title} | ${siteConfig.title}` });
  });
});
