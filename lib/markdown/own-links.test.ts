import { describe, expect, it } from "vitest";
import { localPathOf, ownLinksKey, type OwnArticle, type OwnLinks } from "./own-links";
import { testMarkdown } from "./testing";

const local: Record<string, string> = { "zenn:articles:my-first-article": "/posts/my-first-article/", "qiita:0123456789abcdef0123": "/posts/qiita-post/" };
const links = (extra: Partial<OwnLinks> = {}): OwnLinks => ({
  zennUser: "author_1",
  qiita: true,
  resolve: (a: OwnArticle) => local[a.site === "zenn" ? `zenn:${a.kind}:${a.slug}` : `qiita:${a.id}`],
  ...extra,
});

describe("links to the author's own articles", () => {
  it("lead to the site's page, keeping the #fragment, for the author's Zenn user and any Qiita link to a post the site has", () => {
    expect(localPathOf("https://zenn.dev/author_1/articles/my-first-article", links())).toBe("/posts/my-first-article/");
    expect(localPathOf("https://zenn.dev/Author_1/articles/my-first-article/#setup", links())).toBe("/posts/my-first-article/#setup");
    expect(localPathOf("https://qiita.com/someone/items/0123456789abcdef0123?utm=x#a", links())).toBe("/posts/qiita-post/#a");
  });

  it("stay as they are for another user, an article the site lacks, other paths, or no Zenn user", () => {
    for (const url of [
      "https://zenn.dev/other/articles/my-first-article",
      "https://zenn.dev/author_1/articles/not-here",
      "https://zenn.dev/author_1/articles/my-first-article/edit-x",
      "https://zenn.dev/author_1/scraps/my-first-article",
      "https://qiita.com/someone/items/ffffffffffffffffffff",
    ]) expect(localPathOf(url, links()), url).toBeUndefined();
    expect(localPathOf("https://zenn.dev/author_1/articles/my-first-article", links({ zennUser: undefined }))).toBeUndefined();
  });

  it("are rewritten in the HTML, under the base path, and the compile key follows what they resolve to", async () => {
    const body = "[前の記事](https://zenn.dev/author_1/articles/my-first-article) と [外](https://zenn.dev/other/articles/my-first-article)\n";
    const html = testMarkdown({ basePath: "/blog", ownLinks: links() }).compileMarkdown(body, "t").html;
    expect(html).toContain('href="/blog/posts/my-first-article/"');
    expect(html).toContain('href="https://zenn.dev/other/articles/my-first-article"');
    expect(ownLinksKey(body, links())).not.toBe(ownLinksKey(body, links({ resolve: () => undefined })));
  });
});

describe("links in a Zenn repository written from zenn.dev's root", () => {
  it("lead to the site's page when it is the author's article, else to Zenn", () => {
    const zenn = links({ zennRelative: true });
    expect(localPathOf("/author_1/articles/my-first-article", zenn)).toBe("/posts/my-first-article/");
    expect(localPathOf("/someone/articles/other-article#x", zenn)).toBe("https://zenn.dev/someone/articles/other-article#x");
    expect(localPathOf("/posts/my-first-article/", zenn)).toBeUndefined();
    expect(localPathOf("/someone/articles/other-article", links())).toBeUndefined();
  });
});

describe("links to a heading of another post", () => {
  it("carry the prefix the heading's id has there", () => {
    const html = testMarkdown({ basePath: "/blog" }).compileMarkdown("[見出しへ](/posts/other/#設定) [同じ](#設定) [外](https://example.com/posts/x/#y)\n", "t").html;
    const id = encodeURIComponent("設定");
    expect(html).toContain(`href="/blog/posts/other/#user-content-${id}"`);
    expect(html).toContain(`href="#user-content-${id}"`);
    expect(html).toContain('href="https://example.com/posts/x/#y"');
  });
});
