import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig, type SiteConfig } from "../../site.config";
import { buildIndex } from "./build-index";
import { ContentError, formatIssue } from "./issues";
import { readPostFiles } from "./load";
import { parsePost } from "./parse";

const now = new Date("2026-01-01T00:00:00Z");
const parse = (raw: string, file = "content/post.md", config: SiteConfig = siteConfig, mtimeMs?: number) =>
  parsePost(file, raw, config, now, { mtimeMs });
const ok = (raw: string, file?: string, config?: SiteConfig) => {
  const r = parse(raw, file, config);
  expect(r.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual([]);
  return r.post!;
};
const errors = (raw: string, file?: string) =>
  parse(raw, file).issues.filter((i) => i.severity === "error").map(formatIssue);

describe("Jekyll dates", () => {
  it("takes date and slug from a YYYY-MM-DD-slug.md file name when front matter has no date", () => {
    const post = ok('---\ntitle: "t"\n---\nbody\n', "content/2025-12-10-llama-4.md");
    expect(post.slug).toBe("llama-4");
    // Date only: midnight in the site time zone (Asia/Tokyo).
    expect(post.date).toBe("2025-12-09T15:00:00.000Z");
  });

  it("prefers the front-matter date over the file name's", () => {
    const post = ok('---\ntitle: "t"\ndate: 2025-12-11 08:00:00 +0900\n---\n', "content/2025-12-10-x.md");
    expect(post.date).toBe("2025-12-10T23:00:00.000Z");
  });

  it.each([
    ["2025-12-10 20:44:31 +0000", "2025-12-10T20:44:31.000Z"],
    ["2025-12-10T20:44:31+09:00", "2025-12-10T11:44:31.000Z"],
    ["2025-12-10 20:44:31 -5", "2025-12-11T01:44:31.000Z"],
    ["2025-12-10 20:44:31.25 -05:30", "2025-12-11T02:14:31.250Z"],
    ["2025-12-10T20:44:31Z", "2025-12-10T20:44:31.000Z"],
    ["2025-12-10", "2025-12-09T15:00:00.000Z"],
    ["'2025-12-10 20:44'", "2025-12-10T11:44:00.000Z"],
  ])("reads date: %s", (value, iso) => {
    expect(ok(`---\ntitle: t\ndate: ${value}\n---\n`).date).toBe(iso);
  });

  it("reads updated and last_modified_at", () => {
    expect(ok("---\ntitle: t\ndate: 2025-12-01\nupdated: 2025-12-05 10:00:00 +0900\n---\n").updated).toBe("2025-12-05T01:00:00.000Z");
    expect(ok("---\ntitle: t\ndate: 2025-12-01\nlast_modified_at: 2025-12-06\n---\n").updated).toBe("2025-12-05T15:00:00.000Z");
  });
});

describe("Jekyll taxonomies, slugs and keys", () => {
  it("accepts lists and space-separated strings for categories and tags", () => {
    const post = ok('---\ntitle: t\ndate: 2025-12-01\ncategories: 投資 分析\ntags: ["AI", "Meta"]\n---\n');
    expect(post.categories).toEqual(["投資", "分析"]);
    expect(post.tags).toEqual(["AI", "Meta"]);
  });

  it("reads singular category and tag as one name, spaces included", () => {
    const post = ok("---\ntitle: t\ndate: 2025-12-01\ncategory: Deep Dive\ntag: Machine Learning\n---\n");
    expect(post.categories).toEqual(["Deep Dive"]);
    expect(post.tags).toEqual(["Machine Learning"]);
  });

  it("treats an empty key as unset, as Jekyll does", () => {
    const post = ok("---\ntitle: t\ndate: 2025-12-01\ntags:\ncategories:\nauthor:\n---\n");
    expect(post.tags).toEqual([]);
    expect(post.categories).toEqual([]);
    expect(post.author).toBeUndefined();
  });

  it("a post in its own folder (index.md, its images beside it) takes slug and date from the folder's name", () => {
    expect(ok("---\ntitle: t\ndate: 2025-12-01\n---\n", "content/llama-4/index.md").slug).toBe("llama-4");
    const dated = ok('---\ntitle: "t"\n---\n', "content/2025-12-10-llama-4/index.mdx");
    expect(dated.slug).toBe("llama-4");
    expect(dated.date).toBe("2025-12-09T15:00:00.000Z");
    expect(ok("---\ntitle: t\ndate: 2025-12-01\n---\n", "content/notes/index-of-terms.md").slug).toBe("index-of-terms");
  });

  it("lets slug and permalink override the file name", () => {
    expect(ok("---\ntitle: t\ndate: 2025-12-01\nslug: my-slug\n---\n").slug).toBe("my-slug");
    expect(ok("---\ntitle: t\ndate: 2025-12-01\npermalink: /2025/12/from-permalink/\n---\n").slug).toBe("from-permalink");
    expect(ok("---\ntitle: t\ndate: 2025-12-01\npermalink: /blog/old-name.html\n---\n").slug).toBe("old-name");
  });

  it("reads permalink placeholders: :title is the file's slug, a date-only pattern names none", () => {
    expect(ok("---\ntitle: t\npermalink: /:categories/:year/:title/\n---\n", "content/2025-12-01-llama.md").slug).toBe("llama");
    expect(ok("---\ntitle: t\npermalink: /:year/:month/:day/\n---\n", "content/2025-12-01-llama.md").slug).toBe("llama");
    expect(ok("---\ntitle: t\npermalink: pretty\n---\n", "content/2025-12-01-llama.md").slug).toBe("llama");
  });

  it("ignores layout and keeps unknown keys", () => {
    const post = ok("---\nlayout: post\ntitle: t\ndate: 2025-12-01\ncomments: true\nimage: /a.png\n---\n");
    expect(post.extra).toEqual({ comments: true, image: "/a.png" });
  });

  it("warns about a key that looks like a typo of a known one, and keeps it", () => {
    const r = parse("---\ntitle: t\ndate: 2025-12-01\ncatgories: [AI]\n---\n");
    expect(r.post?.extra).toEqual({ catgories: ["AI"] });
    expect(r.issues.map(formatIssue)).toEqual([
      'content/post.md:4:1: unknown key "catgories" is kept but not used — did you mean "categories"? rename the key',
    ]);
    expect(r.issues[0].severity).toBe("warning");
  });

  it("uses the per-post excerpt_separator, then the site-wide one", () => {
    const body = "冒頭の段落です。\n\n<!-- cut -->\n\n続き。\n\n<!--more-->\n";
    expect(ok(`---\ntitle: t\ndate: 2025-12-01\nexcerpt_separator: "<!-- cut -->"\n---\n${body}`).excerpt).toMatchObject({
      source: "separator",
      text: "冒頭の段落です。",
    });
    expect(ok(`---\ntitle: t\ndate: 2025-12-01\n---\n${body}`).excerpt).toMatchObject({ source: "separator", text: "冒頭の段落です。 続き。" });
    const config = { ...siteConfig, excerptSeparator: "<!-- cut -->" };
    expect(ok(`---\ntitle: t\ndate: 2025-12-01\n---\n${body}`, undefined, config).excerpt.text).toBe("冒頭の段落です。");
  });

  it("reads files with a BOM and CRLF line endings", () => {
    const post = ok('\uFEFF---\r\ntitle: "CRLF"\r\ndate: 2025-12-01\r\ntags: [AI]\r\n---\r\n\r\n本文。\r\n');
    expect(post.title).toBe("CRLF");
    expect(post.body).toBe("\n本文。\n");
    expect(post.bodyLine).toBe(6);
  });

  it("normalizes titles, names and tags to NFC", () => {
    const decomposed = "カ\u3099ーテ\u3099ン"; // ガーデン written with combining marks
    const post = ok(`---\ntitle: "${decomposed}"\ndate: 2025-12-01\ntags: ["${decomposed}"]\nauthor: "${decomposed}"\n---\n`);
    expect(post.title).toBe("ガーデン");
    expect(post.tags).toEqual(["ガーデン"]);
    expect(post.author).toBe("ガーデン");
  });

  it("reads reading_time as a number or as 8分 / 8 min", () => {
    expect(ok("---\ntitle: t\ndate: 2025-12-01\nreading_time: 8\n---\n").readingMinutes).toBe(8);
    expect(ok("---\ntitle: t\ndate: 2025-12-01\nreading_time: 8分\n---\n").readingMinutes).toBe(8);
    expect(ok("---\ntitle: t\ndate: 2025-12-01\nreading_time: 8 min\n---\n").readingMinutes).toBe(8);
  });
});

describe("drafts and scheduled posts", () => {
  it("marks draft: true, published: false and future dates", () => {
    expect(ok("---\ntitle: t\ndate: 2025-12-01\ndraft: true\n---\n").draft).toBe(true);
    expect(ok("---\ntitle: t\ndate: 2025-12-01\npublished: false\n---\n").draft).toBe(true);
    expect(ok("---\ntitle: t\ndate: 2025-12-01\npublished: yes\n---\n").draft).toBe(false);
    expect(ok("---\ntitle: t\ndate: 2030-01-01\n---\n").scheduled).toBe(true);
    expect(ok("---\ntitle: t\ndate: 2025-12-01\n---\n").scheduled).toBe(false);
  });

  it("publishes future posts when the site says so", () => {
    expect(ok("---\ntitle: t\ndate: 2030-01-01\n---\n", undefined, { ...siteConfig, publishFuture: true }).scheduled).toBe(false);
  });

  it("treats files in _drafts as drafts, dated by their modification time when undated", () => {
    const r = parse("---\ntitle: t\n---\n", "content/_drafts/idea.md", siteConfig, Date.UTC(2025, 11, 24));
    expect(r.post).toMatchObject({ draft: true, slug: "idea", date: "2025-12-24T00:00:00.000Z" });
  });

  it("leaves drafts and scheduled posts out of the production index, keeps them in development", () => {
    const files = [
      { file: "content/a.md", raw: "---\ntitle: A\ndate: 2025-12-01\ntags: [x]\n---\n", mtimeMs: 0 },
      { file: "content/b.md", raw: "---\ntitle: B\ndate: 2025-12-02\ndraft: true\ntags: [x, only-draft]\n---\n", mtimeMs: 0 },
      { file: "content/c.md", raw: "---\ntitle: C\ndate: 2030-01-01\ntags: [x]\n---\n", mtimeMs: 0 },
    ];
    const prod = buildIndex(files, siteConfig, { includeHidden: false, now });
    expect(prod.posts.map((p) => p.slug)).toEqual(["a"]);
    expect(prod.bySlug.has("b")).toBe(false);
    expect(prod.tags.map((t) => [t.name, t.items.length])).toEqual([["x", 1]]);
    const dev = buildIndex(files, siteConfig, { includeHidden: true, now });
    expect(dev.posts.map((p) => [p.slug, p.draft, p.scheduled])).toEqual([
      ["c", false, true],
      ["b", true, false],
      ["a", false, false],
    ]);
  });
});

describe("errors say path:line:column, what is wrong and how to fix it", () => {
  it("broken YAML: points at the opening quote that is never closed", () => {
    expect(errors('---\nlayout: post\ntitle: "Llama 4: 閉じていない\ndate: 2025-12-01\n---\n')).toEqual([
      'content/post.md:3:8: a value opened with " is never closed — end the value with " on the same line; write \\" for a quote inside it',
    ]);
  });

  it("broken YAML: a colon inside an unquoted value", () => {
    expect(errors("---\ntitle: Llama 4: 何が変わるのか\ndate: 2025-12-01\n---\n")).toEqual([
      'content/post.md:2:8: a value contains ": " and reads as a second key — put the whole value in quotes, e.g. title: "Llama 4: 何が変わるのか"',
    ]);
  });

  it("broken YAML: a list that is not closed", () => {
    expect(errors('---\ntitle: t\ntags: ["AI", "Meta"\ndate: 2025-12-01\n---\n')[0]).toMatch(/^content\/post\.md:3:7: a \[list\] or \{mapping\} is not closed — /);
  });

  it("front matter that is never closed", () => {
    expect(errors("---\ntitle: t\n\nbody\n")).toEqual([
      "content/post.md:1:1: the front matter starting on line 1 is never closed — add a line with only --- after the last front-matter key",
    ]);
  });

  it("missing title", () => {
    expect(errors("---\ndate: 2025-12-01\n---\n")).toEqual([
      'content/post.md:1:1: title is missing — add a title line to the front matter, e.g. title: "Llama 4の多言語性能"',
    ]);
    expect(errors('---\ntitle: ""\ndate: 2025-12-01\n---\n')).toEqual([
      'content/post.md:2:8: title: title is empty — write the title in quotes, e.g. title: "Llama 4の多言語性能"',
    ]);
  });

  it("impossible date, pointing at the value", () => {
    expect(errors("---\ntitle: t\ndate:   2025-02-30 10:00:00 +0900\n---\n")).toEqual([
      'content/post.md:3:9: date: "2025-02-30 10:00:00 +0900" is not a real calendar date or time — write the date as YYYY-MM-DD HH:MM:SS +0900 (or YYYY-MM-DD), or name the file YYYY-MM-DD-slug.md',
    ]);
    expect(errors("---\ntitle: t\ndate: 2025-12-10 25:00\n---\n")[0]).toMatch(/^content\/post\.md:3:7: date: "2025-12-10 25:00" is not a real calendar date/);
    expect(errors("---\ntitle: t\ndate: next friday\n---\n")[0]).toMatch(/^content\/post\.md:3:7: date: "next friday" is not a date/);
  });

  it("missing date", () => {
    expect(errors("---\ntitle: t\n---\n")).toEqual([
      "content/post.md:1:1: date is missing — add a line to the front matter: date: 2025-12-10 20:44:31 +0900, or name the file YYYY-MM-DD-slug.md",
    ]);
  });

  it("a tag list of the wrong type, pointing at the bad item", () => {
    expect(errors("---\ntitle: t\ndate: 2025-12-01\ntags:\n  - AI\n  - label: Meta\n---\n")).toEqual([
      'content/post.md:6:5: tags: expected a list of names or a space-separated string, got a mapping as item 2 — write a list, e.g. tags: ["AI", "Meta"]',
    ]);
    expect(errors("---\ntitle: t\ndate: 2025-12-01\ntags: {AI: true}\n---\n")).toEqual([
      'content/post.md:4:7: tags: expected a list of names or a space-separated string, got a mapping — write a list, e.g. tags: ["AI", "Meta"]',
    ]);
  });

  it("reports every problem of a file at once", () => {
    const found = errors("---\ntitle: t\ndate: 2025-13-01\nupdated: yesterday\nslug: a/b\n---\n");
    expect(found.map((e) => e.split(": ")[0])).toEqual(["content/post.md:3:7", "content/post.md:4:10", "content/post.md:5:7"]);
  });

  it("an unusable slug", () => {
    expect(errors("---\ntitle: t\ndate: 2025-12-01\nslug: a/b\n---\n")).toEqual([
      'content/post.md:4:7: "a/b" cannot be used as a URL slug — use letters, digits and hyphens, e.g. slug: llama-4-review',
    ]);
  });

  it("a key set twice is a warning naming both lines; the later value wins", () => {
    const r = parse("---\ntitle: one\ndate: 2025-12-01\ntitle: two\n---\n");
    expect(r.post?.title).toBe("two");
    expect(r.issues.map(formatIssue)).toEqual(['content/post.md:4:1: "title" is also set on line 2; this later value is the one used — keep one "title:" line']);
  });

  it("two posts with one slug: the build error names both files", () => {
    const index = buildIndex(
      [
        { file: "content/a.md", raw: "---\ntitle: A\ndate: 2025-12-01\nslug: same\n---\n", mtimeMs: 0 },
        { file: "content/2025-12-02-same.md", raw: "---\ntitle: B\n---\n", mtimeMs: 0 },
      ],
      siteConfig,
      { includeHidden: false, now },
    );
    expect(index.issues.map(formatIssue)).toEqual([
      'content/2025-12-02-same.md:1:1: slug "same" is also used by content/a.md:4:7; two posts cannot share one URL — give one of the two posts another file name or a `slug:` in its front matter',
    ]);
  });

  it("two slugs that differ only in letter case: one file on macOS and Windows, so an error naming both", () => {
    const index = buildIndex(
      [
        { file: "content/Foo.md", raw: "---\ntitle: A\ndate: 2025-12-01\n---\n", mtimeMs: 0 },
        { file: "content/b.md", raw: "---\ntitle: B\ndate: 2025-12-02\nslug: foo\n---\n", mtimeMs: 0 },
        { file: "content/c.md", raw: "---\ntitle: C\ndate: 2025-12-03\nslug: \"Ｓtraße\"\n---\n", mtimeMs: 0 },
        { file: "content/d.md", raw: "---\ntitle: D\ndate: 2025-12-04\nslug: ＳTRASSE\n---\n", mtimeMs: 0 },
      ],
      siteConfig,
      { includeHidden: false, now },
    );
    expect(index.issues.map(formatIssue)).toEqual([
      'content/b.md:4:7: slug "foo" differs from the slug "Foo" of content/Foo.md:1:1 only in letter case; on macOS and Windows the two pages would be one file — give one of the two posts another file name or a `slug:` in its front matter',
      'content/d.md:4:7: slug "ＳTRASSE" differs from the slug "Ｓtraße" of content/c.md:4:7 only in letter case; on macOS and Windows the two pages would be one file — give one of the two posts another file name or a `slug:` in its front matter',
    ]);
    expect(index.posts.map((p) => p.slug).sort()).toEqual(["Foo", "Ｓtraße"]);
  });

  it("the error fixtures: every broken file is listed at once, the healthy ones still become posts", () => {
    const dir = path.resolve(__dirname, "../../e2e/fixtures/broken");
    const files = readPostFiles(dir).map((f) => ({ ...f, file: path.relative(path.resolve(__dirname, "../.."), path.join(dir, path.basename(f.file))) }));
    const index = buildIndex(files, siteConfig, { includeHidden: false, now });
    const error = new ContentError(index.issues);
    for (const name of ["broken-yaml", "missing-title", "impossible-date", "wrong-tags", "duplicate-two"]) {
      expect(error.message).toMatch(new RegExp(`e2e/fixtures/broken/${name}\\.md:\\d+:\\d+: .+ — .+`));
    }
    // The site's language, Japanese by default (the English words: lib/content/issues.test.ts).
    expect(error.message).toMatch(/^コンテンツのエラー5件（5ファイル）:/);
    expect(index.posts.map((p) => p.slug).sort()).toEqual(["healthy", "same-slug"]);
    expect(fs.existsSync(path.join(dir, "healthy.md"))).toBe(true);
  });
});
