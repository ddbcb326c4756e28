/**
 * Every link of every hostile post (e2e/fixtures/editors/hostile), clicked in a
 * real browser on the static export: nothing runs, and the post's ids never
 * repeat the page's own (`main`, the search form, the table of contents).
 */
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { urlOf } from "./sites.mjs";

const base = urlOf("editorsStatic");
const hostileDir = "e2e/fixtures/editors/hostile";
const slugs = fs
  .readdirSync(hostileDir)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => f.replace(/\.mdx?$/, ""));

// The export's Content-Security-Policy is a second line of defence that would
// stop a javascript: URL by itself; without it, this tests the sanitizer.
test.use({ bypassCSP: true });

/** Records every dialog and every write to `window.__pwned`, the payloads' marker, across navigations. */
async function watchForScript(page: Page): Promise<string[]> {
  const ran: string[] = [];
  page.on("dialog", async (dialog) => {
    ran.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.exposeBinding("__reportPwned", (_source, value: string) => void ran.push(`__pwned = ${value}`));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportPwned: (v: string) => void }).__reportPwned;
    Object.defineProperty(window, "__pwned", { get: () => undefined, set: (value) => void report(String(value)) });
  });
  // Links to other sites are not followed: tests have no network.
  await page.route((url) => !url.href.startsWith("http://127.0.0.1:"), (route) => route.abort());
  return ran;
}

test("the watcher sees a dialog and a write to window.__pwned", async ({ page }) => {
  const ran = await watchForScript(page);
  await page.goto(`${base}/posts/${slugs[0]}/`);
  await page.evaluate(() => {
    (window as unknown as { __pwned: string }).__pwned = "probe";
    alert("probe");
  });
  await expect.poll(() => ran).toEqual(["__pwned = probe", "alert: probe"]);
});

for (const slug of slugs) {
  test(`${slug}: clicking every link in the post runs nothing`, async ({ page }) => {
    const ran = await watchForScript(page);
    const postUrl = `${base}/posts/${slug}/`;
    await page.goto(postUrl);
    const links = page.locator("article .post-body a");
    const count = await links.count();
    expect(count, "the post has links to click").toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      if (page.url().split("#")[0] !== postUrl) await page.goto(postUrl);
      const link = links.nth(i);
      const what = await link.evaluate((a) => a.outerHTML.slice(0, 160));
      // A link no one can see is still activated, as a script or assistive technology could.
      if (await link.isVisible()) await link.click({ timeout: 5_000 });
      else await link.dispatchEvent("click");
      await page.waitForTimeout(150);
      expect(ran, what).toEqual([]);
    }
  });

  test(`${slug}: the post's ids are prefixed and never repeat the page's`, async ({ page }) => {
    await page.goto(`${base}/posts/${slug}/`);
    const ids = await page.evaluate(() => {
      const body = document.querySelector("article .post-body")!;
      const named = [...document.querySelectorAll("[id], [name]")];
      return {
        main: document.querySelectorAll('[id="main"]').length,
        mainTag: document.getElementById("main")?.tagName,
        page: named.filter((el) => !body.contains(el) && el.id).map((el) => el.id),
        post: named.filter((el) => body.contains(el)).flatMap((el) => [el.getAttribute("id"), el.getAttribute("name")].filter((v) => v !== null)),
        targets: [...document.querySelectorAll("article a[href^='#']")].map((a) => decodeURIComponent(a.getAttribute("href")!.slice(1))),
      };
    });
    expect(ids.main).toBe(1);
    expect(ids.mainTag).toBe("MAIN");
    expect(ids.page.filter((id, i) => ids.page.indexOf(id) !== i), "the page's ids are unique").toEqual([]);
    expect(ids.post.filter((id) => ids.page.includes(id)), "post ids that repeat the page's").toEqual([]);
    expect(ids.post.filter((id) => !id.startsWith("user-content-")), "post ids without the prefix").toEqual([]);
    // In-page links of the post and its table of contents point at elements that exist.
    for (const id of ids.targets) expect(await page.locator(`[id="${id}"], a[name="${id}"]`).count(), `#${id}`).toBeGreaterThan(0);
  });
}
