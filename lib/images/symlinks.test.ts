/**
 * Images and the link-card cache are read where they really are: a link to a
 * file outside the content folder, or a file inside a linked folder whose
 * target is outside, is never read, hashed or published. Real links in a
 * temporary folder.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../content/issues";
import { readLinkCardTitles } from "../content/link-cards";
import { testMarkdown } from "../markdown/testing";
import { realFileInside } from "../path-inside.mjs";
import { imageCatalog, imageFile } from "./catalog";
import { imageKey } from "./key";
import { assetInside, locateImage } from "./locate";

let work: string;
let root: string;
let secret: Buffer;
const post = () => path.join(root, "post", "index.md");

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-links-"));
  root = path.join(work, "content");
  const images = path.join(root, "post", "images");
  fs.mkdirSync(images, { recursive: true });
  fs.mkdirSync(path.join(work, "elsewhere"));
  secret = await sharp({ create: { width: 3, height: 2, channels: 3, background: "#123456" } }).png().toBuffer();
  fs.writeFileSync(path.join(work, "elsewhere", "secret.png"), secret);
  fs.writeFileSync(path.join(work, "passwd"), "root:x:0:0:root:/root:/bin/bash\n");
  fs.writeFileSync(path.join(images, "own.png"), await sharp({ create: { width: 4, height: 4, channels: 3, background: "#abcdef" } }).png().toBuffer());
  fs.symlinkSync(path.join(work, "passwd"), path.join(images, "passwd.gif"));
  fs.symlinkSync(path.join(work, "elsewhere", "secret.png"), path.join(images, "secret.png"));
  fs.symlinkSync(path.join(work, "elsewhere"), path.join(images, "dir"));
  fs.symlinkSync("own.png", path.join(images, "alias.png"));
  fs.symlinkSync(path.join(work, "nowhere.png"), path.join(images, "broken.png"));
  fs.mkdirSync(path.join(images, "folder.png"));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const escaping = ["./images/passwd.gif", "./images/secret.png", "./images/dir/secret.png"];

describe("realFileInside", () => {
  it("gives the real path of a file inside, following links that stay inside", () => {
    expect(realFileInside(root, path.join(root, "post/images/alias.png"))).toEqual({ real: fs.realpathSync(path.join(root, "post/images/own.png")) });
  });

  it("calls a link out of the folder, and a file in a linked folder whose target is outside, outside", () => {
    expect(realFileInside(root, path.join(root, "post/images/passwd.gif"))).toMatchObject({ problem: "outside" });
    expect(realFileInside(root, path.join(root, "post/images/dir/secret.png"))).toMatchObject({ problem: "outside" });
  });

  it("tells a broken link and a folder from a file", () => {
    expect(realFileInside(root, path.join(root, "post/images/broken.png"))).toEqual({ problem: "missing" });
    expect(realFileInside(root, path.join(root, "post/images/folder.png"))).toMatchObject({ problem: "not-a-file" });
  });
});

describe("a post's images that are links", () => {
  it("a link to a file elsewhere, or into a linked folder, is an error naming the image, not an asset", () => {
    for (const src of escaping) {
      const located = locateImage(src, post(), root);
      expect(located, src).toMatchObject({ message: expect.stringContaining(`image ${src} is a link to a file outside the content folder`) });
    }
    expect(locateImage("./images/broken.png", post(), root)).toMatchObject({ message: "image ./images/broken.png not found" });
    expect(locateImage("./images/folder.png", post(), root)).toMatchObject({ message: "image ./images/folder.png is not a regular file" });
  });

  it("a link that stays inside is published from the file it points to", async () => {
    const located = locateImage("./images/alias.png", post(), root);
    expect("asset" in located && located.asset.source).toBe(fs.realpathSync(path.join(root, "post/images/own.png")));
  });

  it("the served files hold nothing from outside the content folder", async () => {
    const body = [...escaping, "./images/alias.png"].map((src) => `![x](${src})`).join("\n\n");
    const catalog = imageCatalog([{ body, sourcePath: post() }], root);
    expect(catalog.size).toBeGreaterThan(0);
    for (const file of catalog.keys()) {
      expect(file).toMatch(/^own-/);
      const served = await imageFile(catalog, file, { dir: undefined });
      expect(Buffer.from(served!.body).includes(Buffer.from("root:x:0:0"))).toBe(false);
      expect(Buffer.from(served!.body).equals(secret)).toBe(false);
    }
  });

  it("the compile's cache key does not read them either", () => {
    const key = imageKey(escaping.map((src) => `![x](${src})`).join("\n"), post(), root);
    for (const src of escaping) expect(key).toContain(`${src}=image ${src} is a link to a file outside the content folder`);
  });

  it("a post naming one does not build: a content error with its line", () => {
    const markdown = testMarkdown({ contentDir: root });
    let error: unknown;
    try {
      markdown.compileMarkdown("本文\n\n![パスワード](./images/passwd.gif)\n", "", { sourcePath: post(), bodyLine: 5 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).issues[0]).toMatchObject({ line: 7, message: expect.stringContaining("outside the content folder") });
  });
});

describe("a file the content folder names by itself (a book's cover)", () => {
  it("is an asset only when it really is an image file inside the content folder", () => {
    const images = path.join(root, "post", "images");
    expect(assetInside(root, path.join(images, "own.png"))?.source).toBe(fs.realpathSync(path.join(images, "own.png")));
    expect(assetInside(root, path.join(images, "alias.png"))?.source).toBe(fs.realpathSync(path.join(images, "own.png")));
    for (const name of ["secret.png", "dir/secret.png", "passwd.gif", "broken.png", "folder.png"]) expect(assetInside(root, path.join(images, name)), name).toBeUndefined();
  });
});

describe("link-cards.json", () => {
  it("a link to a file elsewhere is a content error, never read", () => {
    const dir = path.join(work, "cards-linked");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(work, "cards-elsewhere.json"), JSON.stringify({ version: 1, cards: { "https://a.example/": { title: "外のタイトル" } } }));
    fs.symlinkSync(path.join(work, "cards-elsewhere.json"), path.join(dir, "link-cards.json"));
    expect(() => readLinkCardTitles(dir)).toThrow(ContentError);
    expect(() => readLinkCardTitles(dir)).toThrow(/link-cards\.json はコンテンツのフォルダーの外のファイルへのリンクです/);
  });

  it("a regular file is read, and no file is no titles", () => {
    const dir = path.join(work, "cards-own");
    fs.mkdirSync(dir);
    expect(readLinkCardTitles(dir)).toEqual({});
    fs.writeFileSync(path.join(dir, "link-cards.json"), JSON.stringify({ version: 1, cards: { "https://a.example/": { title: "題" } } }));
    expect(readLinkCardTitles(dir)).toEqual({ "https://a.example/": "題" });
  });
});
