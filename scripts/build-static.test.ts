/**
 * build:static as a deployer runs it: a real process, real folders. It writes
 * only into a folder it may empty, and reads only the content folder.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const post = (title: string) => `---\ntitle: ${title}\ndate: 2025-01-02\n---\n\n${title}の本文です。\n`;

let work: string;
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

function build(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["scripts/build-static.mjs", ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, SITE_URL: "https://example.jp", YOMU_BUILD_CPUS: "1", ...env },
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Every path under `dir` (links not followed), so a test sees anything removed or added. */
function listing(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => !f.split(path.sep).includes("node_modules")).sort();
}

/**
 * A copy of the project inside `work`, with posts in its content/ and a file
 * beside it: if the exporter ever empties a folder it must not, it empties this
 * copy, not the project running the test.
 */
function projectCopy(): string {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-guard-")));
  const project = path.join(work, "blog");
  for (const name of ["app", "components", "lib", "scripts", "public", "site.config.ts", "tsconfig.json", "package.json", "package-lock.json", "postcss.config.mjs"]) {
    if (fs.existsSync(path.join(root, name))) fs.cpSync(path.join(root, name), path.join(project, name), { recursive: true });
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(project, "node_modules"), "dir");
  fs.mkdirSync(path.join(project, "content"));
  fs.writeFileSync(path.join(project, "content", "first.md"), post("最初の記事"));
  fs.mkdirSync(path.join(project, ".git"));
  fs.writeFileSync(path.join(project, ".git", "HEAD"), "ref: refs/heads/main\n");
  fs.writeFileSync(path.join(work, "notes.txt"), "beside the project");
  return project;
}

describe("build:static --out", () => {
  it.each([
    ["content", "blog/content", /it is the project's content\/ folder/],
    [".git", "blog/.git", /it is the project's \.git\/ folder/],
    [".", "blog", /it is the project folder/],
    ["..", "", /it contains the project folder/],
  ])("refuses --out %s in one line and deletes nothing", { timeout: 150_000 }, (out, shown, why) => {
    const project = projectCopy();
    const before = listing(work);
    const r = build(project, ["--out", out]);
    expect(r.signal).toBeNull();
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`will not write the site into ${path.join(work, shown)}: `);
    expect(r.stderr).toMatch(why);
    expect(listing(work)).toEqual(before);
  });

  it("refuses a folder holding files it did not write, the content folder and what lies inside it, deleting nothing", { timeout: 150_000 }, () => {
    const project = projectCopy();
    fs.mkdirSync(path.join(work, "posts"));
    fs.writeFileSync(path.join(work, "posts", "second.md"), post("二番目の記事"));
    const site = path.join(work, "site");
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, "index.html"), "<p>a site yomu did not write</p>");
    const before = listing(work);
    const notOurs = build(project, ["--out", site]);
    expect(notOurs.status).not.toBe(0);
    expect(notOurs.stderr).toMatch(/it is not empty and has no \.yomu-site file/);
    const insideContent = build(project, ["--out", "content/site"]);
    expect(insideContent.status).not.toBe(0);
    expect(insideContent.stderr).toMatch(/it lies inside the project's content\/ folder/);
    const posts = path.join(work, "posts");
    const contentDir = build(project, ["--out", posts], { CONTENT_DIR: posts });
    expect(contentDir.status).not.toBe(0);
    expect(contentDir.stderr).toMatch(/it is the content folder \(CONTENT_DIR\)/);
    expect(listing(work)).toEqual(before);
  });
});

describe("build:static output folder", () => {
  it("marks what it writes, and rebuilds a folder it marked or its cache records", { timeout: 200_000 }, () => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-out-")));
    const content = path.join(work, "content");
    fs.mkdirSync(content);
    fs.writeFileSync(path.join(content, "first.md"), post("最初の記事"));
    const out = path.join(work, "out");
    const env = { CONTENT_DIR: content, YOMU_CACHE_DIR: path.join(work, "cache") };
    expect(build(root, ["--out", out], env).status).toBe(0);
    expect(fs.readFileSync(path.join(out, ".yomu-site"), "utf8")).toMatch(/build:static/);
    fs.rmSync(path.join(out, ".yomu-site"));
    // Unmarked, as before builds marked their output, but recorded in the build cache.
    const recorded = build(root, ["--out", out], env);
    expect(recorded.status, recorded.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, ".yomu-site"))).toBe(true);
    fs.rmSync(path.join(out, ".yomu-site"));
    const unknown = build(root, ["--out", out], { ...env, YOMU_CACHE_DIR: path.join(work, "other-cache") });
    expect(unknown.status).not.toBe(0);
    expect(fs.existsSync(path.join(out, "index.html"))).toBe(true);
  });
});

describe("build:static content folder", () => {
  it("builds a folder with a link loop, and does not publish a linked file from outside", { timeout: 150_000 }, () => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-links-")));
    const content = path.join(work, "content");
    fs.mkdirSync(content);
    fs.writeFileSync(path.join(content, "first.md"), post("最初の記事"));
    fs.symlinkSync(".", path.join(content, "a"));
    fs.symlinkSync(".", path.join(content, "b"));
    fs.writeFileSync(path.join(work, "private.md"), post("非公開のメモ"));
    fs.symlinkSync(path.join(work, "private.md"), path.join(content, "leak.md"));
    const out = path.join(work, "out");
    const r = build(root, ["--out", out], { CONTENT_DIR: content, YOMU_CACHE_DIR: path.join(work, "cache") });
    expect(r.signal, "the build did not finish").toBeNull();
    expect(r.status, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, "posts", "first", "index.html"))).toBe(true);
    expect(fs.existsSync(path.join(out, "posts", "leak"))).toBe(false);
    expect(fs.readFileSync(path.join(out, "sitemap.xml"), "utf8")).not.toContain("leak");
    expect(r.stderr).toContain(`build:static: warning: ${path.join(content, "leak.md")}:1:1: コンテンツのフォルダーの外の ${path.join(work, "private.md")} へのシンボリックリンクです。公開しません`);
  });
});

