/**
 * The site's search index hands each file out once in a build and lets it go:
 * a large site's index is not held while the pages render, and a file asked for
 * again comes back the same from the index made anew.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let work: string;
const saved = { ...process.env };

async function siteIndex(env: "production" | "development") {
  Object.assign(process.env, { NODE_ENV: env, CONTENT_DIR: path.join(work, "content"), YOMU_CACHE_DIR: path.join(work, "cache") });
  vi.resetModules();
  return import("./site-index");
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-search-index-"));
  fs.mkdirSync(path.join(work, "content"), { recursive: true });
  fs.writeFileSync(path.join(work, "content/a.md"), "---\ntitle: 一つ目\ndate: 2024-01-02\ntags: [甲]\n---\n\n検索される本文です。\n");
  fs.writeFileSync(path.join(work, "content/b.md"), "---\ntitle: 二つ目\ndate: 2024-01-03\n---\n\nもう一つの本文。\n");
});
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("searchIndexFile", () => {
  it("in a build, lets each file go once handed out and the index once all are; a file asked again is the same", async () => {
    const { siteSearchIndex, searchIndexFile } = await siteIndex("production");
    const whole = await siteSearchIndex();
    const copies = new Map([...whole.files].map(([name, data]) => [name, Uint8Array.from(data)]));
    expect(copies.size).toBeGreaterThan(2);
    const names = [...copies.keys()];
    expect(await searchIndexFile(names[0])).toEqual(copies.get(names[0]));
    expect(whole.files.has(names[0])).toBe(false);
    for (const name of names.slice(1)) expect(await searchIndexFile(name)).toEqual(copies.get(name));
    expect(whole.files.size).toBe(0);
    const again = await siteSearchIndex();
    expect(again).not.toBe(whole);
    expect(await searchIndexFile(names[0])).toEqual(copies.get(names[0]));
    expect(await searchIndexFile("no-such-file")).toBeUndefined();
  });

  it("under next dev, keeps the index for the next request", async () => {
    const { siteSearchIndex, searchIndexFile } = await siteIndex("development");
    const whole = await siteSearchIndex();
    const [name] = whole.files.keys();
    const data = await searchIndexFile(name);
    expect(data).toBeDefined();
    expect(await searchIndexFile(name)).toEqual(data);
    expect(await siteSearchIndex()).toBe(whole);
  });
});
