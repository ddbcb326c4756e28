/**
 * Search in a real browser, on the static export (plain file server, and under
 * a base path) and under `next start`. Expected results come from the post
 * files themselves, not from the app.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousA11yViolations } from "./helpers";
import { sites, urlOf } from "./sites.mjs";

const posts = fs
  .readdirSync("content")
  .filter((f) => f.endsWith(".md"))
  .map((f) => ({ slug: f.replace(/\.md$/, ""), text: fs.readFileSync(path.join("content", f), "utf8") }));

/** Posts whose file contains `word` (case-insensitively), sorted. */
const containing = (word: string) =>
  posts.filter((p) => p.text.toLowerCase().includes(word.toLowerCase())).map((p) => p.slug).sort();

const resultSlugs = async (page: Page) =>
  (await page.locator("ol[aria-label='検索結果'] > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-post")!))).sort();

const status = (page: Page) => page.getByRole("status");

/** Waits until the results are those of `query` (the count is announced with them), then checks them. */
async function expectResultsFor(page: Page, query: string) {
  const expected = containing(query);
  await expect(status(page)).toHaveText(`「${query}」に一致する記事: ${expected.length}件`);
  expect(await resultSlugs(page)).toEqual(expected);
}
const searchBox = (page: Page) => page.getByRole("searchbox", { name: /キーワード/ });

for (const site of ["seedsStatic", "seedsServer", "seedsBasePath"] as const) {
  test.describe(`search (${site}: ${sites[site]?.mode}${sites[site]?.basePath ? ` under ${sites[site].basePath}` : ""})`, () => {
    test.skip(!sites[site], `${site} is not built in this run`);
    const base = sites[site] ? urlOf(site) : "";

    for (const word of ["半導体", "多言語", "マルチモーダル"]) {
      test(`${word} finds exactly the posts containing it, not posts sharing one of its characters`, async ({ page }) => {
        const expected = containing(word);
        // The seeds make this a real test: some posts contain the word, others only its characters.
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
      await searchBox(page).fill("anthropic");
      const expected = containing("anthropic");
      expect(expected.length).toBeGreaterThan(0);
      expect(posts.some((p) => p.text.includes("Anthropic"))).toBe(true);
      await expect(status(page)).toHaveText(`「anthropic」に一致する記事: ${expected.length}件`);
      expect(await resultSlugs(page)).toEqual(expected);
      await expect(page.locator("ol[aria-label='検索結果'] mark").first()).toHaveText("Anthropic");

      // 多言語 is in the title of llama-4-multilingual only: it comes first.
      await searchBox(page).fill("多言語");
      await expectResultsFor(page, "多言語");
      await expect(page.locator("ol[aria-label='検索結果'] > li").first()).toHaveAttribute("data-post", "llama-4-multilingual");
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
      await searchBox(page).pressSequentially("anthropic");
      await expectResultsFor(page, "anthropic");
      await expect(page).toHaveURL(`${base}/search/?q=anthropic`);
      await searchBox(page).press("Enter");

      await searchBox(page).fill("マルチモーダル");
      await expect(page).toHaveURL(`${base}/search/?q=${encodeURIComponent("マルチモーダル")}`);
      await expectResultsFor(page, "マルチモーダル");

      await page.goBack();
      await expect(searchBox(page)).toHaveValue("anthropic");
      await expectResultsFor(page, "anthropic");
      await page.goBack();
      await expect(page).toHaveURL(`${base}/search/`);
      await expect(searchBox(page)).toHaveValue("");
      await page.goForward();
      await expect(searchBox(page)).toHaveValue("anthropic");

      // Someone opening the shared address sees the same results.
      const other = await context.newPage();
      await other.goto(`${base}/search/?q=${encodeURIComponent("マルチモーダル")}`);
      await expectResultsFor(other, "マルチモーダル");
      expect(errors).toEqual([]);
    });

    test("the header box on an article leads to the search page; articles load no search code", async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const scripts: string[] = [];
      page.on("response", async (r) => {
        if (r.request().resourceType() === "script") scripts.push(await r.text().catch(() => ""));
      });
      await page.goto(`${base}/posts/llama-4-general-ai/`);
      await page.waitForLoadState("networkidle");
      expect(requests.filter((u) => u.includes("/search-index/"))).toEqual([]);
      // The search client's own text (its index file names) is in no script an article runs.
      expect(scripts.filter((s) => s.includes("keys.bin"))).toEqual([]);

      const header = page.getByRole("search", { name: "サイト内検索" });
      await header.getByRole("searchbox").fill("半導体");
      await header.getByRole("searchbox").press("Enter");
      await expect(page).toHaveURL(`${base}/search/?q=${encodeURIComponent("半導体")}`);
      await expectResultsFor(page, "半導体");
      // …where the search code does run (so the check above can fail).
      await page.waitForLoadState("networkidle");
      await expect.poll(() => scripts.some((s) => s.includes("keys.bin"))).toBe(true);
    });

    test("results can be reached and opened with the keyboard; no serious accessibility violation", async ({ page }) => {
      await page.goto(`${base}/search/?q=${encodeURIComponent("多言語")}`);
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
      await expect(page).toHaveURL(`${base}/posts/llama-4-multilingual/`);
      await expect(page.locator("h1")).toContainText("多言語");
    });

    test("time from typing to results, once the index files are loaded (reported, not asserted)", async ({ page }, info) => {
      await page.goto(`${base}/search/?q=${encodeURIComponent("マルチモーダル")}`);
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
      }, "マルチモーダル");
      info.annotations.push({ type: "search-ms", description: `${ms.toFixed(1)} ms` });
      console.log(`[search] ${site}: typing to results after loading: ${ms.toFixed(1)} ms`);
      expect(await resultSlugs(page)).toEqual(containing("マルチモーダル"));
    });
  });
}
