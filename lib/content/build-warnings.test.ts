import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { printOncePerBuild } from "./build-warnings";

describe("next build's content warnings", () => {
  let dir = "";
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-warnings-"));
    process.env.YOMU_CACHE_DIR = dir;
  });
  afterEach(() => {
    delete process.env.YOMU_CACHE_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("are printed by one worker of a build, again by the next build", () => {
    const printed: string[] = [];
    const print = (line: string) => printed.push(line);
    const lines = ["a.md:9:1: :::message が閉じられていません — message の終わるところに ::: の行を加えてください"];
    // Three workers of one build.
    expect([1, 2, 3].map(() => printOncePerBuild(lines, 4242, print))).toEqual([true, false, false]);
    expect(printed).toEqual([`warning: ${lines[0]}`]);
    // The next build (another process) prints them again, and its claim replaces the earlier one.
    expect(printOncePerBuild(lines, 4343, print)).toBe(true);
    expect(printed).toHaveLength(2);
    expect(fs.readdirSync(path.join(dir, "next-build-warnings"))).toEqual(["build-4343"]);
    expect(printOncePerBuild([], 4444, print)).toBe(false);
  });
});
