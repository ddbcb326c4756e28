/**
 * `next build` prints the content's warnings (notation, links, key typos), as build:static does,
 * once. Next reads the content in each of its worker processes, all children of the `next build`
 * process: the first to get here claims the printing with a file named after that process (made
 * exclusively), and the others find the file there. Claims of earlier builds are removed.
 */
import fs from "node:fs";
import path from "node:path";
import { cacheDir } from "../build-cache";

export function printOncePerBuild(lines: readonly string[], build = process.ppid, print = (line: string) => console.warn(line)): boolean {
  if (lines.length === 0) return false;
  const dir = path.join(cacheDir(), "next-build-warnings");
  const claim = `build-${build}`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, claim), "", { flag: "wx" });
  } catch {
    return false;
  }
  for (const other of fs.readdirSync(dir)) if (other !== claim) fs.rmSync(path.join(dir, other), { force: true });
  for (const line of lines) print(`warning: ${line}`);
  return true;
}
