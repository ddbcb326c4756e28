/**
 * `next dev`: the content index kept in memory and updated per file. A
 * watcher on each of its folders (folder-watcher.ts) marks it changed; the next call then lists and
 * stats the post files, reads and parses only the files added or changed since,
 * drops removed ones, and rebuilds the index from the parsed posts. Calls in
 * between (a page asks for the index many times) cost nothing. Where the
 * platform cannot watch a folder tree, every call looks. Drafts
 * and scheduled posts are shown (marked), and a file that cannot become a post
 * keeps a URL that shows its problems.
 */
import fs from "node:fs";
import path from "node:path";
import type { SiteConfig } from "../config/site-config";
import { indexParsed, type ContentIndex } from "./build-index";
import type { ContentIssue } from "./issues";
import { displayPath, findContentFiles, sourceInfo } from "./load";
import type { ParseResult } from "./parse";
import { parseCounted, type ParseTask } from "./parse-parallel";
import { createParseCache } from "./parse-cache";
import type { ChapterOf } from "./schema";
import { readZennBooks } from "./zenn-books";
import { isInside } from "../path-inside.mjs";
import { createFolderWatcher, foldersUnder } from "./folder-watcher";
import { isValidSlug, slugFromFileName } from "./slug";

interface Parsed {
  file: string;
  mtimeMs: number;
  size: number;
  ino: number;
  result: ParseResult;
}

export interface DevContent {
  /** The index of `dir` as its files are now. */
  index(dir: string): ContentIndex;
}

export function createDevContent(config: SiteConfig): DevContent {
  let dirOfCache = "";
  let parsed = new Map<string, Parsed>();
  let index: ContentIndex | undefined;
  let linkIssues = "";
  let dirty = true;
  // Where a folder cannot be watched, every call looks at the files.
  let watching = false;
  const watcher = createFolderWatcher(() => void (dirty = true));

  return {
    index(dir) {
      if (!dirty && watching && index && dir === dirOfCache) return index;
      dirty = false;
      const listed = findContentFiles(dir);
      const info = sourceInfo(dir, listed.layout);
      // Books are read again each time (a few small config files): a config's change shows at once.
      const zenn = readZennBooks(dir);
      const chapterOf = new Map<string, ChapterOf>(zenn.chapters.map((c) => [path.resolve(c.file), c.chapter]));
      const own = zenn.folders.length > 0 ? listed.files.filter((f) => !zenn.folders.some((folder) => isInside(folder, f))) : listed.files;
      const found = { files: [...own, ...chapterOf.keys()], issues: [...listed.issues, ...zenn.issues] };
      // Every folder of the content (books and images too), and the post folders a link leads to.
      watching = watcher.watch(foldersUnder(dir, listed.dirs));
      const links = JSON.stringify(found.issues) + JSON.stringify(zenn.books);
      let changed = index === undefined || dir !== dirOfCache || links !== linkIssues || found.files.length !== parsed.size;
      const next = new Map<string, Parsed>();
      const now = new Date();
      // A fresh process (the server's first request) starts from the parsed posts cached on disk by content;
      // what is left to parse is parsed on two threads when there is much of it.
      const cache = parsed.size === 0 ? createParseCache(config, dir) : undefined;
      const pending: (ParseTask & { abs: string; size: number; ino: number })[] = [];
      for (const abs of found.files) {
        let stat: fs.Stats;
        try {
          stat = fs.statSync(abs);
        } catch {
          changed = true; // removed while we listed it
          continue;
        }
        const old = dir === dirOfCache ? parsed.get(abs) : undefined;
        next.set(abs, old as Parsed); // keeps the order of the files; replaced below when parsed
        // A save by rename is a new inode, whatever its time and size.
        if (old && old.mtimeMs === stat.mtimeMs && old.size === stat.size && old.ino === stat.ino) continue;
        changed = true;
        const file = displayPath(abs);
        if (cache?.empty) {
          // Nothing to look up: the threads that parse the files read them too.
          pending.push({ file, path: abs, mtimeMs: stat.mtimeMs, chapter: chapterOf.get(abs), abs, size: stat.size, ino: stat.ino, ...info(abs) });
          continue;
        }
        const source = { file, raw: fs.readFileSync(abs, "utf8"), mtimeMs: stat.mtimeMs, chapter: chapterOf.get(abs), ...info(abs) };
        const result = cache?.lookup(source, now);
        if (result) next.set(abs, { file, mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino, result });
        else pending.push({ ...source, abs, size: stat.size, ino: stat.ino });
      }
      parseCounted(pending, config, now).results.forEach((parsed, i) => {
        const { abs, file, mtimeMs, size, ino } = pending[i];
        if (!parsed) {
          next.delete(abs); // removed since it was listed
          return;
        }
        next.set(abs, { file, mtimeMs, size, ino, result: cache ? cache.rememberKeyed(parsed.key, parsed.result) : parsed.result });
      });
      cache?.save();
      parsed = next;
      dirOfCache = dir;
      linkIssues = links;
      if (changed || !index) {
        const built = indexParsed([...parsed.values()], { includeHidden: true, books: zenn.books });
        index = found.issues.length > 0 ? { ...built, issues: [...found.issues, ...built.issues] } : built;
      }
      return index;
    },
  };
}

/** A file that could not become a post, found by the slug its file name gives it, with its problems. */
export function brokenFileBySlug(index: ContentIndex, slug: string): { file: string; issues: ContentIssue[] } | undefined {
  const file = index.brokenFiles.find((f) => slugFromFileName(f) === slug);
  return file ? { file, issues: index.issues.filter((i) => i.file === file) } : undefined;
}

/** The slugs of broken files, so their URLs exist and show the errors. */
export function brokenFileSlugs(index: ContentIndex): string[] {
  return [...new Set(index.brokenFiles.map(slugFromFileName))].filter((s) => isValidSlug(s) && !index.bySlug.has(s));
}
