/**
 * Authors' repositories read as they are: a Zenn CLI repository and a Qiita CLI
 * repository (e2e/fixtures/zenn-repo, qiita-repo), from the static export and
 * from `next start`. Expected values come from the fixtures' files and from git.
 */
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { qiitaRepoDir, sites, urlOf, zennRepoDir } from "./sites.mjs";

/** The author date of the commit that first added `file`, as git tells it. */
function addedAt(file: string): number {
  const dates = execFileSync("git", ["log", "--diff-filter=A", "--format=%aI", "--", file], { encoding: "utf8" }).trim().split("\n");
  return Date.parse(dates.at(-1)!);
}

const postSlugs = async (page: import("@playwright/test").Page) =>
  page.locator("article[data-post]").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-post")));

// E2E_SITES may leave a site out of this run.
for (const site of (["zennStatic", "zennServer"] as const).filter((s) => s in sites)) {
  const base = urlOf(site);
  test.describe(`a Zenn repository (${site})`, () => {
    test("lists its published articles only: no draft, README, scripts or workflow files", async ({ page, request }) => {
      await page.goto(`${base}/`);
      expect((await postSlugs(page)).sort()).toEqual(["zenn-layout-dated-by-commit", "zenn-layout-first-steps", "zenn-layout-idea-notes"]);
      for (const path of ["zenn-layout-draft", "README", "notes", "lint"]) {
        expect((await request.get(`${base}/posts/${path}/`)).status(), path).toBe(404);
      }
    });

    test("maps type to a category, topics to tags and published_at (Japan time) to the date", async ({ page }) => {
      await page.goto(`${base}/posts/zenn-layout-first-steps/`);
      await expect(page.locator("h1")).toContainText("Zenn形式のリポジトリを読む最初の手順");
      await expect(page.locator(".article-header time").first()).toHaveAttribute("datetime", "2024-05-01T09:00:00+09:00");
      const terms = page.locator(".article-header a");
      await expect(terms.filter({ hasText: "tech" })).toHaveAttribute("href", /\/categories\/tech\/$/);
      for (const topic of ["yomu", "markdown", "zenn"]) await expect(terms.filter({ hasText: topic })).toHaveCount(1);
      await page.goto(`${base}/categories/idea/`);
      expect(await postSlugs(page)).toEqual(["zenn-layout-idea-notes"]);
    });

    test("shows each article's emoji, drawn from an image, in its header and on its card", async ({ page }) => {
      await page.goto(`${base}/`);
      const card = page.locator('article[data-post="zenn-layout-idea-notes"] img.post-emoji');
      await expect(card).toHaveAttribute("data-emoji", "💡");
      await page.goto(`${base}/posts/zenn-layout-first-steps/`);
      const header = page.locator(".article-header img.post-emoji");
      await expect(header).toHaveAttribute("data-emoji", "📘");
      // Loaded (an image, not a glyph the reader's fonts may lack).
      await expect.poll(() => header.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    });

    test("links to the author's own Zenn articles lead to this site; others' stay on Zenn", async ({ page }) => {
      await page.goto(`${base}/posts/zenn-layout-first-steps/`);
      await expect(page.locator(".post-body a", { hasText: "書き方のメモ" })).toHaveAttribute("href", "/posts/zenn-layout-idea-notes/");
      await expect(page.locator(".post-body a", { hasText: "よその記事" })).toHaveAttribute("href", "https://zenn.dev/someone_else/articles/zenn-layout-idea-notes");
      await page.locator(".post-body a", { hasText: "書き方のメモ" }).click();
      await expect(page.locator("h1")).toContainText("記事を書き続けるためのメモ");
    });

    test("the header links to the books; a paid book links to its page on Zenn (the user name is set)", async ({ page }) => {
      await page.goto(`${base}/`);
      await expect(page.getByRole("navigation", { name: "サイト" }).getByRole("link")).toHaveText(["ホーム", "本", "カテゴリー", "タグ", "アーカイブ"]);
      await page.goto(`${base}/books/zenn-layout-book/`);
      await expect(page.locator("[data-book-price]")).toContainText("300円");
      await expect(page.getByRole("link", { name: "Zenn で見る" })).toHaveAttribute("href", "https://zenn.dev/yomu_fixture/books/zenn-layout-book");
    });

    test("dates an article without published_at by the commit that added it", async ({ page }) => {
      await page.goto(`${base}/posts/zenn-layout-dated-by-commit/`);
      const datetime = await page.locator(".article-header time").first().getAttribute("datetime");
      expect(Date.parse(datetime!)).toBe(addedAt(`${zennRepoDir}/articles/zenn-layout-dated-by-commit.md`));
    });
  });
}

for (const site of (["qiitaStatic", "qiitaServer"] as const).filter((s) => s in sites)) {
  const base = urlOf(site);
  test.describe(`a Qiita repository (${site})`, () => {
    test("publishes neither private nor ignored posts, nor the .remote copies", async ({ page, request }) => {
      await page.goto(`${base}/`);
      expect((await postSlugs(page)).sort()).toEqual(["qiita-layout-first-post", "qiita-layout-new-post", "qiita-layout-object-tags"]);
      for (const path of ["qiita-layout-private", "qiita-layout-ignored", "0f1e2d3c4b5a69788796"]) {
        expect((await request.get(`${base}/posts/${path}/`)).status(), path).toBe(404);
      }
    });

    test("the header has no link to books or series: the site has none", async ({ page }) => {
      await page.goto(`${base}/`);
      await expect(page.getByRole("navigation", { name: "サイト" }).getByRole("link")).toHaveText(["ホーム", "カテゴリー", "タグ", "アーカイブ"]);
    });

    test("reads tags written as mappings, and dates a post by updated_at or by its commit", async ({ page }) => {
      await page.goto(`${base}/posts/qiita-layout-object-tags/`);
      for (const tag of ["Rust", "WebAssembly"]) await expect(page.locator(".article-header a").filter({ hasText: tag })).toHaveCount(1);
      await expect(page.locator(".article-header time").first()).toHaveAttribute("datetime", "2024-04-15T18:20:00+09:00");
      await expect(page.locator(".post-body a", { hasText: "最初の投稿は" }).or(page.locator(".post-body a", { hasText: "こちら" }))).toHaveAttribute("href", "/posts/qiita-layout-first-post/");
      await page.goto(`${base}/posts/qiita-layout-new-post/`);
      const datetime = await page.locator(".article-header time").first().getAttribute("datetime");
      expect(Date.parse(datetime!)).toBe(addedAt(`${qiitaRepoDir}/public/qiita-layout-new-post.md`));
    });
  });
}
