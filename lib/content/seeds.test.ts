import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { buildIndex } from "./build-index";
import { parsePost } from "./parse";

const dir = path.resolve(__dirname, "../../content");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".md"));
const read = (f: string) => ({ file: `content/${f}`, raw: fs.readFileSync(path.join(dir, f), "utf8"), mtimeMs: 0 });

describe("the five sample posts", () => {
  it("all parse without errors", () => {
    for (const f of files) {
      const { post, issues } = parsePost(`content/${f}`, read(f).raw, siteConfig);
      expect(issues.filter((i) => i.severity === "error"), f).toEqual([]);
      expect(post, f).toBeDefined();
    }
  });

  it("keep the editors' fields: +0000 dates, categories, tags, author, excerpt, reading_time", () => {
    const { post } = parsePost("content/llama-4-multilingual.md", read("llama-4-multilingual.md").raw, siteConfig);
    expect(post).toMatchObject({
      slug: "llama-4-multilingual",
      title: "Llama 4の多言語性能、本当に2倍になる？何が変わるのか？",
      date: "2025-12-10T20:44:31.000Z",
      categories: ["投資分析"],
      tags: ["AI", "最新ニュース", "技術動向", "Meta", "投資"],
      author: "ALLFORCES編集部",
      readingMinutes: 8,
      draft: false,
      format: "md",
      bodyLine: 11,
    });
    expect(post!.excerpt.text).toBe("Meta、Llama 4で多言語生成性能2倍にについて詳細に分析します。");
    expect(post!.extra).toEqual({});
  });

  it("render a **bold** front-matter excerpt as Markdown and strip it as text", () => {
    const { post } = parsePost("content/llama-4-llm-race.md", read("llama-4-llm-race.md").raw, siteConfig);
    expect(post!.excerpt.markdown).toBe("**Meta、Llama 4で大規模言語モデル競争を加速**について詳細に分析します。");
    expect(post!.excerpt.text).toBe("Meta、Llama 4で大規模言語モデル競争を加速について詳細に分析します。");
  });

  it("are indexed newest first", () => {
    const index = buildIndex(files.map(read), siteConfig, { includeHidden: false });
    expect(index.posts.map((p) => p.date)).toEqual([
      "2025-12-28T08:41:08.000Z",
      "2025-12-10T20:44:31.000Z",
      "2025-12-10T08:45:43.000Z",
      "2025-12-09T16:42:55.000Z",
      "2025-12-09T08:46:44.000Z",
    ]);
    expect(index.categories.map((c) => [c.name, c.items.length])).toEqual([
      ["投資分析", 3],
      ["AI技術ガイド", 1],
      ["AI最新ニュース", 1],
    ]);
  });
});
