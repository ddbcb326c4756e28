import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { buildIndex } from "./build-index";
import { formatIssue } from "./issues";
import { brokenLinks, sitePages } from "./links";

const file = (name: string, body: string, extra = "") => ({
  file: `content/${name}.md`,
  raw: `---\ntitle: ${name}\ndate: 2025-01-0${name.length % 9 || 1}\ntags: [AI]\n${extra}---\n\n${body}`,
  mtimeMs: 0,
});

describe("internal links that lead nowhere", () => {
  it("are reported at file:line:column with a fix; links that work, and external ones, are not", () => {
    const index = buildIndex(
      [
        file("a", "## 設定の確認\n\n[ok](/posts/b/) [ok2](/tags/ai/) [ok3](#設定の確認) [ok4](/posts/b/#はじめに) [ext](https://zenn.dev/x/articles/y)\n\n[bad](/posts/missing/)\n\n[bad2](#存在しない)\n"),
        file("b", "## はじめに\n\n[bad3](/posts/a/#ない見出し) [bad4](./a.md) <a href=\"/zenn/articles/abc\">x</a>\n\n[img](/images/x.png)\n"),
      ],
      siteConfig,
      { includeHidden: false },
    );
    expect(brokenLinks(index.posts, sitePages(index)).map(formatIssue)).toEqual([
      "content/a.md:11:1: the link /posts/missing/ leads to no page of this site — correct the address, or write the full https:// address of a page elsewhere",
      "content/a.md:13:1: the link #存在しない leads to no heading of this post — link to the id of one of its headings, e.g. #設定の確認",
      "content/b.md:9:1: the link /posts/a/#ない見出し leads to no heading of content/a.md — link to the id of one of its headings, e.g. #設定の確認",
      "content/b.md:9:25: the link ./a.md is a file the site does not serve — link to the post's page: /posts/a/",
      "content/b.md:9:40: the link /zenn/articles/abc leads to no page of this site — correct the address, or write the full https:// address of a page elsewhere",
    ]);
    // In a Zenn repository that link is Zenn's own address (the page makes it absolute).
    expect(brokenLinks(index.posts, sitePages(index), { zennRelative: true }).map((i) => i.message)).not.toContain("the link /zenn/articles/abc leads to no page of this site");
  });
});
