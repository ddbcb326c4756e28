import { describe, expect, it } from "vitest";
import { cacheName, mayKeepAsset, pageKey, pageSubresources, recordedDigest, requestKind, staleCaches } from "./cache-plan";

const origin = "https://example.com";

describe("cache names", () => {
  it("differ by build and by base path", () => {
    expect(cacheName({ version: "a", base: "" })).not.toBe(cacheName({ version: "b", base: "" }));
    expect(cacheName({ version: "a", base: "" })).not.toBe(cacheName({ version: "a", base: "/blog" }));
  });

  it("a new build deletes the caches of earlier builds of the same site only", () => {
    const names = [cacheName({ version: "old", base: "" }), cacheName({ version: "new", base: "" }), cacheName({ version: "old", base: "/blog" }), "someone-else"];
    expect(staleCaches(names, { version: "new", base: "" })).toEqual([cacheName({ version: "old", base: "" })]);
    expect(staleCaches(names, { version: "new", base: "/blog" })).toEqual([cacheName({ version: "old", base: "/blog" })]);
  });
});

describe("requestKind", () => {
  const get = (path: string, extra: { mode?: string; destination?: string; method?: string } = {}) => ({ url: origin + path, method: "GET", ...extra });

  it("pages are navigations inside the site", () => {
    expect(requestKind(get("/posts/a/", { mode: "navigate" }), origin, "")).toBe("page");
    expect(requestKind(get("/blog/posts/a/", { mode: "navigate" }), origin, "/blog")).toBe("page");
    expect(requestKind(get("/other/", { mode: "navigate" }), origin, "/blog")).toBe("network");
    expect(requestKind(get("/blogroll/", { mode: "navigate" }), origin, "/blog")).toBe("network");
  });

  it("styles, scripts, images and icons are assets", () => {
    for (const path of ["/assets/reader.abc.js", "/_next/static/css/x.css", "/katex/katex.css", "/images/a.webp", "/app-icons/192.png", "/icon.svg"]) {
      expect(requestKind(get(path), origin, ""), path).toBe("asset");
    }
    expect(requestKind(get("/blog/assets/reader.abc.js"), origin, "/blog")).toBe("asset");
  });

  it("leaves feeds, the search index, RSC requests, posts and other origins to the network", () => {
    expect(requestKind(get("/feed.xml"), origin, "")).toBe("network");
    expect(requestKind(get("/search-index/manifest.json"), origin, "")).toBe("network");
    expect(requestKind(get("/posts/a/?_rsc=1x", { mode: "navigate" }), origin, "")).toBe("network");
    expect(requestKind(get("/posts/a/", { mode: "navigate", method: "POST" }), origin, "")).toBe("network");
    expect(requestKind({ url: "https://cdn.example.net/assets/a.js", method: "GET" }, origin, "")).toBe("network");
  });
});

describe("pages", () => {
  it("are cached without their query", () => {
    expect(pageKey("https://example.com/posts/a/?utm_source=x#h")).toBe("https://example.com/posts/a/");
  });

  it("keep the same-origin stylesheets, scripts and icons their HTML loads", () => {
    const html = `<link rel="stylesheet" href="/assets/site.css" data-precedence="next"/><link rel="canonical" href="https://example.com/posts/a/"/>
      <link rel="icon" href="/icon.svg?x=1&amp;y=2"/><script type="module" src="/assets/reader.1.js"></script><script src="https://other.example/x.js"></script>`;
    expect(pageSubresources(html, "https://example.com/posts/a/")).toEqual([
      "https://example.com/assets/site.css",
      "https://example.com/icon.svg?x=1&y=2",
      "https://example.com/assets/reader.1.js",
    ]);
  });
});

describe("assets the worker keeps and serves", () => {
  const config = { digests: { "/blog/assets/reader.abc.js": "R0VOVUlORQ==" } };

  it("looks up the digest the build recorded by URL path, whatever the query", () => {
    expect(recordedDigest(config, "https://example.com/blog/assets/reader.abc.js?x=1")).toBe("R0VOVUlORQ==");
    expect(recordedDigest(config, "https://example.com/assets/reader.abc.js")).toBeUndefined();
  });

  it("a script or stylesheet with a recorded digest only with exactly those bytes, whatever its type says", () => {
    expect(mayKeepAsset("text/javascript", "R0VOVUlORQ==", "R0VOVUlORQ==")).toBe(true);
    expect(mayKeepAsset("text/javascript", "R0VOVUlORQ==", "cG9pc29uZWQ=")).toBe(false);
    expect(mayKeepAsset("text/css", "R0VOVUlORQ==", undefined)).toBe(false);
  });

  it("without a digest, only what a page cannot run: pictures, fonts, stylesheets", () => {
    for (const type of ["image/png", "image/avif", "image/webp", "IMAGE/JPEG", "font/woff2", "text/css; charset=utf-8", "image/svg+xml"]) expect(mayKeepAsset(type, undefined, undefined), type).toBe(true);
    for (const type of ["text/javascript", "application/javascript; charset=utf-8", "text/html", "application/xhtml+xml", "", "application/octet-stream"]) {
      expect(mayKeepAsset(type, undefined, undefined), type).toBe(false);
    }
  });
});
