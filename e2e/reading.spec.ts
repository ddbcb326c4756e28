/**
 * Reading comfort on an article page, in a real browser, on the static export
 * (readingStatic: e2e/fixtures/reading) and under `next start` (readingServer):
 * progress and time left, resume, 既読 marks, text size, 縦書き. Persistence is
 * tested through reloads and new visits; each test starts with empty storage.
 */
import { expect, test, type Page } from "@playwright/test";
import { collectConsoleErrors } from "./helpers";
import {
  bodyFontSize,
  findArticles,
  firstLayout,
  firstLineNow,
  layoutShiftNow,
  progressBar,
  progressNow,
  recordFirstLayout,
  recordLayoutShifts,
  scrollToEnd,
  scrollToFirstLine,
  writingModeOf,
  type ReadingArticles,
} from "./reading-helpers";
import { sites, urlOf } from "./sites.mjs";

const resumeButton = (page: Page) => page.getByRole("button", { name: "続きから読む" });
const textSizes = (page: Page) => page.getByRole("group", { name: "文字サイズ" });
const verticalToggle = (page: Page) => page.getByRole("button", { name: "縦書き" });

for (const site of ["readingStatic", "readingServer"] as const) {
  test.describe(`reading an article (${site}: ${sites[site]?.mode})`, () => {
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

    test("progress: a bar named 読んだ follows the reader from 0 to 100, with the time left beside it", async ({ page }) => {
      const { withToc: article } = articles;
      await page.goto(base + article.path);
      const bar = progressBar(page);
      await expect(bar).toHaveAttribute("aria-valuemin", "0");
      await expect(bar).toHaveAttribute("aria-valuemax", "100");
      const atStart = await progressNow(page);
      expect(atStart).toBeLessThan(20);
      // The estimate the article shows (N分で読めます) is the time left before reading.
      await expect(bar).toHaveAttribute("aria-valuetext", `${atStart}%（残り約${article.minutes}分）`);
      let last = atStart;
      for (const fraction of [0.25, 0.5, 0.75]) {
        await scrollToFirstLine(page, fraction);
        await expect.poll(() => progressNow(page)).toBeGreaterThan(last);
        last = await progressNow(page);
        const left = Number(/残り約(\d+)分/.exec((await page.getByText(/^残り約\d+分$/).innerText()) ?? "")?.[1]);
        expect(left).toBeGreaterThan(0);
        expect(left).toBeLessThan(article.minutes);
      }
      await expect(page.getByText(/^残り約\d+分$/)).toBeVisible();
      await scrollToEnd(page);
      expect(await progressNow(page)).toBeGreaterThanOrEqual(90);
      await expect(page.getByText("読了", { exact: true })).toBeVisible();
    });

    test("progress: where it would cover the text (a phone), the time left steps aside while the reader reads", async ({ page }) => {
      const timeLeft = page.getByText(/^残り約\d+分$/);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(base + articles.withToc.path);
      await scrollToFirstLine(page, 0.3);
      await expect(timeLeft).toBeVisible();
      // Reading: no scrolling for a few seconds (IDLE_MS, lib/client/progress-meter.ts).
      await expect(timeLeft).toBeHidden({ timeout: 15_000 });
      await scrollToFirstLine(page, 0.4);
      await expect(timeLeft).toBeVisible();
      // On a wide window it sits in the margin, beside the text, and stays.
      await page.setViewportSize({ width: 1280, height: 900 });
      await scrollToFirstLine(page, 0.5);
      await expect(page.locator(".reading-progress-left[data-idle]")).toHaveCount(1, { timeout: 15_000 });
      await expect(timeLeft).toBeVisible();
    });

    test("progress: 縦書き too, along the horizontal scroll", async ({ page }) => {
      await page.goto(base + articles.withToc.path);
      await verticalToggle(page).click();
      await scrollToFirstLine(page, 0);
      await expect.poll(() => progressNow(page)).toBeLessThan(30);
      await scrollToFirstLine(page, 0.5);
      await expect.poll(() => progressNow(page)).toBeGreaterThan(45);
      await scrollToEnd(page);
    });

    test("resume: 続きから読む brings the reader back, from the home page, a link or a new visit; read to the end, it is forgotten", async ({ page, context }) => {
      const { other: article } = articles;
      await page.goto(base + article.path);
      await expect(resumeButton(page)).toHaveCount(0);
      await scrollToFirstLine(page, 0.5);
      await expect.poll(() => firstLineNow(page)).toBeCloseTo(0.5, 2);
      const title = (await page.locator("h1").innerText()).trim();

      // Back through the home page.
      await page.goto(base + "/");
      await page.getByRole("link", { name: title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${article.path}$`));
      expect(await firstLineNow(page)).toBeLessThan(0.05);
      await resumeButton(page).click();
      await expect.poll(() => firstLineNow(page)).toBeCloseTo(0.5, 2);
      await expect(resumeButton(page)).toHaveCount(0);

      // A new visit (another tab; the same happens after closing the browser).
      const later = await context.newPage();
      await later.goto(base + article.path);
      await expect(resumeButton(later)).toBeVisible();
      // Dismissed: the offer goes, the place is kept.
      await later.getByRole("button", { name: "閉じる" }).click();
      await expect(resumeButton(later)).toHaveCount(0);
      await later.reload();
      await expect(resumeButton(later)).toBeVisible();

      // Read to the end: nothing to resume any more.
      await scrollToEnd(later);
      await later.goto(base + "/");
      await later.goto(base + article.path);
      await expect(progressBar(later)).toHaveAttribute("aria-valuenow", /\d/);
      await expect(resumeButton(later)).toHaveCount(0);
    });

    test("resume: in 縦書き, back to the same place of the horizontal scroll", async ({ page }) => {
      await page.goto(base + articles.other.path);
      await verticalToggle(page).click();
      await scrollToFirstLine(page, 0.4);
      await expect.poll(() => firstLineNow(page)).toBeCloseTo(0.4, 2);
      await page.goto(base + "/");
      await page.goto(base + articles.other.path);
      await resumeButton(page).click();
      await expect.poll(() => firstLineNow(page)).toBeCloseTo(0.4, 2);
      // The body is on screen, to read on.
      const rect = await page.locator(".post-body").boundingBox();
      expect(rect!.y).toBeGreaterThanOrEqual(-1);
      expect(rect!.y + rect!.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
    });

    test("resume: a short article's place is not kept", async ({ page }) => {
      test.skip(!articles.short, "the site has no short article");
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(base + articles.short!.path);
      await scrollToFirstLine(page, 0.3);
      await expect.poll(() => firstLineNow(page)).toBeGreaterThan(0.2);
      expect(await progressNow(page)).toBeLessThan(97);
      await page.goto(base + "/");
      await page.goto(base + articles.short!.path);
      await expect(progressBar(page)).toHaveAttribute("aria-valuenow", /\d/);
      await expect(resumeButton(page)).toHaveCount(0);
      expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(articles.short!.slug);
    });

    test("既読: list cards of articles read to the end say so, others do not", async ({ page }) => {
      const read = articles.other;
      await page.goto(base + "/");
      await expect(page.locator("main article[data-post]").first()).toBeVisible();
      await expect(page.getByText("既読")).toHaveCount(0);

      await page.goto(base + read.path);
      const tagHref = await page.locator("article header a[href*='/tags/']").first().getAttribute("href");
      const categoryHref = await page.locator("article header a[href*='/categories/']").first().getAttribute("href");
      const title = (await page.locator("h1").innerText()).trim();
      await scrollToEnd(page);

      const expectMarked = async (cards: string) => {
        await expect(page.locator(`${cards}[data-post="${read.slug}"]`)).toContainText("既読");
        const others = page.locator(`${cards}[data-post]:not([data-post="${read.slug}"])`);
        for (const card of await others.all()) await expect(card).not.toContainText("既読");
      };
      for (const list of ["/", tagHref!, categoryHref!]) {
        await page.goto(new URL(list, base + "/").href);
        await expectMarked("main article");
      }
      await page.goto(base + "/archive/");
      const archived = page.locator("[data-archive-month] li", { has: page.locator(`a[href$="${read.path}"]`) });
      await expect(archived).toContainText("既読");
      await expect(page.getByText("既読", { exact: true })).toHaveCount(1);

      await page.goto(`${base}/search/?q=${encodeURIComponent(title)}`);
      await expect(page.locator(`li[data-post="${read.slug}"]`)).toBeVisible();
      await expectMarked("li");
    });

    test("文字サイズ: at least three sizes; the choice applies to every article, before the first paint, without layout shift", async ({ page, context }) => {
      await page.goto(base + articles.withToc.path);
      const group = textSizes(page);
      const buttons = group.getByRole("button");
      expect(await buttons.count()).toBeGreaterThanOrEqual(3);
      const sizes: number[] = [];
      for (const button of await buttons.all()) {
        await button.click();
        await expect(button).toHaveAttribute("aria-pressed", "true");
        await expect(group.locator("[aria-pressed='true']")).toHaveCount(1);
        sizes.push(await bodyFontSize(page));
      }
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
      expect(new Set(sizes).size).toBe(sizes.length);

      await group.getByRole("button", { name: "大", exact: true }).click();
      const large = await bodyFontSize(page);
      // Another article, in a new tab: large from the first layout on, and nothing moves.
      const next = await context.newPage();
      await recordFirstLayout(next);
      await recordLayoutShifts(next);
      await next.goto(base + articles.other.path);
      expect((await firstLayout(next))?.fontSize).toBe(`${large}px`);
      await expect(textSizes(next).getByRole("button", { name: "大", exact: true })).toHaveAttribute("aria-pressed", "true");
      await next.waitForLoadState("load");
      await next.waitForTimeout(500);
      expect(await layoutShiftNow(next)).toBeLessThan(0.01);
      // And after a reload.
      await next.reload();
      expect(await bodyFontSize(next)).toBe(large);
    });

    test("文字サイズ: the reader keeps their place when the size changes", async ({ page }) => {
      await page.goto(base + articles.withToc.path);
      await scrollToFirstLine(page, 0.5);
      await expect.poll(() => firstLineNow(page)).toBeCloseTo(0.5, 2);
      // Buttons are at the top of the article: a keyboard user presses one without scrolling there.
      await textSizes(page).getByRole("button", { name: "特大" }).evaluate((b: HTMLButtonElement) => b.click());
      await expect.poll(() => bodyFontSize(page)).toBeGreaterThan(20);
      expect(await firstLineNow(page)).toBeCloseTo(0.5, 2);
    });

    test("縦書き: a toggle sets the body vertical, with Japanese typesetting, remembered", async ({ page }) => {
      await page.goto(base + articles.withToc.path);
      const toggle = verticalToggle(page);
      await expect(toggle).toHaveAttribute("aria-pressed", "false");
      expect(await writingModeOf(page)).toBe("horizontal-tb");
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      expect(await writingModeOf(page)).toBe("vertical-rl");

      // 縦中横 for one or two digits; Latin text and longer numbers lie on their side (text-orientation: mixed).
      const tcy = page.locator(".post-body .tcy");
      await expect(tcy.first()).toBeAttached();
      for (const text of await tcy.allInnerTexts()) expect(text).toMatch(/^[0-9]{1,2}$/);
      expect(await tcy.first().evaluate((e) => getComputedStyle(e).textCombineUpright)).toBe("all");
      expect(await page.locator(".post-body").evaluate((e) => getComputedStyle(e).textOrientation)).toBe("mixed");
      // Code and tables stay horizontal.
      for (const selector of [".post-body pre", ".post-body table"]) {
        if ((await page.locator(selector).count()) > 0) expect(await writingModeOf(page, selector)).toBe("horizontal-tb");
      }

      // The body scrolls sideways inside the page; the page itself does not.
      const overflow = await page.locator(".post-body").evaluate((b) => ({
        inner: b.scrollWidth - b.clientWidth,
        page: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(overflow.inner).toBeGreaterThan(0);
      expect(overflow.page).toBeLessThanOrEqual(0);

      // Remembered: a reload and another article are vertical from the first layout on.
      await recordFirstLayout(page);
      await page.goto(base + articles.other.path);
      expect((await firstLayout(page))?.writingMode).toBe("vertical-rl");
      await expect(verticalToggle(page)).toHaveAttribute("aria-pressed", "true");
      await verticalToggle(page).click();
      await page.reload();
      expect(await writingModeOf(page)).toBe("horizontal-tb");
    });

    test("縦書き: the mouse wheel and the page keys move along the text, then hand over to the page", async ({ page }) => {
      await page.goto(base + articles.withToc.path);
      await verticalToggle(page).click();
      const body = page.locator(".post-body");
      await body.evaluate((b) => b.scrollIntoView({ block: "center" }));
      const scrollY = await page.evaluate(() => window.scrollY);
      const box = (await body.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 400);
      await expect.poll(() => body.evaluate((b) => b.scrollLeft)).toBeLessThan(-100);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
      // Back to the start, then further up: the page scrolls.
      await page.mouse.wheel(0, -5000);
      await expect.poll(() => body.evaluate((b) => Math.abs(b.scrollLeft))).toBeLessThanOrEqual(1);
      await page.mouse.wheel(0, -300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(scrollY);

      await body.focus();
      await expect(body).toBeFocused();
      await page.keyboard.press("PageDown");
      await expect.poll(() => body.evaluate((b) => b.scrollLeft)).toBeLessThan(-100);
      await page.keyboard.press("End");
      await expect.poll(() => progressNow(page)).toBeGreaterThanOrEqual(97);
    });

    test("縦書き: pictures fit the column; formulas stay horizontal", async ({ page }) => {
      await page.goto(base + articles.withToc.path);
      await verticalToggle(page).click();
      // Elements a post may contain, added here to the body's first paragraph.
      await page.locator(".post-body p").first().evaluate((p) => {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="3200"><rect width="2400" height="3200" fill="teal"/></svg>`;
        p.insertAdjacentHTML("beforeend", `<img id="big-picture" alt="" src="data:image/svg+xml,${encodeURIComponent(svg)}">`);
        p.insertAdjacentHTML("afterend", `<math id="formula" display="block"><mi>x</mi><mo>=</mo><mn>12</mn></math>`);
      });
      const picture = page.locator("#big-picture");
      await expect.poll(async () => (await picture.boundingBox())?.height ?? 0).toBeGreaterThan(10);
      const fit = await picture.evaluate((img) => {
        const r = img.getBoundingClientRect();
        const body = document.querySelector<HTMLElement>(".post-body")!;
        return { height: r.height, width: r.width, column: body.clientHeight, viewport: window.innerWidth };
      });
      expect(fit.height).toBeLessThanOrEqual(fit.column);
      expect(fit.width).toBeLessThanOrEqual(fit.viewport);
      expect(await writingModeOf(page, "#formula")).toBe("horizontal-tb");
    });

    test("no storage (blocked or private mode): nothing breaks, the controls still work for the page", async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, "localStorage", {
          get() {
            throw new DOMException("The operation is insecure.", "SecurityError");
          },
        });
      });
      await page.goto(base + articles.withToc.path);
      const before = await bodyFontSize(page);
      await textSizes(page).getByRole("button", { name: "特大" }).click();
      await expect.poll(() => bodyFontSize(page)).toBeGreaterThan(before);
      await verticalToggle(page).click();
      expect(await writingModeOf(page)).toBe("vertical-rl");
      await scrollToEnd(page);
    });
  });
}
