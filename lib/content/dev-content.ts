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
import { displayPath, findContentFiles, POST_FILE, sourceInfo } from "./load";
import type { ParseResult } from "./parse";
import { parseCounted, type ParseTask } from "./parse-parallel";
import { createParseCache } from "./parse-cache";
import type { ChapterOf } from "./schema";
import { readZennBooks } from "./zenn-books";
import { isInside } from "../path-inside.mjs";
import { createFolderWatcher, foldersUnder } from "./folder-watcher";
import { isValidSlug, slugFromFileName } from "./slug";
import { checkImages } from "../markdown/image-check";

interface Parsed {
  file: string;
  mtimeMs: number;
  size: number;
  ino: number;
  result: ParseResult;
}

/** Posts that may show an image from the content folder (`![…](./a.png)`, `<img src="images/a.png">`): only these are read for missing images. */
const LOCAL_IMAGE = /!\[[^\]]*\]\(\s*<?(?![a-z][a-z0-9+.-]*:|\/\/|#)|<img\s[^>]*src=["']?(?![a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The missing images of a post, as content errors: the build stops on them, so
 * the banner on every page names them. (Reading a body costs as much as
 * rendering it: the first index leaves this to a background pass.)
 */
function imageErrors(result: ParseResult, contentRoot: string): ContentIssue[] {
  const post = result.post;
  if (!post || !LOCAL_IMAGE.test(post.body)) return [];
  return checkImages(post.body, post.sourcePath, contentRoot)
    .filter((p) => p.severity === "error")
    .map((p) => ({ file: post.sourcePath, line: post.bodyLine - 1 + p.line, column: p.column, severity: p.severity, message: p.message, fix: p.fix, text: p.text, rule: "image" }));
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
  // Missing images by parse result: a saved post is looked at when it is parsed; all posts in the
  // background after the first index and whenever a file that is not a post changes (an image added or removed).
  let images = new WeakMap<ParseResult, ContentIssue[]>();
  let imagesStale = true;
  let imagesPass: { cancelled: boolean } | undefined;
  const watcher = createFolderWatcher((name) => {
    dirty = true;
    if (!name || !POST_FILE.test(name)) imagesStale = true;
  });
  // `now`: the results parsed by this call, looked at at once; the others wait for the background pass.
  const withImages = (entries: Parsed[], dir: string, now: Set<ParseResult>) =>
    entries.map((p) => {
      let found = images.get(p.result);
      if (!found && now.has(p.result)) images.set(p.result, (found = imageErrors(p.result, dir)));
      return found && found.length > 0 ? { ...p, result: { ...p.result, issues: [...p.result.issues, ...found] } as ParseResult } : p;
    });
  const checkImagesLater = (dir: string) => {
    if (imagesPass) imagesPass.cancelled = true;
    const pass = (imagesPass = { cancelled: false });
    const next: [ParseResult, ContentIssue[]][] = [];
    const queue = [...parsed.values()];
    let differs = false;
    const step = () => {
      if (pass.cancelled) return;
      const until = performance.now() + 50;
      while (queue.length > 0 && performance.now() < until) {
        const p = queue.pop()!;
        const found = imageErrors(p.result, dir);
        differs ||= JSON.stringify(found) !== JSON.stringify(images.get(p.result) ?? []);
        next.push([p.result, found]);
      }
      if (queue.length > 0) return void setTimeout(step, 0).unref?.();
      // Into the map the index reads: a post parsed while the pass ran keeps what its save found.
      for (const [result, found] of next) images.set(result, found);
      imagesPass = undefined;
      // The index is made again only when what it shows changed.
      if (differs) dirty = imagesChanged = true;
    };
    setTimeout(step, 0).unref?.();
  };
  let imagesChanged = false;

  return {
    index(dir) {
      if (!dirty && watching && index && dir === dirOfCache) return index;
      const first = index === undefined || dir !== dirOfCache;
      dirty = false;
      if (first) images = new WeakMap();
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
      const fresh = new Set<ParseResult>();
      parseCounted(pending, config, now).results.forEach((parsed, i) => {
        const { abs, file, mtimeMs, size, ino } = pending[i];
        if (!parsed) {
          next.delete(abs); // removed since it was listed
          return;
        }
        const result = cache ? cache.rememberKeyed(parsed.key, parsed.result) : parsed.result;
        if (!first) fresh.add(result);
        next.set(abs, { file, mtimeMs, size, ino, result });
      });
      cache?.save();
      parsed = next;
      dirOfCache = dir;
      if (imagesStale || first) {
        imagesStale = false;
        checkImagesLater(dir);
      }
      linkIssues = links;
      if (changed || !index || imagesChanged) {
        imagesChanged = false;
        const built = indexParsed(withImages([...parsed.values()], dir, fresh), { includeHidden: true, books: zenn.books });
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
