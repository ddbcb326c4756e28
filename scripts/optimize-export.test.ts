import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { optimizeExport, stripRuntime } from "./optimize-export.mjs";

describe("optimize-export", () => {
  it("removes runtime scripts and script preloads but keeps JSON-LD", () => {
    const html =
      '<head><link rel="preload" as="script" href="/_next/a.js"/><script src="/_next/a.js" async=""></script>' +
      '<script type="application/ld+json">{"@type":"BlogPosting"}</script></head>' +
      "<body><p>本文</p><script>self.__next_f.push([1,\"本文\"])</script></body>";
    expect(stripRuntime(html)).toBe(
      '<head><script type="application/ld+json">{"@type":"BlogPosting"}</script></head><body><p>本文</p></body>',
    );
  });

  it("keeps pages that need JavaScript or stream content, and their RSC files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-export-"));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    write("index.html", "<p>home</p><script>x()</script>");
    write("index.txt", "rsc");
    write("posts/a/index.html", "<p>a</p><script src='/_next/x.js'></script>");
    write("posts/a/__next._tree.txt", "rsc");
    write("search/index.html", "<div data-needs-js></div><script>x()</script>");
    write("search/index.txt", "rsc");
    write("streamed/index.html", '<div hidden id="S:0"></div><script>$RC("B:0","S:0")</script>');
    write("robots.txt", "User-agent: *");
    const stats = optimizeExport(dir);
    expect(stats.stripped).toBe(2);
    expect(stats.kept).toEqual(["streamed/index.html"]);
    expect(fs.readFileSync(path.join(dir, "index.html"), "utf8")).toBe("<p>home</p>");
    expect(fs.existsSync(path.join(dir, "index.txt"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "posts/a/__next._tree.txt"))).toBe(false);
    expect(fs.readFileSync(path.join(dir, "search/index.html"), "utf8")).toContain("<script>");
    expect(fs.existsSync(path.join(dir, "search/index.txt"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "robots.txt"))).toBe(true);
  });
});
