/**
 * Posts shaped like the sample posts (Jekyll front matter, +0000 dates, a
 * **bold** excerpt, an opening line that repeats the title): the fixture
 * e2e/fixtures/seeds-like, so editors can change content/ freely.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { buildIndex } from "./build-index";
import { parsePost } from "./parse";

const FIXTURE = "e2e/fixtures/seeds-like";
const dir = path.resolve(__dirname, "../..", FIXTURE);
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".md"));
const read = (f: string) => ({ file: `${FIXTURE}/${f}`, raw: fs.readFileSync(path.join(dir, f), "utf8"), mtimeMs: 0 });
const parse = (f: string) => parsePost(`${FIXTURE}/${f}`, read(f).raw, siteConfig);

describe("posts shaped like the sample posts", () => {
  it("all parse without errors", () => {
    expect(files.length).toBe(5);
    for (const f of files) {
      const { post, issues } = parse(f);
      expect(issues.filter((i) => i.severity === "error"), f).toEqual([]);
      expect(post, f).toBeDefined();
    }
  });

  it("keep the editors' fields: +0000 dates, categories, tags, author, excerpt, reading_time", () => {
    const { post } = parse("nukazuke.md");
    expect(post).toMatchObject({
      slug: "nukazuke",
      title: "ぬか漬けを一年続けて分かった、発酵の手ざわり",
      date: "2025-12-01T03:00:00.000Z",
      categories: ["台所の科学"],
      tags: ["発酵", "季節の話題", "保存食"],
      author: "サンプル編集部",
      readingMinutes: 3,
      draft: false,
      format: "md",
      bodyLine: 11,
    });
    expect(post!.excerpt.text).toBe("ぬか床を一年育てた記録と、毎日かき混ぜて気づいたことをまとめます。");
    expect(post!.extra).toEqual({});
    // `layout: post` is accepted and ignored; a post without `author` has none of its own.
    expect(parse("balcony-garden.md").post!.author).toBeUndefined();
  });

  it("render a **bold** front-matter excerpt as Markdown and strip it as text", () => {
    const { post } = parse("sourdough-bread.md");
    expect(post!.excerpt.markdown).toBe("**家庭でサワードウを焼く難しさ**について、一年分の失敗から考えます。");
    expect(post!.excerpt.text).toBe("家庭でサワードウを焼く難しさについて、一年分の失敗から考えます。");
  });

  it("are indexed newest first, with categories by number of posts", () => {
    const index = buildIndex(files.map(read), siteConfig, { includeHidden: false });
    expect(index.posts.map((p) => p.date)).toEqual([
      "2025-12-14T12:05:33.000Z",
      "2025-12-01T03:00:00.000Z",
      "2025-11-18T22:45:12.000Z",
      "2025-11-05T09:30:00.000Z",
      "2025-11-02T16:10:00.000Z",
    ]);
    expect(index.categories.map((c) => [c.name, c.items.length])).toEqual([
      ["台所の科学", 2],
      ["暮らしの記録", 2],
      ["家庭菜園", 1],
    ]);
  });
});
