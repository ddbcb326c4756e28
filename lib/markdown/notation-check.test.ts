import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { checkContent } from "../check/run";
import { formatIssueLine } from "../check/format";
import { notationWarnings } from "../check/notation-warnings";
import { checkNotation } from "./notation-check";

const where = (body: string) => checkNotation(body).map((p) => `${p.severity}@${p.line}:${p.column} ${p.message}`);

describe("checkNotation", () => {
  it("finds nothing in correct notation", () => {
    expect(checkNotation(":::message\nx\n:::\n\n::::details t\n:::message alert\ny\n:::\n::::\n\n$x^2$ と 1ドル=150円、$5\n\n$$\n\\frac{a}{b}\n$$\n\n@[youtube](dQw4w9WgXcQ)\n")).toEqual([]);
  });

  it("an unclosed container, with where it opens and the fix", () => {
    const [p] = checkNotation("前\n\n:::details 長い話\n中身\n");
    expect(p).toMatchObject({ severity: "warning", line: 3, column: 1 });
    expect(p.message).toMatch(/:::details is never closed/);
    expect(p.fix).toMatch(/add a line :::/);
  });

  it("an unknown container name, at the name", () => {
    expect(where("\n  :::tip\nx\n:::")).toEqual(["warning@2:6 unknown container :::tip: its content is shown without a box"]);
  });

  it("a ::: that closes nothing (fewer colons than the container it seems to close)", () => {
    expect(where("::::details t\nx\n:::\n")).toEqual([
      "warning@1:1 ::::details is never closed: everything after it, to the end of the post, is inside it",
      "warning@3:1 this ::: closes no container",
    ]);
  });

  it("a :::message line with other words than alert opens no box (Zenn shows it as text)", () => {
    expect(where(":::message 見出し\n本文\n:::\n")).toEqual([
      "warning@1:1 :::message 見出し opens no box: after message only alert may follow (as on Zenn), so the line is shown as text",
      "warning@3:1 this ::: closes no container",
    ]);
    expect(notationWarnings("a.md", "前\n\n:::message 見出し\n本文\n", 5).map((i) => `${i.line} ${/opens no box/.test(i.message)}`)).toEqual(["7 true"]);
    expect(where("::: message\nx\n:::\n\n1. 項目\n   ::: message alert\n   y\n   :::\n")).toEqual([]);
  });

  it("a formula KaTeX cannot read is an error at the formula's line and column", () => {
    expect(where("一行目\n\n本文 $\\frac{1}{$ です")).toEqual([expect.stringMatching(/^error@3:14 the formula cannot be read: /)]);
    expect(where("$$\nx +\n\\begin{matrix}\n$$")).toEqual([expect.stringMatching(/^error@[23]:\d+ the formula cannot be read: /)]);
  });

  it("an unclosed $$ block", () => {
    expect(where("$$\nx\n")).toEqual(["warning@1:1 this $$ block is never closed: the rest of the post is read as a formula"]);
  });

  it("unknown embeds and bad targets", () => {
    expect(where("@[vimeo](123)\n\n@[card](not-a-url)")).toEqual([
      "warning@1:1 unknown embed @[vimeo]: it is shown as text",
      "warning@3:1 @[card](not-a-url) needs an https URL",
    ]);
  });

  it("prose with dollars is no problem", () => {
    expect(checkNotation("1ドル=150円、$5 と $10")).toEqual([]);
  });
});

describe("content check rule `notation`", () => {
  it("reports file:line:column in the post file, with a fix", async () => {
    const raw = "---\ntitle: 記法の投稿\ndate: 2025-01-01\n---\n\n:::details 開いたまま\n\n本文 $\\frac{1}{$ です\n";
    const report = await checkContent([{ file: "content/notation.md", raw, mtimeMs: 0 }], siteConfig, { now: new Date("2026-01-01T00:00:00Z") });
    const notation = report.issues.filter((i) => i.rule === "notation");
    expect(notation.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity}`)).toEqual(["content/notation.md:6:1 warning", "content/notation.md:8:14 error"]);
    expect(formatIssueLine(notation[1])).toMatch(/^content\/notation\.md:8:14: error: the formula cannot be read: .* — fix the TeX .*\[notation\]$/);
  });
});
