/**
 * The editors' fixtures (e2e/fixtures/editors) built as a static export: Jekyll
 * files read as Jekyll reads them, drafts and scheduled posts nowhere in the
 * production site, and hostile posts that render as text and run nothing.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { urlOf, workDir } from "./sites.mjs";

const base = urlOf("editorsStatic");
const exportDir = path.join(workDir, "static-editorsStatic");

const hidden = {
  titles: ["下書きの投稿", "非公開の投稿", "予約された投稿", "下書きフォルダのアイデア"],
  slugs: ["draft-flag", "unpublished", "scheduled", "idea"],
  terms: ["下書きタグ", "非公開タグ", "予約タグ", "下書きフォルダのタグ", "下書きカテゴリ"],
};
const visibleTitles = ["パーマリンクを持つ投稿", "ガーデンの記事", "Jekyllから移した投稿"];

function textFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile() && /\.(html|txt|xml|json|rss|atom|webmanifest|js|body|meta|rsc|bin)$/.test(f) && !f.includes(`${path.sep}cache${path.sep}`));
}

/** A file's text; gzip-compressed files (the search index shards) are read uncompressed. */
function readText(file: string): string {
  const bytes = fs.readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes).toString("utf8");
}

test.describe("drafts and scheduled posts in production", () => {
  test("appear in no file of the static export: pages, feeds, sitemap, search data", () => {
    const files = textFiles(exportDir);
    expect(files.some((f) => f.endsWith("index.html"))).toBe(true);
    const found: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const text = readText(file);
      for (const title of visibleTitles) if (text.includes(title)) seen.add(title);
      for (const needle of [...hidden.titles, ...hidden.terms, ...hidden.terms.map(encodeURIComponent)]) {
        if (text.includes(needle)) found.push(`${path.relative(exportDir, file)}: ${needle}`);
      }
      for (const slug of hidden.slugs) if (text.includes(`/posts/${slug}/`)) found.push(`${path.relative(exportDir, file)}: /posts/${slug}/`);
    }
    expect(found).toEqual([]);
    // The scan reads real content: every published title is found somewhere.
    expect([...seen].sort()).toEqual([...visibleTitles].sort());
  });

  test("their URLs are 404s; lists and taxonomies show only published posts", async ({ page, request }) => {
    for (const slug of hidden.slugs) expect((await request.get(`${base}/posts/${slug}/`)).status(), slug).toBe(404);
    for (const term of hidden.terms) expect((await request.get(`${base}/tags/${encodeURIComponent(term)}/`)).status(), term).toBe(404);
    await page.goto(base + "/");
    const titles = (await page.locator("main article h2").allInnerTexts()).map((t) => t.trim());
    for (const t of visibleTitles) expect(titles).toContain(t);
    for (const t of hidden.titles) expect(titles).not.toContain(t);
    await expect(page.getByText("下書き", { exact: true })).toHaveCount(0);
    await expect(page.getByText("予約", { exact: true })).toHaveCount(0);
  });
});

test.describe("Jekyll posts", () => {
  test("_posts file: date from the file name, BOM and CRLF, space-separated categories, singular tag", async ({ page }) => {
    await page.goto(`${base}/posts/jekyll-file-date/`);
    await expect(page.locator("h1")).toHaveText("Jekyllから移した投稿");
    // A date-only value is midnight in the site time zone.
    await expect(page.locator("article header time").first()).toHaveAttribute("datetime", "2025-10-05T00:00:00+09:00");
    const terms = (await page.locator("article header a").allInnerTexts()).map((t) => t.replace(/^#/, "").trim());
    expect(terms).toEqual(expect.arrayContaining(["Jekyll", "移行", "Machine Learning"]));
    await expect(page.locator("article")).toContainText("改行コードはCRLFで、先頭にBOMがあります。");
  });

  test("permalink gives the slug; the per-post excerpt_separator ends the excerpt", async ({ page }) => {
    await page.goto(base + "/");
    const card = page.locator("main article", { hasText: "パーマリンクを持つ投稿" });
    await expect(card.getByRole("link", { name: "パーマリンクを持つ投稿" })).toHaveAttribute("href", /\/posts\/custom-permalink\/$/);
    await expect(card).toContainText("この段落が抜粋になります。");
    await expect(card).not.toContainText("ここから先は抜粋に入りません。");
  });

  test("titles and tags are NFC: a title typed with combining marks reads as precomposed text", async ({ page }) => {
    await page.goto(`${base}/posts/nfc/`);
    const title = await page.locator("h1").innerText();
    expect(title).toBe("ガーデンの記事");
    expect(title).toBe(title.normalize("NFC"));
  });
});

/** Everything a page must not do when it shows hostile post text. */
async function visitInertly(page: Page, url: string) {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1:") && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName}[${a.name}]`)),
      badUrls: all.flatMap((el) =>
        ["href", "src", "action", "formaction", "xlink:href", "data"]
          .map((n) => el.getAttribute(n))
          .filter((v): v is string => !!v && /^\s*(javascript|data|vbscript):/i.test(v)),
      ),
      // The site's own search form sits in the header; a post's form would be in main.
      embeds: document.querySelectorAll("iframe, object, embed, main form, body meta[http-equiv], body style").length,
      scripts: [...document.scripts].filter((s) => s.type !== "application/ld+json" && s.textContent?.includes("__pwned")).length,
    };
  });
  expect(state, url).toEqual({ pwned: null, handlers: [], badUrls: [], embeds: 0, scripts: 0 });
  expect(dialogs, url).toEqual([]);
  expect(foreign, url).toEqual([]);
  expect(errors, url).toEqual([]);
}

