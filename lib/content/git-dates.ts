/**
 * When each file of a folder was first committed: the date of a Zenn or Qiita
 * article whose front matter has none. One `git log` for the whole folder (not
 * one process per file), cached on disk by the commit checked out.
 *
 * A shallow clone (Vercel and most CI check out a few commits) shows every file
 * of its oldest commit as added there: those dates are not known, and say so.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { cached, cacheKey } from "../build-cache";

/** Why a file has no commit date. */
export type NoCommitDate = "uncommitted" | "shallow" | "no-repository";

/** The author date (ISO 8601) of the commit that added the file, or why there is none. */
export type AddedDate = { date: string } | { missing: NoCommitDate };

export interface GitDates {
  /** The date for a file (absolute path inside the folder). */
  of(file: string): AddedDate;
}

const memo = new Map<string, GitDates>();

const git = (dir: string, args: string[]) =>
  execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 });

/** The commit dates of `dir`'s files, read once per process (per folder). */
export function gitAddedDates(dir: string): GitDates {
  let dates = memo.get(dir);
  if (!dates) memo.set(dir, (dates = readGitDates(dir)));
  return dates;
}

/** Forgets what was read (the dev server calls it when the checked-out commit may have moved). */
export function forgetGitDates(): void {
  memo.clear();
}

function readGitDates(dir: string): GitDates {
  let head: string[];
  try {
    head = git(dir, ["rev-parse", "--is-shallow-repository", "--show-toplevel", "--git-path", "shallow", "HEAD"]).trim().split("\n");
  } catch {
    // Not a repository, no git, or a repository without commits.
    return { of: () => ({ missing: "no-repository" }) };
  }
  const [isShallow, top, shallowFile, commit] = head;
  const boundaries = isShallow === "true" ? readLines(path.resolve(dir, shallowFile)) : [];
  const key = cacheKey("git-added-dates", path.relative(top, dir), commit, boundaries.join(" "));
  const added = new Map<string, string | null>(
    Object.entries(cached(key, () => Object.fromEntries(firstAdded(dir, new Set(boundaries))))),
  );
  return {
    of(file) {
      const rel = path.relative(dir, file).split(path.sep).join("/");
      const date = added.get(rel);
      if (date === undefined) return { missing: "uncommitted" };
      return date === null ? { missing: "shallow" } : { date };
    },
  };
}

/** File (relative to dir, `/`-separated) → ISO date of the commit that first added it; null when it is a shallow clone's boundary. */
function firstAdded(dir: string, boundaries: Set<string>): Map<string, string | null> {
  const out = git(dir, ["-c", "core.quotePath=false", "log", "--diff-filter=A", "--no-renames", "--relative", "--name-only", "-z", "--format=%x01%aI %H", "--", "."]);
  const added = new Map<string, string | null>();
  // Newest first: a file added, deleted and added again keeps its first addition.
  for (const entry of out.split("\u0001")) {
    if (!entry) continue;
    const [header, ...names] = entry.split("\u0000");
    const [date, hash] = header.split(" ");
    for (const raw of names) {
      const name = raw.replace(/^\n/, "");
      if (name) added.set(name, boundaries.has(hash) ? null : date);
    }
  }
  return added;
}

function readLines(file: string): string[] {
  try {
    return fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
  } catch {
    return [];
  }
}
