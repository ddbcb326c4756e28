/**
 * Puts a finished build in place in the output folder. Removes only what a
 * build wrote, and only once the new files are in place; when a step fails, the
 * error says the state the folder is left in (an OutputStateError), or the
 * folder is as it was.
 */
import fs from "node:fs";
import path from "node:path";
import { isInside } from "../../lib/path-inside.mjs";
import { MARKERS } from "../lib/output-folder.mjs";

/** A failure that left the output folder changed; the message says how. */
export class OutputStateError extends Error {
  constructor(message, cause) {
    super(message, { cause });
    this.name = "OutputStateError";
  }
}

/** Errors of a rename that cannot move this folder: a mount point, a folder in use. */
const CANNOT_MOVE = new Set(["EXDEV", "EBUSY", "EPERM"]);

/** Cold build: the folder `staging` becomes `outDir`, replacing what was there. */
export function swapIn(staging, outDir) {
  if (!fs.existsSync(outDir)) return fs.renameSync(staging, outDir);
  const holder = fs.mkdtempSync(`${outDir}.old-`);
  const previous = path.join(holder, "site");
  try {
    fs.renameSync(outDir, previous);
  } catch (error) {
    fs.rmdirSync(holder);
    if (!CANNOT_MOVE.has(error?.code)) throw error;
    return replaceContents(staging, outDir);
  }
  try {
    fs.renameSync(staging, outDir);
  } catch (error) {
    try {
      fs.renameSync(previous, outDir);
    } catch {
      throw new OutputStateError(`${outDir} is missing: the previous site is in ${previous}`, error);
    }
    fs.rmdirSync(holder);
    throw error;
  }
  fs.rmSync(holder, { recursive: true, force: true });
}

/**
 * `outDir` cannot be moved (a mount point, say), and `staging` may be on
 * another file system: the new entries are first copied into the folder, then
 * the old ones are set aside, the new ones moved into place (renames within one
 * file system) and only then the old ones removed.
 */
function replaceContents(staging, outDir) {
  const incoming = fs.mkdtempSync(path.join(outDir, ".yomu-incoming-"));
  try {
    for (const name of fs.readdirSync(staging)) moveAcross(path.join(staging, name), path.join(incoming, name));
  } catch (error) {
    fs.rmSync(incoming, { recursive: true, force: true });
    throw error;
  }
  const retired = fs.mkdtempSync(path.join(outDir, ".yomu-retired-"));
  const own = new Set([path.basename(incoming), path.basename(retired), MARKERS.site]);
  const setAside = [];
  const placed = [];
  try {
    for (const name of fs.readdirSync(outDir)) {
      if (own.has(name)) continue;
      fs.renameSync(path.join(outDir, name), path.join(retired, name));
      setAside.push(name);
    }
    for (const name of fs.readdirSync(incoming)) {
      fs.renameSync(path.join(incoming, name), path.join(outDir, name));
      placed.push(name);
    }
  } catch (error) {
    try {
      for (const name of placed.reverse()) if (name !== MARKERS.site) fs.renameSync(path.join(outDir, name), path.join(incoming, name));
      for (const name of setAside) fs.renameSync(path.join(retired, name), path.join(outDir, name));
    } catch {
      throw new OutputStateError(
        `${outDir} is partly replaced: previous files not put back are in ${retired}, new files not moved in are in ${incoming}`,
        error,
      );
    }
    fs.rmSync(incoming, { recursive: true, force: true });
    fs.rmSync(retired, { recursive: true, force: true });
    throw error;
  }
  fs.rmSync(retired, { recursive: true, force: true });
  fs.rmSync(incoming, { recursive: true, force: true });
}

/** A rename, or a copy when the two paths are on different file systems. */
function moveAcross(from, to) {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if (error?.code !== "EXDEV") throw error;
    fs.cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
  }
}

/** A file moved into place in one step, even from another file system. */
function moveFile(from, to) {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if (error?.code !== "EXDEV") throw error;
    const tmp = `${to}.yomu-${process.pid}.tmp`;
    fs.copyFileSync(from, tmp);
    fs.renameSync(tmp, to);
  }
}

/** A manifest entry names a file strictly inside the output folder. */
const isOwnFile = (outDir, file) => path.join(outDir, file) !== outDir && isInside(outDir, path.join(outDir, file));

export function* walkFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(full);
    else yield full;
  }
}

/**
 * Rebuild: `staging` holds only the files that changed; each is moved into
 * place, then the files of the previous build (`previousFiles`) that the new
 * `manifest` no longer lists are removed. Returns how many were removed.
 */
export function mergeIn(staging, outDir, previousFiles, manifest) {
  let changed = false;
  try {
    for (const file of walkFiles(staging)) {
      const target = path.join(outDir, path.relative(staging, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      moveFile(file, target);
      changed = true;
    }
    const gone = Object.keys(previousFiles).filter((f) => !(f in manifest) && isOwnFile(outDir, f));
    for (const file of gone) {
      fs.rmSync(path.join(outDir, file), { force: true });
      changed = true;
      // Remove folders the removal emptied (a deleted post's, a tag's last page).
      for (let dir = path.dirname(path.join(outDir, file)); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) {
        try {
          fs.rmdirSync(dir);
        } catch {
          break;
        }
      }
    }
    return gone.length;
  } catch (error) {
    if (!changed) throw error;
    throw new OutputStateError(`${outDir} is partly updated (some pages are new, some old); build again to complete it`, error);
  }
}
