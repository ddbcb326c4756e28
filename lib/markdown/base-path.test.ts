import { describe, expect, it } from "vitest";
import { markdownToHast } from "./render-md";
import { prefixRootRelative, rehypeBasePath } from "./base-path";
import { toHtml } from "hast-util-to-html";

describe("prefixRootRelative", () => {
  it("prefixes root-relative URLs once", () => {
    expect(prefixRootRelative("/posts/a/", "/blog")).toBe("/blog/posts/a/");
    expect(prefixRootRelative("/blog/posts/a/", "/blog")).toBe("/blog/posts/a/");
    expect(prefixRootRelative("/blogroll/", "/blog")).toBe("/blog/blogroll/");
  });

  it("leaves other URLs alone", () => {
    for (const url of ["https://example.jp/a", "//cdn.example/a.png", "#top", "images/a.png", "mailto:a@b.jp"]) {
      expect(prefixRootRelative(url, "/blog")).toBe(url);
    }
    expect(prefixRootRelative("/posts/a/", "")).toBe("/posts/a/");
  });
});

describe("rehypeBasePath", () => {
  it("rewrites links and images of a rendered post", () => {
    const { tree } = markdownToHast("[次](/posts/next/) ![図](/images/a.png) [外](https://example.jp/)");
    rehypeBasePath({ base: "/blog" })(tree);
    const html = toHtml(tree);
    expect(html).toContain('href="/blog/posts/next/"');
    expect(html).toContain('src="/blog/images/a.png"');
    expect(html).toContain('href="https://example.jp/"');
  });
});
