import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { buildIndex } from "./build-index";
import { formatIssue } from "./issues";
import { parsePost } from "./parse";

const now = new Date("2026-01-01T00:00:00Z");
const post = (slug: string, fields: string) => ({ file: `content/${slug}.md`, raw: `---\ntitle: "${slug}"\n${fields}\n---\n\n本文。\n`, mtimeMs: 0 });
const index = (files: ReturnType<typeof post>[], includeHidden = false) => buildIndex(files, siteConfig, { includeHidden, now });

describe("series: in front matter", () => {
  it("groups posts by series, in series_order, then by date (oldest first) for posts without one", () => {
    const { series, seriesPlaces } = index([
      post("c", "date: 2025-01-01\nseries: 入門"),
      post("a", "date: 2025-03-01\nseries: 入門\nseries_order: 1"),
      post("b", "date: 2025-02-01\nseries: 入門\nseries_order: 2"),
      post("d", "date: 2024-12-01\nseries: 入門"),
      post("lone", "date: 2025-01-01"),
    ]);
    expect(series.map((s) => [s.name, s.items.map((p) => p.slug)])).toEqual([["入門", ["a", "b", "d", "c"]]]);
    expect(seriesPlaces.get("b")?.index).toBe(1);
    expect(seriesPlaces.has("lone")).toBe(false);
  });

  it("makes one series of spellings that differ in case or width, with a Unicode-safe segment like a tag's", () => {
    const { series, seriesBySegment } = index([post("a", "date: 2025-01-01\nseries: Rust 入門"), post("b", "date: 2025-01-02\nseries: ｒｕｓｔ 入門")]);
    expect(series).toHaveLength(1);
    expect(series[0].segment).toBe("rust-入門");
    expect(seriesBySegment.get("rust-入門")?.items.map((p) => p.slug)).toEqual(["a", "b"]);
  });

  it("leaves drafts out of a series in production and keeps them in development", () => {
    const files = [post("a", "date: 2025-01-01\nseries: s"), post("b", "date: 2025-01-02\nseries: s\ndraft: true")];
    expect(index(files).series[0].items.map((p) => p.slug)).toEqual(["a"]);
    expect(index(files, true).series[0].items.map((p) => p.slug)).toEqual(["a", "b"]);
  });

  it("names the line of a bad series_order or an empty series, with the fix", () => {
    const errors = (fields: string) =>
      parsePost("content/x.md", `---\ntitle: x\ndate: 2025-01-01\n${fields}\n---\n`, siteConfig, now).issues.filter((i) => i.severity === "error").map(formatIssue);
    expect(errors("series: s\nseries_order: 二")).toEqual([expect.stringMatching(/^content\/x\.md:5:15: series_order: expected a whole number.* — write the post's place in its series as a whole number/)]);
    expect(errors("series: s\nseries_order: 0")).toEqual([expect.stringMatching(/^content\/x\.md:5:15: series_order: expected a whole number, 1 or more/)]);
    expect(errors('series: ""')).toEqual([expect.stringMatching(/^content\/x\.md:4:9: series: series is empty — write the series' name in quotes/)]);
  });
});
