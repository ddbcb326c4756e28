import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetFromBytes, imageAsset } from "./asset";
import { imageCatalog, imageFile } from "./catalog";
import { imageDimensions } from "./dimensions";
import { isLocalImageSrc, parseSizedImage, resolveImagePath } from "./resolve";
import { variantBytes, type Encoder } from "./variants";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).png().toBuffer();

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-images-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("imageDimensions", () => {
  it("reads the size of PNG, JPEG, GIF and WebP (lossy and lossless) as sharp does", async () => {
    const base = sharp({ create: { width: 123, height: 45, channels: 3, background: "#336699" } });
    for (const bytes of [
      await base.clone().png().toBuffer(),
      await base.clone().jpeg().toBuffer(),
      await base.clone().gif().toBuffer(),
      await base.clone().webp().toBuffer(),
      await base.clone().webp({ lossless: true }).toBuffer(),
    ]) {
      expect(imageDimensions(bytes)).toEqual({ width: 123, height: 45 });
    }
  });

  it("a JPEG whose EXIF says the camera was upright has its width and height as shown", async () => {
    const upright = await sharp({ create: { width: 120, height: 45, channels: 3, background: "#336699" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(imageDimensions(upright)).toEqual({ width: 45, height: 120 });
    const variant = await sharp(upright).rotate().webp().toBuffer();
    expect(imageDimensions(variant)).toEqual({ width: 45, height: 120 });
  });

  it("knows nothing of other bytes", () => {
    expect(imageDimensions(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeUndefined();
  });
});

describe("resolve", () => {
  it("a relative path is the post's file, resolved against the post file's folder", () => {
    expect(resolveImagePath("./images/a.png", "content/llama/index.md", "content")).toBe(path.resolve("content/llama/images/a.png"));
    expect(resolveImagePath("../shared/%E5%9B%B3.png?v=1#x", "content/a/b.md", "content")).toBe(path.resolve("content/shared/図.png"));
  });

  it("`/images/…` (Zenn's repository-root folder) is the content folder's images/", () => {
    expect(resolveImagePath("/images/a.png", "content/articles/x.md", "content")).toBe(path.resolve("content/images/a.png"));
    expect(isLocalImageSrc("/images/a.png")).toBe(true);
    expect(isLocalImageSrc("/images/")).toBe(false);
  });

  it("URLs with a scheme, root-relative and protocol-relative paths are not the post's files", () => {
    for (const src of ["https://example.com/a.png", "data:image/png;base64,AA", "/a.png", "//cdn.example/a.png", "#x"]) expect(isLocalImageSrc(src)).toBe(false);
    for (const src of ["a.png", "./images/a.png", "../a.png"]) expect(isLocalImageSrc(src)).toBe(true);
  });

  it("reads Zenn's width notation, with a height or a title", () => {
    expect(parseSizedImage("x.png =250x")).toEqual({ src: "x.png", width: 250 });
    expect(parseSizedImage("./a b.png =250x")).toBeUndefined();
    expect(parseSizedImage("x.png =250x120 \"図\"")).toEqual({ src: "x.png", width: 250, height: 120, title: "図" });
    expect(parseSizedImage("x.png =x")).toBeUndefined();
    expect(parseSizedImage("x.png")).toBeUndefined();
  });
});

describe("assets and variants", () => {
  it("names the copy and the variants by the content's hash, and offers AVIF then WebP for PNG", async () => {
    const bytes = await png(40, 30);
    const a = assetFromBytes("/x/図 1.png", bytes);
    expect(a.original).toMatch(/^1-[0-9a-f]{12}\.png$/);
    expect(a.variants.map((v) => v.type)).toEqual(["image/avif", "image/webp"]);
    expect(a).toMatchObject({ width: 40, height: 30 });
    expect(assetFromBytes("/y/other.png", bytes).hash).toBe(a.hash);
    expect(assetFromBytes("/x/a.png", await png(41, 30)).hash).not.toBe(a.hash);
    expect(assetFromBytes("/x/a.gif", bytes).variants).toEqual([]);
  });

  it("encodes a variant once: a second build reads it from the cache", async () => {
    const source = path.join(dir, "cached.png");
    fs.writeFileSync(source, await png(20, 10));
    const asset = imageAsset(source);
    let encoded = 0;
    const encode: Encoder = async () => {
      encoded++;
      return new Uint8Array([1, 2, 3]);
    };
    const cacheDir = path.join(dir, "cache");
    const first = await variantBytes(asset, asset.variants[0].file, { encode, dir: cacheDir });
    const second = await variantBytes(asset, asset.variants[0].file, { encode, dir: cacheDir });
    expect(encoded).toBe(1);
    expect(second).toEqual(first);
  });

  it("serves the original as it is and real AVIF/WebP variants, no wider than 1600 px", async () => {
    const root = path.join(dir, "content");
    fs.mkdirSync(path.join(root, "post", "images"), { recursive: true });
    fs.writeFileSync(path.join(root, "post", "images", "wide.png"), await png(2000, 100));
    const catalog = imageCatalog([{ body: "![wide](./images/wide.png)\n\n![gone](./images/missing.png)", sourcePath: path.join(root, "post", "index.md") }], root);
    expect([...catalog.keys()].map((f) => path.extname(f)).sort()).toEqual([".avif", ".png", ".webp"]);
    for (const [file, asset] of catalog) {
      const served = await imageFile(catalog, file, { dir: undefined });
      const meta = await sharp(Buffer.from(served!.body)).metadata();
      if (file === asset.original) expect(meta).toMatchObject({ format: "png", width: 2000 });
      else expect(meta).toMatchObject({ format: file.endsWith(".avif") ? "heif" : "webp", width: 1600 });
      expect(served!.contentType).toBe(`image/${path.extname(file).slice(1)}`);
    }
    expect(await imageFile(catalog, "nope.png")).toBeUndefined();
  });

  it("never lists a file outside the content folder", async () => {
    const root = path.join(dir, "content2");
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(dir, "secret.png"), await png(2, 2));
    expect(imageCatalog([{ body: "![](../secret.png)", sourcePath: path.join(root, "a.md") }], root).size).toBe(0);
  });
});

describe("image paths named in a body", () => {
  it("finds each path once, in one pass over long runs of text without spaces", async () => {
    const { imagePathCandidates } = await import("./resolve");
    const body = `${"日本語の文章".repeat(20_000)} ![図](./images/a.png) と <img src="b/c.jpg"> と https://example.com/x.png と [x](../up.webp) ![](/images/z.png)`;
    expect(imagePathCandidates(body).sort()).toEqual(["../up.webp", "./images/a.png", "/images/z.png", "b/c.jpg"]);
  });
});
