/**
 * The static export (scripts/build-static.mjs) shows readers exactly what
 * `next start` shows: for every URL in the sitemap, the search page and a
 * missing page, the same <main>, the same header and footer, and the same
 * <meta>/<link>/<title> tags, once React's and Next's own markers, scripts,
 * stylesheets and icons (which legitimately differ) are set aside.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { collectConsoleErrors } from "./helpers";
import { sites, urlOf } from "./sites.mjs";

const built = Boolean(sites.seedsStatic && sites.seedsServer);
const staticBase = built ? urlOf("seedsStatic") : "";
const serverBase = built ? urlOf("seedsServer") : "";

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

function split(html: string, origin: string, status: number): Rendering {
  // Each site is built for its own origin (SITE_URL): compare the URLs without it.
  const text = html
    .replaceAll(origin, "https://site.example")
    // Share links carry the page's URL percent-encoded in their query.
    .replaceAll(encodeURIComponent(origin), encodeURIComponent("https://site.example"));
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

async function fetchRendering(request: APIRequestContext, base: string, path: string): Promise<Rendering> {
  const response = await request.get(base + path, { maxRedirects: 0 });
  return split(await response.text(), new URL(base).origin, response.status());
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

test.describe("the static export renders what next start renders (seeds)", () => {
  test.skip(!built, "seedsStatic and seedsServer are not both built in this run");

  test("every sitemap URL, the search page and a missing page: same <main>, header, footer and head tags", async ({ request }) => {
    test.setTimeout(120_000);
    const sitemap = await (await request.get(`${serverBase}/sitemap.xml`)).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
    expect(listed.length, "URLs in next start's sitemap").toBeGreaterThan(10);
    for (const loc of listed) expect(loc.startsWith(serverBase + "/"), `${loc} is on next start's own origin`).toBe(true);

    const missing = "/posts/no-such-post/";
    const paths = [...listed.map((loc) => loc.slice(serverBase.length)), "/search/", missing];
    let compared = 0;
    for (const path of paths) {
      const [server, exported] = await Promise.all([fetchRendering(request, serverBase, path), fetchRendering(request, staticBase, path)]);
      const expectedStatus = path === missing ? 404 : 200;
      expect.soft(server.status, `${path}: status on next start`).toBe(expectedStatus);
      expect.soft(exported.status, `${path}: status of the static export`).toBe(expectedStatus);
      // Guards against comparing two empty strings.
      expect.soft(server.main.length, `${path}: <main> on next start`).toBeGreaterThan(200);
      expect.soft(server.head.length, `${path}: <head> tags on next start`).toBeGreaterThan(5);
      const differences = [
        firstDifference("<main>", server.main, exported.main),
        firstDifference("<html>/<body> outside <main>", server.shell, exported.shell),
        headDifference(server.head, exported.head),
      ].filter((d): d is string => d !== undefined);
      expect.soft(differences.length === 0, `${path} differs:\n${differences.join("\n")}`).toBe(true);
      compared++;
    }
    expect(compared).toBe(paths.length);
  });

  test("an article loads in the browser without console errors", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const response = await page.goto(`${staticBase}/posts/llama-4-general-ai/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("main h1")).toHaveCount(1);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("the search page hydrates without console errors and finds posts", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const response = await page.goto(`${staticBase}/search/`);
    expect(response?.status()).toBe(200);
    await page.getByRole("searchbox", { name: /キーワード/ }).fill("Llama");
    await expect(page.locator("li[data-post]").first()).toBeVisible();
    expect(await page.locator("li[data-post]").count()).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
});
