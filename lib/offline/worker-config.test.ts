/**
 * The service worker's version follows the bytes of the content folder. With
 * the build cache on (as in a build), a rebuild reads only the files whose size
 * or times changed, and gives the version a build from scratch gives.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let work: string;
const saved = { ...process.env };

async function version(cache: "on" | "off"): Promise<string> {
  Object.assign(process.env, { NODE_ENV: cache === "on" ? "production" : "test", CONTENT_DIR: path.join(work, "content"), YOMU_CACHE_DIR: path.join(work, "cache") });
  vi.resetModules();
  return (await import("./worker-config")).buildVersion();
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-sw-"));
  fs.mkdirSync(path.join(work, "content/images"), { recursive: true });
  fs.writeFileSync(path.join(work, "content/a.md"), "---\ntitle: 一\n---\n\n本文\n");
  fs.writeFileSync(path.join(work, "content/images/p.png"), Buffer.from([1, 2, 3]));
});
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the service worker's version", () => {
  it("changes with any file of the content folder, and comes back with the same bytes", async () => {
    const first = await version("on");
    expect(await version("on")).toBe(first);
    expect(fs.readdirSync(path.join(work, "cache"))).toContain("sw-file-hashes.json");

    const image = path.join(work, "content/images/p.png");
    fs.writeFileSync(image, Buffer.from([1, 2, 4])); // same size, new bytes
    const edited = await version("on");
    expect(edited).not.toBe(first);
    expect(await version("off")).toBe(edited);

    fs.writeFileSync(image, Buffer.from([1, 2, 3]));
    expect(await version("on")).toBe(first);
    fs.writeFileSync(path.join(work, "content/b.md"), "---\ntitle: 二\n---\n");
    expect(await version("on")).not.toBe(first);
  });

  it("does not read a repository's git data or installed packages (a Zenn or Qiita repository as the content folder)", async () => {
    const first = await version("off");
    for (const dir of [".git/objects/ab", "node_modules/zenn-cli"]) {
      fs.mkdirSync(path.join(work, "content", dir), { recursive: true });
      fs.writeFileSync(path.join(work, "content", dir, "x"), "x");
    }
    expect(await version("off")).toBe(first);
  });

  it("is the same with and without the build cache", async () => {
    expect(await version("on")).toBe(await version("off"));
  });
});
