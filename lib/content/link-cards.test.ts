import { describe, expect, it } from "vitest";
import { ContentError } from "./issues";
import { cardUrls, parseLinkCards, titleFromHtml } from "./link-cards";

describe("link-card cache", () => {
  it("finds card URLs: bare URL lines and embeds, not in code, not inside sentences", () => {
    const body = "https://example.com/a\n\n見て https://example.com/b\n\n```\nhttps://example.com/c\n```\n\n@[youtube](dQw4w9WgXcQ)\n@[card](https://example.com/d)\n";
    expect(cardUrls(body)).toEqual(["https://example.com/a", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://example.com/d"]);
  });

  it("reads a page's title: og:title first, entities decoded, whitespace collapsed", () => {
    expect(titleFromHtml('<title>Site</title><meta property="og:title" content="記事 &amp; 解説">')).toBe("記事 & 解説");
    expect(titleFromHtml("<title>\n  ページ&#x540d;\n</title>")).toBe("ページ名");
    expect(titleFromHtml("<p>no title</p>")).toBeUndefined();
  });

  it("a broken cache file is a content error naming it", () => {
    expect(() => parseLinkCards("{", "content/link-cards.json")).toThrow(ContentError);
    expect(() => parseLinkCards('{"version":1,"cards":{"not a url":{"title":"x"}}}', "content/link-cards.json")).toThrow(/content\/link-cards.json:1:1/);
    expect(parseLinkCards('{"version":1,"cards":{"https://a.example/":{"title":"A"}}}', "f").cards["https://a.example/"].title).toBe("A");
  });
});
