import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { corpusDir, urlOf } from "./sites.mjs";

interface CorpusPost {
  slug: string;
  headings: number;
  title: string;
  date: string;
  tags: string[];
  categories: string[];
}

/** The generated corpus, read straight from its files. */
function readCorpus(): CorpusPost[] {
  return fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const raw = fs.readFileSync(path.join(corpusDir, f), "utf8");
      const fm = raw.split(/^---$/m)[1];
      const field = (k: string) => new RegExp(`^${k}:\\s*(.*)$`, "m").exec(fm)![1];
      return {
        slug: f.replace(/\.md$/, ""),
        headings: raw.match(/^## /gm)?.length ?? 0,
        title: JSON.parse(field("title")),
        date: field("date"),
        tags: JSON.parse(field("tags")),
        categories: JSON.parse(field("categories")),
      };
    });
}

/** Tag identity as the issue defines it: NFKC, case-insensitive, spaces as hyphens. */
const key = (name: string) => name.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, "-");

async function titlesAcrossPages(page: Page, start: string): Promise<string[]> {
  const titles: string[] = [];
  await page.goto(start);
  for (let guard = 0; guard < 50; guard++) {
    titles.push(...(await page.locator("main article h2").allInnerTexts()).map((t) => t.trim()));
    const next = page.locator("nav[aria-label='ページ送り'] a[rel='next']");
    if ((await next.count()) === 0) break;
    await page.goto(new URL((await next.getAttribute("href"))!, page.url()).href);
  }
  return titles;
}

const corpus = fs.existsSync(corpusDir) ? readCorpus() : [];

for (const siteName of ["corpusStatic", "corpusServer"] as const) {
  const base = urlOf(siteName);
  const full = siteName === "corpusStatic";

  test.describe(`navigation on ${siteName}`, () => {
    test("every post appears exactly once across the home pages, newest first", async ({ page }) => {
      const titles = await titlesAcrossPages(page, base + "/");
      expect(titles).toHaveLength(corpus.length);
      expect(new Set(titles).size).toBe(corpus.length);
      expect(titles.slice(0, 10)).toEqual(
        [...corpus].sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 10).map((p) => p.title),
      );
      await page.goto(base + "/page/2/");
      await expect(page.locator("link[rel='prev']")).toHaveAttribute("href", "/");
      await expect(page.locator("nav[aria-label='ページ送り'] [aria-current='page']")).toContainText("2");
    });

    for (const kind of ["tags", "categories"] as const) {
      test(`each ${kind} page lists exactly its posts and loads by click, direct URL and reload`, async ({ page }) => {
        test.setTimeout(300_000);
        await page.goto(`${base}/${kind}/`);
        const links = page.locator("[data-terms] a");
        const terms = await links.evaluateAll((as) =>
          as.map((a) => ({ href: (a as HTMLAnchorElement).getAttribute("href")!, text: a.firstElementChild!.textContent! })),
        );
        const expectedKeys = new Set(corpus.flatMap((p) => p[kind]).map(key));
        expect(terms).toHaveLength(expectedKeys.size);
        const sample = full ? terms : terms.filter((t) => /[^\x00-\x7f]|[+#.\s]/.test(t.text)).slice(0, 4);
        for (const term of sample) {
          const name = term.text.replace(/^#/, "");
          const expected = corpus.filter((p) => p[kind].some((n) => key(n) === key(name))).map((p) => p.title);
          // By click from the index.
          await page.goto(`${base}/${kind}/`);
          await page.locator(`[data-terms] a[href="${term.href}"]`).click();
          await expect(page.locator("h1")).toContainText(name);
          expect(decodeURI(new URL(page.url()).pathname)).toBe(decodeURI(term.href));
          // After reload.
          await page.reload();
          await expect(page.locator("h1")).toContainText(name);
          // Directly by the percent-encoded URL, across its pages.
          const titles = await titlesAcrossPages(page, base + term.href);
          expect(titles.sort(), `${kind} ${name}`).toEqual(expected.sort());
        }
      });
    }

    test("the archive lists every post by year and month with counts", async ({ page }) => {
      await page.goto(`${base}/archive/`);
      const titles = await page.locator("[data-archive-month] a").allInnerTexts();
      expect(titles.sort()).toEqual(corpus.map((p) => p.title).sort());
      await expect(page.locator("h2").first()).toHaveText(/^\d{4}年 （\d+件）$/);
      await expect(page.locator("h3").first()).toHaveText(/^\d{4}年\d{1,2}月 （\d+件）$/);
    });
  });
}

test("article pages have breadcrumbs, previous/next, related posts and a table of contents", async ({ page }) => {
  const base = urlOf("corpusStatic");
  const sorted = [...corpus].sort((a, b) => (a.date < b.date ? 1 : -1));
  const target = sorted.find((p, i) => i > 10 && i < sorted.length - 1 && p.headings >= 3)!;
  await page.goto(`${base}/posts/${target.slug}/`);
  const crumbs = page.locator("nav[aria-label='パンくずリスト'] li");
  await expect(crumbs).toHaveCount(3);
  await expect(crumbs.nth(0)).toHaveText("ホーム");
  await expect(page.locator("nav[aria-label='前後の記事'] a[rel='prev']")).toBeVisible();
  await expect(page.locator("nav[aria-label='前後の記事'] a[rel='next']")).toBeVisible();
  const related = page.locator("section[aria-labelledby='related-heading'] li");
  expect(await related.count()).toBeGreaterThan(0);
  expect(await related.count()).toBeLessThanOrEqual(5);
  const toc = page.locator("nav[aria-labelledby='toc-heading'] a");
  expect(await toc.count()).toBeGreaterThanOrEqual(3);
  for (const href of await toc.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
  }
  await toc.first().click();
  expect(decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#.+/);
  // Related posts share at least one tag with this one.
  const ownTags = await page.locator("article header a[href^='/tags/']").allInnerTexts();
  const relatedLink = related.first().locator("a");
  const relatedHref = (await relatedLink.getAttribute("href"))!;
  // Wait for the related article itself: reading the tags while the click's navigation is
  // still under way would read an empty list.
  await Promise.all([page.waitForURL((url) => url.pathname === new URL(relatedHref, page.url()).pathname), relatedLink.click()]);
  await expect(page.locator("article header h1")).toBeVisible();
  const relatedTags = await page.locator("article header a[href^='/tags/']").allInnerTexts();
  expect(relatedTags.some((t) => ownTags.includes(t))).toBe(true);
});
