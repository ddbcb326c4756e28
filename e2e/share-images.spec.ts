/**
 * Share images as link previews fetch them: an article's og:image is an
 * absolute URL that answers a 1200×630 PNG, from the static export (plain file
 * server) and from `next start`; list pages show the site's image.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readPosts } from "./helpers";
import { contentOf, sites, urlOf } from "./sites.mjs";

const posts = readPosts(contentOf("seedsStatic"));

async function metaContent(page: Page, key: string): Promise<string | null> {
  return page.locator(`head meta[property='${key}'], head meta[name='${key}']`).first().getAttribute("content");
}

async function expectPng(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  const body = await response.body();
  expect([...body.subarray(0, 8)], `${url} is a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) }, url).toEqual({ width: 1200, height: 630 });
  return body;
}

for (const site of ["seedsStatic", "seedsServer"] as const) {
  test.describe(`share images (${site})`, () => {
    test.skip(!sites[site], `${site} is not built in this run`);
    const base = urlOf(site);

    test("an article names its own image by absolute URL, a large Twitter card, and the image is a 1200×630 PNG", async ({ page, request }) => {
      const post = posts[0];
      await page.goto(`${base}/posts/${post.slug}/`);
      const image = await metaContent(page, "og:image");
      expect(image).toBe(`${base}/posts/${post.slug}/og.png`);
      expect(await metaContent(page, "og:image:width")).toBe("1200");
      expect(await metaContent(page, "og:image:height")).toBe("630");
      expect(await metaContent(page, "og:image:alt")).toBe(post.title);
      expect(await metaContent(page, "twitter:card")).toBe("summary_large_image");
      expect(await metaContent(page, "twitter:image")).toBe(image);
      await expectPng(request, image!);
    });

    test("list pages show the site's image, and each post's image is its own", async ({ page, request }) => {
      await page.goto(`${base}/`);
      const siteImage = await metaContent(page, "og:image");
      expect(siteImage).toBe(`${base}/og.png`);
      expect(await metaContent(page, "twitter:card")).toBe("summary_large_image");
      const bodies = [await expectPng(request, siteImage!)];
      for (const post of posts.slice(0, 2)) bodies.push(await expectPng(request, `${base}/posts/${post.slug}/og.png`));
      expect(new Set(bodies.map((b) => b.toString("base64"))).size).toBe(bodies.length);
    });
  });
}
