import fs from "node:fs";
import path from "node:path";

/**
 * Whether `child` is `parent` or lies below it. Compares whole path segments:
 * `/srv/out-private` is not inside `/srv/out`, as a plain `startsWith` would say.
 */
export function isInside(parent, child) {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * A file the build reads from `root` (the content folder), checked where it
 * really is: every link on its path resolved (fs.realpath), so that a link
 * `images/a.png -> /etc/passwd`, or a file inside a linked folder whose target
 * is elsewhere, is "outside". `real` is the path to read from then, not `file`.
 * @param {string} root
 * @param {string} file
 * @returns {{ real: string } | { problem: "missing" | "outside" | "not-a-file", real?: string }}
 */
export function realFileInside(root, file) {
  let real;
  try {
    real = fs.realpathSync(file);
  } catch {
    return { problem: "missing" };
  }
  let realRoot;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return { problem: "outside", real };
  }
  if (!isInside(realRoot, real)) return { problem: "outside", real };
  if (!fs.statSync(real, { throwIfNoEntry: false })?.isFile()) return { problem: "not-a-file", real };
  return { real };
}
