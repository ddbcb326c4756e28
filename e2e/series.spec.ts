/**
 * Series and books, on the static export (seriesStatic) and under `next start`
 * (seriesServer), from e2e/fixtures/series: three posts of one series (and a
 * draft fourth), a post of none, and Zenn books (books/<slug>/config.yaml) with
 * chapters listed, chapters numbered by file name, and an unpublished book.
 */
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousA11yViolations } from "./helpers";
import { sites, urlOf, zennRepoDir } from "./sites.mjs";

const SERIES = "家計簿を続ける";
const PARTS = ["家計簿を続けるコツ（1）記録の型を決める", "家計簿を続けるコツ（2）週に一度だけ見直す", "家計簿を続けるコツ（3）一年分をふり返る"];
const BOOK = "ベランダ菜園の手引き";
const CHAPTERS = ["はじめに", "土を用意する", "収穫する"];

const seriesBox = (page: Page) => page.getByRole("navigation", { name: `シリーズ「${SERIES}」`, exact: true });
const pager = (page: Page, label: string) => page.getByRole("navigation", { name: `${label}の前後` });

for (const site of ["seriesStatic", "seriesServer"] as const) {
  test.describe(`series and books (${site}: ${sites[site]?.mode})`, () => {
    test.skip(!sites[site], `${site} is not built in this run`);
    const base = sites[site] ? urlOf(site) : "";
    let errors: string[];
    test.beforeEach(({ page }) => {
      errors = collectConsoleErrors(page);
    });
    test.afterEach(() => {
      expect(errors).toEqual([]);
    });

    test("a series page lists its posts in series_order, not by date, and leaves the draft out", async ({ page }) => {
      await page.goto(`${base}/series/`);
      await page.getByRole("link", { name: new RegExp(SERIES) }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(SERIES);
      await expect(page.getByText("全3回")).toBeVisible();
      await expect(page.locator("[data-series-list] h2")).toHaveText(PARTS);
      await expect(page.getByText("書きかけの回")).toHaveCount(0);
    });

    test("inside a post: the series' name, 第2回 / 全3回, its contents and 前へ / 次へ within the series", async ({ page }) => {
      await page.goto(`${base}/posts/series-part-two/`);
      const box = seriesBox(page);
      await expect(box).toContainText("第2回 / 全3回");
      await box.getByText("このシリーズの記事").click();
      await expect(box.locator("ol li")).toHaveText(PARTS);
      await expect(box.locator('[aria-current="page"]')).toHaveText(PARTS[1]);
      const nav = pager(page, `シリーズ「${SERIES}」`);
      await expect(nav.getByRole("link", { name: /前へ/ })).toContainText(PARTS[0]);
      // Part three is dated before part two, yet comes after it in the series.
      await nav.getByRole("link", { name: /次へ/ }).click();
      await expect(page).toHaveURL(/\/posts\/series-part-three\/$/);
      await expect(seriesBox(page)).toContainText("第3回 / 全3回");
      await expect(pager(page, `シリーズ「${SERIES}」`).getByRole("link", { name: /次へ/ })).toHaveCount(0);
      await seriesBox(page).getByRole("link", { name: SERIES }).click();
      await expect(page).toHaveURL(/\/series\/[^/]+\/$/);
    });

    test("a post of no series shows no series navigation", async ({ page }) => {
      await page.goto(`${base}/posts/standalone-note/`);
      await expect(page.locator("main h1")).toHaveText("シリーズに入っていない覚え書き");
      await expect(page.locator("[data-series], [data-series-pager]")).toHaveCount(0);
    });

    test("the home page and /books/ list the published books; a book page has its cover, summary, topics and chapters in order", async ({ page }) => {
      await page.goto(`${base}/`);
      const home = page.getByRole("region", { name: "本" });
      await expect(home.locator("[data-book]")).toHaveCount(2);
      await expect(home.getByText("書きかけの本")).toHaveCount(0);
      await page.goto(`${base}/books/`);
      await expect(page.locator("[data-book] h2")).toHaveText([BOOK, "鉢植えの記録帳"]);
      await page.getByRole("link", { name: BOOK }).click();
      await expect(page).toHaveURL(/\/books\/garden-handbook\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(BOOK);
      const cover = page.getByRole("img", { name: `『${BOOK}』の表紙` });
      await expect(cover).toBeVisible();
      // Through the image pipeline: a content-hashed copy with its size, and modern formats before it.
      await expect(cover).toHaveAttribute("src", /\/images\/cover-[0-9a-f]{12}\.png$/);
      await expect(cover).toHaveAttribute("width", "300");
      expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(300);
      await expect(page.locator("picture source[type='image/avif']")).toHaveCount(1);
      await expect(page.getByText("プランター一つから始める野菜づくり")).toBeVisible();
      await expect(page.getByRole("list", { name: "トピック" }).locator("li")).toHaveText(["菜園", "ベランダ"]);
      await expect(page.locator("[data-chapters] li a")).toHaveText(CHAPTERS);
      await expect(page.locator("[data-chapters] li").first()).toContainText("第1章");
    });

    test("a chapter: 第N章 / 全M章, the book's contents, 前の章 / 次の章", async ({ page }) => {
      await page.goto(`${base}/books/garden-handbook/`);
      await page.getByRole("link", { name: CHAPTERS[1] }).click();
      await expect(page).toHaveURL(/\/books\/garden-handbook\/soil\/$/);
      await expect(page.locator("main h1")).toHaveText(CHAPTERS[1]);
      const box = page.getByRole("navigation", { name: `本「${BOOK}」`, exact: true });
      await expect(box).toContainText("第2章 / 全3章");
      await box.getByText("この本の章").click();
      await expect(box.locator("ol li")).toHaveText(CHAPTERS);
      const nav = pager(page, `本「${BOOK}」`);
      await expect(nav.getByRole("link", { name: /前の章/ })).toContainText(CHAPTERS[0]);
      await nav.getByRole("link", { name: /次の章/ }).click();
      await expect(page).toHaveURL(/\/books\/garden-handbook\/harvest\/$/);
      await expect(pager(page, `本「${BOOK}」`).getByRole("link", { name: /次の章/ })).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "パンくずリスト" })).toContainText(BOOK);
    });

    test("the site header links to the books and the series", async ({ page }) => {
      await page.goto(`${base}/tags/`);
      const nav = page.getByRole("navigation", { name: "サイト" });
      await expect(nav.getByRole("link")).toHaveText(["ホーム", "本", "シリーズ", "カテゴリー", "タグ", "アーカイブ"]);
      await nav.getByRole("link", { name: "本", exact: true }).click();
      await expect(page).toHaveURL(/\/books\/$/);
      await page.getByRole("navigation", { name: "サイト" }).getByRole("link", { name: "シリーズ" }).click();
      await expect(page).toHaveURL(/\/series\/$/);
    });

    test("a book sold on Zenn says 有料 and its price; a free book says nothing of the kind", async ({ page }) => {
      await page.goto(`${base}/books/balcony-notes/`);
      await expect(page.locator("[data-book-price]")).toHaveText(/有料\s*Zenn で 800円/);
      // This site has no Zenn user name: no link to Zenn.
      await expect(page.locator("[data-book-price] a")).toHaveCount(0);
      await page.goto(`${base}/books/garden-handbook/`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(BOOK);
      await expect(page.locator("[data-book-price]")).toHaveCount(0);
    });

    test("chapters numbered by file name are in the number's order (10 after 2)", async ({ page }) => {
      await page.goto(`${base}/books/balcony-notes/`);
      await expect(page.locator("[data-chapters] li a")).toHaveText(["春の記録", "夏の記録", "冬の記録"]);
      await page.goto(`${base}/books/balcony-notes/winter/`);
      await expect(page.getByRole("navigation", { name: "本「鉢植えの記録帳」", exact: true })).toContainText("第3章 / 全3章");
    });

    test("an unpublished book, its chapters and a draft post of a series answer 404", async ({ page }) => {
      errors = []; // the 404 responses are the point here
      for (const path of ["/books/unfinished-book/", "/books/unfinished-book/only/", "/books/unfinished-book/feed.xml", "/posts/series-part-draft/"]) {
        const response = await page.request.get(base + path);
        expect(response.status(), path).toBe(404);
      }
      errors = [];
    });

    test("chapters are in the sitemap, the search index and their book's feed; not in the site's feed or post list", async ({ request }) => {
      const sitemap = await (await request.get(`${base}/sitemap.xml`)).text();
      for (const path of ["/books/", "/books/garden-handbook/", "/books/garden-handbook/soil/", "/books/balcony-notes/winter/", "/series/"]) {
        expect(sitemap, path).toContain(`${base}${path}</loc>`);
      }
      expect(sitemap).not.toContain("unfinished-book");
      const feed = await (await request.get(`${base}/books/garden-handbook/feed.xml`)).text();
      expect([...feed.matchAll(/<item>[\s\S]*?<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]).sort()).toEqual([...CHAPTERS].sort());
      expect(feed).toContain(`${base}/books/garden-handbook/soil/`);
      const siteFeed = await (await request.get(`${base}/feed.xml`)).text();
      expect(siteFeed).not.toContain("/books/");
      expect(siteFeed).toContain("/posts/series-part-two/");
    });

    for (const scheme of ["light", "dark"] as const) {
      test(`axe finds nothing serious (${scheme}): a series page, a post of a series, the books, a book and a chapter with their contents open`, async ({ page }) => {
        test.setTimeout(600_000); // axe on seven pages of a busy machine
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of ["/series/", `/series/${encodeURIComponent(SERIES)}/`, "/posts/series-part-two/", "/", "/books/", "/books/garden-handbook/", "/books/garden-handbook/soil/"]) {
          await page.goto(base + path);
          const contents = page.locator("[data-series] summary");
          if (await contents.count()) await contents.click();
          await expectNoSeriousA11yViolations(page);
        }
      });
    }

    test("search finds a chapter and links to its page under /books/", async ({ page }) => {
      await page.goto(`${base}/search/`);
      await page.getByRole("searchbox", { name: /キーワード/ }).fill("水はけ");
      const result = page.locator("li[data-post]").first();
      await expect(result).toContainText(CHAPTERS[1]);
      await result.getByRole("link", { name: CHAPTERS[1] }).click();
      await expect(page).toHaveURL(/\/books\/garden-handbook\/soil\/$/);
    });
  });
}

