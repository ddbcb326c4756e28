/**
 * Images in post bodies through both pipelines: a post's own files (resolved
 * against the post's folder), Zenn's width notation and captions.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../../content/issues";
import type { Markdown } from "../index";
import { testMarkdown } from "../testing";

let root: string;
let post: string;
let markdown: Markdown;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-md-images-"));
  markdown = testMarkdown({ contentDir: root });
  fs.mkdirSync(path.join(root, "llama", "images"), { recursive: true });
  const image = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#884422" } }).png().toBuffer();
  fs.writeFileSync(path.join(root, "llama", "images", "a.png"), image);
  post = path.join(root, "llama", "index.md");
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const md = (body: string, sourcePath = post) => markdown.compileMarkdown(body, "", { sourcePath, bodyLine: 5 }).html;
/** React writes `srcSet`, `fetchPriority` and `<img/>`; HTML reads them as `srcset`, `fetchpriority` and `<img>`. */
const asHtml = (markup: string) => markup.replace(/ (srcSet|fetchPriority)=/g, (_, name: string) => ` ${name.toLowerCase()}=`).replace(/\/>/g, ">");
const mdx = async (body: string) =>
  asHtml(renderToStaticMarkup((await markdown.renderBody({ body, title: "", format: "mdx", sourcePath: post, bodyLine: 5 })).content as ReactElement));
const both = async (body: string) => [md(body), await mdx(body)];

describe("a post's own images", () => {
  it("is served under a hashed name with its size, AVIF and WebP first, linked to the full-size file", async () => {
    for (const html of await both("![説明](./images/a.png)")) {
      const original = /src="(\/images\/a-[0-9a-f]{12}\.png)"/.exec(html)?.[1];
      expect(original).toBeDefined();
      const stem = original!.slice(0, -".png".length);
      expect(html).toContain(`<a href="${original}"><picture><source type="image/avif" srcset="${stem}.avif"><source type="image/webp" srcset="${stem}.webp"><img`);
      expect(html).toMatch(/<img [^>]*alt="説明"/);
      expect(html).toMatch(/width="400" height="300"/);
    }
  });

  it("the first image loads at once, the others lazily; all decode asynchronously", async () => {
    for (const html of await both("![一](./images/a.png)\n\n![二](https://example.com/b.png)\n\n![三](images/a.png)")) {
      const imgs = html.match(/<img [^>]*>/g)!;
      expect(imgs).toHaveLength(3);
      expect(imgs[0]).toMatch(/loading="eager"/);
      expect(imgs[0]).toMatch(/fetchpriority="high"/);
      for (const img of imgs.slice(1)) expect(img).toMatch(/loading="lazy"/);
      for (const img of imgs) expect(img).toMatch(/decoding="async"/);
      // A remote image stays remote, without a picture or a link of ours.
      expect(html).toContain('src="https://example.com/b.png"');
      expect(html.match(/<picture>/g)).toHaveLength(2);
    }
  });

  it("a missing image stops the build naming the post file's line and column", async () => {
    const body = "本文\n\n段落の中 ![なし](./images/missing.png)";
    for (const render of [() => md(body), () => mdx(body)]) {
      const error = await Promise.resolve().then(render).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).issues).toHaveLength(1);
      expect((error as ContentError).issues[0]).toMatchObject({ file: post, line: 7, column: 6, severity: "error" });
      expect((error as ContentError).message).toContain("画像 ./images/missing.png が見つかりません");
    }
  });

  it("a reference image (`![a][ref]` with `[ref]: ./images/a.png`) is the post's file too", async () => {
    for (const html of await both('![参照][図]\n\n[図]: ./images/a.png "参照の図"')) {
      expect(html).toMatch(/<figure><a href="\/images\/a-[0-9a-f]{12}\.png"><picture>/);
      expect(html).toMatch(/width="400" height="300"/);
      expect(html).toContain("<figcaption>参照の図</figcaption>");
    }
    expect(() => md("![参照][x]\n\n[x]: ./images/none.png")).toThrow(ContentError);
  });

  it("`/images/x.png` is Zenn's repository-root images folder: the content folder's images/, through the same pipeline", async () => {
    fs.mkdirSync(path.join(root, "images"), { recursive: true });
    fs.writeFileSync(path.join(root, "images", "root.png"), await sharp({ create: { width: 64, height: 32, channels: 3, background: "#123456" } }).png().toBuffer());
    for (const html of await both("![ルート](/images/root.png =32x)")) {
      expect(html).toMatch(/<a href="\/images\/root-[0-9a-f]{12}\.png"><picture><source type="image\/avif"/);
      expect(html).toMatch(/width="32" height="16"/);
    }
    const body = "本文\n\n![なし](/images/none.png)";
    for (const render of [() => md(body), () => mdx(body)]) {
      const error = await Promise.resolve().then(render).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).issues[0]).toMatchObject({ file: post, line: 7, column: 1, severity: "error" });
      expect((error as ContentError).issues[0].fix).toContain("images/none.png in the content folder");
    }
    expect(() => md("![](/images/../../x.png)")).toThrow(/コンテンツのフォルダーの外にあります/);
  });

  it("an image outside the content folder is an error, not a copy", () => {
    expect(() => md("![](../../etc/x.png)")).toThrow(/コンテンツのフォルダーの外にあります/);
  });

  it("without the post's file (an excerpt) the path is left as written", () => {
    expect(markdown.compileMarkdown("![a](./images/a.png)", "").html).toContain('src="./images/a.png"');
  });

  it("a changed image recompiles: the hash is part of the output", async () => {
    const other = path.join(root, "llama", "images", "b.png");
    fs.writeFileSync(other, await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } }).png().toBuffer());
    const before = md("![](./images/b.png)");
    fs.writeFileSync(other, await sharp({ create: { width: 12, height: 10, channels: 3, background: "#000" } }).png().toBuffer());
    const after = md("![](./images/b.png)");
    expect(after).not.toBe(before);
    expect(after).toContain('width="12"');
  });
});

