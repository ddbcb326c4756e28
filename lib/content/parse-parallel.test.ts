import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { parsePost } from "./parse";
import { PARALLEL_FROM, parseAll, parseCounted } from "./parse-parallel";
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

describe("parseAll", () => {
  it("on two threads gives every file the result parsePost gives it, in order", () => {
    // Enough work that the second thread has started before this one is done.
    const many = files(Math.max(PARALLEL_FROM, 1500));
    const expected = many.map((f) => parsePost(f.file, f.raw, siteConfig, now, { mtimeMs: f.mtimeMs }));
    const { results: got, byWorker } = parseCounted(many, siteConfig, now);
    expect(got).toEqual(expected);
    // The second thread took part (it starts while this one parses, so its share varies).
    expect(byWorker).toBeGreaterThan(0);
    expect(byWorker).toBeLessThan(many.length);
    expect(got.filter((r) => r.post === undefined).length).toBe(Math.ceil(many.length / 37));
  });

  it("parses a few files on the calling thread alone", () => {
    const few = files(5);
    const { results, byWorker } = parseCounted(few, siteConfig, now);
    expect(results).toEqual(few.map((f) => parsePost(f.file, f.raw, siteConfig, now, { mtimeMs: f.mtimeMs })));
    expect(byWorker).toBe(0);
    expect(parseAll([], siteConfig, now)).toEqual([]);
  });
});