/** The author date of the commit that first added `file`, as git tells it. */
function addedAt(file: string): number {
  const dates = execFileSync("git", ["log", "--diff-filter=A", "--format=%aI", "--", file], { encoding: "utf8" }).trim().split("\n");
  return Date.parse(dates.at(-1)!);
}

// A Zenn CLI repository as it is (e2e/fixtures/zenn-repo): its books/ beside its articles/.
for (const site of ["zennStatic", "zennServer"] as const) {
  test.describe(`a Zenn repository's books (${site})`, () => {
    test.skip(!sites[site], `${site} is not built in this run`);
    const base = sites[site] ? urlOf(site) : "";

    test("a published book with its chapters in the order of chapters:, each dated by the commit that added it; the unpublished book is not there", async ({ page, request }) => {
      await page.goto(`${base}/books/`);
      await expect(page.locator("[data-book] h2")).toHaveText(["Zenn形式の本を読む"]);
      await page.getByRole("link", { name: "Zenn形式の本を読む" }).click();
      await expect(page.locator("[data-chapters] li a")).toHaveText(["まえがき", "章は config.yaml の順に並ぶ"]);
      await page.getByRole("link", { name: "章は config.yaml の順に並ぶ" }).click();
      await expect(page).toHaveURL(/\/books\/zenn-layout-book\/chapters-in-order\/$/);
      await expect(page.getByRole("navigation", { name: "本「Zenn形式の本を読む」", exact: true })).toContainText("第2章 / 全2章");
      const datetime = await page.locator(".article-header time").first().getAttribute("datetime");
      expect(Date.parse(datetime!)).toBe(addedAt(`${zennRepoDir}/books/zenn-layout-book/chapters-in-order.md`));
      for (const path of ["/books/zenn-layout-draft-book/", "/books/zenn-layout-draft-book/only/", "/posts/preface/"]) {
        expect((await request.get(base + path)).status(), path).toBe(404);
      }
    });

    test("a chapter's link to the author's own Zenn article leads to this site", async ({ page }) => {
      await page.goto(`${base}/books/zenn-layout-book/preface/`);
      await expect(page.locator(".post-body a", { hasText: "最初の手順" })).toHaveAttribute("href", "/posts/zenn-layout-first-steps/");
    });
  });
}
