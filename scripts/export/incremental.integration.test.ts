/**
 * Whole builds of posts shaped like the sample posts (e2e/fixtures/seeds-like).
 * A rebuild renders and writes only what changed (lib/export/fingerprint.ts);
 * whatever it skips, its output must equal a cold build's, byte for byte.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function build(content: string, out: string, cache: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["scripts/build-static.mjs", "--out", out], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: content, YOMU_CACHE_DIR: cache, SITE_URL: "https://example.jp", ...env },
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return r.stdout + r.stderr;
}

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const full = path.join(dir, f);
    if (fs.statSync(full).isFile()) files.set(f, fs.readFileSync(full).toString("base64"));
  }
  return files;
}

describe("build:static rebuilds", () => {
  it("give the same site as a cold build after edits, a new post and a deleted one", { timeout: 180_000 }, () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-rebuild-"));
    const content = path.join(work, "content");
    fs.cpSync(path.join(root, "e2e/fixtures/seeds-like"), content, { recursive: true });
    const out = path.join(work, "out");
    const cache = path.join(work, "cache");

    build(content, out, cache);
    expect(build(content, out, cache)).toMatch(/nothing changed since the last build/);

    const posts = fs.readdirSync(content).filter((f) => f.endsWith(".md")).sort();
    fs.appendFileSync(path.join(content, posts[0]), "\n\n追記：ビルドの検証のための段落です。\n");
    const retitled = path.join(content, posts[1]);
    fs.writeFileSync(retitled, fs.readFileSync(retitled, "utf8").replace(/^title: .*$/m, 'title: "改題された記事"'));
    fs.rmSync(path.join(content, posts[2]));
    fs.writeFileSync(
      path.join(content, "2026-01-05-new-post.md"),
      "---\ntitle: 新しい記事\ntags: [AI, 新タグ]\ncategories: [新カテゴリー]\n---\n\n新しい記事の本文です。\n",
    );
    const report = build(content, out, cache);
    expect(report).toMatch(/rebuild: \d+ written, \d+ unchanged, [1-9]\d* removed/);

    const cold = path.join(work, "cold");
    build(content, cold, path.join(work, "cold-cache"), { YOMU_CACHE: "0" });
    const [warmFiles, coldFiles] = [tree(out), tree(cold)];
    expect([...warmFiles.keys()].sort()).toEqual([...coldFiles.keys()].sort());
    for (const [file, data] of coldFiles) expect(warmFiles.get(file), file).toBe(data);
    expect(warmFiles.has(path.join("tags", "新タグ", "index.html"))).toBe(true);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("with nothing changed, writes nothing; a missing output file, a touched post or a scheduled post going live is a change", { timeout: 420_000 }, async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-unchanged-"));
    const content = path.join(work, "content");
    fs.cpSync(path.join(root, "e2e/fixtures/seeds-like"), content, { recursive: true });
    const out = path.join(work, "out");
    const cache = path.join(work, "cache");
    const home = path.join(out, "index.html");
    // Goes live a while after the first build has read it (its date is in UTC, as the index keeps it);
    // on a machine so slow that the build outlasts the wait, a later time is tried.
    let publishAt = new Date();
    for (const wait of [20_000, 60_000, 180_000]) {
      publishAt = new Date(Math.ceil((Date.now() + wait) / 1000) * 1000);
      const stamp = publishAt.toISOString().replace("T", " ").replace(/\.\d+Z$/, " +0000");
      fs.writeFileSync(path.join(content, "scheduled.md"), `---\ntitle: 予約投稿の記事\ndate: ${stamp}\n---\n\n予約投稿の本文です。\n`);
      build(content, out, cache);
      if (Date.now() < publishAt.getTime()) break;
    }
    expect(fs.readFileSync(home, "utf8").replaceAll("<wbr/>", "")).not.toContain("予約投稿の記事");
    const before = fs.statSync(home).mtimeMs;
    expect(build(content, out, cache)).toMatch(/nothing changed since the last build/);
    expect(fs.statSync(home).mtimeMs).toBe(before);

    fs.rmSync(home);
    expect(build(content, out, cache)).toMatch(/rebuild: /);
    expect(fs.existsSync(home)).toBe(true);

    const post = path.join(content, fs.readdirSync(content).filter((f) => f.endsWith(".md")).sort()[0]);
    fs.utimesSync(post, new Date(), new Date(Date.now() + 5_000));
    expect(build(content, out, cache)).toMatch(/rebuild: /);

    while (Date.now() <= publishAt.getTime()) await new Promise((r) => setTimeout(r, 250));
    expect(build(content, out, cache)).toMatch(/rebuild: /);
    expect(fs.readFileSync(home, "utf8").replaceAll("<wbr/>", "")).toContain("予約投稿の記事");
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("writes no file for an empty list's placeholder URL, and says nothing of it, also when nothing changed", { timeout: 120_000 }, () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-skipped-"));
    const content = path.join(work, "content");
    fs.cpSync(path.join(root, "e2e/fixtures/seeds-like"), content, { recursive: true });
    // A site without categories: /categories/[category] has only its placeholder too.
    for (const f of fs.readdirSync(content).filter((f) => f.endsWith(".md"))) {
      const file = path.join(content, f);
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^categories:.*\n/m, ""));
    }
    const out = path.join(work, "out");
    // Five posts fill one list page: /page/[page] has only its placeholder, whose page calls notFound().
    const report = build(content, out, path.join(work, "cache"), { YOMU_CACHE: "0" });
    expect(report).not.toMatch(/no file|_none/);
    expect(fs.existsSync(path.join(out, "page"))).toBe(false);
    expect(fs.existsSync(path.join(out, "categories", "_none"))).toBe(false);
    const cache = path.join(work, "cache-2");
    build(content, out, cache);
    const again = build(content, out, cache);
    expect(again).toMatch(/nothing changed since the last build/);
    expect(again).not.toMatch(/no file|_none/);
    fs.rmSync(work, { recursive: true, force: true });
  });

});

describe("build:static, a first build of many posts", () => {
  it("parsed by two threads together, writes what one thread writes", { timeout: 600_000 }, async () => {
    const { generateCorpus } = await import("../generate-corpus.mjs");
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-parse-together-"));
    const content = path.join(work, "content");
    generateCorpus(content, 240, 7);
    const two = build(content, path.join(work, "two"), path.join(work, "two-cache"), { YOMU_BUILD_CPUS: "2" });
    expect(two).toMatch(/\bparse \d+ ms/);
    const one = build(content, path.join(work, "one"), path.join(work, "one-cache"), { YOMU_BUILD_CPUS: "1" });
    expect(one).not.toMatch(/\bparse \d+ ms/);
    const [a, b] = [tree(path.join(work, "two")), tree(path.join(work, "one"))];
    expect(a.size).toBeGreaterThan(240);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [file, data] of b) expect(a.get(file), file).toBe(data);
    fs.rmSync(work, { recursive: true, force: true });
  });
});
