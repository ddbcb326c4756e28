/**
 * Where things land on the screen of an article, on the static export
 * (readingStatic) and under `next start` (readingServer): 縦書き whole from the
 * moment it is chosen, code and footnotes in it, titles and headings that break
 * between phrases, the measure of the text, a jump from the table of contents, the header's
 * search box on a phone.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { jaModel, Parser } from "budoux";
import { collectConsoleErrors } from "./helpers";
import { findArticles, type ReadingArticles } from "./reading-helpers";
import { sites, urlOf } from "./sites.mjs";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const verticalToggle = (page: Page) => page.getByRole("button", { name: "縦書き" });
const timeLeft = (page: Page) => page.locator(".reading-progress-left");

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const boxOf = (locator: Locator) =>
  locator.evaluate((e): Box => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
const overlap = (a: Box, b: Box) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

/** Whether the time left is on screen over `box`. */
async function timeLeftCovers(page: Page, box: Box): Promise<boolean> {
  const pill = timeLeft(page);
  if (!(await pill.isVisible())) return false;
  return overlap(await boxOf(pill), box);
}

/**
 * Where each line of an element's text starts, as offsets into its text: a
 * new line begins where a character's top moves down.
 */
const lineStarts = (locator: Locator) =>
  locator.evaluate((element) => {
    const starts: number[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    let lastTop: number | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? "";
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0) {
          if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) starts.push(offset + i);
          lastTop = rect.top;
        }
      }
      offset += text.length;
    }
    return { text: element.textContent ?? "", starts };
  });

/** BudouX, read here independently of the site: where a phrase of `text` starts. */
const parser = new Parser(jaModel);
function phraseStarts(text: string): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const chunk of parser.parse(text)) {
    starts.add(at);
    at += chunk.length;
  }
  return starts;
}

/** Every line of the element starts at a phrase (or after a space); returns how many lines it has. */
async function expectPhraseBreaks(locator: Locator): Promise<number> {
  const { text, starts } = await lineStarts(locator);
  const phrases = phraseStarts(text);
  for (const start of starts) {
    const where = `${text.slice(0, start)}／${text.slice(start)}`;
    expect(phrases.has(start) || /\s/.test(text[start - 1]), `a line starts inside a phrase: ${where}`).toBe(true);
  }
  return starts.length + 1;
}

