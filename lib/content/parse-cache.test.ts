import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-cache-"));
const raw = "\uFEFF---\r\ntitle: \"キャッシュ\"\r\ndate: 2025-12-10 20:44:31 +0000\r\ntags: [AI]\r\n---\r\n\r\n本文の段落。\r\n\r\n## 見出し\r\n";

describe("parse cache", () => {
  beforeAll(() => {
    process.env.YOMU_CACHE_DIR = dir;
    process.env.YOMU_CACHE = "1";
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("returns the same post from the cache as from parsing, body included", async () => {
    // Imported after the environment is set: the cache reads it at load.
    const { vi } = await import("vitest");
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    const { createParseCache } = await import("./parse-cache");
    const { parsePost } = await import("./parse");
    const file = { file: "content/cache.md", raw, mtimeMs: 0 };
    const now = new Date("2026-01-01T00:00:00Z");
    const first = createParseCache(siteConfig);
    const parsed = first.parse(file, now);
    first.save();
    expect(fs.readdirSync(dir).some((f) => f.startsWith("posts-"))).toBe(true);
    const second = createParseCache(siteConfig);
    const fromCache = second.parse(file, now);
    expect(fromCache).toEqual(parsed);
    expect(fromCache).toEqual(parsePost(file.file, file.raw, siteConfig, now, { mtimeMs: 0 }));
    // Scheduling is recomputed against the current time, not cached.
    const earlier = second.parse(file, new Date("2025-01-01T00:00:00Z"));
    expect(earlier.post!.scheduled).toBe(true);
    vi.unstubAllEnvs();
  });
});

describe("bodyOf", () => {
  it("is the text from the body's line on, line endings and byte-order mark normalized, as splitting it into lines gives", async () => {
    const fc = await import("fast-check");
    const { bodyOf } = await import("./parse-cache");
    const { normalizeSource } = await import("./front-matter");
    const bySplitting = (text: string, line: number) => normalizeSource(text).split("\n").slice(line - 1).join("\n");
    const text = fc.array(fc.constantFrom("a", "本", "\n", "\r", "\r\n", "\uFEFF", " "), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fc.oneof(text, text.map((t) => "\uFEFF" + t)), fc.integer({ min: 1, max: 12 }), (t, line) => bodyOf(t, line) === bySplitting(t, line)));
    expect(bodyOf("---\na: 1\n---\n\n本文\n", 5)).toBe("本文\n");
  });
});
