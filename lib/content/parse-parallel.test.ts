import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { cacheKey } from "../build-cache";
import { parsePost } from "./parse";
import { PARALLEL_FROM, parseCounted } from "./parse-parallel";
import type { SourceFile } from "./load";

const now = new Date("2026-01-01T00:00:00Z");

function files(count: number): SourceFile[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(4, "0");
    const broken = i % 37 === 0;
    const raw = broken
      ? `---\ntitle: "閉じていない引用符\ndate: 2025-01-01\n---\n\n本文${n}\n`
      : `---\ntitle: "記事${n}"\ndate: 2025-0${(i % 9) + 1}-1${i % 10} 10:00:00 +0900\ntags: [t${i % 5}, 共通]\n---\n\n` +
        `第${n}の段落。**強調**と[リンク](https://example.com/${n})。\n\n## 見出し\n\n${"続きの文章です。`コード`と_強調_、漢字《かんじ》。".repeat(8)}\n\n`.repeat(12);
    return { file: `content/post-${n}.md`, raw, mtimeMs: 1_700_000_000_000 + i };
  });
}

/** What parsing each file on this thread alone gives, with its parse-cache key. */
const expectedOf = (list: SourceFile[]) =>
  list.map((f) => ({ result: parsePost(f.file, f.raw, siteConfig, now, { mtimeMs: f.mtimeMs }), key: cacheKey(f.file, f.raw) }));

// Each test parses hundreds of posts on two threads: minutes on a loaded machine, never a failure.
describe("parseCounted", { timeout: 300_000 }, () => {
  it("on two threads gives every file the result parsePost gives it, with its cache key, in order", () => {
    // Enough work that the second thread has started before this one is done.
    const many = files(Math.max(PARALLEL_FROM, 1500));
    const { results, byWorker } = parseCounted(many, siteConfig, now);
    expect(results).toEqual(expectedOf(many));
    // How much the second thread takes depends on when it has started: anything from none to most.
    expect(byWorker).toBeLessThan(many.length);
    expect(results.filter((r) => r?.result.post === undefined).length).toBe(Math.ceil(many.length / 37));
  });

  it("the second thread's results are the ones parsePost gives, in order", () => {
    const many = files(PARALLEL_FROM);
    const { results, byWorker } = parseCounted(many, siteConfig, now, { leaveToWorker: true });
    expect(byWorker).toBe(many.length);
    expect(results).toEqual(expectedOf(many));
  });

  it("reads the files it is given by path on both threads; a file gone meanwhile has no result", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-parse-"));
    const many = files(Math.max(PARALLEL_FROM, 1500));
    const tasks = many.map((f, i) => {
      const file = path.join(dir, `post-${i}.md`);
      if (i !== 7) fs.writeFileSync(file, f.raw);
      return { file: f.file, path: file, mtimeMs: f.mtimeMs };
    });
    const { results, byWorker } = parseCounted(tasks, siteConfig, now, { leaveToWorker: true });
    // The worker reads every file but the missing one; that one is tried again here, and is missing here too.
    expect(byWorker).toBe(many.length);
    const expected: unknown[] = expectedOf(many);
    expected[7] = undefined;
    expect(results).toEqual(expected);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("parses a few files on the calling thread alone", () => {
    const few = files(5);
    const { results, byWorker } = parseCounted(few, siteConfig, now);
    expect(results).toEqual(expectedOf(few));
    expect(byWorker).toBe(0);
    expect(parseCounted([], siteConfig, now).results).toEqual([]);
  });
});