for (const site of ["readingStatic", "readingServer"] as const) {
  test.describe(`the article's layout (${site}: ${sites[site]?.mode})`, () => {
    test.skip(!sites[site], `${site} is not built in this run`);
    const base = sites[site] ? urlOf(site) : "";
    let articles: ReadingArticles;
    test.beforeAll(async () => {
      if (sites[site]) articles = await findArticles(base);
    });
    let errors: string[];
    test.beforeEach(({ page }) => {
      errors = collectConsoleErrors(page);
    });
    test.afterEach(() => {
      expect(errors).toEqual([]);
    });

    for (const [device, viewport] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
      test(`縦書き (${device}): chosen at the top of the article, every column is whole at once, and PageDown pages the text`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(base + articles.withToc.path);
        const toggle = verticalToggle(page);
        await toggle.click();
        await expect(toggle).toHaveAttribute("aria-pressed", "true");
        const body = page.locator(".post-body");
        const box = await boxOf(body);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(viewport.height);
        expect(await timeLeftCovers(page, box)).toBe(false);

        // The focus stays on the button; the page keys move along the text, not the page.
        await expect(toggle).toBeFocused();
        const scrollY = await page.evaluate(() => window.scrollY);
        await page.keyboard.press("PageDown");
        await expect.poll(() => body.evaluate((b) => b.scrollLeft)).toBeLessThan(-100);
        expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
        await page.keyboard.press("PageUp");
        await expect.poll(() => body.evaluate((b) => b.scrollLeft)).toBeGreaterThan(-1);
        expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
      });
    }

    test("縦書き (phone): wherever the reader puts the text, the time left does not cover its columns", async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(base + articles.withToc.path);
      await verticalToggle(page).click();
      const body = page.locator(".post-body");
      for (const top of [0, 12, 120]) {
        await body.evaluate((b, t) => window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY - t), top);
        // Reading along: the body scrolls sideways.
        await body.evaluate((b) => (b.scrollLeft -= 200));
        await page.waitForTimeout(100);
        expect(await timeLeftCovers(page, await boxOf(body)), `the body's top at ${top}px`).toBe(false);
      }
      // Where it covers nothing, it shows.
      await body.evaluate((b) => window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY - 120));
      await body.evaluate((b) => (b.scrollLeft -= 200));
      await expect(timeLeft(page)).toBeVisible();
    });

    test("縦書き: a code block keeps its file name and copy button apart, horizontal; a footnote's way back stands upright", async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(base + articles.withToc.path);
      await verticalToggle(page).click();
      const block = page.locator(".post-body .code-block:has(.code-block-title)").first();
      const title = block.locator(".code-block-title");
      const copy = block.locator(".code-copy");
      await expect(copy).toBeVisible();
      await block.evaluate((b) => b.scrollIntoView({ block: "nearest", inline: "center" }));
      expect(await title.evaluate((e) => getComputedStyle(e).writingMode)).toBe("horizontal-tb");
      // The whole name shows, on one line, and the button does not sit on it.
      expect(await title.evaluate((e) => e.scrollWidth <= e.clientWidth && e.getClientRects().length === 1)).toBe(true);
      const [titleBox, copyBox] = [await boxOf(title), await boxOf(copy)];
      expect(titleBox.bottom - titleBox.top).toBeLessThan(40);
      expect(overlap(titleBox, copyBox)).toBe(false);
      // The code below the name, not beside it.
      const preBox = await boxOf(block.locator("pre"));
      expect(preBox.top).toBeGreaterThanOrEqual(titleBox.bottom - 1);

      const back = page.locator(".post-body [data-footnote-backref]").first();
      await expect(back).toBeAttached();
      expect(await back.evaluate((e) => getComputedStyle(e).textOrientation)).toBe("upright");
    });

    test("titles and headings on a phone break between phrases, never inside a word", async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(base + articles.withToc.path);
      let wrapped = 0;
      for (const heading of await page.locator("h1, .post-body :is(h2, h3)").all()) {
        if ((await expectPhraseBreaks(heading)) > 1) wrapped++;
      }
      // The fixture's title and a heading are longer than a line: the test sees breaks.
      expect(wrapped).toBeGreaterThanOrEqual(2);
      // The headings keep their text: ids and the table of contents are as written.
      const tocTexts = await page.locator("[data-toc] a").allTextContents();
      const headingTexts = await page.locator(".post-body :is(h2, h3)[id]").allTextContents();
      expect(tocTexts.slice(0, headingTexts.length)).toEqual(headingTexts);

      await page.goto(base + "/");
      wrapped = 0;
      for (const title of await page.locator("main article[data-post] :is(h2, h3)").all()) {
        if ((await expectPhraseBreaks(title)) > 1) wrapped++;
      }
      expect(wrapped).toBeGreaterThanOrEqual(1);
    });

    for (const [device, viewport] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
      test(`目次 (${device}): a jump leaves room above the heading, clear of the time left`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(base + articles.withToc.path);
        const nav = page.getByRole("navigation", { name: "目次" });
        if (device === "phone") await nav.locator("summary").click();
        const link = nav.getByRole("link").nth(2);
        const id = decodeURIComponent((await link.getAttribute("href"))!.slice(1));
        await link.click();
        const heading = page.locator(`[id="${id}"]`);
        await expect.poll(async () => (await boxOf(heading)).top).toBeGreaterThanOrEqual(24);
        const box = await boxOf(heading);
        expect(box.top).toBeLessThan(80);
        await page.waitForTimeout(100);
        expect(await timeLeftCovers(page, box)).toBe(false);
      });
    }

    test("body text on a desktop: about 35–40 full-width characters a line at every text size, justified", async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(base + articles.withToc.path);
      const body = page.locator(".post-body");
      const measure = () =>
        body.evaluate((b) => {
          const style = getComputedStyle(b);
          const em = parseFloat(style.fontSize);
          return b.clientWidth / (em + parseFloat(style.letterSpacing || "0"));
        });
      for (const size of ["小", "中", "大"]) {
        await page.getByRole("group", { name: "文字サイズ" }).getByRole("button", { name: size, exact: true }).click();
        const chars = await measure();
        expect(chars, `文字サイズ ${size}`).toBeGreaterThanOrEqual(35);
        expect(chars, `文字サイズ ${size}`).toBeLessThanOrEqual(41);
      }
      // Every line but a paragraph's last reaches the right edge, also lines with Latin words and numbers.
      const gaps = await body.locator("p").evaluateAll((paragraphs) => {
        const found: number[] = [];
        const range = document.createRange();
        for (const p of paragraphs) {
          const right = p.getBoundingClientRect().right;
          const ends: DOMRect[] = [];
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < (node.nodeValue ?? "").length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (!rect || rect.width === 0) continue;
              if (ends.length > 0 && rect.top > ends.at(-1)!.top + rect.height / 2) ends.push(rect);
              else if (ends.length === 0) ends.push(rect);
              else ends[ends.length - 1] = rect;
            }
          }
          for (const end of ends.slice(0, -1)) found.push(right - end.right);
        }
        return found;
      });
      expect(gaps.length).toBeGreaterThan(20);
      expect(Math.max(...gaps)).toBeLessThan(1.5);
    });

    test("the header's search box takes the width of a phone", async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(base + articles.withToc.path);
      const form = page.getByRole("search", { name: "サイト内検索" });
      const box = await form.getByRole("searchbox").boundingBox();
      const button = await form.getByRole("button").boundingBox();
      // The window less the page's side margins (1rem each) is the row the box and its button share.
      expect(box!.x).toBeLessThanOrEqual(17);
      expect(button!.x + button!.width).toBeGreaterThanOrEqual(PHONE.width - 17);
      expect(box!.width).toBeGreaterThan(PHONE.width * 0.6);
      // On a desktop it stays a small box in the header's row.
      await page.setViewportSize(DESKTOP);
      expect((await form.getByRole("searchbox").boundingBox())!.width).toBeLessThan(300);
    });
  });
}
