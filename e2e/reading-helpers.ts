/**
 * Shared by the reading specs: which articles of a built site to read (found
 * from the site itself, not from the wording of its posts), and how a reader
 * moves through an article body in either writing direction.
 */
import { expect, type Page } from "@playwright/test";

export interface ArticleInfo {
  slug: string;
  path: string;
  minutes: number;
  hasToc: boolean;
}

export interface ReadingArticles {
  /** The longest article with a table of contents. */
  withToc: ArticleInfo;
  /** Another article long enough to be resumed. */
  other: ArticleInfo;
  /** An article too short to be resumed, if the site has one. */
  short?: ArticleInfo;
}

/** Reads the site's sitemap and article pages. */
export async function findArticles(base: string): Promise<ReadingArticles> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname).filter((p) => /\/posts\/[^/]+\/$/.test(p));
  const articles: ArticleInfo[] = [];
  for (const path of paths) {
    const html = await (await fetch(new URL(path, base).href)).text();
    const minutes = Number(/data-reading-minutes="(\d+)"/.exec(html)?.[1]);
    const slug = /<article[^>]*data-slug="([^"]+)"/.exec(html)?.[1];
    if (slug && minutes) articles.push({ slug, path: path.replace(/^.*?(\/posts\/)/, "$1"), minutes, hasToc: html.includes("data-toc") });
  }
  const long = articles.filter((a) => a.minutes >= 3).sort((a, b) => b.minutes - a.minutes);
  const withToc = long.find((a) => a.hasToc);
  if (!withToc) throw new Error(`${base}: no long article with a table of contents`);
  const other = long.find((a) => a !== withToc);
  if (!other) throw new Error(`${base}: needs two articles of 3 minutes or more`);
  return { withToc, other, short: articles.find((a) => a.minutes < 3) };
}

export const progressBar = (page: Page) => page.getByRole("progressbar", { name: /読んだ/ });

export async function progressNow(page: Page): Promise<number> {
  return Number(await progressBar(page).getAttribute("aria-valuenow"));
}

/** Scrolls so that `fraction` of the body is before the first line in view (the page, or the 縦書き body). */
export async function scrollToFirstLine(page: Page, fraction: number): Promise<void> {
  await page.evaluate((f) => {
    const body = document.querySelector<HTMLElement>(".post-body")!;
    if (document.documentElement.dataset.writing === "vertical") {
      body.scrollIntoView({ block: "center" });
      body.scrollLeft = -f * body.scrollWidth;
    } else {
      window.scrollTo(0, body.getBoundingClientRect().top + window.scrollY + f * body.offsetHeight);
    }
  }, fraction);
}

/** Scrolls until the end of the body is in view. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>(".post-body")!;
    if (document.documentElement.dataset.writing === "vertical") {
      body.scrollIntoView({ block: "center" });
      body.scrollLeft = -body.scrollWidth;
    } else {
      window.scrollTo(0, body.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 2);
    }
  });
  await expect.poll(() => progressNow(page)).toBeGreaterThanOrEqual(97);
}

/** The fraction of the body before the first line in view, measured independently of the app's code. */
export async function firstLineNow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const body = document.querySelector<HTMLElement>(".post-body")!;
    if (document.documentElement.dataset.writing === "vertical") return -body.scrollLeft / body.scrollWidth;
    return (window.scrollY - (body.getBoundingClientRect().top + window.scrollY)) / body.offsetHeight;
  });
}

export const bodyFontSize = (page: Page) => page.locator(".post-body").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

export const writingModeOf = (page: Page, selector = ".post-body") =>
  page.locator(selector).first().evaluate((e) => getComputedStyle(e).writingMode);

/** Records the layout shifts of the page from its start (Cumulative Layout Shift, without shifts right after input). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

export const layoutShiftNow = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

/** Records the body's font size and writing mode when the parser inserts it, before any deferred or module script runs. */
export async function recordFirstLayout(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __first?: { fontSize: string; writingMode: string } };
    new MutationObserver((_, observer) => {
      const body = document.querySelector(".post-body");
      if (!body) return;
      const style = getComputedStyle(body);
      w.__first = { fontSize: style.fontSize, writingMode: style.writingMode };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

export const firstLayout = (page: Page) => page.evaluate(() => (window as unknown as { __first?: { fontSize: string; writingMode: string } }).__first);
