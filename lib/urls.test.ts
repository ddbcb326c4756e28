import { describe, expect, it } from "vitest";
import { normalizeBasePath } from "./base-path.mjs";
import { absoluteUrl, postUrl, tagFeedUrl, withBasePath } from "./urls";

describe("base path", () => {
  it("normalises BASE_PATH to a leading slash and no trailing slash", () => {
    expect(normalizeBasePath(undefined)).toBe("");
    expect(normalizeBasePath("")).toBe("");
    expect(normalizeBasePath("/")).toBe("");
    expect(normalizeBasePath("blog")).toBe("/blog");
    expect(normalizeBasePath("/blog/")).toBe("/blog");
    expect(normalizeBasePath(" /a/b/ ")).toBe("/a/b");
  });

  it("is added to internal paths only", () => {
    expect(withBasePath("/feed.xml", "/blog")).toBe("/blog/feed.xml");
    expect(withBasePath("/", "/blog")).toBe("/blog/");
    expect(withBasePath("https://example.jp/", "/blog")).toBe("https://example.jp/");
    expect(withBasePath("/feed.xml", "")).toBe("/feed.xml");
  });
});

describe("absoluteUrl", () => {
  it("joins origin, base path and path", () => {
    expect(absoluteUrl("/posts/a/", "https://example.jp", "")).toBe("https://example.jp/posts/a/");
    expect(absoluteUrl("/posts/a/", "https://example.jp/", "/blog")).toBe("https://example.jp/blog/posts/a/");
  });

  it("does not double a base path the origin already carries", () => {
    expect(absoluteUrl("/feed.xml", "https://user.github.io/blog", "/blog")).toBe("https://user.github.io/blog/feed.xml");
  });

  it("keeps Japanese segments percent-encoded", () => {
    expect(absoluteUrl(tagFeedUrl("生成ai"), "https://example.jp", "")).toBe(
      "https://example.jp/tags/%E7%94%9F%E6%88%90ai/feed.xml",
    );
  });
});

describe("postUrl", () => {
  it("puts a post under /posts/ and a book's chapter (slug <book>/<chapter>) under its book", () => {
    expect(postUrl("llama-4")).toBe("/posts/llama-4/");
    expect(postUrl("garden/土")).toBe("/books/garden/%E5%9C%9F/");
  });
});
