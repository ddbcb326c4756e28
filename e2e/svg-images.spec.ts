/**
 * A post with a scripted SVG next to it (e2e/fixtures/editors/svg-next-to-post/),
 * on the static export served by a plain file server that sends no
 * Content-Security-Policy header (as GitHub Pages or S3 do): the export holds
 * no SVG of the post, clicking every image and link of the page runs nothing,
 * and the service worker's cache holds only the build's files, byte for byte,
 * even after a script wrote poisoned copies into it.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { outputOf, sites, urlOf } from "./sites.mjs";

test.skip(!sites.editorsStatic, "editorsStatic is not among E2E_SITES");
const base = sites.editorsStatic ? urlOf("editorsStatic") : "";
const out = outputOf("editorsStatic");
const post = `${base}/posts/svg-next-to-post/`;
const fixtureSvg = fs.readFileSync("e2e/fixtures/editors/svg-next-to-post/images/flow.svg");

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(file);
    else yield file;
  }
}

/** Records every dialog and every write to `window.__pwned` (the fixture's marker), in every document the page opens. */
async function watchForScript(page: Page): Promise<string[]> {
  const ran: string[] = [];
  page.on("dialog", async (dialog) => {
    ran.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.exposeBinding("__reportPwned", (_source, value: string) => void ran.push(`__pwned = ${value}`));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportPwned: (v: string) => void }).__reportPwned;
    Object.defineProperty(window, "__pwned", { get: () => undefined, set: (value) => void report(String(value)) });
  });
  return ran;
}

async function workerInControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Every entry of the worker's caches: its URL and the SHA-256 of its body. */
const cacheEntries = (page: Page) =>
  page.evaluate(async () => {
    const entries: { url: string; sha256: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request))!.arrayBuffer();
        const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
        entries.push({ url: request.url, sha256: [...digest].map((b) => b.toString(16).padStart(2, "0")).join("") });
      }
    }
    return entries;
  });

/** The export's file a URL of the site is: a folder's index.html, the query dropped. */
function exportFile(url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname).slice(new URL(base).pathname.replace(/\/$/, "").length);
  return path.join(out, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
}

/** Each cache entry is a file of the build, with the bytes of that file. */
function expectOnlyBuildFiles(entries: { url: string; sha256: string }[]) {
  expect(entries.length).toBeGreaterThan(0);
  for (const { url, sha256 } of entries) {
    const file = exportFile(url);
    expect(fs.existsSync(file), `${url} is a file of the build`).toBe(true);
    expect(sha256, `${url} has the build's bytes`).toBe(createHash("sha256").update(fs.readFileSync(file)).digest("hex"));
  }
}

test("the export holds no SVG a post brought, in any file", () => {
  const marker = Buffer.from("svg-script");
  const svgs: string[] = [];
  for (const file of walk(out)) {
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(marker), `${path.relative(out, file)} carries the post's SVG`).toBe(false);
    expect(bytes.equals(fixtureSvg), path.relative(out, file)).toBe(false);
    if (file.endsWith(".svg")) svgs.push(path.relative(out, file));
  }
  // The site's own icon is the one SVG.
  expect(svgs).toEqual(["icon.svg"]);
});

test("the post shows the drawing as a picture whose full-size link opens a PNG", async ({ page }) => {
  await page.goto(post);
  const images = page.locator("article .post-body img");
  await expect(images).toHaveCount(2);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/\/images\/flow-[0-9a-f]{12}\.avif$/);
  }
  await expect(images.first()).toHaveAttribute("width", "320");
  await expect(images.first()).toHaveAttribute("height", "160");
  await expect(page.locator("article .post-body figure a").first()).toHaveAttribute("href", /\/images\/flow-[0-9a-f]{12}\.png$/);
  // What the page loads is raster only (the post's own relative link to flow.svg leads to no file: see below).
  const loaded = await page.locator("article img, article source").evaluateAll((els) => els.flatMap((el) => [el.getAttribute("src"), el.getAttribute("srcset")]).filter(Boolean));
  expect(loaded.length).toBe(6);
  for (const url of loaded) expect(url).toMatch(/\/images\/flow-[0-9a-f]{12}\.(png|avif|webp)$/);
});

