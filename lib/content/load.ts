/** Reads the content folder: the only module that touches the file system for posts. */
import fs from "node:fs";
import path from "node:path";

export interface SourceFile {
  /** Path relative to the working directory (or absolute when outside it), for messages. */
  file: string;
  raw: string;
  mtimeMs: number;
}

const POST_FILE = /\.(md|mdx|markdown)$/i;

/**
 * Names starting with `.` or `_` are not posts (notes, includes, editor files),
 * except Jekyll's `_posts` and `_drafts` folders, which a migrated blog brings along.
 */
function isHiddenSegment(segment: string): boolean {
  if (segment === "_posts" || segment === "_drafts") return false;
  return segment.startsWith(".") || segment.startsWith("_");
}

export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || "content");
}

export function listPostFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => POST_FILE.test(f) && !f.split(path.sep).some(isHiddenSegment))
    .sort()
    .map((f) => path.join(dir, f));
}

export function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel.startsWith("..") ? absolute : rel;
}

export function readPostFiles(dir: string): SourceFile[] {
  return listPostFiles(dir).map((abs) => ({
    file: displayPath(abs),
    raw: fs.readFileSync(abs, "utf8"),
    mtimeMs: fs.statSync(abs).mtimeMs,
  }));
}

/** Changes whenever a post file is added, removed or edited (for the dev server). */
export function contentSignature(dir: string): string {
  return listPostFiles(dir)
    .map((f) => `${f}:${fs.statSync(f).mtimeMs}`)
    .join("|");
}
