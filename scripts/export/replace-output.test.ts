import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mergeIn, OutputStateError, swapIn } from "./replace-output.mjs";

let work: string;
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(work, { recursive: true, force: true });
});

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, f);
    files[f] = fs.statSync(full).isDirectory() ? "dir" : fs.readFileSync(full, "utf8");
  }
  return files;
}

/** An output folder holding the previous site, and the new site staged beside it. */
function setUp() {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-replace-"));
  const outDir = path.join(work, "out");
  fs.mkdirSync(path.join(outDir, "posts", "gone"), { recursive: true });
  fs.writeFileSync(path.join(outDir, ".yomu-site"), "marker");
  fs.writeFileSync(path.join(outDir, "index.html"), "old home");
  fs.writeFileSync(path.join(outDir, "posts", "gone", "index.html"), "old post");
  const staging = path.join(work, "out.new-1");
  fs.mkdirSync(path.join(staging, "posts", "new"), { recursive: true });
  fs.writeFileSync(path.join(staging, ".yomu-site"), "marker");
  fs.writeFileSync(path.join(staging, "index.html"), "new home");
  fs.writeFileSync(path.join(staging, "posts", "new", "index.html"), "new post");
  return { outDir, staging, before: tree(outDir), after: tree(staging) };
}

/**
 * Renames as on a mount point: the output folder itself cannot be moved, and
 * nothing moves between it and the staging folder (another file system).
 */
function asMountPoint(outDir: string, staging: string, fail?: (from: string, to: string) => boolean) {
  const rename = fs.renameSync;
  return vi.spyOn(fs, "renameSync").mockImplementation((from, to) => {
    const error = (code: string) => Object.assign(new Error(`${code}: rename ${from}`), { code });
    if (from === outDir) throw error("EBUSY");
    if (String(from).startsWith(staging + path.sep)) throw error("EXDEV");
    if (fail?.(String(from), String(to))) throw error("EIO");
    rename(from, to);
  });
}

describe("swapIn", () => {
  it("replaces the output folder and leaves nothing beside it", () => {
    const { outDir, staging, after } = setUp();
    swapIn(staging, outDir);
    expect(tree(outDir)).toEqual(after);
    expect(fs.readdirSync(work)).toEqual(["out"]);
  });

  it("on a mount point, replaces the folder's contents and keeps the folder", () => {
    const { outDir, staging, after } = setUp();
    const inode = fs.statSync(outDir).ino;
    asMountPoint(outDir, staging);
    swapIn(staging, outDir);
    expect(tree(outDir)).toEqual(after);
    expect(fs.statSync(outDir).ino).toBe(inode);
  });

  it("on a mount point, leaves the previous site as it was when the copy fails", () => {
    const { outDir, staging, before } = setUp();
    asMountPoint(outDir, staging);
    const copy = fs.cpSync;
    vi.spyOn(fs, "cpSync").mockImplementation((from, to, options) => {
      if (String(from).endsWith("posts")) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      copy(from, to, options);
    });
    expect(() => swapIn(staging, outDir)).toThrow(/ENOSPC/);
    expect(tree(outDir)).toEqual(before);
  });

  it("on a mount point, puts the previous site back when moving the new one in fails", () => {
    const { outDir, staging, before } = setUp();
    asMountPoint(outDir, staging, (from, to) => from.includes(".yomu-incoming-") && to === path.join(outDir, "posts"));
    let failure: unknown;
    try {
      swapIn(staging, outDir);
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).toMatch(/EIO/);
    expect(failure).not.toBeInstanceOf(OutputStateError);
    expect(tree(outDir)).toEqual(before);
  });

  it("on a mount point, says where both sites are when even putting the previous one back fails", () => {
    const { outDir, staging } = setUp();
    asMountPoint(outDir, staging, (_from, to) => to === path.join(outDir, "posts"));
    let failure: unknown;
    try {
      swapIn(staging, outDir);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(OutputStateError);
    const [, retired, incoming] = /previous files not put back are in (\S+), new files not moved in are in (\S+)$/.exec(String((failure as Error).message))!;
    expect(tree(retired)).toMatchObject({ "posts/gone/index.html": "old post" });
    expect(tree(incoming)).toMatchObject({ "posts/new/index.html": "new post" });
  });
});

describe("mergeIn", () => {
  it("moves changed files in, even from another file system, and removes only files the previous build listed", () => {
    const { outDir, staging } = setUp();
    fs.writeFileSync(path.join(work, "notes.txt"), "not the site's");
    asMountPoint(outDir, staging);
    const previous = { "index.html": "a", "posts/gone/index.html": "b", "../notes.txt": "c", "": "d" };
    const manifest = { "index.html": "a2", "posts/new/index.html": "e", ".yomu-site": "static" };
    expect(mergeIn(staging, outDir, previous, manifest)).toBe(1);
    expect(tree(outDir)).toEqual({ ".yomu-site": "marker", "index.html": "new home", posts: "dir", "posts/new": "dir", "posts/new/index.html": "new post" });
    expect(fs.readFileSync(path.join(work, "notes.txt"), "utf8")).toBe("not the site's");
  });
});
