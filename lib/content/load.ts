/** Reads the content folder: the only module that touches the file system for posts. */
import fs from "node:fs";
import path from "node:path";
import { siteConfig } from "../../site.config";
import type { ContentIssue } from "./issues";
import { said, t, type Phrase } from "../messages";
import { gitAddedDates, type AddedDate } from "./git-dates";
import { describeLayout, detectLayout, layoutSetting, type DetectedLayout, type LayoutName } from "./layout";
import { isInside } from "../path-inside.mjs";
import type { ChapterOf } from "./schema";
import type { Book } from "./series";
import { readZennBooks } from "./zenn-books";

export interface SourceFile {
  /** Path relative to the working directory (or absolute when outside it), for messages. */
  file: string;
  raw: string;
  mtimeMs: number;
  /** The content layout the file was found in (./layout.ts); yomu's own when absent. */
  layout?: LayoutName;
  /** When the file was first committed, for a Zenn or Qiita article without a date (./git-dates.ts). */
  added?: AddedDate;
  /** Set when the file is a chapter of a Zenn book (./zenn-books.ts). */
  chapter?: ChapterOf;
}

export const POST_FILE = /\.(md|mdx|markdown)$/i;

/**
 * Names starting with `.` or `_` are not posts (notes, includes, editor files),
 * except Jekyll's `_posts` and `_drafts` folders, which a migrated blog brings along.
 */
function isHiddenSegment(segment: string): boolean {
  if (segment === "_posts" || segment === "_drafts") return false;
  return segment.startsWith(".") || segment.startsWith("_");
}

/** The content folder: CONTENT_DIR, else `content.dir` of site.config.ts, else content/. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || siteConfig.content.dir || "content");
}

/** The author's user name on Zenn: ZENN_USER, else `content.zennUser` of site.config.ts. */
export function zennUser(): string | undefined {
  return process.env.ZENN_USER || siteConfig.content.zennUser || undefined;
}

/** The layout of `dir`: CONTENT_LAYOUT, else `content.layout` of site.config.ts, else detected. */
export function contentLayout(dir: string = contentDir()): DetectedLayout {
  const { setting, name } = layoutSetting(process.env.CONTENT_LAYOUT, siteConfig.content.layout);
  return detectLayout(dir, setting, name);
}

/** The post files of a content folder in its layout, with the layout. */
export function findContentFiles(dir: string, layout: DetectedLayout = contentLayout(dir)): PostFiles & { layout: DetectedLayout } {
  if (layout.name === "yomu") return { ...findPostFiles(dir), layout };
  const files: string[] = [];
  const issues: ContentIssue[] = [];
  const dirs: string[] = [];
  for (const postDir of layout.postDirs) {
    const found = findPostFiles(postDir);
    files.push(...found.files.filter((f) => layout.postFile.test(f) && (!layout.flat || path.dirname(f) === postDir)));
    issues.push(...found.issues);
    dirs.push(...found.dirs);
  }
  return { files, issues, dirs, layout };
}

/** What a file's layout adds to its text: the layout, and for Zenn and Qiita the date of its first commit. */
export function sourceInfo(dir: string, layout: DetectedLayout): (abs: string) => Pick<SourceFile, "layout" | "added"> {
  if (layout.name === "yomu") return () => ({});
  const dates = gitAddedDates(dir);
  return (abs) => ({ layout: layout.name, added: dates.of(abs) });
}

export interface PostFiles {
  /** Absolute paths of the post files, sorted. */
  files: string[];
  /** Symbolic links not followed (leaving the folder, or broken), as warnings. */
  issues: ContentIssue[];
  /** The real paths of the folders read (the content folder first), for a watcher. */
  dirs: string[];
}

/**
 * The post files in `dir` and its subfolders. Symbolic links are followed only
 * when they stay inside `dir`, and each real folder and file is taken once, so
 * links that point back up (`a -> .`) cannot loop; a file reached both directly
 * and through a link keeps its own path.
 */
export function findPostFiles(dir: string): PostFiles {
  if (!fs.existsSync(dir)) return { files: [], issues: [], dirs: [] };
  const realRoot = fs.realpathSync(dir);
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const found: string[] = [];
  const links: string[] = [];
  const issues: ContentIssue[] = [];

  const addFile = (rel: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    found.push(rel);
  };
  // Links are set aside until every folder has been read without them, so that a
  // file's own path wins over a link's.
  const walk = (rel: string, real: string) => {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (isHiddenSegment(entry.name)) continue;
      const childRel = path.join(rel, entry.name);
      if (entry.isSymbolicLink()) links.push(childRel);
      else if (entry.isDirectory()) walk(childRel, path.join(real, entry.name));
      else if (entry.isFile() && POST_FILE.test(entry.name)) addFile(childRel, path.join(real, entry.name));
    }
  };
  const follow = (rel: string) => {
    const link = path.join(dir, rel);
    const warn = (message: Phrase) =>
      issues.push({ file: displayPath(link), line: 1, column: 1, severity: "warning", ...said(message, t("symlink.fix")), rule: "symlink" });
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync(link);
      stat = fs.statSync(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      warn(code === "ENOENT" ? t("symlink.missing", { target: fs.readlinkSync(link) }) : t("symlink.unreadable", { target: fs.readlinkSync(link), code: String(code) }));
      return;
    }
    const isPost = stat.isFile() && POST_FILE.test(rel);
    if (!isInside(realRoot, real)) {
      if (stat.isDirectory() || isPost) warn(t("symlink.outside", { target: real }));
    } else if (stat.isDirectory()) walk(rel, real);
    else if (isPost) addFile(rel, real);
  };

  walk("", realRoot);
  for (let i = 0; i < links.length; i++) follow(links[i]);
  return { files: found.sort().map((rel) => path.join(dir, rel)), issues, dirs: [...seenDirs] };
}

export function listPostFiles(dir: string): string[] {
  return findPostFiles(dir).files;
}

/** The content folder and its layout in words: the first line of every build. */
export function describeContent(dir: string = contentDir()): string {
  return describeLayout(displayPath(dir) || ".", contentLayout(dir));
}

export function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel.startsWith("..") ? absolute : rel;
}

function readSource(abs: string): SourceFile {
  return { file: displayPath(abs), raw: fs.readFileSync(abs, "utf8"), mtimeMs: fs.statSync(abs).mtimeMs };
}

/**
 * Every post file of `dir` in its layout, read, with warnings about the links not followed;
 * the Zenn books under `dir/books/`, whose chapters are posts too.
 */
export function readContent(
  dir: string,
  layout: DetectedLayout = contentLayout(dir),
): { files: SourceFile[]; issues: ContentIssue[]; books: Book[]; layout: LayoutName } {
  const { files, issues } = findContentFiles(dir, layout);
  const zenn = readZennBooks(dir);
  const own = zenn.folders.length > 0 ? files.filter((f) => !zenn.folders.some((folder) => isInside(folder, f))) : files;
  const info = sourceInfo(dir, layout);
  return {
    files: [...own.map((abs) => ({ ...readSource(abs), ...info(abs) })), ...zenn.chapters.map((c) => ({ ...c, ...info(path.resolve(c.file)) }))],
    issues: [...issues, ...zenn.issues],
    books: zenn.books,
    layout: layout.name,
  };
}

export function readPostFiles(dir: string): SourceFile[] {
  return listPostFiles(dir).map(readSource);
}
