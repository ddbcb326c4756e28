/**
 * A post with its images next to it (e2e/fixtures/editors/images-next-to-post/)
 * on the static export and under `next start`, in Chromium: the images load from the site itself
 * with their size reserved, in a modern format, with their captions, and open
 * full-size on click.
 */
import { expect, test, type Page } from "@playwright/test";
import { urlOf } from "./sites.mjs";

for (const site of ["editorsStatic", "editorsServer"] as const) {
  test.describe(`${site}`, () => {
    const base = urlOf(site);
    const post = `${base}/posts/images-next-to-post/`;

    function foreignRequests(page: Page): string[] {
      const foreign: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(new URL(base).origin) && !r.url().startsWith("data:")) foreign.push(r.url());
      });
      return foreign;
    }

    test("the post's own images load with their size, AVIF/WebP first, the first eagerly", async ({ page }) => {
      const foreign = foreignRequests(page);
      const served: string[] = [];
      page.on("response", (r) => {
        if (r.url().includes("/images/")) served.push(`${r.status()} ${r.headers()["content-type"]}`);
      });
      await page.goto(post);
      const images = page.locator("article .post-body img");
      await expect(images).toHaveCount(2);
      for (const img of await images.all()) {
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
        // Chromium picks the first format it reads: AVIF.
        expect(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/\/images\/[\w-]+-[0-9a-f]{12}\.avif$/);
        await expect(img).toHaveAttribute("decoding", "async");
        const types = await img.evaluate((i) => [...i.parentElement!.querySelectorAll("source")].map((s) => s.type));
        expect(types).toEqual(["image/avif", "image/webp"]);
      }
      await expect(images.nth(0)).toHaveAttribute("width", "640");
      await expect(images.nth(0)).toHaveAttribute("height", "360");
      await expect(images.nth(0)).toHaveAttribute("loading", "eager");
      // =250x: the width asked for, the height in proportion.
      await expect(images.nth(1)).toHaveAttribute("width", "250");
      await expect(images.nth(1)).toHaveAttribute("height", "188");
      await expect(images.nth(1)).toHaveAttribute("loading", "lazy");
      expect((await images.nth(1).boundingBox())!.width).toBeCloseTo(250, 0);
      expect(served.every((s) => s.startsWith("200 image/"))).toBe(true);
      expect(foreign).toEqual([]);
    });

    test("captions from the title and from Zenn's *caption* line", async ({ page }) => {
      await page.goto(post);
      const figures = page.locator("article .post-body figure");
      await expect(figures).toHaveCount(2);
      await expect(figures.nth(0).locator("figcaption")).toHaveText("四半期ごとの売上");
      await expect(figures.nth(1).locator("figcaption")).toHaveText("Zennのキャプション記法");
      await expect(figures.nth(0).locator("img")).toHaveAccessibleName("四半期ごとの売上を示す棒グラフ");
      await expect(figures.nth(0).locator("img")).not.toHaveAttribute("title");
    });

    test("clicking an image opens the full-size original, without script", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(post);
      await page.locator("article .post-body figure").first().locator("img").click();
      await expect(page).toHaveURL(/\/images\/chart-[0-9a-f]{12}\.png$/);
      expect(await page.evaluate(() => document.contentType)).toBe("image/png");
      const size = await page.locator("img").evaluate((i: HTMLImageElement) => [i.naturalWidth, i.naturalHeight]);
      expect(size).toEqual([640, 360]);
      await context.close();
    });

    for (const viewport of [
      { name: "phone", width: 390, height: 844 },
      { name: "desktop", width: 1280, height: 900 },
    ]) {
      test(`screenshot, ${viewport.name}: the images fit the column`, async ({ page }, testInfo) => {
        await page.setViewportSize(viewport);
        await page.goto(post);
        const images = page.locator("article .post-body img");
        for (const img of await images.all()) {
          await img.scrollIntoViewIfNeeded();
          await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
        }
        const column = (await page.locator("article .post-body").boundingBox())!;
        for (const img of await images.all()) {
          const box = (await img.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(column.x - 1);
          expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 1);
          // The reserved box keeps the image's proportions.
          const [w, h] = await img.evaluate((i: HTMLImageElement) => [Number(i.getAttribute("width")), Number(i.getAttribute("height"))]);
          expect(box.width / box.height).toBeCloseTo(w / h, 1);
        }
        await page.screenshot({ path: testInfo.outputPath(`images-${viewport.name}.png`), fullPage: true });
      });
    }
  });
}
