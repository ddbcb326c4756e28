/**
 * The static export (scripts/build-static.mjs) serves readers exactly what
 * `next start` serves, over every URL either of them has: every route next
 * start prerendered (its prerender manifest: pages, feeds, sitemap.xml,
 * robots.txt, the search-index files, the icon), every file of the export,
 * every sitemap URL, the search page and a missing page.
 * - Both answer with the same status.
 * - Pages (and the not-found page) have the same <main>, the same header and
 *   footer, and the same <meta>/<link>/<title> tags, once React's and Next's own
 *   markers, scripts, stylesheets and icons (which legitimately differ: the
 *   export's pages carry no framework runtime) are set aside.
 * - Every other file has the same bytes, once each site's own origin is.
 * It needs both sites built and fails, rather than skips, when they are not.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { collectConsoleErrors, readPosts } from "./helpers";
import { contentOf, outputOf, sites, urlOf } from "./sites.mjs";

/** The pair compared: E2E_PARITY=seriesStatic,seriesServer compares another fixture's two builds. */
const needed = (process.env.E2E_PARITY ?? "seedsStatic,seedsServer").split(",").map((s) => s.trim());
const [staticSite, serverSite] = needed;
const missingSites = needed.filter((name) => !sites[name]);
const staticBase = sites[staticSite] ? urlOf(staticSite) : "";
const serverBase = sites[serverSite] ? urlOf(serverSite) : "";
const posts = readPosts(contentOf(staticSite)).filter((p) => !p.draft);

/** Each site is built for its own origin (SITE_URL): URLs are compared without it. */
/** Each site is built for its own origin (SITE_URL): compare the URLs without it, also percent-encoded in share links. */
const withoutOrigin = (text: string, base: string) => {
  const origin = new URL(base).origin;
  return text.replaceAll(origin, "https://site.example").replaceAll(encodeURIComponent(origin), encodeURIComponent("https://site.example"));
};

/** A page's HTML as the server sent it, split into the parts readers see. */
interface Rendering {
  status: number;
  main: string;
  /** `<html>` and `<body>` with everything but <main>: skip link, header, footer. */
  shell: string;
  /** `<title>`, `<meta>` and `<link>` tags of <head>, sorted, without stylesheets, icons and script preloads. */
  head: string[];
}

/**
 * Without React's Suspense markers and Next's hidden metadata outlet. The
 * `<template>` of a boundary left to the browser stays: its digest decides
 * whether hydration reports an error (an empty `data-dgst` marks an intended
 * bailout; without it React logs error #419).
 */
function withoutMarkers(html: string): string {
  return html.replace(/<div hidden="">(?:<!--\$-->|<!--\/\$-->)*<\/div>/g, "").replace(/<!--\$[!?]?-->|<!--\/\$-->/g, "");
}

const SKIPPED_LINK = /\brel="(?:stylesheet|icon|shortcut icon|apple-touch-icon|modulepreload)"|\bas="script"/;

