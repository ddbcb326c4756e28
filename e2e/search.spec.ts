/**
 * Search in a real browser, on the static export (plain file server, and under
 * a base path) and under `next start`. Expected results come from the post
 * files the site serves, not from the app.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousA11yViolations, readPosts } from "./helpers";
import { contentOf, sites, urlOf } from "./sites.mjs";

/*
 * Words the seeds-like fixture (e2e/sites.mjs seedsLikeDir) was written for; which posts
 * each one finds is read from the folder.
 */
/** Each in some posts, not in others, and sharing a character with posts that do not contain it. */
const WORDS = ["発酵", "自転車", "サワードウ"];
/** An English name, queried in lower case; the posts write it capitalised. */
const ENGLISH = "raspberry";
const CAPITALISED = ENGLISH[0].toUpperCase() + ENGLISH.slice(1);
/** In the title of one post only, and in the text of others. */
const TITLE_WORD = "ぬか漬け";

/** The posts a site serves, as files: slug and whole text. */
const postsOf = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md") && !f.startsWith("_"))
    .map((f) => ({ slug: f.replace(/\.md$/, ""), text: fs.readFileSync(path.join(dir, f), "utf8") }));

const resultSlugs = async (page: Page) =>
  (await page.locator("ol[aria-label='検索結果'] > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-post")!))).sort();

const status = (page: Page) => page.getByRole("status");

/** Waits until the results are those of `query` (the count is announced with them), then checks them. */
async function expectResultsFor(page: Page, query: string, expected: string[]) {
  await expect(status(page)).toHaveText(`「${query}」に一致する記事: ${expected.length}件`);
  expect(await resultSlugs(page)).toEqual(expected);
}
const searchBox = (page: Page) => page.getByRole("searchbox", { name: /キーワード/ });

