/** content:check's report in the site's language: Japanese on a Japanese site, English on an English one. */
import { describe, expect, it } from "vitest";
import { parsePost } from "../content/parse";
import { siteConfig } from "../../site.config";
import { formatHuman, formatJson } from "./format";
import type { CheckReport } from "./run";

const config = { ...siteConfig, timeZone: "Asia/Tokyo" };

function reportOf(raw: string): CheckReport {
  const { issues } = parsePost("posts/a.md", raw, config);
  return { issues, files: 1, posts: 0, drafts: 0, scheduled: 0, errors: issues.filter((i) => i.severity === "error").length, warnings: issues.filter((i) => i.severity === "warning").length };
}

describe("content:check's report", () => {
  const report = reportOf("---\ntitle: x\ndate: 2025-02-30\ntilte: y\n---\n\n本文。\n");

  it("speaks Japanese on a Japanese site, each message once, file:line:column and fix kept", () => {
    const text = formatHuman(report, 500, undefined, "ja");
    expect(text).toContain("posts/a.md:3:7: エラー: date: 「2025-02-30」は暦にない日付か時刻です — 日付を YYYY-MM-DD HH:MM:SS +0900（または YYYY-MM-DD）の形で書くか");
    expect(text).toContain('posts/a.md:4:1: 警告: 知らないキー「tilte」は残しますが使いません — 「title」のつもりなら、キーの名前を直してください [unknown-key]');
    expect(text).toContain("✖ 1ファイルにエラー1件、警告1件 — 1ファイル、記事0件を500 msで確認しました");
    expect(text).not.toMatch(/[a-z]{3,} (?:is|are|to) /);
    expect(text.match(/2025-02-30/g)).toHaveLength(1);
  });

  it("speaks English on an English site", () => {
    const text = formatHuman(report, 500, undefined, "en");
    expect(text).toContain('posts/a.md:3:7: error: date: "2025-02-30" is not a real calendar date or time — write the date as YYYY-MM-DD HH:MM:SS +0900');
    expect(text).toContain('posts/a.md:4:1: warning: unknown key "tilte" is kept but not used — did you mean "title"? rename the key [unknown-key]');
    expect(text).toContain("✖ 1 error in 1 file, 1 warning — 1 file, 0 posts, checked in 500 ms");
    expect(JSON.parse(formatJson(report, 500, "en")).issues[1].message).toBe('date: "2025-02-30" is not a real calendar date or time');
    expect(JSON.parse(formatJson(report, 500, "ja")).issues[1].message).toBe("date: 「2025-02-30」は暦にない日付か時刻です");
  });
});