function split(html: string, base: string, status: number): Rendering {
  const text = withoutOrigin(html, base);
  const head = /<head>([\s\S]*?)<\/head>/.exec(text)?.[1] ?? "";
  const tags = [...head.matchAll(/<title>[\s\S]*?<\/title>|<(?:meta|link)\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => !(tag.startsWith("<link") && SKIPPED_LINK.test(tag)))
    // The export carries its policy as a <meta> tag too (no headers on plain file hosts); next start sends it as a header.
    .filter((tag) => !tag.startsWith('<meta http-equiv="Content-Security-Policy"'))
    .sort();
  const open = /<html\b[^>]*>/.exec(text)?.[0] ?? "(no <html>)";
  const body = /<body\b[\s\S]*<\/body>/.exec(text)?.[0] ?? "(no <body>)";
  const start = body.indexOf("<main");
  const end = body.lastIndexOf("</main>");
  const main = start >= 0 && end > start ? body.slice(start, end + "</main>".length) : "(no <main>)";
  const outside = start >= 0 && end > start ? body.slice(0, start) + "<main>…</main>" + body.slice(end + "</main>".length) : body;
  return {
    status,
    main: withoutMarkers(main),
    shell: open + withoutMarkers(outside.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")),
    head: tags,
  };
}

/** What a URL answers: status, content type and body. */
async function fetchAnswer(request: APIRequestContext, base: string, urlPath: string) {
  const response = await request.get(base + urlPath, { maxRedirects: 0 });
  return { status: response.status(), type: response.headers()["content-type"] ?? "", body: await response.body() };
}

/** Every URL next start serves from its build, from its prerender manifest (Next's own routes aside). */
function serverPaths(): string[] {
  const file = path.join(outputOf(serverSite), "prerender-manifest.json");
  const routes: Record<string, { routeType?: string }> = JSON.parse(fs.readFileSync(file, "utf8")).routes;
  return Object.entries(routes)
    .filter(([route]) => !route.startsWith("/_"))
    .map(([route, info]) => {
      const encoded = route.split("/").map(encodeURIComponent).join("/");
      return info.routeType === "page" && encoded !== "/" ? `${encoded}/` : encoded;
    });
}

/** Files for hosts and for the exporter itself (.yomu-site marks its output folder): readers never need them. */
const HOST_FILES = new Set(["_headers", "vercel.json", ".yomu-site"]);

/** Every file of the export as a URL path, but its own assets (stylesheet, scripts), 404.html and host configuration. */
function exportPaths(): string[] {
  const dir = outputOf(staticSite);
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile() && !f.startsWith(`assets${path.sep}`) && f !== "404.html" && !HOST_FILES.has(f))
    .map((f) => {
      const segments = f.split(path.sep).map(encodeURIComponent);
      return segments.at(-1) === "index.html" ? `/${segments.slice(0, -1).map((s) => `${s}/`).join("")}` : `/${segments.join("/")}`;
    });
}

/** Where two strings first differ, with some context on both sides, or undefined if they are equal. */
function firstDifference(what: string, server: string, exported: string): string | undefined {
  if (server === exported) return undefined;
  let i = 0;
  while (i < server.length && i < exported.length && server[i] === exported[i]) i++;
  const from = Math.max(0, i - 100);
  const show = (s: string) =>
    `${from > 0 ? "…" : ""}${s.slice(from, i)}⟦HERE⟧${s.slice(i, i + 160)}${s.length > i + 160 ? "…" : ""}`;
  return (
    `${what} differs at character ${i} (length ${server.length} on next start, ${exported.length} in the static export):\n` +
    `  next start:    ${show(server)}\n` +
    `  static export: ${show(exported)}`
  );
}

/** The head tags only one of the two has. */
function headDifference(server: string[], exported: string[]): string | undefined {
  const missing = [...server];
  const extra: string[] = [];
  for (const tag of exported) {
    const at = missing.indexOf(tag);
    if (at >= 0) missing.splice(at, 1);
    else extra.push(tag);
  }
  if (missing.length === 0 && extra.length === 0) return undefined;
  return (
    "<head> tags differ:\n" +
    missing.map((t) => `  only on next start:    ${t}\n`).join("") +
    extra.map((t) => `  only in static export: ${t}\n`).join("")
  );
}

const isText = (type: string) => /^text\/|xml|json|svg/.test(type);

test.describe("the static export serves what next start serves", () => {
  test.beforeAll(() => {
    if (missingSites.length > 0) {
      throw new Error(
        `export-parity compares the sites ${needed.join(" and ")}, but E2E_SITES=${process.env.E2E_SITES} leaves out ` +
          `${missingSites.join(" and ")}: run it with E2E_SITES=${needed.join(",")} (or without E2E_SITES)`,
      );
    }
  });

  test("every URL of either site: same status, same page or same file", async ({ request, page }) => {
    test.setTimeout(300_000);
    const sitemap = (await fetchAnswer(request, serverBase, "/sitemap.xml")).body.toString("utf8");
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
    expect(listed.length, "URLs in next start's sitemap").toBeGreaterThan(10);
    for (const loc of listed) expect(loc.startsWith(serverBase + "/"), `${loc} is on next start's own origin`).toBe(true);
    const sitemapPaths = listed.map((loc) => loc.slice(serverBase.length));

    const fromServer = serverPaths();
    const fromExport = exportPaths();
    // The lists are what they claim to be: pages, feeds, sitemap, robots and the search index in both.
    for (const list of [fromServer, fromExport]) {
      for (const expected of ["/", "/search/", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/robots.txt", "/search-index/manifest.json"]) {
        expect(list, expected).toContain(expected);
      }
      expect(list.filter((p) => p.startsWith("/search-index/")).length).toBeGreaterThan(3);
      expect(list.filter((p) => /^\/(tags|categories)\/[^/]+\/feed\.xml$/.test(p)).length).toBeGreaterThan(2);
    }

    // Params no build listed: next start renders them on request (dynamicParams = true) and each page
    // must answer 404 as the export does.
    const someTag = sitemapPaths.find((p) => /^\/tags\/[^/]+\/$/.test(p));
    const someCategory = sitemapPaths.find((p) => /^\/categories\/[^/]+\/$/.test(p));
    expect(someTag && someCategory, "a tag and a category page in the sitemap").toBeTruthy();
    const missing = new Set([
      "/posts/no-such-post/",
      "/tags/no-such-tag/",
      "/categories/no-such-category/",
      "/page/999/",
      "/page/x/",
      `${someTag}page/999/`,
      `${someCategory}page/1/`,
    ]);
    const paths = [...new Set([...fromServer, ...fromExport, ...sitemapPaths, ...missing])].sort();
    // Every file the export wrote and every URL the sitemap lists is a page or file readers get.
    const mustExist = new Set([...fromExport, ...sitemapPaths]);
    let pages = 0;
    let files = 0;
    /** Pages next start sends as an empty error document, which its runtime then renders in the browser. */
    const renderedInBrowser: string[] = [];
    for (const urlPath of paths) {
      const [server, exported] = await Promise.all([fetchAnswer(request, serverBase, urlPath), fetchAnswer(request, staticBase, urlPath)]);
      expect.soft(exported.status, `${urlPath}: status of the static export (next start: ${server.status})`).toBe(server.status);
      if (missing.has(urlPath)) expect.soft(server.status, `${urlPath}: status on next start`).toBe(404);
      if (mustExist.has(urlPath)) expect.soft(server.status, `${urlPath}: status on next start`).toBe(200);
      if (server.type.startsWith("text/html") && server.body.includes('<html id="__next_error__">')) {
        renderedInBrowser.push(urlPath);
      } else if (server.type.startsWith("text/html")) {
        pages++;
        const [a, b] = [split(server.body.toString("utf8"), serverBase, server.status), split(exported.body.toString("utf8"), staticBase, exported.status)];
        // Guards against comparing two empty strings.
        expect.soft(a.main.length, `${urlPath}: <main> on next start`).toBeGreaterThan(200);
        expect.soft(a.head.length, `${urlPath}: <head> tags on next start`).toBeGreaterThan(5);
        const differences = [
          firstDifference("<main>", a.main, b.main),
          firstDifference("<html>/<body> outside <main>", a.shell, b.shell),
          headDifference(a.head, b.head),
        ].filter((d): d is string => d !== undefined);
        expect.soft(differences.length === 0, `${urlPath} differs:\n${differences.join("\n")}`).toBe(true);
      } else {
        files++;
        const difference = isText(server.type)
          ? firstDifference(urlPath, withoutOrigin(server.body.toString("utf8"), serverBase), withoutOrigin(exported.body.toString("utf8"), staticBase))
          : server.body.equals(exported.body)
            ? undefined
            : `${urlPath}: ${server.body.length} bytes on next start, ${exported.body.length} bytes in the static export, not the same`;
        expect.soft(difference, `${urlPath} differs`).toBeUndefined();
        expect.soft(server.body.length, `${urlPath}: body on next start`).toBeGreaterThan(0);
      }
    }
    // A placeholder page that calls notFound() (an empty list, lib/static-params.ts): next start
    // answers 404 with an empty document and shows the not-found page once its runtime has loaded;
    // the export has no file there and the host answers with 404.html. Compare what a reader sees
    // in <main>. (The tab title differs: next start keeps the page's own metadata there, see
    // lib/export/next-contract.ts.)
    for (const urlPath of renderedInBrowser) {
      const shown = async (base: string) => {
        await page.goto(base + urlPath);
        await page.waitForLoadState("networkidle");
        return page.locator("main").innerText();
      };
      const [server, exported] = [await shown(serverBase), await shown(staticBase)];
      expect.soft(server, `${urlPath}: what next start shows`).toContain("ページが見つかりません");
      expect.soft(firstDifference(`${urlPath} as shown in the browser`, server, exported)).toBeUndefined();
    }
    expect(pages, "pages compared").toBeGreaterThanOrEqual(sitemapPaths.length);
    expect(files, "files compared").toBeGreaterThan(10);
  });

  test("an article loads in the browser without console errors", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const response = await page.goto(`${staticBase}/posts/${posts[0].slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("main h1")).toHaveCount(1);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("the search page hydrates without console errors and finds posts", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const response = await page.goto(`${staticBase}/search/`);
    expect(response?.status()).toBe(200);
    await page.getByRole("searchbox", { name: /キーワード/ }).fill(posts[0].tags[0]);
    await expect(page.locator("li[data-post]").first()).toBeVisible();
    expect(await page.locator("li[data-post]").count()).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
});
