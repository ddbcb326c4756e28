/**
 * The static export built with BASE_PATH=/blog and served under /blog on a
 * plain file server (as on a project site): links, assets and feeds resolve.
 */
import { expect, test } from "@playwright/test";
import { asList, parseXml } from "./feed-helpers";
import { collectConsoleErrors, readPosts } from "./helpers";
import { contentOf, sites, urlOf } from "./sites.mjs";

const posts = readPosts(contentOf("seedsBasePath"));
const basePath = sites.seedsBasePath.basePath!;
const base = urlOf("seedsBasePath");
const origin = new URL(base).origin;

test.describe("static export under a sub-path", () => {
  test("is served under the base path only", async ({ request }) => {
    expect(basePath).toBe("/blog");
    expect((await request.get(`${origin}/`)).status()).toBe(404);
    expect((await request.get(`${base}/`)).status()).toBe(200);
  });

  test("pages load their styles and scripts, and every link and <link> stays under the base path and resolves", async ({ page, request }) => {
    const errors = collectConsoleErrors(page);
    const failed: string[] = [];
    // A request the next page.goto cancels (often the favicon, fetched last) is aborted, not failed;
    // every URL is also fetched on its own below and must answer 200.
    page.on("requestfailed", (r) => {
      if (r.failure()?.errorText !== "net::ERR_ABORTED") failed.push(`${r.url()} ${r.failure()?.errorText}`);
    });
    const checked = new Set<string>();
    for (const path of ["/", `/posts/${posts[0].slug}/`, "/tags/", "/archive/"]) {
      const res = await page.goto(base + path);
      expect(res?.status(), path).toBe(200);
      // Tailwind's stylesheet applied: the body has its background colour, not the browser default.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
      const hrefs = await page.evaluate(() => [
        ...[...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!),
        ...[...document.querySelectorAll("link[href], script[src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src")!),
      ]);
      for (const href of hrefs) {
        if (href.startsWith("#")) continue;
        const url = new URL(href, page.url());
        if (url.origin !== origin) continue;
        expect(url.pathname, `${href} on ${path}`).toMatch(new RegExp(`^${basePath}/`));
        const key = url.href.split("#")[0];
        if (checked.has(key)) continue;
        checked.add(key);
        expect((await request.get(key)).status(), `${href} on ${path}`).toBe(200);
      }
    }
    expect(checked.size).toBeGreaterThan(20);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("client-side navigation keeps the base path", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: posts[1].title, exact: true }).click();
    await expect(page).toHaveURL(`${base}/posts/${posts[1].slug}/`);
    await expect(page.locator("h1")).toHaveText(posts[1].title);
    await page.getByRole("link", { name: "ホーム" }).first().click();
    await expect(page).toHaveURL(`${base}/`);
    expect(errors).toEqual([]);
  });

  test("feeds, sitemap, canonical and JSON-LD use absolute URLs with the base path, and they resolve", async ({ page, request }) => {
    await page.goto(`${base}/posts/${posts[0].slug}/`);
    await expect(page.locator("head link[rel='canonical']")).toHaveAttribute("href", `${base}/posts/${posts[0].slug}/`);
    const feeds = await page.locator("head link[rel='alternate']").evaluateAll((ls) => ls.map((l) => l.getAttribute("href")!));
    expect(feeds).toEqual([`${base}/feed.xml`, `${base}/atom.xml`, `${base}/feed.json`]);
    const ld = JSON.parse((await page.locator("script[type='application/ld+json']").textContent())!);
    expect(asList(ld)[0].url).toBe(`${base}/posts/${posts[0].slug}/`);

    const rss = await request.get(feeds[0]);
    expect(rss.status()).toBe(200);
    const links = asList(parseXml(await rss.text()).rss.channel.item).map((i) => i.link as string);
    expect(links).toEqual(posts.map((p) => `${base}/posts/${p.slug}/`));
    const json = JSON.parse(await (await request.get(feeds[2])).text());
    expect(json.feed_url).toBe(`${base}/feed.json`);
    for (const url of [...links, json.home_page_url]) expect((await request.get(url)).status(), url).toBe(200);

    const sitemap = asList(parseXml(await (await request.get(`${base}/sitemap.xml`)).text()).urlset.url).map((u) => u.loc as string);
    expect(sitemap.length).toBeGreaterThan(posts.length);
    for (const loc of sitemap) {
      expect(loc.startsWith(`${base}/`), loc).toBe(true);
      expect((await request.get(loc)).status(), loc).toBe(200);
    }
    expect(await (await request.get(`${base}/robots.txt`)).text()).toContain(`Sitemap: ${base}/sitemap.xml`);
  });

  test("tag feeds under the base path resolve from the tag page", async ({ page, request }) => {
    await page.goto(`${base}/tags/`);
    await page.locator("main a[href*='/tags/']").first().click();
    await page.waitForURL(/\/tags\/[^/]+\/?$/);
    const own = await page.locator("head link[rel='alternate'][type='application/rss+xml']").first().getAttribute("href");
    expect(own!.startsWith(`${base}/tags/`)).toBe(true);
    const res = await request.get(own!);
    expect(res.status()).toBe(200);
    expect(asList(parseXml(await res.text()).rss.channel.item).length).toBeGreaterThan(0);
  });
});
