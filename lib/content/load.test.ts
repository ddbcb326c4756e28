import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findPostFiles, listPostFiles } from "./load";

const root = path.resolve(import.meta.dirname, "../..");
const post = "---\ntitle: 記事\n---\n\n本文です。\n";

let work: string;
/** A content folder (`work/content`) beside a folder it must not publish from (`work/private`). */
function setUp(): string {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-walk-")));
  const content = path.join(work, "content");
  fs.mkdirSync(path.join(content, "2025"), { recursive: true });
  fs.writeFileSync(path.join(content, "post.md"), post);
  fs.writeFileSync(path.join(content, "2025", "older.md"), post);
  fs.mkdirSync(path.join(work, "private"));
  fs.writeFileSync(path.join(work, "private", "secret.md"), "---\ntitle: 秘密\n---\n");
  return content;
}
const relative = (content: string, files: string[]) => files.map((f) => path.relative(content, f));

afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe("findPostFiles", () => {
  it("does not follow links that leave the folder, and warns naming each", () => {
    const content = setUp();
    fs.symlinkSync(path.join(work, "private", "secret.md"), path.join(content, "leak.md"));
    fs.symlinkSync(path.join(work, "private"), path.join(content, "more"));
    const { files, issues } = findPostFiles(content);
    expect(relative(content, files)).toEqual(["2025/older.md", "post.md"]);
    expect(issues.map((i) => [path.basename(i.file), i.severity, i.rule])).toEqual([
      ["leak.md", "warning", "symlink"],
      ["more", "warning", "symlink"],
    ]);
    expect(issues[0].message).toContain(path.join(work, "private", "secret.md"));
    expect(issues[0].message).toMatch(/outside the content folder/);
  });

  it("follows links that stay inside the folder, taking each file once under its own path", () => {
    const content = setUp();
    fs.mkdirSync(path.join(content, "_library"));
    fs.writeFileSync(path.join(content, "_library", "guide.md"), post);
    fs.symlinkSync("_library", path.join(content, "library"));
    fs.symlinkSync("post.md", path.join(content, "alias.md"));
    fs.symlinkSync("..", path.join(content, "2025", "up"));
    const { files, issues } = findPostFiles(content);
    expect(relative(content, files)).toEqual(["2025/older.md", "library/guide.md", "post.md"]);
    expect(issues).toEqual([]);
    // The same through a content folder that is itself a link.
    fs.symlinkSync(content, path.join(work, "posts"));
    const linked = findPostFiles(path.join(work, "posts"));
    expect(relative(path.join(work, "posts"), linked.files)).toEqual(["2025/older.md", "library/guide.md", "post.md"]);
  });

  it("warns about a broken link instead of failing", () => {
    const content = setUp();
    fs.symlinkSync("gone.md", path.join(content, "broken.md"));
    const { files, issues } = findPostFiles(content);
    expect(relative(content, files)).toEqual(["2025/older.md", "post.md"]);
    expect(issues.map((i) => i.message)).toEqual(["symbolic link to gone.md, which does not exist: not read"]);
  });

});

describe("listPostFiles", () => {
  // In a child process: a walk that loops would never return to the test.
  it("returns when links point back up the tree (a -> ., b -> ., c -> ..)", { timeout: 60_000 }, () => {
    const content = setUp();
    fs.symlinkSync(".", path.join(content, "a"));
    fs.symlinkSync(".", path.join(content, "b"));
    fs.symlinkSync("..", path.join(content, "2025", "c"));
    const script = `import("./lib/content/load.ts").then((m) => console.log(JSON.stringify(m.default.listPostFiles(${JSON.stringify(content)}))))`;
    const r = spawnSync(process.execPath, ["--import", "jiti/register", "-e", script], { cwd: root, encoding: "utf8", timeout: 30_000 });
    expect(r.signal, "the walk did not finish in 30 s").toBeNull();
    expect(r.status, r.stderr).toBe(0);
    expect(relative(content, JSON.parse(r.stdout))).toEqual(["2025/older.md", "post.md"]);
  });
});
