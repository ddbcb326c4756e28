import { describe, expect, it } from "vitest";
import { defineSiteConfig, type SiteConfigInput } from "./site-config";

const good: SiteConfigInput = {
  title: "サイト",
  description: "説明",
  url: "https://blog.example.jp/",
  language: "ja",
  locale: "ja_JP",
  timeZone: "Asia/Tokyo",
  author: "編集部",
  postsPerPage: 10,
  reading: { cjkCharsPerMinute: 500, wordsPerMinute: 200 },
  excerptLength: 120,
  excerptSeparator: "<!--more-->",
  publishFuture: false,
  embedHosts: ["www.youtube-nocookie.com"],
  feed: { content: "full", limit: 20 },
};

describe("site.config.ts", () => {
  it("accepts a good configuration and drops the trailing slash of the URL", () => {
    expect(defineSiteConfig(good).url).toBe("https://blog.example.jp");
    expect(defineSiteConfig({ ...good, url: "https://user.github.io/blog" }).url).toBe("https://user.github.io/blog");
  });

  it("names every bad key with what to write instead", () => {
    const bad = { ...good, postsPerPage: 0, timeZone: "Tokyo", embedHosts: ["https://www.youtube.com/embed"], reading: { ...good.reading, wordsPerMinute: 2.5 } };
    expect(() => defineSiteConfig(bad)).toThrow(/4 bad values/);
    try {
      defineSiteConfig(bad);
    } catch (error) {
      const message = String((error as Error).message);
      expect(message).toMatch(/postsPerPage: must be at least 1 — write e\.g\. postsPerPage: 10/);
      expect(message).toMatch(/timeZone: "Tokyo" is not an IANA time zone — write e\.g\. "Asia\/Tokyo"/);
      expect(message).toMatch(/embedHosts\[0\]: .*not a host name/);
      expect(message).toMatch(/reading\.wordsPerMinute: must be a whole number/);
    }
  });

  it("refuses a misspelt key instead of ignoring it", () => {
    expect(() => defineSiteConfig({ ...good, postPerPage: 5 } as SiteConfigInput)).toThrow(/postPerPage: unknown key/);
  });

  it("gives the newest 20 posts a share image of their own unless told otherwise", () => {
    expect(defineSiteConfig(good).shareImages).toEqual({ recentPosts: 20 });
    expect(defineSiteConfig({ ...good, shareImages: { recentPosts: 0 } }).shareImages.recentPosts).toBe(0);
    expect(() => defineSiteConfig({ ...good, shareImages: { recentPosts: -1 } })).toThrow(/shareImages\.recentPosts: must be 0 or more — write e\.g\. recentPosts: 20/);
  });

  it("gives tag and category feeds excerpts unless told otherwise", () => {
    expect(defineSiteConfig(good).feed.termContent).toBe("excerpt");
    expect(defineSiteConfig({ ...good, feed: { content: "full", termContent: "full", limit: 20 } }).feed.termContent).toBe("full");
    expect(() => defineSiteConfig({ ...good, feed: { content: "full", termContent: "all" as "full", limit: 20 } })).toThrow(/feed\.termContent: must be "full" or "excerpt"/);
  });

  it("refuses a URL that is not absolute http(s)", () => {
    expect(() => defineSiteConfig({ ...good, url: "blog.example.jp" })).toThrow(/url: "blog\.example\.jp" must be an absolute URL/);
    expect(() => defineSiteConfig({ ...good, feed: { content: "summary" as "full", limit: 20 } })).toThrow(/feed\.content: must be "full" or "excerpt"/);
  });
});
