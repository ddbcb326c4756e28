/**
 * An SVG next to a post is never published as an SVG document (which can run
 * script on the site's origin): it is drawn to PNG, AVIF and WebP, and the
 * full-size link opens the PNG.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testMarkdown } from "../markdown/testing";
import { assetFiles, imageAsset } from "./asset";
import { imageCatalog, imageFile } from "./catalog";
import { svgDimensions } from "./dimensions";

let work: string;
let root: string;

const svg = (inner: string, size = 'width="240" height="120"') =>
  `<?xml version="1.0"?>\n<!-- <svg width="1" height="1"> -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${size} onload="window.__pwned='onload'">` +
  `<rect width="240" height="120" fill="#ffffff"/><rect x="20" y="20" width="80" height="60" fill="#3366cc"/>${inner}</svg>`;

const hostile = (outside: string) =>
  svg(
    `<script>window.__pwned='script'</script>` +
      `<foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:window.__pwned='fo'"></iframe></div></foreignObject>` +
      `<a xlink:href="javascript:window.__pwned='link'"><text x="120" y="60">link</text></a>` +
      `<image href="file://${outside}" x="0" y="0" width="240" height="120"/>`,
  );

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-svg-"));
  root = path.join(work, "content");
  fs.mkdirSync(path.join(root, "post", "images"), { recursive: true });
  const outside = path.join(work, "outside.png");
  fs.writeFileSync(outside, await sharp({ create: { width: 240, height: 120, channels: 3, background: "#ff0000" } }).png().toBuffer());
  fs.writeFileSync(path.join(root, "post", "images", "diagram.svg"), hostile(outside));
  fs.writeFileSync(path.join(root, "post", "images", "plain.svg"), svg(`<a xlink:href="javascript:window.__pwned='link'"><text x="120" y="60">link</text></a>`));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("an SVG next to a post", () => {
  it("is served as a PNG original and AVIF/WebP variants, never as SVG", async () => {
    const source = path.join(root, "post", "images", "diagram.svg");
    const asset = imageAsset(source);
    expect(asset).toMatchObject({ width: 240, height: 120, drawn: true });
    expect(asset.original).toMatch(/^diagram-[0-9a-f]{12}\.png$/);
    const catalog = imageCatalog([{ body: "![図](./images/diagram.svg)", sourcePath: path.join(root, "post", "index.md") }], root);
    expect([...catalog.keys()].map((f) => path.extname(f)).sort()).toEqual([".avif", ".png", ".webp"]);
    for (const file of assetFiles(asset)) {
      const served = (await imageFile(catalog, file, { dir: undefined }))!;
      const body = Buffer.from(served.body);
      expect(served.contentType).toMatch(/^image\/(png|avif|webp)$/);
      expect(body.includes(Buffer.from("<svg")) || body.includes(Buffer.from("script"))).toBe(false);
      const meta = await sharp(body).metadata();
      expect(meta.format).toBe(file.endsWith(".png") ? "png" : file.endsWith(".avif") ? "heif" : "webp");
      // Drawn at twice its size, for high-density screens.
      expect(meta.width).toBe(480);
    }
  });

  it("loads nothing outside itself while it is drawn: a file it names stays out of the picture", async () => {
    const catalog = imageCatalog([{ body: "![a](./images/diagram.svg) ![b](./images/plain.svg)", sourcePath: path.join(root, "post", "index.md") }], root);
    const png = async (name: string) => {
      const asset = imageAsset(path.join(root, "post", "images", name));
      return sharp(Buffer.from((await imageFile(catalog, asset.original, { dir: undefined }))!.body)).raw().toBuffer();
    };
    const [withReference, without] = [await png("diagram.svg"), await png("plain.svg")];
    // The outside file is solid red: were it drawn, the top-left corner would be red, not white.
    expect([...withReference.subarray(0, 3)]).toEqual([255, 255, 255]);
    expect(withReference.subarray(0, 3 * 480 * 10)).toEqual(without.subarray(0, 3 * 480 * 10));
  });

  it("a post's page shows the drawing with its size and links the PNG", () => {
    const html = testMarkdown({ contentDir: root }).compileMarkdown("![構成図](./images/diagram.svg)\n", "", { sourcePath: path.join(root, "post", "index.md"), bodyLine: 1 }).html;
    expect(html).not.toMatch(/\.svg/);
    expect(html).toMatch(/<a href="\/images\/diagram-[0-9a-f]{12}\.png">/);
    expect(html).toMatch(/<img src="\/images\/diagram-[0-9a-f]{12}\.png" alt="構成図" width="240" height="120"/);
    expect(html).toContain('type="image/avif"');
  });
});

describe("svgDimensions", () => {
  const size = (attributes: string) => svgDimensions(new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}></svg>`));

  it("reads width and height, else the viewBox, in CSS pixels", () => {
    expect(size('width="240" height="120"')).toEqual({ width: 240, height: 120 });
    expect(size("width='240px' height='120.4px'")).toEqual({ width: 240, height: 120 });
    expect(size('viewBox="0 0 300 150"')).toEqual({ width: 300, height: 150 });
    expect(size('width="600" viewBox="0,0,300,150"')).toEqual({ width: 600, height: 300 });
  });

  it("knows nothing of other units or of no size at all", () => {
    expect(size('width="10cm" height="5cm"')).toBeUndefined();
    expect(size('width="100%" height="100%"')).toBeUndefined();
    expect(size("")).toBeUndefined();
  });
});
