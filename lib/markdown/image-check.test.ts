import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { checkContent } from "../check/run";
import { formatIssue } from "../content/issues";

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
