import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateCorpus } from "./generate-corpus.mjs";

const root = path.resolve(import.meta.dirname, "..");

let work: string;
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const listing = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

describe("generate-corpus", () => {
  // In a copy of the project: if the guard ever fails, the copy's content/ is what is lost.
  it.each([
    ["content", "blog/content", "it is the project's content/ folder"],
    [".", "blog", "it is the project folder"],
    ["..", "", "it contains the project folder"],
  ])("refuses %s in one line and deletes nothing", (dir, shown, why) => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-corpus-")));
    const project = path.join(work, "blog");
    for (const name of ["scripts", "lib", "content"]) fs.cpSync(path.join(root, name), path.join(project, name), { recursive: true });
    const before = listing(work);
    const r = spawnSync(process.execPath, ["scripts/generate-corpus.mjs", dir, "3"], { cwd: project, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      `generate-corpus: will not write the corpus into ${path.join(work, shown)}: ${why}; nothing was written or deleted (choose a new or empty folder)`,
    ]);
    expect(listing(work)).toEqual(before);
  });

  it("writes into the same folder again and again, replacing only its own posts", () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-corpus-"));
    const corpus = path.join(work, "corpus-45");
    generateCorpus(corpus, 3);
    expect(listing(corpus)).toEqual([".yomu-corpus", "post-00001.md", "post-00002.md", "post-00003.md"]);
    const first = fs.readFileSync(path.join(corpus, "post-00002.md"), "utf8");
    fs.writeFileSync(path.join(corpus, "notes.txt"), "an editor's notes");
    generateCorpus(corpus, 2);
    expect(listing(corpus)).toEqual([".yomu-corpus", "notes.txt", "post-00001.md", "post-00002.md"]);
    expect(fs.readFileSync(path.join(corpus, "post-00002.md"), "utf8")).toBe(first);
  });

  it("accepts an unmarked folder holding only corpus posts, and refuses one holding anything else", () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-corpus-"));
    const old = path.join(work, "old");
    fs.mkdirSync(old);
    fs.writeFileSync(path.join(old, "post-00009.md"), "old");
    generateCorpus(old, 1);
    expect(listing(old)).toEqual([".yomu-corpus", "post-00001.md"]);
    const posts = path.join(work, "posts");
    fs.mkdirSync(posts);
    fs.writeFileSync(path.join(posts, "my-post.md"), "mine");
    expect(() => generateCorpus(posts, 1)).toThrow(/it is not empty and has no \.yomu-corpus file/);
    expect(listing(posts)).toEqual(["my-post.md"]);
  });

  it("writes posts of the sample posts' real size with the full notation when asked, the same files each time", () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-corpus-"));
    const a = path.join(work, "a");
    const b = path.join(work, "b");
    generateCorpus(a, 60, 7, { realSize: true });
    generateCorpus(b, 60, 7, { realSize: true });
    const posts = fs.readdirSync(a).filter((f) => f.endsWith(".md"));
    expect(posts).toHaveLength(60);
    const texts = posts.map((f) => fs.readFileSync(path.join(a, f), "utf8"));
    expect(texts).toEqual(posts.map((f) => fs.readFileSync(path.join(b, f), "utf8")));
    const sizes = texts.map((t) => Buffer.byteLength(t)).sort((x, y) => x - y);
    const samples = fs.readdirSync(path.join(root, "content")).map((f) => fs.statSync(path.join(root, "content", f)).size);
    // The samples span 7–58 KB: the corpus spans most of that range, and its mean is far above the light posts' 2–9 KB.
    expect(sizes[0]).toBeGreaterThan(Math.min(...samples) * 0.5);
    expect(sizes.at(-1)).toBeGreaterThan(Math.max(...samples) * 0.7);
    expect(sizes.reduce((s, x) => s + x, 0) / sizes.length).toBeGreaterThan(12_000);
    const all = texts.join("\n");
    for (const notation of ["```mermaid", ":::message", ":::details", "```diff ts", "$$", "[^note-", "^[", "> [!NOTE]", "｜推論《すいろん》"]) {
      expect(all).toContain(notation);
    }
    expect(fs.existsSync(path.join(a, "images", "chart.png"))).toBe(true);
  });
});
