/**
 * The notation fixture (e2e/fixtures/editors/notation.md and its .mdx twin) on
 * the static export and under `next start`, in Chromium: every notation renders at build time, the
 * copy button copies exactly the code, and the page asks nothing of another origin.
 */
import { expect, test, type Page } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousA11yViolations } from "./helpers";
import { urlOf } from "./sites.mjs";

for (const site of ["editorsStatic", "editorsServer"] as const) {
  test.describe(`${site}`, () => {
    const base = urlOf(site);
    const post = `${base}/posts/notation/`;

    function foreignRequests(page: Page): string[] {
      const foreign: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(base.replace(/\/[^/]*$/, "")) && !r.url().startsWith("data:")) foreign.push(r.url());
      });
      return foreign;
    }

    test("callouts, details and alerts are visible with their labels; nesting works", async ({ page }) => {
      await page.goto(post);
      const body = page.locator("article .post-body");
      await expect(body.locator(".callout-message", { hasText: "ふつうのメッセージ" })).toBeVisible();
      await expect(body.locator(".callout-alert", { hasText: "警告のメッセージ" })).toBeVisible();
      const details = body.locator("details.callout-details");
      await expect(details.locator("summary")).toHaveText("折りたたみの見出し");
      await expect(details.locator(".callout-message")).toBeHidden();
      await details.locator("summary").click();
      await expect(details.locator(".callout-message")).toHaveText("入れ子になったメッセージです。");
      for (const [kind, label] of [["note", "注記"], ["tip", "ヒント"], ["important", "重要"], ["warning", "警告"], ["caution", "注意"]]) {
        // The GitHub alerts come first; Qiita's :::note warn is a warning box too (its own test below).
        const alert = body.locator(`.markdown-alert-${kind}`).first();
        await expect(alert.locator(".markdown-alert-title")).toHaveText(label);
        await expect(alert).toBeVisible();
        await expect(alert).toHaveAttribute("role", "note");
      }
      // message and message alert look different.
      const colors = await body.locator(".callout-message, .callout-alert").evaluateAll((els) => els.slice(0, 2).map((e) => getComputedStyle(e).backgroundColor));
      expect(colors[0]).not.toBe(colors[1]);
    });

    test("bold and strikethrough next to Japanese brackets render, without asterisks or tildes, in .md and .mdx", async ({ page }) => {
      for (const slug of ["notation", "notation-mdx"]) {
        await page.goto(`${base}/posts/${slug}/`);
        const body = page.locator("article .post-body");
        await expect(body.locator("strong", { hasText: "「括弧から始まる強調」" })).toHaveText("「括弧から始まる強調」");
        await expect(body.locator("del", { hasText: "「取り消した案」" })).toHaveText("「取り消した案」");
        await expect(body).not.toContainText("**「");
        await expect(body).not.toContainText("~~「");
      }
    });

    test("ruby has its reading in rt, with rp parentheses", async ({ page }) => {
      await page.goto(post);
      const ruby = page.locator("article .post-body ruby").first();
      await expect(ruby.locator("rt")).toHaveText("とうきょう");
      await expect(ruby.locator("rp")).toHaveCount(2);
      expect(await ruby.evaluate((r) => r.firstChild?.textContent)).toBe("東京");
    });

    test("math renders with KaTeX at build time: HTML, MathML, and the site's own stylesheet and fonts", async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(post);
      await page.waitForLoadState("networkidle");
      const inline = page.locator(".math-inline").first();
      await expect(inline.locator("math annotation")).toHaveText("E=mc^2");
      await expect(inline.locator(".katex-html")).toBeVisible();
      // The $$ block, the $$…$$ in a sentence and the ```math block.
      await expect(page.locator(".math-display math[display=block]")).toHaveCount(3);
      // KaTeX's stylesheet applies (its fonts load from this site).
      expect(await inline.locator(".katex").evaluate((e) => getComputedStyle(e).fontFamily)).toContain("KaTeX_Main");
      expect(requests.some((u) => /\/katex\/katex\.min\.css/.test(u))).toBe(true);
      expect(requests.some((u) => /\/katex\/KaTeX_.*\.woff2$/.test(u))).toBe(true);
      // Prices stay prose.
      await expect(page.locator("article .post-body p").first()).toContainText("1ドル=150円、$5 と $10 の差");
    });

    test("a page without math or code loads neither KaTeX's stylesheet nor the copy script", async ({ page }) => {
      await page.goto(`${base}/posts/nfc/`);
      await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
      await expect(page.locator('script[src*="copy-code"]')).toHaveCount(0);
      await expect(page.locator("html")).not.toHaveAttribute("data-copy-code", "ready");
    });

    test.describe("code blocks", () => {
      test.use({ permissions: ["clipboard-read", "clipboard-write"] });

      test("file name outside the code, diff lines marked, copy copies exactly the code", async ({ page, context }) => {
        await context.grantPermissions(["clipboard-read", "clipboard-write"]);
        await page.goto(post);
        await expect(page.locator("html")).toHaveAttribute("data-copy-code", "ready");
        const block = page.locator(".code-block", { has: page.locator(".code-block-title", { hasText: "src/lib/greet.ts" }) });
        await expect(block.locator("pre code")).not.toContainText("src/lib/greet.ts");
        const button = block.getByRole("button", { name: /コピー/ });
        await expect(button).toBeVisible();
        await button.click();
        await expect(button).toHaveText("コピーしました");
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          "export function greet(name: string): string {\n  return `こんにちは、${name}さん`;\n}\n",
        );

        const diff = page.locator(".code-block", { has: page.locator(".code-block-title", { hasText: "src/config.js" }) });
        await expect(diff.locator(".diff-add")).toHaveCount(1);
        await expect(diff.locator(".diff-del")).toHaveCount(1);
        await expect(diff.locator(".diff-add .hljs-number")).toHaveText("8080");
        const [add, del] = await Promise.all([diff.locator(".diff-add"), diff.locator(".diff-del")].map((l) => l.evaluate((e) => getComputedStyle(e).backgroundColor)));
        expect(add).not.toBe(del);
        await diff.getByRole("button", { name: /コピー/ }).click();
        await expect(diff.getByRole("button", { name: /コピー/ })).toHaveText("コピーしました");
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(" const config = {\n-  port: 3000,\n+  port: 8080,\n };\n");
      });

      test("the copy button covers no code, with or without a file name, on a phone and on a desktop", async ({ page }) => {
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(post);
          await expect(page.locator("html")).toHaveAttribute("data-copy-code", "ready");
          const blocks = page.locator(".code-block");
          expect(await blocks.count()).toBeGreaterThan(2);
          expect(await page.locator(".code-block:not(:has(.code-block-title))").count(), "a block without a file name").toBeGreaterThan(0);
          for (const block of await blocks.all()) {
            const [button, code] = await Promise.all([
              block.locator(".code-copy").boundingBox(),
              // The box of the code's first line: its first character's.
              block.locator("pre code").evaluate((code) => {
                const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
                let text = walker.nextNode();
                while (text && !text.textContent!.trim()) text = walker.nextNode();
                const range = document.createRange();
                range.setStart(text!, 0);
                range.setEnd(text!, 1);
                const r = range.getBoundingClientRect();
                return { y: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
              }),
            ]);
            const top = button!.y + (await page.evaluate(() => window.scrollY));
            expect(top + button!.height, `${width}px: the button ends above the first line of code`).toBeLessThanOrEqual(code.y + 1);
          }
        }
      });

      test("without JavaScript the copy button is not shown", async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(post);
        await expect(page.locator(".code-copy").first()).toBeHidden();
        await context.close();
      });
    });

    test("diagrams are inline SVGs drawn at build time: named, readable in light and dark, also without JavaScript", async ({ browser }) => {
      // Four pages (light and dark, with and without JavaScript): room for a loaded machine.
      test.slow();
      for (const colorScheme of ["light", "dark"] as const) {
        for (const javaScriptEnabled of [true, false]) {
          const context = await browser.newContext({ colorScheme, javaScriptEnabled });
          const page = await context.newPage();
          await page.goto(post);
          const diagrams = page.locator("article .post-body .diagram > svg[role=img]");
          await expect(diagrams).toHaveCount(5);
          await expect(diagrams.first()).toHaveAttribute("aria-label", "フローチャート: 下書き、確認OK?、記事を公開、はい、いいえ");
          for (const name of ["シーケンス図", "クラス図", "状態遷移図", "ER 図"]) await expect(page.getByRole("img", { name: new RegExp(`^${name}: `) })).toBeVisible();
          await expect(page.locator(".diagram :is(script, style, foreignObject, a)")).toHaveCount(0);
          await expect(page.locator('script[src*="mermaid" i]')).toHaveCount(0);
          const box = await diagrams.first().boundingBox();
          expect(box!.width).toBeGreaterThan(200);
          // Every label's colour against the page's ground, as the browser paints them (colours are oklch and color-mix()).
          const ratios = await diagrams.evaluateAll((svgs) => {
            const canvas = document.createElement("canvas");
            const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
            const rgb = (color: string) => {
              ctx.clearRect(0, 0, 1, 1);
              ctx.fillStyle = color;
              ctx.fillRect(0, 0, 1, 1);
              return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
            };
            const luminance = (c: number[]) => {
              const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const ground = luminance(rgb(getComputedStyle(document.body).backgroundColor));
            return svgs.flatMap((svg) =>
              [...svg.querySelectorAll("text:not(:has(tspan)), tspan")].map((t) => {
                const l = luminance(rgb(getComputedStyle(t).fill));
                return { text: t.textContent, ratio: (Math.max(l, ground) + 0.05) / (Math.min(l, ground) + 0.05) };
              }),
            );
          });
          expect(ratios.length).toBeGreaterThan(15);
          expect(ratios.filter((r) => r.ratio < 4.5), `${colorScheme}: labels under 4.5:1`).toEqual([]);
          await context.close();
        }
      }
    });

    test("a diagram in an .mdx post is drawn as well", async ({ page }) => {
      await page.goto(`${base}/posts/notation-mdx/`);
      await expect(page.getByRole("img", { name: "フローチャート: MDXの投稿、図も描ける" })).toBeVisible();
    });

    test("embeds and bare URLs are link cards with host and path; a cached title is used", async ({ page }) => {
      await page.goto(post);
      const cards = page.locator("article .link-card a");
      await expect(cards).toHaveCount(6);
      await expect(cards.nth(0)).toHaveAttribute("href", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
      await expect(cards.nth(0)).toContainText("YouTube");
      await expect(cards.nth(2).locator(".link-card-title")).toHaveText("記法の解説ページ");
      await expect(cards.nth(2).locator(".link-card-url")).toHaveText("example.com/posts/notation");
      await expect(cards.nth(3).locator(".link-card-title")).toHaveText("example.org");
    });

    test("as Zenn shows them: URL lines among other lines are cards, $$ in a sentence is a block, inline notes, titles with spaces", async ({ page }) => {
      await page.goto(post);
      const body = page.locator("article .post-body");
      // Two URL lines inside a paragraph: two cards, the paragraph's other lines around them.
      const before = body.locator("p", { hasText: "前の行の文です。" });
      await expect(before).toHaveText("前の行の文です。");
      await expect(before.locator("xpath=following-sibling::*[1]").locator("a")).toHaveAttribute("href", "https://example.com/first-line");
      await expect(before.locator("xpath=following-sibling::*[2]").locator("a")).toHaveAttribute("href", "https://example.com/second-line");
      await expect(before.locator("xpath=following-sibling::*[3]")).toHaveText("後の行の文です。");
      // An autolink in a list stays a link.
      await expect(body.locator("li > a[href='https://example.com/in-a-list']")).toHaveText("https://example.com/in-a-list");
      // $$…$$ in a sentence: a display formula between the sentence's halves.
      const sum = body.locator(".math-display", { has: page.locator("annotation", { hasText: "\\sum_{k=1}^{n} k" }) });
      await expect(sum.locator(".katex-display")).toBeVisible();
      await expect(body.locator(".math-display", { has: page.locator("annotation", { hasText: "a^2 + b^2 = c^2" }) })).toBeVisible();
      await expect(body.locator(".code-block-title", { hasText: "nest g コマンド一覧" })).toHaveText("nest g コマンド一覧");
      const note = body.locator(".markdown-alert-warning", { hasText: "Qiita の注意の囲みです。" });
      await expect(note.locator(".markdown-alert-title")).toHaveText("注意");
      await expect(note).toContainText("Qiita の注意の囲みです。");
    });

    test("footnotes, inline ones included, are labelled in Japanese for screen readers and in the table of contents", async ({ page }) => {
      await page.goto(post);
      const section = page.locator("article section.footnotes");
      await expect(section.locator("h2")).toHaveText("脚注");
      await expect(section.locator("li").first()).toContainText("インライン脚注の本文です。");
      await expect(section.locator("a[data-footnote-backref]").first()).toHaveAttribute("aria-label", "参照 1 に戻る");
      await expect(page.locator("nav[data-toc] a", { hasText: "脚注" }).first()).toBeAttached();
      await expect(page.locator("nav[data-toc]")).not.toContainText("Footnotes");
    });

    test("one h1 and no skipped heading level; /images/ is the content folder's images", async ({ page }) => {
      await page.goto(post);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("article .post-body h3", { hasText: "一段飛ばした見出し" })).toHaveCount(1);
      await expect(page.locator("article .post-body h4")).toHaveCount(0);
      const image = page.locator("article .post-body img[alt='リポジトリ直下の画像']");
      await expect(image).toHaveAttribute("src", /\/images\/zenn-root-[0-9a-f]{12}\.png$/);
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    });

    for (const [slug, colorScheme] of [["notation", "light"], ["notation", "dark"], ["notation-mdx", "light"]] as const) {
      test(`${slug} (${colorScheme}): no request to another origin, no console error, nothing serious for axe`, async ({ page }) => {
        // axe reads every element of the page's diagrams: room for a loaded machine.
        test.slow();
        await page.emulateMedia({ colorScheme });
        const foreign = foreignRequests(page);
        const errors = collectConsoleErrors(page);
        await page.goto(`${base}/posts/${slug}/`);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("article .post-body .callout-message").first()).toBeVisible();
        await expect(page.locator("article .post-body .math-inline math").first()).toBeAttached();
        await expect(page.locator("article .post-body ruby rt").first()).toBeAttached();
        await expectNoSeriousA11yViolations(page);
        expect(foreign).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