for (const site of ["seedsStatic", "seedsServer", "seedsBasePath"] as const) {
  test.describe(`search (${site}: ${sites[site]?.mode}${sites[site]?.basePath ? ` under ${sites[site].basePath}` : ""})`, () => {
    test.skip(!sites[site], `${site} is not built in this run`);
    const base = sites[site] ? urlOf(site) : "";
    const posts = postsOf(contentOf(site));
    /** Posts whose file contains `word` (case-insensitively), sorted. */
    const containing = (word: string) =>
      posts.filter((p) => p.text.toLowerCase().includes(word.toLowerCase())).map((p) => p.slug).sort();
    const titled = readPosts(contentOf(site)).filter((p) => p.title.includes(TITLE_WORD));

    for (const word of [...WORDS, TITLE_WORD]) {
      test(`${word} finds exactly the posts containing it, not posts sharing one of its characters`, async ({ page }) => {
        const expected = containing(word);
        // The posts make this a real test: some contain the word, others only its characters.
        expect(expected.length).toBeGreaterThan(0);
        expect(expected.length).toBeLessThan(posts.length);
        const sharing = posts.filter((p) => !expected.includes(p.slug) && [...word].some((c) => p.text.includes(c)));
        expect(sharing.length).toBeGreaterThan(0);

        const errors = collectConsoleErrors(page);
        await page.goto(`${base}/search/?q=${encodeURIComponent(word)}`);
        await expect(searchBox(page)).toHaveValue(word);
        await expect(status(page)).toHaveText(`「${word}」に一致する記事: ${expected.length}件`);
        expect(await resultSlugs(page)).toEqual(expected);
        // Each result marks the word where it shows it (title, excerpt, tags), or says it is in the body.
        for (const result of await page.locator("ol[aria-label='検索結果'] > li").all()) {
          const marks = await result.locator("mark").allInnerTexts();
          for (const m of marks) expect(m).toBe(word);
          if (marks.length === 0) await expect(result).toContainText(/本文で\d+か所一致/);
        }
        expect(errors).toEqual([]);
      });
    }

    test("English is case-insensitive, and a title match ranks first", async ({ page }) => {
      await page.goto(`${base}/search/`);
      await searchBox(page).fill(ENGLISH);
      const expected = containing(ENGLISH);
      expect(expected.length).toBeGreaterThan(0);
      expect(posts.some((p) => p.text.includes(CAPITALISED))).toBe(true);
      expect(posts.some((p) => p.text.includes(ENGLISH))).toBe(false);
      await expect(status(page)).toHaveText(`「${ENGLISH}」に一致する記事: ${expected.length}件`);
      expect(await resultSlugs(page)).toEqual(expected);
      await expect(page.locator("ol[aria-label='検索結果'] mark").first()).toHaveText(CAPITALISED);

      // The post with the word in its title comes before those with it in their text.
      expect(titled.map((p) => p.slug), `one post with ${TITLE_WORD} in its title`).toHaveLength(1);
      expect(containing(TITLE_WORD).length).toBeGreaterThan(1);
      await searchBox(page).fill(TITLE_WORD);
      await expectResultsFor(page, TITLE_WORD, containing(TITLE_WORD));
      await expect(page.locator("ol[aria-label='検索結果'] > li").first()).toHaveAttribute("data-post", titled[0].slug);
    });

    test("a result that matches only in the body shows the words around the match, the match marked", async ({ page }) => {
      const word = WORDS[1];
      const bodyOnly = readPosts(contentOf(site)).filter((p) => p.body.includes(word) && !p.title.includes(word) && !p.excerpt.includes(word));
      // The fixture makes this a real test: a post has the word in its text only.
      expect(bodyOnly.length).toBeGreaterThan(0);
      await page.goto(`${base}/search/?q=${encodeURIComponent(word)}`);
      await expect(status(page)).toHaveText(/件$/);
      for (const post of bodyOnly) {
        const snippet = page.locator(`li[data-post="${post.slug}"] [data-snippet]`);
        await expect(snippet.locator("mark").first()).toHaveText(word);
        // A few dozen characters of the post's own text around it.
        const text = (await snippet.innerText()).replace(/^…|…$/g, "");
        expect(text.length).toBeGreaterThan(word.length + 20);
        expect(post.body.replace(/\s+/g, "")).toContain(text.replace(/\s+/g, ""));
      }
    });

    test("a query nothing matches says so", async ({ page }) => {
      await page.goto(`${base}/search/?q=${encodeURIComponent("存在しない語彙")}`);
      await expect(status(page)).toHaveText("「存在しない語彙」に一致する記事は見つかりませんでした。");
      await expect(page.locator("ol[aria-label='検索結果']")).toHaveCount(0);
    });

    test("typing updates results and the address; Back and Forward restore searches; the address is shareable", async ({ page, context }) => {
      const errors = collectConsoleErrors(page);
      await page.goto(`${base}/search/`);
      await expect(status(page)).toContainText("キーワードを入力");
      const word = WORDS[2];
      await searchBox(page).pressSequentially(ENGLISH);
      await expectResultsFor(page, ENGLISH, containing(ENGLISH));
      await expect(page).toHaveURL(`${base}/search/?q=${ENGLISH}`);
      await searchBox(page).press("Enter");

      await searchBox(page).fill(word);
      await expect(page).toHaveURL(`${base}/search/?q=${encodeURIComponent(word)}`);
      await expectResultsFor(page, word, containing(word));

      await page.goBack();
      await expect(searchBox(page)).toHaveValue(ENGLISH);
      await expectResultsFor(page, ENGLISH, containing(ENGLISH));
      await page.goBack();
      await expect(page).toHaveURL(`${base}/search/`);
      await expect(searchBox(page)).toHaveValue("");
      await page.goForward();
      await expect(searchBox(page)).toHaveValue(ENGLISH);

      // Someone opening the shared address sees the same results.
      const other = await context.newPage();
      await other.goto(`${base}/search/?q=${encodeURIComponent(word)}`);
      await expectResultsFor(other, word, containing(word));
      expect(errors).toEqual([]);
    });

    test("the header box on an article leads to the search page; articles load no search code", async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const scripts: string[] = [];
      page.on("response", async (r) => {
        if (r.request().resourceType() === "script") scripts.push(await r.text().catch(() => ""));
      });
      await page.goto(`${base}/posts/${posts[0].slug}/`);
      await page.waitForLoadState("networkidle");
      expect(requests.filter((u) => u.includes("/search-index/"))).toEqual([]);
      // The search client's own text (its index file names) is in no script an article runs.
      expect(scripts.filter((s) => s.includes("keys.bin"))).toEqual([]);

      const header = page.getByRole("search", { name: "サイト内検索" });
      await header.getByRole("searchbox").fill(WORDS[0]);
      await header.getByRole("searchbox").press("Enter");
      await expect(page).toHaveURL(`${base}/search/?q=${encodeURIComponent(WORDS[0])}`);
      await expectResultsFor(page, WORDS[0], containing(WORDS[0]));
      // …where the search code does run (so the check above can fail).
      await page.waitForLoadState("networkidle");
      await expect.poll(() => scripts.some((s) => s.includes("keys.bin"))).toBe(true);
    });

    test("results can be reached and opened with the keyboard; no serious accessibility violation", async ({ page }) => {
      await page.goto(`${base}/search/?q=${encodeURIComponent(TITLE_WORD)}`);
      await expect(status(page)).toHaveText(/件$/);
      await searchBox(page).focus();
      const first = page.locator("ol[aria-label='検索結果'] > li").first().getByRole("link").first();
      for (let i = 0; i < 5 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press("Tab");
      await expect(first).toBeFocused();
      await expectNoSeriousA11yViolations(page);
      await page.emulateMedia({ colorScheme: "dark" });
      await expectNoSeriousA11yViolations(page);
      await page.emulateMedia({ colorScheme: "light" });
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(`${base}/posts/${titled[0].slug}/`);
      await expect(page.locator("h1")).toContainText(TITLE_WORD);
    });

    test("time from typing to results, once the index files are loaded (reported, not asserted)", async ({ page }, info) => {
      const word = WORDS[2];
      await page.goto(`${base}/search/?q=${encodeURIComponent(word)}`);
      await expect(status(page)).toHaveText(/件$/);
      await searchBox(page).fill("");
      await expect(status(page)).toContainText("キーワードを入力");
      // From the input event to the announced result count, measured in the page.
      const ms = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>("#search-query")!;
        const region = document.querySelector("[role=status]")!;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
        return await new Promise<number>((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (region.textContent?.startsWith(`「${q}」`)) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(region, { childList: true, subtree: true, characterData: true });
          setValue.call(input, q);
          input.dispatchEvent(new Event("input", { bubbles: true }));
        });
      }, word);
      info.annotations.push({ type: "search-ms", description: `${ms.toFixed(1)} ms` });
      console.log(`[search] ${site}: typing to results after loading: ${ms.toFixed(1)} ms`);
      expect(await resultSlugs(page)).toEqual(containing(word));
    });
  });
}
