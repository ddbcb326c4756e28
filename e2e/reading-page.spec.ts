/**
 * The article page around the text, on the static export (readingStatic) and
 * under `next start` (readingServer): table of contents, share, print, keyboard,
 * reading without JavaScript, accessibility in every mode, and the page's
 * weight (the JavaScript budget, measured on the static export).
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousA11yViolations } from "./helpers";
import { findArticles, scrollToEnd, scrollToFirstLine, type ReadingArticles } from "./reading-helpers";
import { sites, urlOf } from "./sites.mjs";

const toc = (page: Page) => page.getByRole("navigation", { name: "目次" });
const share = (page: Page) => page.getByRole("region", { name: "この記事を共有" });

for (const site of ["readingStatic", "readingServer"] as const) {
  test.describe(`the article page (${site}: ${sites[site]?.mode})`, () => {
    test.skip(!sites[site], `${site} is not built in this run`);
    const base = sites[site] ? urlOf(site) : "";
    let articles: ReadingArticles;
    test.beforeAll(async () => {
      if (sites[site]) articles = await findArticles(base);
    });

    test("目次: a sticky side column on wide screens that marks the current section", async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(base + articles.withToc.path);
      const nav = toc(page);
      const links = nav.getByRole("link");
      await expect(links.first()).toBeVisible();
      const [navBox, bodyBox] = [await nav.boundingBox(), await page.locator(".post-body").boundingBox()];
      expect(navBox!.x).toBeGreaterThanOrEqual(bodyBox!.x + bodyBox!.width);
      expect(await nav.evaluate((e) => getComputedStyle(e).position)).toBe("sticky");

      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (const index of [1, Math.floor(count / 2) + 1]) {
        const id = decodeURIComponent((await links.nth(index).getAttribute("href"))!.slice(1));
        await page.locator(`[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: "start" }));
        await expect(links.nth(index)).toHaveAttribute("aria-current", "true");
        await expect(nav.locator("[aria-current]")).toHaveCount(1);
        // Still in view, beside the text.
        const box = (await nav.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeLessThan(800);
      }
      // In 縦書き too, along the horizontal scroll.
      await page.getByRole("button", { name: "縦書き" }).click();
      const id = decodeURIComponent((await links.nth(1).getAttribute("href"))!.slice(1));
      await page.locator(`[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: "start", inline: "start" }));
      await expect(links.nth(1)).toHaveAttribute("aria-current", "true");
      expect(errors).toEqual([]);
    });

    test("目次: on a phone, a collapsible block above the text", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(base + articles.withToc.path);
      const nav = toc(page);
      const [navBox, bodyBox] = [await nav.boundingBox(), await page.locator(".post-body").boundingBox()];
      expect(navBox!.y + navBox!.height).toBeLessThanOrEqual(bodyBox!.y);
      await expect(nav.getByRole("link").first()).toBeHidden();
      await nav.locator("summary").click();
      await expect(nav.getByRole("link").first()).toBeVisible();
      await nav.getByRole("link").nth(1).click();
      await expect(nav.getByRole("link").nth(1)).toHaveAttribute("aria-current", "true");
    });

    test("share: plain links to X, はてなブックマーク and LINE with the canonical URL and title; リンクをコピー; the system share sheet where there is one", async ({ page, context, browser }) => {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
      await page.goto(base + articles.withToc.path);
      await page.waitForLoadState("networkidle");
      const canonical = (await page.locator("link[rel='canonical']").getAttribute("href"))!;
      expect(canonical).toMatch(/^https?:\/\/.+\/posts\/.+\/$/);
      const title = (await page.locator("h1").innerText()).trim();
      const region = share(page);
      for (const [name, origin] of [
        [/X/, "https://x.com"],
        [/はてなブックマーク/, "https://b.hatena.ne.jp"],
        [/LINE/, "https://social-plugins.line.me"],
      ] as const) {
        const href = (await region.getByRole("link", { name }).getAttribute("href"))!;
        const url = new URL(href);
        expect(url.origin).toBe(origin);
        expect(url.searchParams.get("url")).toBe(canonical);
        expect(href).toContain(`url=${encodeURIComponent(canonical)}`);
        expect([url.searchParams.get("text"), url.searchParams.get("title")]).toContain(title);
      }
      const hatena = await region.getByRole("link", { name: /はてなブックマーク/ }).getAttribute("href");
      expect(hatena!.startsWith(`https://b.hatena.ne.jp/add?mode=confirm&url=${encodeURIComponent(canonical)}`)).toBe(true);
      // Nothing was loaded from anywhere else.
      expect(requests.filter((u) => new URL(u).origin !== new URL(base).origin)).toEqual([]);

      await region.getByRole("button", { name: "リンクをコピー" }).click();
      await expect(page.getByRole("status").filter({ hasText: "リンクをコピーしました" })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
      // Headless Chromium has no Web Share API: no button for it.
      await expect(region.getByRole("button", { name: "ほかのアプリで共有" })).toBeHidden();

      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const withShare = await phone.newPage();
      await withShare.addInitScript(() => {
        Object.defineProperty(navigator, "share", {
          value: (data: ShareData) => {
            (window as unknown as { shared: ShareData }).shared = data;
            return Promise.resolve();
          },
        });
      });
      await withShare.goto(base + articles.withToc.path);
      await share(withShare).getByRole("button", { name: "ほかのアプリで共有" }).click();
      expect(await withShare.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({ title, url: canonical });
      await phone.close();
    });

    test("print: the article alone, readable, external links with their address, no breaks inside code or figures", async ({ page }) => {
      await page.goto(base + articles.withToc.path);
      await page.getByRole("button", { name: "縦書き" }).click();
      await page.emulateMedia({ media: "print", colorScheme: "dark" });
      await expect(page.getByRole("banner")).toBeHidden();
      await expect(page.getByRole("contentinfo")).toBeHidden();
      for (const form of await page.locator("form[role='search']").all()) await expect(form).toBeHidden();
      for (const nav of await page.getByRole("navigation").all()) await expect(nav).toBeHidden();
      await expect(share(page)).toBeHidden();
      await expect(page.getByRole("group", { name: "文字サイズ" })).toBeHidden();
      await expect(page.locator("h1")).toBeVisible();
      const body = page.locator(".post-body");
      await expect(body).toBeVisible();
      const style = await body.evaluate((e) => {
        const s = getComputedStyle(e);
        return { writingMode: s.writingMode, fontSize: parseFloat(s.fontSize), color: s.color };
      });
      expect(style).toEqual({ writingMode: "horizontal-tb", fontSize: expect.any(Number), color: "rgb(0, 0, 0)" });
      expect(style.fontSize).toBeGreaterThanOrEqual(13);
      const external = page.locator(".post-body a[href^='http']");
      if ((await external.count()) > 0) {
        const { href, after } = await external.first().evaluate((a) => ({ href: a.getAttribute("href"), after: getComputedStyle(a, "::after").content }));
        expect(after).toContain(href);
      }
      for (const selector of [".post-body pre", ".post-body figure"]) {
        for (const block of await page.locator(selector).all()) {
          expect(await block.evaluate((e) => getComputedStyle(e).breakInside)).toBe("avoid");
        }
      }
      expect((await page.pdf()).length).toBeGreaterThan(1000);
    });

    test("keyboard: every control is reachable and visibly focused; typing in the search box is never taken over", async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      // A place to resume from, so that the offer's buttons are on the page too.
      await page.goto(base + articles.withToc.path);
      await scrollToFirstLine(page, 0.5);
      await page.goto(base + "/");
      await page.goto(base + articles.withToc.path);
      await expect(page.getByRole("button", { name: "続きから読む" })).toBeVisible();

      const reached = new Map<string, boolean>();
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate((i) => {
          const e = document.activeElement as HTMLElement | null;
          if (!e || e === document.body) return null;
          // Back at an element already visited: Tab has gone round the page.
          const again = e.dataset.tabVisit !== undefined;
          e.dataset.tabVisit = String(i);
          const s = getComputedStyle(e);
          const name = e.getAttribute("aria-label") ?? e.textContent?.trim() ?? "";
          return { name: `${e.tagName.toLowerCase()} ${name} #${e.dataset.tabVisit}`, outlined: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2, again };
        }, i);
        if (!focused) continue;
        if (focused.again) break;
        reached.set(focused.name, focused.outlined);
      }
      const names = [...reached.keys()].map((n) => n.replace(/ #\d+$/, ""));
      for (const expected of ["a 本文へ移動", "input ", "button 小", "button 中", "button 大", "button 特大", "button 縦書き", "button 続きから読む", "button 閉じる", "button リンクをコピー"]) {
        expect(names, "reached by Tab").toContain(expected);
      }
      expect(names.filter((n) => n.startsWith("a ")).length, "links reached by Tab").toBeGreaterThan(10);
      expect(names.filter((n) => /Xで|はてなブックマーク|LINE/.test(n))).toHaveLength(3);
      expect([...reached].filter(([, outlined]) => !outlined).map(([n]) => n), "focused without a visible outline").toEqual([]);

      // The header's search box keeps every key typed into it.
      const state = () =>
        page.evaluate(() => ({ size: document.documentElement.dataset.textSize, writing: document.documentElement.dataset.writing, y: window.scrollY }));
      const before = await state();
      const box = page.getByRole("searchbox", { name: "サイト内検索" });
      await box.focus();
      const typed = "縦書き 大 j k / ? 1 2 3 Home End ";
      await page.keyboard.type(typed);
      await expect(box).toHaveValue(typed);
      expect(await state()).toEqual(before);
    });

    test("without JavaScript: the article reads completely; the controls that need scripts are not shown", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(base + articles.withToc.path);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator(".post-body p").last()).toBeAttached();
      expect(await page.locator(".post-body").evaluate((b) => getComputedStyle(b).writingMode)).toBe("horizontal-tb");
      await expect(toc(page).getByRole("link").first()).toBeVisible();
      await expect(share(page).getByRole("link", { name: /X/ })).toBeVisible();
      await expect(page.getByRole("group", { name: "文字サイズ" })).toBeHidden();
      await expect(page.getByRole("button", { name: "縦書き" })).toBeHidden();
      await expect(page.getByRole("button", { name: "リンクをコピー" })).toBeHidden();
      await expect(page.getByRole("progressbar")).toHaveCount(0);
      await context.close();
    });

    for (const [mode, colorScheme, width] of [
      ["light", "light", 1280],
      ["dark", "dark", 390],
      ["vertical", "light", 1280],
      ["vertical dark", "dark", 390],
    ] as const) {
      test(`axe finds nothing serious: ${mode} at ${width}px, with the resume offer, and on a list with 既読`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 844 });
        await page.goto(base + articles.withToc.path);
        if (mode.startsWith("vertical")) await page.getByRole("button", { name: "縦書き" }).click();
        await scrollToFirstLine(page, 0.3);
        await page.goto(base + "/");
        await page.goto(base + articles.withToc.path);
        await expect(page.getByRole("button", { name: "続きから読む" })).toBeVisible();
        await scrollToFirstLine(page, 0.1);
        await expect(page.getByText(/^残り約\d+分$/)).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await page.evaluate(() => {
          const body = document.querySelector<HTMLElement>(".post-body")!;
          if (document.documentElement.dataset.writing === "vertical") body.scrollLeft = -body.scrollWidth;
          else window.scrollTo(0, body.getBoundingClientRect().bottom + window.scrollY);
        });
        await expect(page.getByText("読了", { exact: true })).toBeAttached();
        await page.goto(base + "/");
        await expect(page.getByText("既読", { exact: true })).toHaveCount(1);
        await expectNoSeriousA11yViolations(page);
      });
    }
  });
}

test.describe("the article page's weight (static export)", () => {
  const built = (["readingStatic", "seedsStatic"] as const).filter((s) => sites[s]);
  test.skip(built.length === 0, "no static site in this run");

  for (const site of built) {
    test(`${site}: at most 15 KB of JavaScript (gzip), no inline script or handler, no request elsewhere`, async ({ page, request }) => {
      const base = urlOf(site);
      const articles = await findArticles(base);
      for (const article of [articles.withToc, articles.other]) {
        const html = await (await request.get(base + article.path)).text();
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        let total = 0;
        for (const [, attributes, content] of scripts) {
          const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
          if (!src) {
            // Only data (structured data for search engines) is inline: it does not run.
            expect(attributes).toContain('type="application/ld+json"');
            continue;
          }
          expect(content).toBe("");
          const code = await (await request.get(new URL(src, base + "/").href)).body();
          total += gzipSync(code, { level: 9 }).length;
        }
        test.info().annotations.push({ type: "JavaScript (gzip)", description: `${article.path}: ${total} bytes` });
        expect(total).toBeGreaterThan(0);
        expect(total).toBeLessThanOrEqual(15 * 1024);
        expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
        const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1].replaceAll("&#x27;", "'");
        expect(policy).toMatch(/script-src 'self'(;|$)/);
      }
      const errors = collectConsoleErrors(page);
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(base + articles.withToc.path);
      await page.waitForLoadState("networkidle");
      expect(requests.filter((u) => new URL(u).origin !== new URL(base).origin)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe("screenshots for review", () => {
  test.skip(!sites.readingStatic, "readingStatic is not built in this run");
  const dir = process.env.READING_SHOTS_DIR ?? "test-artifacts/screens/reading";

  test("phone and desktop, light and dark, horizontal and vertical", async ({ browser }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(dir, { recursive: true });
    const base = urlOf("readingStatic");
    const { withToc } = await findArticles(base);
    for (const [device, viewport] of [
      ["phone", { width: 390, height: 844 }],
      ["desktop", { width: 1280, height: 800 }],
    ] as const) {
      for (const colorScheme of ["light", "dark"] as const) {
        for (const vertical of [false, true]) {
          const context = await browser.newContext({ viewport, colorScheme, isMobile: device === "phone", hasTouch: device === "phone" });
          const page = await context.newPage();
          await page.goto(base + withToc.path);
          if (vertical) await page.getByRole("button", { name: "縦書き" }).click();
          const name = `${device}-${colorScheme}-${vertical ? "vertical" : "horizontal"}`;
          await page.screenshot({ path: path.join(dir, `${name}-top.png`) });
          await scrollToFirstLine(page, 0.35);
          await page.waitForTimeout(150);
          await page.screenshot({ path: path.join(dir, `${name}-reading.png`) });
          await page.goto(base + "/");
          await page.goto(base + withToc.path);
          await page.waitForTimeout(150);
          await page.screenshot({ path: path.join(dir, `${name}-resume.png`) });
          if (vertical && colorScheme === "light") {
            await scrollToEnd(page);
            await page.goto(base + "/");
            await page.screenshot({ path: path.join(dir, `${device}-list-read-mark.png`) });
            await page.goto(base + withToc.path);
            await page.emulateMedia({ media: "print" });
            await page.screenshot({ path: path.join(dir, `${device}-print.png`), fullPage: true });
          }
          await context.close();
        }
      }
    }
  });
});
