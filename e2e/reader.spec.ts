import { expect, test } from "@playwright/test";
import { contentOf, urlOf } from "./sites.mjs";
import { collectConsoleErrors, expectNoSeriousA11yViolations, lastProse, readPosts, screenshot } from "./helpers";

/** What the site serves, read from its content folder: titles, dates and text come from there. */
const posts = readPosts(contentOf("seedsStatic"));
const base = urlOf("seedsStatic");
/** A date as the site shows it, in its time zone: 2025年11月3日. */
const tokyoDate = (date: Date) =>
  new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", year: "numeric", month: "long", day: "numeric" }).format(date);

test.describe("reader core on the static export", () => {
  test("home lists every post newest first, with date, reading time and excerpt", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(base + "/");
    await expect(page).toHaveTitle(/yomu/);
    const cards = page.locator("main article");
    await expect(cards).toHaveCount(posts.length);
    const titles = await cards.locator("h2").allInnerTexts();
    expect(titles.map((t) => t.trim())).toEqual(posts.map((p) => p.title));
    for (const card of await cards.all()) {
      await expect(card.locator("time")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      await expect(card).toContainText(/\d+分で読めます/);
      expect((await card.locator("p").nth(1).innerText()).length).toBeGreaterThan(10);
    }
    // Front-matter excerpt with **bold** is rendered as HTML, not as asterisks.
    expect(posts.some((p) => p.excerpt.includes("**")), "a post with a **bold** excerpt").toBe(true);
    await expect(page.locator("main strong").first()).toBeVisible();
    await expect(page.locator("main")).not.toContainText("**");
    expect(errors).toEqual([]);
  });

  test("dates are shown in the site time zone (Asia/Tokyo)", async ({ page }) => {
    // A post written late in the UTC day is dated the next day in Tokyo.
    const post = posts.find((p) => p.date.getUTCDate() !== new Date(p.date.getTime() + 9 * 3600_000).getUTCDate());
    expect(post, "a post dated late in the UTC day").toBeDefined();
    await page.goto(`${base}/posts/${post!.slug}/`);
    const time = page.locator("article header time").first();
    await expect(time).toHaveText(tokyoDate(post!.date));
    const tokyo = new Date(post!.date.getTime() + 9 * 3600_000).toISOString().slice(0, 19);
    await expect(time).toHaveAttribute("datetime", `${tokyo}+09:00`);
  });

  for (const post of posts) {
    test(`article ${post.slug} opens from the home page and is complete`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.goto(base + "/");
      await page.getByRole("link", { name: post.title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/posts/${post.slug}/$`));
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).toHaveText(post.title);
      await expect(page).toHaveTitle(`${post.title} | yomu`);
      const article = page.locator("article");
      await expect(article.locator("header time").first()).toBeVisible();
      // The byline names the front matter's author (a post without one shows none).
      if (post.author) await expect(article).toContainText(post.author);
      await expect(article).toContainText(/\d+分で読めます/);
      await expect(article).toContainText(lastProse(post.body));
      // The title appears once: the opening paragraph that repeats it is not rendered.
      const text = await article.innerText();
      expect(text.split(post.title).length - 1).toBe(1);
      expect(errors).toEqual([]);
    });
  }

  test("every link on an article page resolves", async ({ page, request }) => {
    await page.goto(`${base}/posts/${posts[0].slug}/`);
    const hrefs = await page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of new Set(hrefs)) {
      const res = await request.get(href.split("#")[0]);
      expect(res.status(), href).toBe(200);
    }
  });

  test("an unknown page shows the Japanese not-found page", async ({ page }) => {
    const res = await page.goto(base + "/posts/no-such-post/");
    expect(res?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("ページが見つかりません");
  });

  test("landmarks, skip link, language and favicon", async ({ page, request }) => {
    await page.goto(`${base}/posts/${posts[0].slug}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    for (const role of ["banner", "main", "contentinfo"] as const) await expect(page.getByRole(role)).toHaveCount(1);
    await expect(page.getByRole("navigation").first()).toBeVisible();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "本文へ移動" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const icon = await page.locator("link[rel~='icon']").first().getAttribute("href");
    expect((await request.get(new URL(icon!, base + "/").href)).status()).toBe(200);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [375, 1280]) {
      test(`no serious accessibility violation and no horizontal overflow at ${width}px ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        for (const [name, path] of [
          ["home", "/"],
          ["article", `/posts/${posts.at(-1)!.slug}/`],
          ["tags", "/tags/"],
        ]) {
          await page.goto(base + path);
          await expectNoSeriousA11yViolations(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} overflows`).toBeLessThanOrEqual(0);
          await screenshot(page, `${name}-${width}-${colorScheme}`);
        }
      });
    }
  }
});
