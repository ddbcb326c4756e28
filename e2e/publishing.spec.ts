/**
 * Feeds, sitemap, robots.txt, per-page metadata and JSON-LD, read the way feed
 * readers and crawlers read them, from the static export (plain file server)
 * and from `next start`; security headers from `next start`.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { siteConfig } from "../site.config";
import { asList, htmlText, parseXml } from "./feed-helpers";
import { collectConsoleErrors, collectCspViolations, lastProse, readPosts } from "./helpers";
import { contentOf, urlOf } from "./sites.mjs";

/** What the seeds sites serve, read from their content folder. */
const posts = readPosts(contentOf("seedsStatic"));
const authorOf = (post: (typeof posts)[number]) => post.author ?? siteConfig.author;
/** A tag written in Japanese that some posts have and others not, the one with the most posts. */
const japaneseTag = [...new Set(posts.flatMap((p) => p.tags))]
  .filter((t) => /[^\x00-\x7f]/.test(t))
  .map((t) => ({ t, n: posts.filter((p) => p.tags.includes(t)).length }))
  .filter(({ n }) => n < posts.length)
  .sort((a, b) => b.n - a.n)[0]?.t;

async function fetchText(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return { text: await res.text(), type: res.headers()["content-type"] ?? "" };
}

for (const site of ["seedsStatic", "seedsServer"] as const) {
  const base = urlOf(site);
  const postUrl = (slug: string) => `${base}/posts/${slug}/`;

  test.describe(`publishing (${site})`, () => {
    test("RSS 2.0 lists every post with absolute links, dates, categories and the full body", async ({ request }) => {
      const { text } = await fetchText(request, `${base}/feed.xml`);
      const channel = parseXml(text).rss.channel;
      expect(channel.link).toBe(`${base}/`);
      expect(channel["atom:link"]["@href"]).toBe(`${base}/feed.xml`);
      const items = asList(channel.item);
      expect(items.map((i) => i.link)).toEqual(posts.map((p) => postUrl(p.slug)));
      for (const [i, item] of items.entries()) {
        const post = posts[i];
        expect(item.title).toBe(post.title);
        expect(new Date(item.pubDate).getTime()).toBe(post.date.getTime());
        const names = asList(item.category).map((c: any) => c["#text"]);
        expect(names).toEqual([...post.categories, ...post.tags]);
        expect(item["dc:creator"]).toBe(authorOf(post));
        expect(htmlText(item["content:encoded"])).toContain(lastProse(post.body));
      }
    });

    test("Atom and JSON Feed 1.1 carry the same posts; dates have offsets", async ({ request }) => {
      const atom = parseXml((await fetchText(request, `${base}/atom.xml`)).text).feed;
      expect(asList(atom.entry).map((e) => e.id)).toEqual(posts.map((p) => postUrl(p.slug)));
      for (const [i, e] of asList(atom.entry).entries()) {
        expect(e.published).toMatch(/(Z|[+-]\d\d:\d\d)$/);
        expect(new Date(e.published).getTime()).toBe(posts[i].date.getTime());
      }
      const { text, type } = await fetchText(request, `${base}/feed.json`);
      if (site === "seedsServer") expect(type).toContain("application/feed+json");
      const json = JSON.parse(text);
      expect(json.version).toBe("https://jsonfeed.org/version/1.1");
      expect(json.feed_url).toBe(`${base}/feed.json`);
      expect(json.items.map((i: any) => i.url)).toEqual(posts.map((p) => postUrl(p.slug)));
      for (const [i, item] of json.items.entries()) {
        expect(item.date_published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
        expect(new Date(item.date_published).getTime()).toBe(posts[i].date.getTime());
        expect(htmlText(item.content_html)).toContain(lastProse(posts[i].body));
      }
    });

    test("every page advertises the feeds; a Japanese tag page its own feed, which lists that tag's posts", async ({ page, request }) => {
      expect(japaneseTag, "a Japanese tag some posts have").toBeDefined();
      const tagName = japaneseTag!;
      const tagged = posts.filter((p) => p.tags.includes(tagName));
      await page.goto(`${base}/tags/`);
      await page.getByRole("link", { name: new RegExp(tagName) }).first().click();
      await expect(page.locator("h1")).toContainText(tagName);
      const rss = page.locator("head link[rel='alternate'][type='application/rss+xml']");
      const own = await rss.first().getAttribute("href");
      expect(own).toBe(`${page.url()}feed.xml`);
      await expect(page.locator("head link[rel='alternate'][type='application/atom+xml']")).toHaveAttribute("href", `${base}/atom.xml`);
      const channel = parseXml((await fetchText(request, own!)).text).rss.channel;
      expect(channel.title).toContain(tagName);
      expect(asList(channel.item).map((i) => i.link)).toEqual(tagged.map((p) => postUrl(p.slug)));
      // A tag's feed carries excerpts (feed.termContent); each whole post is in the site's feeds.
      for (const item of asList(channel.item)) {
        expect(item["content:encoded"]).toBeUndefined();
        expect(htmlText(item.description).length).toBeGreaterThan(0);
      }

      for (const url of [`${base}/`, postUrl(posts[0].slug), `${base}/archive/`]) {
        await page.goto(url);
        await expect(page.locator("head link[rel='alternate'][type='application/rss+xml']").first()).toHaveAttribute("href", `${base}/feed.xml`);
        await expect(page.locator("head link[rel='alternate'][type='application/feed+json']")).toHaveAttribute("href", `${base}/feed.json`);
        await expect(page.locator("head link[rel='canonical']")).toHaveAttribute("href", url);
      }
    });

    test("a category feed resolves and parses", async ({ request }) => {
      const category = posts[0].categories[0];
      const sitemap = parseXml((await fetchText(request, `${base}/sitemap.xml`)).text);
      const page = asList(sitemap.urlset.url)
        .map((u) => u.loc as string)
        .find((loc) => loc.startsWith(`${base}/categories/${encodeURIComponent(category.toLowerCase())}/`))!;
      const channel = parseXml((await fetchText(request, `${page}feed.xml`)).text).rss.channel;
      expect(asList(channel.item).map((i) => i.link)).toEqual(
        posts.filter((p) => p.categories.includes(category)).map((p) => postUrl(p.slug)),
      );
    });

    test("sitemap lists every post with its date and every list page, all resolving; robots.txt points to it", async ({ request }) => {
      const urls = asList(parseXml((await fetchText(request, `${base}/sitemap.xml`)).text).urlset.url);
      const byLoc = new Map(urls.map((u) => [u.loc as string, u.lastmod as string | undefined]));
      for (const post of posts) {
        const lastmod = byLoc.get(postUrl(post.slug));
        expect(lastmod, post.slug).toBeDefined();
        expect(new Date(lastmod!).getTime()).toBe(post.date.getTime());
      }
      for (const p of ["/", "/tags/", "/categories/", "/archive/"]) expect(byLoc.has(base + p)).toBe(true);
      const tagPages = [...byLoc.keys()].filter((loc) => /\/tags\/[^/]+\/$/.test(loc));
      expect(tagPages.length).toBe(new Set(posts.flatMap((p) => p.tags.map((t) => t.toLowerCase()))).size);
      for (const loc of byLoc.keys()) expect((await request.get(loc)).status(), loc).toBe(200);

      const robots = (await fetchText(request, `${base}/robots.txt`)).text;
      expect(robots).toMatch(/^User-Agent: \*$/m);
      expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
    });

    test("an article has Open Graph, Twitter card and BlogPosting + BreadcrumbList JSON-LD", async ({ page }) => {
      const post = posts[1];
      await page.goto(postUrl(post.slug));
      const meta = (property: string) => page.locator(`head meta[property='${property}'], head meta[name='${property}']`);
      await expect(meta("og:type")).toHaveAttribute("content", "article");
      await expect(meta("og:locale")).toHaveAttribute("content", "ja_JP");
      await expect(meta("og:url")).toHaveAttribute("content", postUrl(post.slug));
      await expect(meta("og:title")).toHaveAttribute("content", post.title);
      const datetime = await page.locator("article header time").first().getAttribute("datetime");
      await expect(meta("article:published_time")).toHaveAttribute("content", datetime!);
      await expect(meta("article:modified_time")).toHaveAttribute("content", /\+09:00$/);
      expect(await meta("article:tag").evaluateAll((els) => els.map((e) => e.getAttribute("content")))).toEqual(post.tags);
      await expect(meta("twitter:card")).toHaveAttribute("content", "summary_large_image");
      const description = await meta("description").getAttribute("content");
      expect(description).toBeTruthy();
      expect(description).not.toContain("**");

      const blocks = await page.locator("script[type='application/ld+json']").allTextContents();
      const data = blocks.flatMap((b) => asList(JSON.parse(b)));
      const article = data.find((d) => d["@type"] === "BlogPosting");
      expect(article).toMatchObject({
        headline: post.title,
        datePublished: datetime,
        url: postUrl(post.slug),
        author: { name: authorOf(post) },
        keywords: post.tags,
      });
      expect(article.dateModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
      const crumbs = data.find((d) => d["@type"] === "BreadcrumbList").itemListElement;
      expect(crumbs.map((c: any) => c.position)).toEqual([1, 2, 3]);
      expect(crumbs[0].item).toBe(`${base}/`);
      expect(crumbs.at(-1).name).toBe(post.title);
      expect((await page.request.get(crumbs[1].item)).status()).toBe(200);
    });
  });
}

test.describe("security headers under next start", () => {
  const base = urlOf("seedsServer");

  test("pages, feeds and assets carry them, without X-Powered-By", async ({ request }) => {
    const home = await request.get(`${base}/`);
    const html = await home.text();
    const asset = /src="([^"]+\.js)"/.exec(html)![1];
    for (const url of [`${base}/`, `${base}/posts/${posts[0].slug}/`, `${base}/feed.xml`, `${base}/sitemap.xml`, new URL(asset, base).href]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      const h = res.headers();
      expect(h["x-content-type-options"], url).toBe("nosniff");
      expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"], url).toBe("DENY");
      expect(h["x-powered-by"], url).toBeUndefined();
      const csp = h["content-security-policy"];
      expect(csp, url).toContain("frame-ancestors 'none'");
      const scriptSrc = /script-src ([^;]+)/.exec(csp)![1].trim().split(/\s+/);
      expect(scriptSrc).toEqual(["'self'", "'unsafe-inline'"]);
    }
  });

  test("the policy lets the site itself run: no violation while reading and navigating", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const violations = collectCspViolations(page);
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: posts[0].title, exact: true }).click();
    await expect(page).toHaveURL(`${base}/posts/${posts[0].slug}/`);
    await expect(page.locator("h1")).toHaveText(posts[0].title);
    // Client-side navigation needs the inline RSC payload scripts the policy allows.
    await page.getByRole("link", { name: "タグ", exact: true }).click();
    await expect(page).toHaveURL(`${base}/tags/`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe("security policy of the static export", () => {
  const base = urlOf("seedsStatic");

  test("every page carries a policy without inline script, as a <meta> tag and in _headers", async ({ request }) => {
    const headers = await fetchText(request, `${base}/_headers`);
    const headerPolicy = /Content-Security-Policy: (.+)/.exec(headers.text)![1];
    expect(/script-src ([^;]+)/.exec(headerPolicy)![1].trim()).toBe("'self'");
    for (const url of [`${base}/`, `${base}/posts/${posts[0].slug}/`, `${base}/search/`, `${base}/tags/`, `${base}/no-such-page/`]) {
      const res = await request.get(url);
      const html = await res.text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html);
      expect(meta, url).not.toBeNull();
      const policy = meta![1].replaceAll("&#x27;", "'");
      expect(/script-src ([^;]+)/.exec(policy)![1].trim(), url).toBe("'self'");
      expect(policy, url).toContain("frame-src 'none'");
      // Before any stylesheet or script: a policy applies only to what follows it.
      expect(html.indexOf("Content-Security-Policy"), url).toBeLessThan(html.search(/<link|<script/));
    }
  });

  test("the site works under it: reading and searching without a violation or an error", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const violations = collectCspViolations(page);
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: posts[0].title, exact: true }).click();
    await expect(page.locator("h1")).toHaveText(posts[0].title);
    await page.goto(`${base}/search/?q=${encodeURIComponent(posts[0].title.slice(0, 2))}`);
    await expect(page.getByRole("status")).toContainText("件");
    await expect(page.locator("ol[aria-label='検索結果'] > li").first()).toBeVisible();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