test.describe("hostile posts run nothing and still render", () => {
  test("script-everywhere: title, author, tags and excerpt are text; the body's HTML is sanitized", async ({ page }) => {
    await visitInertly(page, `${base}/posts/script-everywhere/`);
    const h1 = await page.locator("h1").innerText();
    expect(h1).toContain("</title></script><script>window.__pwned='title'</script>");
    expect(h1).toContain("危険なタイトル");
    expect(await page.title()).toContain("</title></script><script>");
    await expect(page.locator("article header")).toContainText("<script>window.__pwned='author'</script>悪意ある著者");
    await expect(page.locator("article")).toContainText("最後の段落です。ここまで表示されれば、ページは壊れていません。");
    await expect(page.locator("article")).toContainText("<script>window.__pwned='code'</script>");
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toBe("太字の要約とリンク。");
  });

  test("mdx-javascript: expressions, imports and handlers are gone, components and text remain", async ({ page }) => {
    await visitInertly(page, `${base}/posts/mdx-javascript/`);
    await expect(page.locator("h1")).toHaveText("MDXで<script>を試みる投稿");
    const article = page.locator("article");
    await expect(article).toContainText("MDXの最初の段落です。");
    await expect(article).toContainText("安全な注記");
    await expect(article.locator("aside[role=note]").first()).toBeVisible();
    await expect(article).toContainText("MDXの最後の段落です。");
  });

  test("nested-injection: braces and Liquid are text, tricky javascript: spellings are dropped", async ({ page }) => {
    await visitInertly(page, `${base}/posts/nested-injection/`);
    await expect(page.locator("h1")).toHaveText("一見普通の投稿 {{ site.title }} ${process.env.HOME}");
    await expect(page.locator("article")).toContainText("{globalThis.__pwned = 1}");
    await expect(page.locator("article header")).toContainText("<b>太字の著者</b>");
  });

  test("lists and every tag and category page built from hostile names", async ({ page }) => {
    await visitInertly(page, `${base}/`);
    await expect(page.locator("main article h2", { hasText: "危険なタイトル" })).toContainText("<script>");
    const pages = new Set<string>();
    for (const index of ["/tags/", "/categories/"]) {
      await visitInertly(page, base + index);
      for (const href of await page.locator("main a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        if (href.startsWith(base) && /\/(tags|categories)\/.+/.test(href)) pages.add(href);
      }
    }
    expect(pages.size).toBeGreaterThan(4);
    for (const url of pages) await visitInertly(page, url);
    await visitInertly(page, `${base}/archive/`);
  });

  test("feeds and structured data carry the hostile title as text, and stay well-formed", async ({ page, request }) => {
    const title = "</title></script><script>window.__pwned='title'</script>";
    await page.goto(`${base}/posts/script-everywhere/`);
    for (const feed of ["/feed.xml", "/atom.xml"]) {
      const xml = await (await request.get(base + feed)).text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "application/xml");
        // Atom titles are type="html": decode them to the text a reader shows.
        const read = (t: Element) => {
          if (t.getAttribute("type") !== "html") return t.textContent ?? "";
          const div = document.createElement("div");
          div.innerHTML = t.textContent ?? "";
          return div.textContent ?? "";
        };
        return { error: doc.querySelector("parsererror")?.textContent ?? null, titles: [...doc.querySelectorAll("item > title, entry > title")].map(read) };
      }, xml);
      expect(parsed.error, feed).toBeNull();
      expect(parsed.titles.some((t) => t.includes(title)), feed).toBe(true);
    }
    const json = await (await request.get(base + "/feed.json")).json();
    expect(json.items.some((i: { title?: string }) => i.title?.includes(title))).toBe(true);
    const ld = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(ld).not.toContain("</script>");
    const data = JSON.parse(ld!);
    const posting = (Array.isArray(data) ? data : [data]).find((d: { "@type"?: string }) => d["@type"] === "BlogPosting");
    expect(posting.headline).toContain(title);
  });
});
