import { describe, expect, it } from "vitest";
import { shareLinks } from "./share";

const url = "https://example.com/blog/posts/%E6%97%A5%E6%9C%AC/";
const title = "Llama 4 & 日本語: 100% の話?";

describe("share links", () => {
  const links = shareLinks(url, title);
  const byService = Object.fromEntries(links.map((l) => [l.service, l]));

  it("link to X, はてなブックマーク and LINE, with names a screen reader can say", () => {
    expect(links.map((l) => l.service)).toEqual(["x", "hatena", "line"]);
    expect(byService.x.label).toMatch(/X/);
    expect(byService.hatena.label).toMatch(/はてなブックマーク/);
    expect(byService.line.label).toMatch(/LINE/);
  });

  it("carry the canonical URL and the title, percent-encoded, in the query", () => {
    for (const link of links) {
      const query = new URL(link.href).searchParams;
      expect(query.get("url"), link.service).toBe(url);
      expect([query.get("text"), query.get("title")], link.service).toContain(title);
      expect(link.href).toContain(encodeURIComponent(url));
      expect(link.href).not.toContain(" ");
    }
  });

  it("use Hatena's confirmation form", () => {
    expect(byService.hatena.href.startsWith(`https://b.hatena.ne.jp/add?mode=confirm&url=${encodeURIComponent(url)}`)).toBe(true);
  });

  it("go over https to the services themselves", () => {
    expect(links.map((l) => new URL(l.href).origin)).toEqual(["https://x.com", "https://b.hatena.ne.jp", "https://social-plugins.line.me"]);
  });
});
