/**
 * Which folders a script may fill with what it generates, emptying them first.
 * A folder qualifies when it does not exist, is empty, or carries the marker
 * file that this kind of output leaves in it; and it is never the project, a
 * folder holding the project, or one of the project's own folders (posts,
 * source, .git, node_modules), a folder inside one or a folder holding one.
 */
import fs from "node:fs";
import path from "node:path";
import { isInside } from "../../lib/path-inside.mjs";

/** The file each kind of output carries, so a later run knows the folder is its own. */
export const MARKERS = { site: ".yomu-site", corpus: ".yomu-corpus" };

const MARKER_TEXT = {
  [MARKERS.site]: "Written by yomu's `npm run build:static`: the next build replaces everything in this folder.\n",
  [MARKERS.corpus]: "Written by yomu's scripts/generate-corpus.mjs: the next run replaces its post-NNNNN.md files.\n",
};

/** The project's folders no output may be, lie in or hold. */
export const PROJECT_FOLDERS = ["content", "app", "public", ".git", "node_modules", "components", "lib", "scripts"];

/**
 * Why `facts.folder` must not be used as an output folder, or undefined when it
 * may. Pure: the facts are gathered by `checkOutputFolder`. Paths are absolute
 * and resolved (symbolic links followed); `protect` pairs a folder with the
 * words that name it in the message.
 */
export function outputRefusal({ folder, root, protect, exists, isDirectory, empty, marked, marker }) {
  if (folder === root) return "it is the project folder";
  if (isInside(folder, root)) return "it contains the project folder";
  for (const [dir, name] of protect) {
    if (folder === dir) return `it is ${name}`;
    if (isInside(dir, folder)) return `it lies inside ${name}`;
    if (isInside(folder, dir)) return `it contains ${name}`;
  }
  if (!exists) return undefined;
  if (!isDirectory) return "it is a file, not a folder";
  if (!empty && !marked) return `it is not empty and has no ${marker} file, so yomu did not write it`;
  return undefined;
}

/** The real path of `p`, or, when it does not exist yet, of its nearest existing parent plus the rest. */
export function resolvedPath(p) {
  const absolute = path.resolve(p);
  try {
    return fs.realpathSync.native(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(resolvedPath(parent), path.basename(absolute));
  }
}

/** The project's own folders, named for messages. */
export function projectFolders(root) {
  return PROJECT_FOLDERS.map((name) => [path.join(root, name), `the project's ${name}/ folder`]);
}

/**
 * Why `folder` must not be filled with this output (see `outputRefusal`), or
 * undefined. `writtenBefore(entries)` may vouch for a non-empty folder without
 * the marker (one written before the marker existed).
 */
export function checkOutputFolder(folder, { root, protect, marker, writtenBefore = () => false }) {
  const real = resolvedPath(folder);
  const stat = fs.statSync(real, { throwIfNoEntry: false });
  const entries = stat?.isDirectory() ? fs.readdirSync(real) : [];
  return outputRefusal({
    folder: real,
    root: resolvedPath(root),
    protect: protect.map(([dir, name]) => [resolvedPath(dir), name]),
    exists: stat !== undefined,
    isDirectory: stat?.isDirectory() ?? false,
    empty: entries.length === 0,
    marked: entries.includes(marker) || (entries.length > 0 && writtenBefore(entries)),
    marker,
  });
}

/** Leaves the marker in a folder this output fills. */
export function markOutputFolder(folder, marker) {
  fs.writeFileSync(path.join(folder, marker), MARKER_TEXT[marker]);
}
