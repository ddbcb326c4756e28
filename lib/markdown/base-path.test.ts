import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { testMarkdown } from "./testing";
import { prefixRootRelative } from "./base-path";

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

describe("a post rendered for a site under a base path", () => {
  const body = "[次](/posts/next/) ![図](/images/a.png) [外](https://example.jp/) [節](#a)";

  it("gets the base path on its root-relative links and images, in both pipelines", async () => {
    const blog = testMarkdown({ basePath: "/blog" });
    const html = blog.compileMarkdown(body, "").html;
    const mdx = renderToStaticMarkup((await blog.renderBody({ body, title: "", format: "mdx" })).content as ReactElement);
    for (const out of [html, mdx]) {
      expect(out).toContain('href="/blog/posts/next/"');
      expect(out).toContain('src="/blog/images/a.png"');
      expect(out).toContain('href="https://example.jp/"');
    }
  });

  it("a site at the root keeps them as written", () => {
    expect(testMarkdown({ basePath: "" }).compileMarkdown(body, "").html).toContain('href="/posts/next/"');
    expect(testMarkdown({ basePath: "/blog" }).compileMarkdown(body, "").html).toContain('href="/blog/posts/next/"');
  });
});
