/**
 * Offline reading: the service worker keeps the site shell and every article the
 * reader opened (the one open when it first activated too), so they read offline;
 * an article never opened shows the offline page. The web app manifest lets a
 * phone install the site. On the static export, next start, and under a base path.
 */
import { expect, test, type Page } from "@playwright/test";
import { readPosts } from "./helpers";
import { contentOf, sites, urlOf } from "./sites.mjs";

const siteNames = ["seedsStatic", "seedsServer", "seedsBasePath"] as const;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

const keptByWorker = (page: Page, url: string) =>
  page.evaluate(async (u) => (await caches.keys()).length > 0 && (await caches.match(u)) !== undefined, url);

for (const name of siteNames) {
  test.describe(`offline (${name})`, () => {
    test.skip(!sites[name], `${name} is not among E2E_SITES`);
    const base = sites[name] ? urlOf(name) : "";
    const posts = sites[name] ? readPosts(contentOf(name)) : [];

    test("opened articles read offline, an article never opened says オフライン", async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const [first, second, never] = posts.map((post) => ({ ...post, url: `${base}/posts/${encodeURIComponent(post.slug)}/` }));

      // The first page opened is an article: it loads before the worker exists, and is kept when the worker activates.
      await page.goto(first.url);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await expect.poll(() => keptByWorker(page, first.url)).toBe(true);

      // An article opened once the worker is in control is kept as it is read.
      await page.goto(second.url);
      await expect(page.locator("h1").first()).toContainText(second.title);
      await expect.poll(() => keptByWorker(page, second.url)).toBe(true);

      await context.setOffline(true);
      for (const post of [first, second]) {
        await page.goto(post.url);
        await expect(page.locator("h1").first(), post.slug).toContainText(post.title);
        expect((await page.locator("main").innerText()).length, `${post.slug}: the article's text`).toBeGreaterThan(200);
        // Styled from the cache: Tailwind's background, not the browser default.
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
      }
      await page.reload();
      await expect(page.locator("h1").first()).toContainText(second.title);

      await page.goto(`${base}/`);
      await expect(page.locator("main")).not.toContainText("オフライン");

      await page.goto(never.url);
      await expect(page.locator("main")).toContainText("オフライン");
      await context.close();
    });

    test("the web app manifest names the site, opens it standalone and has PNG icons of 192 and 512 pixels", async ({ page, request }) => {
      await page.goto(`${base}/`);
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      expect(href).toBe(`${new URL(base).pathname.replace(/\/$/, "")}/manifest.webmanifest`);
      const response = await request.get(new URL(href!, base).href);
      expect(response.status()).toBe(200);
      const manifest = JSON.parse(await response.text());
      expect(manifest.name).toBeTruthy();
      expect(manifest.display).toBe("standalone");
      expect(new URL(manifest.start_url, base).href).toBe(`${base}/`);
      expect(manifest.theme_color).toMatch(/^#/);
      const sizes: number[][] = [];
      for (const icon of manifest.icons) {
        const answer = await request.get(new URL(icon.src, base).href);
        expect(answer.status(), icon.src).toBe(200);
        expect(answer.headers()["content-type"], icon.src).toContain("image/png");
        sizes.push(pngSize(await answer.body()));
      }
      expect(sizes).toEqual(expect.arrayContaining([[192, 192], [512, 512]]));
      // Both colour schemes get a toolbar colour.
      await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveCount(1);
      await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveCount(1);
    });
  });
}