describe("Zenn's width notation", () => {
  it("=250x sets the width and keeps the aspect ratio", async () => {
    for (const html of await both("![図](./images/a.png =250x)")) {
      expect(html).toMatch(/<img [^>]*width="250" height="188"/);
      expect(html).not.toContain("=250x");
    }
  });

  it("works for a remote image, in running text, and stays text in code", async () => {
    const html = md("前 ![](https://example.com/x.png =120x) 後\n\n`![](x.png =250x)`");
    expect(html).toMatch(/前 <img src="https:\/\/example.com\/x.png" alt="" width="120"[^>]*> 後/);
    expect(html).toContain("<code>![](x.png =250x)</code>");
  });
});

describe("captions", () => {
  it("the image's title becomes the figure's caption", async () => {
    for (const html of await both('![a](./images/a.png "キャプション")')) {
      expect(html).toMatch(/^<figure><a href="[^"]+"><picture>.*<\/picture><\/a><figcaption>キャプション<\/figcaption><\/figure>$/);
      expect(html).not.toContain('title="キャプション"');
    }
  });

  it("Zenn's *caption* line right under the image", async () => {
    for (const html of await both("![a](https://example.com/x.png)\n*出典: **自社**調べ*")) {
      expect(html).toContain("<figcaption>出典: <strong>自社</strong>調べ</figcaption></figure>");
    }
  });

  it("an image line with its *caption* line among other lines of a paragraph: the figure is taken out of it", async () => {
    for (const html of await both("前の文\n![図](https://example.com/a.png)\n*キャプション*\n後の文")) {
      expect(html.replace(/\n/g, "")).toMatch(/<p>前の文<\/p><figure><img [^>]*alt="図"[^>]*><figcaption>キャプション<\/figcaption><\/figure><p>後の文<\/p>$/);
    }
  });

  it("an image in running text with emphasis is not a figure", async () => {
    expect(md("![a](https://example.com/x.png) と *強調*")).not.toContain("<figure>");
  });
});
