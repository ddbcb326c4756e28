import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { buildIndex } from "./build-index";
import { formatIssue } from "./issues";
import { readContent } from "./load";
import { readZennBooks } from "./zenn-books";

const fixture = path.resolve(import.meta.dirname, "../../e2e/fixtures/series");
// Chapters without a date are dated by their files: a fixed "now" before that would make them scheduled.
const now = new Date();

let work: string | undefined;
afterEach(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A repository with `books/<slug>/` made of `files` (name → text). */
function repo(slug: string, files: Record<string, string>): string {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-books-")));
  const dir = path.join(work, "books", slug);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return work;
}
const chapter = (title: string) => `---\ntitle: "${title}"\n---\n\n本文です。\n`;
const errors = (root: string) => readZennBooks(root).issues.map((i) => formatIssue(i).replace(root + path.sep, ""));

describe("readZennBooks", () => {
  it("reads a book's config, its cover and its chapters in the order chapters: lists them", () => {
    const { books, chapters, issues } = readZennBooks(fixture);
    expect(issues).toEqual([]);
    const garden = books.find((b) => b.slug === "garden-handbook")!;
    expect(garden).toMatchObject({ title: "ベランダ菜園の手引き", topics: ["菜園", "ベランダ"], published: true, price: 0, chapters: ["intro", "soil", "harvest"] });
    expect(garden.cover).toBe(path.join(fixture, "books/garden-handbook/cover.png"));
    expect(chapters.filter((c) => c.chapter.book === "garden-handbook").map((c) => c.chapter.slug)).toEqual(["intro", "soil", "harvest"]);
  });

  it("orders chapters by the number of N.slug.md when there is no chapters: list (10 after 2)", () => {
    const notes = readZennBooks(fixture).books.find((b) => b.slug === "balcony-notes")!;
    expect(notes.chapters).toEqual(["spring", "summer", "winter"]);
    expect(notes.cover).toBeUndefined();
  });

  it("reads a book without published: true as unpublished", () => {
    expect(readZennBooks(fixture).books.find((b) => b.slug === "unfinished-book")!.published).toBe(false);
  });

  it("names the config line of a listed chapter whose file is missing, and the fix", () => {
    const root = repo("b", { "config.yaml": 'title: "本"\npublished: true\nchapters:\n  - one\n  - two\n', "one.md": chapter("一") });
    expect(errors(root)).toEqual([
      expect.stringMatching(/^books\/b\/config\.yaml:5:5: .*"two" is listed, but .*two\.md does not exist, so the book is published without it — create the file two\.md next to config\.yaml, or remove "two" from chapters:/),
    ]);
    // As on Zenn, the book is published with the chapters that exist: a warning, not a stopped build.
    expect(readZennBooks(root).issues.map((i) => i.severity)).toEqual(["warning"]);
    expect(readZennBooks(root).books[0].chapters).toEqual(["one"]);
  });

  it("reports a chapter file that chapters: does not list, naming the file and the fix", () => {
    const root = repo("b", { "config.yaml": 'title: "本"\nchapters: [one]\n', "one.md": chapter("一"), "extra.md": chapter("余") });
    expect(errors(root)).toEqual([expect.stringMatching(/^books\/b\/extra\.md:1:1: .*not listed in chapters: .*— add "- extra" to chapters:/)]);
    // Zenn publishes the book without the file: a warning, not a stopped build.
    expect(readZennBooks(root).issues.map((i) => i.severity)).toEqual(["warning"]);
    expect(readZennBooks(root).books[0].chapters).toEqual(["one"]);
  });

  it("reports a chapter file without a number when there is no chapters: list", () => {
    const root = repo("b", { "config.yaml": 'title: "本"\n', "1.one.md": chapter("一"), "loose.md": chapter("余") });
    expect(errors(root)).toEqual([expect.stringMatching(/^books\/b\/loose\.md:1:1: .*no chapter number.* — rename the file N\.slug\.md \(e\.g\. 1\.loose\.md\)/)]);
    expect(readZennBooks(root).books[0].chapters).toEqual(["one"]);
  });

  it("names the line and key of a bad config value, and a broken config's YAML error", () => {
    const bad = repo("b", { "config.yaml": 'title: "本"\npublished: maybe\n' });
    expect(errors(bad)).toEqual([expect.stringMatching(/^books\/b\/config\.yaml:2:12: published: expected true or false — write published: true or published: false/)]);
    const noTitle = repo("c", { "config.yaml": "summary: x\n" });
    expect(errors(noTitle)).toEqual([expect.stringMatching(/^books\/c\/config\.yaml:1:1: .*title/)]);
    const broken = repo("d", { "config.yaml": 'title: "本\n' });
    expect(errors(broken)[0]).toMatch(/^books\/d\/config\.yaml:1:\d+: /);
  });

  it("does not read a cover or a config that is a link (it could lead out of the content folder)", () => {
    const root = repo("b", { "real.yaml": 'title: "本"\n' });
    fs.writeFileSync(path.join(root, "outside.png"), "x");
    fs.symlinkSync(path.join(root, "books/b/real.yaml"), path.join(root, "books/b/config.yaml"));
    expect(readZennBooks(root).books).toEqual([]);
    fs.rmSync(path.join(root, "books/b/config.yaml"));
    fs.writeFileSync(path.join(root, "books/b/config.yaml"), 'title: "本"\n');
    fs.symlinkSync(path.join(root, "outside.png"), path.join(root, "books/b/cover.png"));
    expect(readZennBooks(root).books[0].cover).toBeUndefined();
  });

  it("is nothing for a folder without books/", () => {
    expect(readZennBooks(path.join(fixture, "books/garden-handbook"))).toEqual({ books: [], chapters: [], folders: [], issues: [] });
  });
});

describe("books in the one index", () => {
  const content = readContent(fixture);
  const index = buildIndex(content.files, siteConfig, { includeHidden: false, now, books: content.books });
  const dev = buildIndex(content.files, siteConfig, { includeHidden: true, now, books: content.books });

  it("makes each chapter a post with the slug <book>/<chapter>, its book as its series, numbered in the book's order", () => {
    expect(index.issues.filter((i) => i.severity === "error")).toEqual([]);
    const garden = index.bookBySlug.get("garden-handbook")!;
    expect(garden.items.map((p) => [p.slug, p.title, p.series, p.seriesOrder])).toEqual([
      ["garden-handbook/intro", "はじめに", "ベランダ菜園の手引き", 1],
      ["garden-handbook/soil", "土を用意する", "ベランダ菜園の手引き", 2],
      ["garden-handbook/harvest", "収穫する", "ベランダ菜園の手引き", 3],
    ]);
    expect(index.bySlug.get("garden-handbook/soil")?.readingMinutes).toBeGreaterThan(0);
    expect(index.seriesPlaces.get("garden-handbook/harvest")).toMatchObject({ index: 2, series: { segment: "garden-handbook" } });
  });

  it("keeps chapters out of the post lists but in the posts search reads; the files of a book are not posts of their own", () => {
    expect(index.summaries.some((p) => p.book !== undefined)).toBe(false);
    expect(index.posts.filter((p) => p.book === "garden-handbook")).toHaveLength(3);
    expect(content.files.filter((f) => f.file.includes("books") && !f.chapter)).toEqual([]);
  });

  it("hides an unpublished book and its chapters in production, and shows them marked in development", () => {
    expect(index.books.map((b) => b.segment)).toEqual(["garden-handbook", "balcony-notes"]);
    expect(index.bySlug.has("unfinished-book/only")).toBe(false);
    const draft = dev.bookBySlug.get("unfinished-book")!;
    expect(draft.items.map((p) => [p.slug, p.draft])).toEqual([["unfinished-book/only", true]]);
  });
});
