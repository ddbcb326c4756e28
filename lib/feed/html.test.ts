import { describe, expect, it } from "vitest";
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { testMarkdown } from "../markdown/testing";
import { absolutizeHtml, bodyHtml, cdataSafe, excerptHtml, xmlSafeText } from "./html";

/** The reference absolutizeHtml must agree with: the URLs rewritten in the tree, then serialized. */
function absolutizeUrls(tree: Root, pageUrl: string): Root {
  visit(tree, "element", (node: Element) => {
    for (const name of ["href", "src", "poster"]) {
      const value = node.properties[name];
      if (typeof value !== "string" || value.startsWith("#")) continue;
      node.properties[name] = new URL(value, pageUrl).href;
    }
  });
  return tree;
}

const page = "https://example.jp/posts/hello/";
const md = testMarkdown();
const { markdownToHast } = md;

describe("bodyHtml", () => {
  it("makes links and images absolute against the post URL", () => {
    const html = bodyHtml(md, "[次](/posts/next/) ![図](images/a.png) [脚注](#fn) [外](https://other.example/x)", "題", page);
    expect(html).toContain('href="https://example.jp/posts/next/"');
    expect(html).toContain('src="https://example.jp/posts/hello/images/a.png"');
    // In-page links stay in-page (pointing at the prefixed id, see lib/markdown/prefix-ids.ts).
    expect(html).toContain('href="#user-content-fn"');
    expect(html).toContain('href="https://other.example/x"');
  });

  it("is sanitized like the page: no script, no event handlers, no javascript: URLs", () => {
    const html = bodyHtml(
      md,
      '本文\n\n<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(1)">\n\n[x](javascript:alert(1))',
      "題",
      page,
    );
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain("本文");
  });

  it("drops the opening paragraph that repeats the title, as the page does", () => {
    const html = bodyHtml(md, "# 題名\n\n本文です。", "題名", page);
    expect(html).not.toContain("題名");
    expect(html).toContain("本文です。");
  });
});

describe("excerptHtml", () => {
  it("renders inline Markdown of a hand-written excerpt", () => {
    expect(excerptHtml(md, { markdown: "**Meta**の発表", text: "Metaの発表" }, page)).toBe("<p><strong>Meta</strong>の発表</p>");
  });

  it("makes an excerpt's links absolute, as the tree would have them", () => {
    const markdown = "[前の記事](../a/)と[検索](/search/?q=a&b=c)、[脚注](#x)";
    const html = excerptHtml(md, { markdown, text: "" }, page);
    expect(html).toContain('href="https://example.jp/posts/a/"');
    expect(html).toBe(toHtml(absolutizeUrls(markdownToHast(markdown).tree, page)));
  });

  it("escapes a plain-text excerpt", () => {
    expect(excerptHtml(md, { text: "a < b & c" }, page)).toBe("<p>a &#x3C; b &#x26; c</p>");
  });
});

describe("XML safety", () => {
  it("removes characters XML cannot carry and keeps emoji", () => {
    expect(xmlSafeText("a\u0000b\u0008c\u000Bd\uFFFEe😀\tf\n")).toBe("abcde😀\tf\n");
    expect(xmlSafeText("x\uD800y")).toBe("xy");
  });

  it("splits every ]]> across two CDATA sections", () => {
    expect(cdataSafe("a]]>b")).toBe("a]]]]><![CDATA[>b");
    expect(cdataSafe("a]]>b]]>c")).toBe("a]]]]><![CDATA[>b]]]]><![CDATA[>c");
  });
});

describe("absolutizeHtml", () => {
  it("rewrites URL attributes inside tags only, keeping entities and fragments", () => {
    const html =
      '<p><a href="/posts/a/?x=1&#x26;y=2">a</a> <img src="img/b.png" alt="x > y"> <a href="#f">f</a></p><pre><code> src="/not/a/tag"</code></pre>';
    expect(absolutizeHtml(html, page)).toBe(
      '<p><a href="https://example.jp/posts/a/?x=1&#x26;y=2">a</a> <img src="https://example.jp/posts/hello/img/b.png" alt="x > y"> <a href="#f">f</a></p><pre><code> src="/not/a/tag"</code></pre>',
    );
  });

  it("makes a post image's single-URL srcset absolute too", () => {
    expect(absolutizeHtml('<picture><source type="image/avif" srcset="/images/a-1.avif"><img src="/images/a-1.png"></picture>', page)).toBe(
      '<picture><source type="image/avif" srcset="https://example.jp/images/a-1.avif"><img src="https://example.jp/images/a-1.png"></picture>',
    );
  });

  it("gives the same HTML as absolutizing the tree", () => {
    const markdown = "[次](/posts/next/) ![図](images/a.png \"題\") [q](/search/?q=a&b=c) <a href=\"x.html\">x</a>";
    expect(bodyHtml(md, markdown, "題", page)).toBe(toHtml(absolutizeUrls(markdownToHast(markdown, "題").tree, page)));
  });
});
