/** The content:check command as editors and tools run it: a real process, real files. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function run(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  for (const key of ["NO_COLOR", "FORCE_COLOR", "CONTENT_DIR"]) delete base[key];
  const r = spawnSync(process.execPath, ["scripts/content-check.mjs", ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...base, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
});

function copyOf(dir: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-check-"));
  temp.push(to);
  fs.cpSync(path.join(root, dir), to, { recursive: true });
  return to;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => {
      const p = path.join(dir, f);
      const stat = fs.statSync(p);
      return [f, stat.isDirectory() ? "dir" : `${stat.mtimeMs}:${fs.readFileSync(p, "utf8")}`];
    }),
  );
}

/** Posts shaped like the sample posts, with the generation artifacts the check finds. */
const SEEDS_LIKE = "e2e/fixtures/seeds-like";

// Each test starts the command (a bundle, Node's start-up): seconds on a loaded machine, never a failure.
describe("npm run content:check", { timeout: 180_000 }, () => {
  it("passes on posts with warnings, and fails on them with --strict", () => {
    const normal = run([SEEDS_LIKE]);
    expect(normal.code).toBe(0);
    for (const slug of ["bicycle-commute", "sourdough-bread", "balcony-garden", "nukazuke", "library-cookbooks"]) {
      expect(normal.stdout).toContain(`${SEEDS_LIKE}/${slug}.md:`);
    }
    // In the site's language: Japanese (site.config.ts language: "ja"); English words: lib/check/format.test.ts.
    expect(normal.stdout).toContain(`${SEEDS_LIKE}/library-cookbooks.md:26:74: 警告: 日本語の語の中に Arabic の文字「ر」（U+0631）があります`);
    expect(normal.stdout).toContain(`${SEEDS_LIKE}/nukazuke.md:20:1: 警告: 文章生成が残した終わりの目印の行です`);
    expect(normal.stdout).toMatch(/⚠ 5ファイルに警告\d+件 — 5ファイル、記事5件を[\d.]+ m?sで確認しました/);
    const strict = run([SEEDS_LIKE, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`${SEEDS_LIKE}/nukazuke.md:20:1: エラー: 文章生成が残した終わりの目印の行です`);
    expect(strict.stdout).toMatch(/✖ 5ファイルにエラー\d+件/);
  }, 30_000);

  it("checks content/ when given no folder, and finds no error in whatever posts it holds", () => {
    const byDefault = JSON.parse(run(["--json"]).stdout);
    const named = JSON.parse(run(["content", "--json"]).stdout);
    expect({ ...byDefault.summary, durationMs: 0 }).toEqual({ ...named.summary, durationMs: 0 });
    expect(byDefault.summary.errors).toBe(0);
  }, 30_000);

  it("checks a Zenn book's chapters as chapters, and warns of a chapter listed but missing at its config line (Zenn publishes the book without it)", () => {
    const good = run(["e2e/fixtures/series"]);
    expect(good.stdout).not.toMatch(/ エラー: /);
    expect(good.code).toBe(0);
    const dir = copyOf("e2e/fixtures/series");
    fs.appendFileSync(path.join(dir, "books/garden-handbook/config.yaml"), "  - appendix\n");
    const missing = run([dir]);
    expect(missing.code).toBe(0);
    expect(missing.stdout).toMatch(/books\/garden-handbook\/config\.yaml:10:5: 警告: chapters: 「appendix」が書かれていますが、.*appendix\.md がないので、本はこのチャプターなしで公開されます — config\.yaml の隣に appendix\.md を作るか/);
  }, 60_000);

  it("lists every broken file at once as path:line:column: error: what — fix, and exits 1", () => {
    const r = run(["e2e/fixtures/broken"]);
    expect(r.code).toBe(1);
    const errors = r.stdout.split("\n").filter((l) => / エラー: /.test(l));
    expect(errors.map((l) => l.split(": エラー: ")[0])).toEqual([
      "e2e/fixtures/broken/broken-yaml.md:3:8",
      "e2e/fixtures/broken/duplicate-two.md:4:7",
      "e2e/fixtures/broken/impossible-date.md:3:7",
      "e2e/fixtures/broken/missing-title.md:1:1",
      "e2e/fixtures/broken/wrong-tags.md:6:5",
    ]);
    for (const line of errors) expect(line).toMatch(/^\S+:\d+:\d+: エラー: .+ — .+/);
    // Japanese words, each said once: the date's message names the value, its fix how to write one.
    expect(r.stdout).toContain('impossible-date.md:3:7: エラー: date: 「2025-02-30 10:00:00 +0900」は暦にない日付か時刻です — 日付を YYYY-MM-DD HH:MM:SS +0900');
    expect(r.stdout).toContain('broken-yaml.md:3:8: エラー: " で始めた値が閉じられていません — 同じ行のうちに " で値を閉じてください');
    expect(r.stdout).toContain("missing-title.md:1:1: エラー: タイトル（title）がありません — ");
    for (const line of errors) expect(line.split(" — ")[1]).not.toContain(line.split(" — ")[0].split(": エラー: ")[1]);
    expect(r.stdout).not.toMatch(/ is never closed| is missing| expected /);
    expect(r.stdout).toContain("duplicate-one.md:4:7");
    expect(r.stdout).toMatch(/✖ 5ファイルにエラー5件/);
  }, 30_000);

  it("--json gives a machine-readable report with the same findings", () => {
    const r = run(["e2e/fixtures/broken", "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ files: 7, posts: 2, errors: 5 });
    expect(report.issues.find((i: { file: string }) => i.file.endsWith("wrong-tags.md"))).toEqual({
      file: "e2e/fixtures/broken/wrong-tags.md",
      line: 6,
      column: 5,
      severity: "error",
      rule: "front-matter",
      message: "tags: 名前のリストか空白区切りの文字列を書くところにマッピング（2番目の項目）があります",
      fix: 'リストで書いてください。例: tags: ["AI", "Meta"]',
    });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  }, 30_000);

  it("colours only a terminal, or when asked", () => {
    expect(run(["e2e/fixtures/broken"]).stdout).not.toMatch(/\u001b\[/);
    expect(run(["e2e/fixtures/broken", "--color"]).stdout).toMatch(/\u001b\[31mエラー\u001b\[39m/);
    expect(run(["e2e/fixtures/broken"], { FORCE_COLOR: "1" }).stdout).toMatch(/\u001b\[/);
    expect(run(["e2e/fixtures/broken"], { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toMatch(/\u001b\[/);
  }, 60_000);

  it("reads CONTENT_DIR by default and never changes a file", () => {
    const dir = copyOf(SEEDS_LIKE);
    fs.cpSync(path.join(root, "e2e/fixtures/broken"), path.join(dir, "more"), { recursive: true });
    const before = snapshot(dir);
    const r = run(["--strict", "--json"], { CONTENT_DIR: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.files).toBe(12);
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);

  it("warns about a link leaving the folder, naming it, and does not read what it points to", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-check-"));
    temp.push(dir);
    fs.mkdirSync(path.join(dir, "posts"));
    fs.cpSync(path.join(root, "e2e/fixtures/broken/healthy.md"), path.join(dir, "posts", "healthy.md"));
    fs.writeFileSync(path.join(dir, "outside.md"), "---\ntitle: [\n---\n");
    fs.symlinkSync(path.join(dir, "outside.md"), path.join(dir, "posts", "outside.md"));
    const r = run([path.join(dir, "posts")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${path.join(dir, "posts", "outside.md")}:1:1`);
    expect(r.stdout).toMatch(/コンテンツのフォルダーの外の .* へのシンボリックリンクです。公開しません/);
    expect(r.stdout).toMatch(/1ファイルに警告1件 — 1ファイル、記事1件/);
    expect(run([path.join(dir, "posts"), "--strict"]).code).toBe(1);
  }, 30_000);

  it("checks single files, and refuses unknown options and missing paths with exit code 2", () => {
    const one = run(["e2e/fixtures/broken/healthy.md"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/✔ 問題はありません — 1ファイル、記事1件/);
    expect(run(["--frobnicate"]).code).toBe(2);
    const missing = run(["no/such/folder"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or folder: no/such/folder");
  }, 30_000);

  it("checks a thousand generated posts (the notation included) without an error", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-corpus-"));
    temp.push(dir);
    const generated = spawnSync(process.execPath, ["scripts/generate-corpus.mjs", dir, "1000"], { cwd: root, encoding: "utf8" });
    expect(generated.status).toBe(0);
    const r = run([dir, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 1000, posts: 1000, errors: 0 });
  }, 180_000);
});
