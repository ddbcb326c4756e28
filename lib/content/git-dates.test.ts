import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gitAddedDates } from "./git-dates";

const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-git-")));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function git(dir: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return execFileSync("git", ["-C", dir, ...args], { env, encoding: "utf8" });
}
function commit(dir: string, files: Record<string, string | null>, date: string) {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (text === null) fs.rmSync(file);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", "c"], date);
}

describe("the date of the commit that added a file", () => {
  const repo = path.join(work, "repo");
  fs.mkdirSync(repo);
  git(repo, ["init", "-q"]);
  commit(repo, { "content/articles/first.md": "1", "content/articles/日本語.md": "j" }, "2023-01-02T03:04:05+09:00");
  commit(repo, { "content/articles/first.md": "1 edited", "content/articles/second.md": "2" }, "2023-06-07T08:09:10+09:00");
  commit(repo, { "content/articles/gone.md": "g" }, "2023-07-01T00:00:00+09:00");
  commit(repo, { "content/articles/gone.md": null }, "2023-08-01T00:00:00+09:00");
  fs.writeFileSync(path.join(repo, "content/articles/new.md"), "n");
  const dir = path.join(repo, "content");

  it("is the first commit's author date, for every file of a subfolder, from one git log", () => {
    const dates = gitAddedDates(dir);
    const of = (name: string) => dates.of(path.join(dir, "articles", name));
    expect(of("first.md")).toEqual({ date: "2023-01-02T03:04:05+09:00" });
    expect(of("日本語.md")).toEqual({ date: "2023-01-02T03:04:05+09:00" });
    expect(of("second.md")).toEqual({ date: "2023-06-07T08:09:10+09:00" });
    expect(of("new.md")).toEqual({ missing: "uncommitted" });
  });

  it("is unknown in a shallow clone for the files of its oldest commit, and outside a repository", () => {
    const shallow = path.join(work, "shallow");
    execFileSync("git", ["clone", "-q", "--depth", "2", `file://${repo}`, shallow]);
    const dates = gitAddedDates(path.join(shallow, "content"));
    // The clone holds the last two commits: the one that added gone.md and the one that removed it.
    expect(dates.of(path.join(shallow, "content/articles/second.md"))).toEqual({ missing: "shallow" });
    const outside = path.join(work, "plain");
    fs.mkdirSync(outside);
    expect(gitAddedDates(outside).of(path.join(outside, "a.md"))).toEqual({ missing: "no-repository" });
  });
});