test("clicking every image and link of the page runs nothing, and the worker keeps only the build's files", async ({ page }) => {
  test.setTimeout(240_000);
  const ran = await watchForScript(page);
  // Links to other sites are not followed: tests have no network.
  await page.route((url) => !url.href.startsWith("http://127.0.0.1:"), (route) => route.abort());
  await page.goto(post);
  await workerInControl(page);
  const targets = page.locator("article .post-body a, article .post-body img");
  const count = await targets.count();
  expect(count).toBe(4);
  for (let i = 0; i < count; i++) {
    if (page.url() !== post) await page.goto(post);
    const target = targets.nth(i);
    const what = await target.evaluate((el) => el.outerHTML.slice(0, 160));
    if (await target.isVisible()) await target.click({ timeout: 10_000 });
    else await target.dispatchEvent("click");
    await page.waitForLoadState("load");
    await page.waitForTimeout(200);
    expect(ran, what).toEqual([]);
    // Nothing a click opened is an SVG document.
    expect(await page.evaluate(() => document.contentType), what).not.toBe("image/svg+xml");
  }
  await page.goto(post);
  expectOnlyBuildFiles(await cacheEntries(page));
  expect(ran).toEqual([]);
});

test("copies written into the worker's cache are never run: scripts are checked against the build's digests, cached pages get the policy", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const ran = await watchForScript(page);
  await page.goto(post);
  await workerInControl(page);
  await page.goto(post);
  await expect.poll(async () => (await cacheEntries(page)).some((e) => /\/assets\/reader\.[\w-]+\.js$/.test(e.url))).toBe(true);

  // What the scripted SVG of the issue did, from a page of the origin: every cached script replaced, one added,
  // and the cached copy of this page given an inline script.
  await page.evaluate(async (postUrl) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (/\.js$/.test(new URL(request.url).pathname)) await cache.put(request, new Response("window.__pwned='cache-poisoned'", { headers: { "content-type": "text/javascript" } }));
      }
      await cache.put(new URL("/poisoned.js", postUrl).href, new Response("window.__pwned='cache-added'", { headers: { "content-type": "text/javascript" } }));
      await cache.put(postUrl, new Response(`<!doctype html><title>x</title><script>window.__pwned='offline-page'</script><script src="/poisoned.js"></script>`, { headers: { "content-type": "text/html" } }));
    }
  }, post);

  // The post and the home page load every script the worker had cached: each is checked as it is served.
  await page.goto(post);
  await expect(page.locator("h1")).toHaveText("投稿の隣に置いたSVG");
  await page.goto(`${base}/`);
  await page.waitForTimeout(300);
  expect(ran).toEqual([]);
  const scripts = (await cacheEntries(page)).filter((e) => /\/assets\/.*\.js$/.test(e.url));
  expect(scripts.length).toBeGreaterThan(0);
  expectOnlyBuildFiles(scripts);

  // Offline, the poisoned copy of a page is what the cache has: its inline script does not run, nor the script it names.
  await page.evaluate(async (postUrl) => {
    for (const name of await caches.keys()) {
      await (await caches.open(name)).put(postUrl, new Response(`<!doctype html><title>x</title><script>window.__pwned='offline-page'</script><script src="/poisoned.js"></script>`, { headers: { "content-type": "text/html" } }));
    }
  }, post);
  await context.setOffline(true);
  await page.goto(post);
  expect(await page.title(), "the worker served the poisoned copy").toBe("x");
  await page.waitForTimeout(500);
  expect(ran).toEqual([]);
  await context.close();
});
