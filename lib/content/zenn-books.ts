/**
 * Zenn books: `books/<slug>/config.yaml` and the chapter files beside it, read
 * into a Book (./series.ts) and chapter files that become posts of the one
 * schema (their slug `<book>/<chapter>`). A folder of `books/` is a book when it
 * holds a config.yaml. Chapters are `chapters:` of the config, else the files
 * named `N.slug.md`, in N's order.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { normalizeSource, readFrontMatter, type Position } from "./front-matter";
import type { ContentIssue } from "./issues";
import { displayPath, type SourceFile } from "./load";
import type { ChapterOf } from "./schema";
import type { Book } from "./series";
import { isValidSlug } from "./slug";

export interface ChapterFile extends SourceFile {
  chapter: ChapterOf;
}

export interface ZennBooks {
  books: Book[];
  /** Every chapter of every book, in reading order. */
  chapters: ChapterFile[];
  /** Absolute paths of the book folders: their files are not posts of their own. */
  folders: string[];
  issues: ContentIssue[];
}

const CONFIG_FILES = ["config.yaml", "config.yml"];
const COVER_FILES = ["cover.png", "cover.jpg", "cover.jpeg"];
const NUMBERED = /^(\d+)\.(.+)\.md$/;

const names = z.union([z.array(z.union([z.string(), z.number()])), z.string()], { error: "expected a list of names" });

/** config.yaml as Zenn defines it; other keys (toc_depth, …) are accepted. */
const configSchema = z.looseObject({
  title: z.union([z.string(), z.number()], { error: "expected the book's title" }).transform(String).pipe(z.string().trim().min(1, "title is empty")),
  summary: z.union([z.string(), z.number(), z.null()], { error: "expected text" }).optional(),
  topics: names.optional(),
  published: z.boolean({ error: "expected true or false" }).optional(),
  price: z.union([z.number(), z.null()], { error: "expected a price in yen, e.g. 0" }).optional(),
  chapters: z.array(z.union([z.string(), z.number()]), { error: "expected a list of chapter slugs" }).nullish(),
});

const FIXES: Record<string, string> = {
  title: 'write the title in quotes, e.g. title: "Rust入門"',
  summary: 'write the summary in quotes, e.g. summary: "この本では…"',
  topics: 'write a list, e.g. topics: ["rust", "cli"]',
  published: "write published: true or published: false",
  price: "write the price in yen as a number, e.g. price: 0",
  chapters: "list the chapter files' names without .md, e.g. chapters: [intro, setup]",
};

/** A file itself, not a link: a book's files are read only from inside its folder. */
const isPlainFile = (file: string) => fs.lstatSync(file, { throwIfNoEntry: false })?.isFile() === true;

