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
import { asZodMessage, fromZodMessage, said, t, type Phrase } from "../messages";
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

const names = z.union([z.array(z.union([z.string(), z.number()])), z.string()], { error: asZodMessage(t("book.expected-names")) });

/** config.yaml as Zenn defines it; other keys (toc_depth, …) are accepted. */
const configSchema = z.looseObject({
  title: z
    .union([z.string(), z.number()], { error: asZodMessage(t("book.expected-title")) })
    .transform(String)
    .pipe(z.string().trim().min(1, asZodMessage(t("value.empty", { key: "title" })))),
  summary: z.union([z.string(), z.number(), z.null()], { error: asZodMessage(t("book.expected-text")) }).optional(),
  topics: names.optional(),
  published: z.boolean({ error: asZodMessage(t("book.expected-flag")) }).optional(),
  price: z.union([z.number(), z.null()], { error: asZodMessage(t("book.expected-price")) }).optional(),
  chapters: z.array(z.union([z.string(), z.number()]), { error: asZodMessage(t("book.expected-chapters")) }).nullish(),
});

const FIXES: Record<string, Phrase> = {
  title: t("book.fix.title"),
  summary: t("book.fix.summary"),
  topics: t("book.fix.topics"),
  published: t("key.fix.flag", { key: "published" }),
  price: t("book.fix.price"),
  chapters: t("book.fix.chapters"),
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
  const issue = (at: Position, message: Phrase, fix: Phrase, file = configFile, severity: "error" | "warning" = "error") =>
    out.issues.push({ file, line: at.line, column: at.column, severity, ...said(message, fix), rule: "book" });
  const top = { line: 1, column: 1 };

  if (!isValidSlug(slug)) {
    issue(top, t("book.folder-name", { slug }), t("book.folder-name.fix"));
    return;
  }

  // The config is read as a front-matter block, so that every problem has its line and column.
  const block = readFrontMatter(`---\n${normalizeSource(fs.readFileSync(configPath, "utf8"))}\n---\n`);
  const shift = (p: Position): Position => ({ line: Math.max(1, p.line - 1), column: p.column });
  for (const p of block.problems) if (p.severity === "error") issue(shift(p), p.text.message, p.text.fix);
  if (!block.data) return;
  const parsed = configSchema.safeParse(block.data);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      const key = String(problem.path[0] ?? "");
      const at = problem.path.length > 0 ? shift(block.positionOf(problem.path)) : top;
      issue(at, key ? t("at-key", { key, detail: fromZodMessage(problem.message) }) : t("book.config-invalid", { detail: fromZodMessage(problem.message) }), FIXES[key] ?? FIXES.title);
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
        issue(at, t("book.chapter-twice", { chapter }), t("book.chapter-twice.fix", { chapter }));
        return;
      }
      listed.add(chapter);
      if (!isValidSlug(chapter)) {
        issue(at, t("book.chapter-name", { chapter }), t("book.chapter-name.fix"));
        return;
      }
      const file = files.find((f) => f.normalize("NFC") === `${chapter}.md`);
      if (!file) {
        // Zenn publishes the book with the chapters that exist (a chapter not written yet): a warning.
        issue(
          at,
          t("book.chapter-missing", { chapter, file: displayPath(path.join(dir, `${chapter}.md`)) }),
          t("book.chapter-missing.fix", { chapter, config: path.basename(configPath) }),
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
        t("book.chapter-unlisted", { slug, config: configFile }),
        t("book.chapter-unlisted.fix", { chapter: file.replace(/\.md$/i, ""), config: configFile }),
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
          t("book.chapter-unnumbered", { file, config: configFile }),
          t("book.chapter-unnumbered.fix", { example: `1.${file.replace(/\.md$/i, "").replace(/^\d+\./, "")}.md`, config: configFile }),
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
        issue(top, t("book.chapter-duplicate", { chapter, other }), t("book.chapter-duplicate.fix"), displayPath(path.join(dir, file)));
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
