import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { checkContent } from "../check/run";
import { ContentError, formatIssue } from "../content/issues";
import { testMarkdown } from "./testing";

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-image-check-"));
  fs.mkdirSync(path.join(root, "post", "images"), { recursive: true });
  fs.writeFileSync(path.join(root, "post", "images", "ok.png"), Buffer.from("89504e470d0a1a0a", "hex"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("content:check on images", () => {
  it("reports a missing image (error) and an image without alt text (warning) at the post file's line and column, with a fix", async () => {
    const file = path.join(root, "post", "index.md");
    const raw = [
      "---",
      "title: 画像",
      "date: 2025-12-01",
      "---",
      "![図](./images/ok.png)",
      "",
      "前置き ![](./images/ok.png =250x)",
      "",
      "![欠け](./images/missing.png) ![](https://example.com/x.png)",
    ].join("\n");
    const report = await checkContent([{ file, raw, mtimeMs: 0 }], siteConfig, { now: new Date("2026-01-01T00:00:00Z"), contentRoot: root });
    const images = report.issues.filter((i) => i.rule === "image");
    expect(images.map((i) => [i.severity, i.line, i.column])).toEqual([
      ["warning", 7, 5],
      ["error", 9, 1],
      ["warning", 9, 29],
    ]);
    expect(formatIssue(images[1])).toBe(`${file}:9:1: image ./images/missing.png not found — put the file at that path next to the post, or correct the path`);
    expect(images[0].fix).toMatch(/describe what the image shows/);
  });

  it("`/images/x.png` is looked for in the content folder's images/ (Zenn's repository layout)", async () => {
    fs.mkdirSync(path.join(root, "images"), { recursive: true });
    fs.writeFileSync(path.join(root, "images", "top.png"), Buffer.from("89504e470d0a1a0a", "hex"));
    const file = path.join(root, "articles", "a.md");
    const raw = ["---", "title: 画像", "date: 2025-12-01", "---", "![ある](/images/top.png)", "", "![ない](/images/gone.png)"].join("\n");
    const report = await checkContent([{ file, raw, mtimeMs: 0 }], siteConfig, { now: new Date("2026-01-01T00:00:00Z"), contentRoot: root });
    const images = report.issues.filter((i) => i.rule === "image");
    expect(images.map((i) => [i.severity, i.line, i.message])).toEqual([["error", 7, "image /images/gone.png not found"]]);
    expect(images[0].fix).toBe("put the file at images/gone.png in the content folder, or correct the path");
  });
});

/** A PNG's signature and header chunk (IHDR) of the given size: all the check reads. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write("IHDR", 4, "ascii");
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), ihdr]);
}

describe("images sharp cannot read are errors at the image's line, in the check and the build (not sharp's stack trace)", () => {
  const cases = {
    "text.png": Buffer.from("not an image at all\n"),
    "huge.png": pngHeader(30_000, 30_000),
  };
  const body = Object.keys(cases).map((name) => `![図](./images/${name})`).join("\n\n");
  const expected = [
    "image ./images/text.png is not a PNG image (its contents are not an image sharp can read) — export the image again as PNG, or link the file with [text](…) if it is not an image",
    "image ./images/huge.png is 30000×30000 pixels (900 megapixels); at most 268 megapixels can be read — scale the image down (a page shows at most a few thousand pixels across), e.g. to 4000 pixels wide",
  ];
  beforeAll(() => {
    for (const [name, bytes] of Object.entries(cases)) fs.writeFileSync(path.join(root, "post", "images", name), bytes);
  });

  it("content:check", async () => {
    const file = path.join(root, "post", "index.md");
    const raw = `---\ntitle: 画像\ndate: 2025-12-01\n---\n${body}\n`;
    const report = await checkContent([{ file, raw, mtimeMs: 0 }], siteConfig, { now: new Date("2026-01-01T00:00:00Z"), contentRoot: root });
    expect(report.issues.filter((i) => i.rule === "image").map(formatIssue)).toEqual(expected.map((m, i) => `${file}:${5 + 2 * i}:1: ${m}`));
  });

  it("an image whose bytes are another raster format than its name says is published, as Zenn and Qiita show it", async () => {
    fs.writeFileSync(path.join(root, "post", "images", "photo.png"), Buffer.from("ffd8ffe000104a46494600", "hex"));
    const file = path.join(root, "post", "index.md");
    const raw = `---\ntitle: 画像\ndate: 2025-12-01\n---\n![写真](./images/photo.png)\n`;
    const report = await checkContent([{ file, raw, mtimeMs: 0 }], siteConfig, { now: new Date("2026-01-01T00:00:00Z"), contentRoot: root });
    expect(report.issues.filter((i) => i.rule === "image")).toEqual([]);
  });

  it("the build", () => {
    const file = path.join(root, "post", "index.md");
    const { compileMarkdown } = testMarkdown({ contentDir: root });
    expect(() => compileMarkdown(body, "", { sourcePath: file, bodyLine: 5 })).toThrow(ContentError);
    try {
      compileMarkdown(body, "", { sourcePath: file, bodyLine: 5 });
    } catch (error) {
      expect((error as ContentError).issues.map(formatIssue)).toEqual(expected.map((m, i) => `${file}:${5 + 2 * i}:1: ${m}`));
    }
  });
});