/** The books under `root/books/` (none when there is no such folder). Links are not followed. */
export function readZennBooks(root: string): ZennBooks {
  const result: ZennBooks = { books: [], chapters: [], folders: [], issues: [] };
  const booksDir = path.join(root, "books");
  if (!fs.lstatSync(booksDir, { throwIfNoEntry: false })?.isDirectory()) return result;
  for (const entry of fs.readdirSync(booksDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const dir = path.join(booksDir, entry.name);
    const configName = CONFIG_FILES.find((name) => isPlainFile(path.join(dir, name)));
    if (!configName) continue;
    result.folders.push(dir);
    readBook(dir, entry.name, path.join(dir, configName), result);
  }
  return result;
}

function readBook(dir: string, slug: string, configPath: string, out: ZennBooks): void {
  const configFile = displayPath(configPath);
  const issue = (at: Position, message: string, fix: string, file = configFile, severity: "error" | "warning" = "error") =>
    out.issues.push({ file, line: at.line, column: at.column, severity, message, fix, rule: "book" });
  const top = { line: 1, column: 1 };

  if (!isValidSlug(slug)) {
    issue(top, `the book folder "${slug}" cannot be used as a URL segment`, "rename the folder using letters, digits, hyphens and underscores");
    return;
  }

  // The config is read as a front-matter block, so that every problem has its line and column.
  const block = readFrontMatter(`---\n${normalizeSource(fs.readFileSync(configPath, "utf8"))}\n---\n`);
  const shift = (p: Position): Position => ({ line: Math.max(1, p.line - 1), column: p.column });
  for (const p of block.problems) if (p.severity === "error") issue(shift(p), p.message, p.fix);
  if (!block.data) return;
  const parsed = configSchema.safeParse(block.data);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      const key = String(problem.path[0] ?? "");
      const at = problem.path.length > 0 ? shift(block.positionOf(problem.path)) : top;
      issue(at, key ? `${key}: ${problem.message}` : `${problem.message}: add title: "…" to the book's config`, FIXES[key] ?? FIXES.title);
    }
    return;
  }
  const config = parsed.data;

  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.md$/i.test(e.name))
    .map((e) => e.name)
    .sort();
  const chapters: { slug: string; file: string }[] = [];
  if (config.chapters) {
    const listed = new Set<string>();
    config.chapters.forEach((item, i) => {
      const chapter = String(item).normalize("NFC");
      const at = shift(block.positionOf(["chapters", i]));
      if (listed.has(chapter)) {
        issue(at, `chapters: "${chapter}" is listed twice`, `remove one of the two "${chapter}" lines`);
        return;
      }
      listed.add(chapter);
      if (!isValidSlug(chapter)) {
        issue(at, `chapters: "${chapter}" cannot be used as a URL segment`, "rename the chapter file using letters, digits, hyphens and underscores, and list that name");
        return;
      }
      const file = files.find((f) => f.normalize("NFC") === `${chapter}.md`);
      if (!file) {
        // Zenn publishes the book with the chapters that exist (a chapter not written yet): a warning.
        issue(
          at,
          `chapters: "${chapter}" is listed, but ${displayPath(path.join(dir, `${chapter}.md`))} does not exist, so the book is published without it`,
          `create the file ${chapter}.md next to ${path.basename(configPath)}, or remove "${chapter}" from chapters:`,
          configFile,
          "warning",
        );
        return;
      }
      chapters.push({ slug: chapter, file });
    });
    // Zenn publishes the book without it (a draft chapter kept beside the book): a warning, as the build goes on.
    for (const file of files) {
      if (listed.has(file.normalize("NFC").replace(/\.md$/i, ""))) continue;
      issue(
        top,
        `this file is in the book "${slug}" but not listed in chapters: of ${configFile}, so it is not published`,
        `add "- ${file.replace(/\.md$/i, "")}" to chapters: in ${configFile}, or move the file out of the book's folder`,
        displayPath(path.join(dir, file)),
        "warning",
      );
    }
  } else {
    const numbered: { n: number; slug: string; file: string }[] = [];
    for (const file of files) {
      const m = NUMBERED.exec(file.normalize("NFC"));
      if (!m || !isValidSlug(m[2])) {
        issue(
          top,
          `chapter file name "${file}" has no chapter number, and ${configFile} has no chapters: list`,
          `rename the file N.slug.md (e.g. 1.${file.replace(/\.md$/i, "").replace(/^\d+\./, "")}.md), or list the chapters in chapters: of ${configFile}`,
          displayPath(path.join(dir, file)),
        );
        continue;
      }
      numbered.push({ n: Number(m[1]), slug: m[2], file });
    }
    numbered.sort((a, b) => a.n - b.n || a.slug.localeCompare(b.slug));
    const seen = new Map<string, string>();
    for (const { slug: chapter, file } of numbered) {
      const other = seen.get(chapter);
      if (other) {
        issue(top, `chapter slug "${chapter}" is also the slug of ${other}`, "give one of the two chapter files another name after its number", displayPath(path.join(dir, file)));
        continue;
      }
      seen.set(chapter, file);
      chapters.push({ slug: chapter, file });
    }
  }

  const cover = COVER_FILES.map((name) => path.join(dir, name)).find(isPlainFile);
  const topics = config.topics === undefined ? [] : (Array.isArray(config.topics) ? config.topics : config.topics.split(/\s+/)).map((t) => String(t).normalize("NFC").trim()).filter(Boolean);
  out.books.push({
    slug,
    title: config.title.normalize("NFC"),
    summary: String(config.summary ?? "").normalize("NFC").trim(),
    topics,
    published: config.published === true,
    price: config.price ?? 0,
    cover,
    chapters: chapters.map((c) => c.slug),
    configFile,
  });
  for (const { slug: chapter, file } of chapters) {
    const abs = path.join(dir, file);
    out.chapters.push({ file: displayPath(abs), raw: fs.readFileSync(abs, "utf8"), mtimeMs: fs.statSync(abs).mtimeMs, chapter: { book: slug, slug: chapter } });
  }
}