describe("build:static on broken posts", () => {
  it("lists every content error of the build in one run: front matter and bodies, and bodies alone", { timeout: 400_000 }, () => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-errors-")));
    const content = path.join(work, "content");
    fs.mkdirSync(content);
    fs.writeFileSync(path.join(content, "fine.md"), post("壊れていない記事"));
    fs.writeFileSync(path.join(content, "bad-date.md"), "---\ntitle: 日付が変\ndate: 2025-02-30\n---\n\n本文。\n");
    fs.writeFileSync(path.join(content, "no-image.md"), `${post("画像がない")}\n![図](./images/missing.png)\n`);
    fs.writeFileSync(path.join(content, "bad-math.md"), `${post("数式が読めない")}\n$$\n\\frac{1}{\n$$\n`);
    const env = { CONTENT_DIR: content, YOMU_CACHE_DIR: path.join(work, "cache") };
    const both = build(root, ["--out", path.join(work, "out")], env);
    expect(both.status).not.toBe(0);
    // In the site's language (Japanese), each once.
    expect(both.stderr).toContain("content/bad-date.md:3:7: date: 「2025-02-30」は暦にない日付か時刻です — ");
    expect(both.stderr).toMatch(/content\/no-image\.md:8:1: 画像 \.\/images\/missing\.png が見つかりません — /);
    expect(both.stderr).toMatch(/content\/bad-math\.md:\d+:\d+: 数式を読めません/);
    expect(both.stderr).toContain("コンテンツのエラー3件（3ファイル）");
    expect(both.stderr.match(/bad-date\.md:3:7/g)).toHaveLength(1);

    // Without the front-matter error, rendering finds a body error first: every one is listed all the same.
    fs.rmSync(path.join(content, "bad-date.md"));
    const bodies = build(root, ["--out", path.join(work, "out")], env);
    expect(bodies.status).not.toBe(0);
    expect(bodies.stderr).toMatch(/content\/no-image\.md:8:1: .*missing\.png/);
    expect(bodies.stderr).toMatch(/content\/bad-math\.md:\d+:\d+: 数式を読めません/);
    expect(bodies.stderr).toContain("コンテンツのエラー2件（2ファイル）");
  });
});

describe("build:static without the site's address", () => {
  it("warns loudly on a workstation, fails on CI, and takes Vercel's address on Vercel", { timeout: 400_000 }, () => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-url-")));
    const content = path.join(work, "content");
    fs.mkdirSync(content);
    fs.writeFileSync(path.join(content, "first.md"), post("最初の記事"));
    fs.writeFileSync(path.join(content, "boxed.md"), `${post("閉じていない箱")}\n:::message\n箱の中\n`);
    const out = path.join(work, "out");
    const env = { CONTENT_DIR: content, YOMU_CACHE_DIR: path.join(work, "cache"), SITE_URL: "", CI: "", VERCEL: "", YOMU_CACHE: "0" };
    const local = build(root, ["--out", out], env);
    expect(local.status, local.stderr).toBe(0);
    // The notation warnings content:check knows are the build's too.
    expect(local.stderr).toContain(`build:static: warning: ${path.join(content, "boxed.md")}:8:1: :::message が閉じられていません`);
    expect(local.stderr).toMatch(/build:static: WARNING: the site has no address: .*http:\/\/localhost:3000 — set SITE_URL/);
    const onCi = build(root, ["--out", path.join(work, "ci-out")], { ...env, CI: "true" });
    expect(onCi.status).not.toBe(0);
    expect(onCi.stderr).toMatch(/the site has no address/);
    expect(fs.existsSync(path.join(work, "ci-out", "index.html"))).toBe(false);
    const vercel = build(root, ["--out", path.join(work, "vercel-out")], { ...env, CI: "1", VERCEL: "1", VERCEL_ENV: "production", VERCEL_PROJECT_PRODUCTION_URL: "blog.example.jp", VERCEL_URL: "yomu-abc.vercel.app" });
    expect(vercel.status, vercel.stderr).toBe(0);
    expect(vercel.stderr).not.toMatch(/no address/);
    expect(fs.readFileSync(path.join(work, "vercel-out", "posts", "first", "index.html"), "utf8")).toContain('href="https://blog.example.jp/posts/first/"');
  });
});

describe("build:static --vercel", () => {
  it("writes Vercel's Build Output: the site under .vercel/output/static (with the base path) and a config with the headers", { timeout: 150_000 }, () => {
    const project = projectCopy();
    const r = build(project, ["--vercel"], { BASE_PATH: "/blog" });
    expect(r.status, r.stderr).toBe(0);
    const output = path.join(project, ".vercel", "output");
    expect(fs.existsSync(path.join(output, "static", "blog", "posts", "first", "index.html"))).toBe(true);
    const config = JSON.parse(fs.readFileSync(path.join(output, "config.json"), "utf8"));
    expect(config.version).toBe(3);
    expect(config.routes[0].headers["Content-Security-Policy"]).toContain("script-src 'self';");
    expect(config.routes.at(-1)).toEqual({ src: "/blog/(.*)", status: 404, dest: "/blog/404.html" });
  });
});
