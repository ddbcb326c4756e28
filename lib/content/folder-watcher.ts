/**
 * Watches a set of folders, each on its own (not `recursive`): Node 20's
 * recursive watcher on Linux watches each file's inode, so after one save by
 * rename (`sed -i`, editors that write a temporary file) it stops hearing that
 * file, and a deleted-then-recreated file is never heard again. A watch on the
 * folder itself hears every kind of save of the files in it. The caller passes
 * the folders it found each time it lists them, so new subfolders are watched
 * and removed ones let go.
 */
import fs from "node:fs";
import path from "node:path";

export interface FolderWatcher {
  /** Watches exactly these folders; false when one cannot be watched (the caller then looks every time). */
  watch(dirs: readonly string[]): boolean;
  close(): void;
}

/** `onChange` hears the name of the entry that changed, when the platform says. */
export function createFolderWatcher(onChange: (name?: string) => void): FolderWatcher {
  // By path, with the folder's inode: a folder removed and made again under the same name is a new folder to watch.
  const watchers = new Map<string, { watcher: fs.FSWatcher; ino: number }>();
  let failed = false;
  const drop = (dir: string) => {
    watchers.get(dir)?.watcher.close();
    watchers.delete(dir);
  };
  return {
    watch(dirs) {
      const wanted = new Set(dirs);
      for (const dir of [...watchers.keys()]) if (!wanted.has(dir)) drop(dir);
      failed = false;
      for (const dir of wanted) {
        try {
          const { ino } = fs.statSync(dir);
          if (watchers.get(dir)?.ino === ino) continue;
          drop(dir);
          const watcher = fs.watch(dir, { persistent: false }, (_event, name) => onChange(name ?? undefined));
          watcher.on("error", () => {
            // The folder went away (or the platform gave up on it): look again on the next call.
            drop(dir);
            failed = true;
            onChange();
          });
          watchers.set(dir, { watcher, ino });
        } catch {
          failed = true;
        }
      }
      return !failed;
    },
    close() {
      for (const dir of [...watchers.keys()]) drop(dir);
    },
  };
}

/**
 * `root` and every folder under it (hidden ones and node_modules aside), with
 * `extra` (folders reached through links): all a watcher needs to hear a post,
 * an image or a book's config change.
 */
export function foldersUnder(root: string, extra: readonly string[] = []): string[] {
  const found = new Set<string>(extra);
  const walk = (dir: string) => {
    found.add(dir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") walk(path.join(dir, e.name));
  };
  if (fs.existsSync(root)) walk(fs.realpathSync(root));
  return [...found];
}
