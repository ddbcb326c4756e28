/**
 * One file → one post, or the list of everything wrong with it, each problem
 * located as `line:column` of the file. Pure: takes the file's text, returns
 * data; no file-system access.
 */
import type { SiteConfig } from "../../site.config";
import { buildExcerpt } from "../text/excerpt";
import { parseDate } from "../text/date";
import { readingMinutes } from "../text/reading-time";
import { normalizeSource, readFrontMatter, type Position } from "./front-matter";
import type { ContentIssue } from "./issues";
import { MAX_NESTING_DEPTH, MAX_POST_BYTES, MAX_SEGMENT_BYTES, MAX_TERMS_PER_POST, utf8Bytes } from "./limits";
import { findTooDeep } from "./nesting";
import { describe, fixes, frontMatterSchema, knownKeys } from "./schema";
import { dateFromFileName, formatCharacters, isValidSlug, showFormatCharacters, slugFromFileName, slugFromPermalink } from "./slug";
import { termSegment } from "./taxonomy";
import type { Post } from "./types";

export type ParseResult = { post: Post; issues: ContentIssue[] } | { post: undefined; issues: ContentIssue[] };

export interface SourceInfo {
  /** Modification time of the file: the date of a draft that has none (Jekyll's `_drafts`). */
  mtimeMs?: number;
}

export { normalizeSource };

/** True for files in a Jekyll `_drafts` folder. */
export function isInDraftsFolder(file: string): boolean {
  return file.split(/[\\/]/).slice(0, -1).includes("_drafts");
}

export function parsePost(
  file: string,
  raw: string,
  config: SiteConfig,
  now = new Date(),
  info: SourceInfo = {},
): ParseResult {
  const issues: ContentIssue[] = [];
  const report = (severity: ContentIssue["severity"], pos: Position, message: string, fix: string, rule = "front-matter") =>
    issues.push({ file, line: pos.line, column: pos.column, message, fix, severity, rule });
  const error = (pos: Position, message: string, fix: string, rule?: string) => report("error", pos, message, fix, rule);

  const size = utf8Bytes(raw);
  if (size > MAX_POST_BYTES) {
    error(
      { line: 1, column: 1 },
      `the file is ${formatBytes(size)}; a post may be at most ${formatBytes(MAX_POST_BYTES)}`,
      "split it into several posts, or move long data (logs, tables) into files the post links to",
      "post-size",
    );
    return { post: undefined, issues };
  }

  const source = normalizeSource(raw);
  const fm = readFrontMatter(source);
  for (const p of fm.problems) report(p.severity, p, p.message, p.fix, p.severity === "warning" ? "duplicate-key" : "front-matter");
  if (!fm.data) return { post: undefined, issues };
  const { body, bodyLine, positionOf } = fm;
  const top: Position = { line: 1, column: 1 };

  // An empty known key (`categories:`) means "not set", as in Jekyll; an empty title is an error.
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fm.data)) {
    if (value === null && key !== "title" && knownKeys.has(key)) continue;
    data[key] = value;
  }

  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      error(positionOf([...issue.path, ...innerPath(issue)]), `${key}: ${issue.message}`, fixes[key] ?? `correct or remove "${key}"`);
    }
    return { post: undefined, issues };
  }
  const meta = result.data;

  for (const key of Object.keys(data)) {
    if (knownKeys.has(key)) continue;
    const near = closestKnownKey(key);
    if (near) {
      report(
        "warning",
        fm.keyPosition(key) ?? top,
        `unknown key "${key}" is kept but not used`,
        `did you mean "${near}"? rename the key`,
        "unknown-key",
      );
    }
  }

  if (meta.title === undefined) {
    error(
      top,
      "title is missing",
      fm.present
        ? 'add a title line to the front matter, e.g. title: "Llama 4の多言語性能"'
        : 'start the file with front matter: a line ---, then title: "…" and date: …, then a line ---',
    );
  }

  const fileDate = dateFromFileName(file);
  const draftFolder = isInDraftsFolder(file);
  let date: Date | undefined;
  if (meta.date !== undefined || fileDate) {
    const parsed = parseDate(meta.date ?? fileDate, config.timeZone);
    if (parsed.ok) date = parsed.date;
    else if (meta.date !== undefined) error(positionOf(["date"]), `date: ${parsed.message}`, fixes.date);
    else error(top, `the date in the file name: ${parsed.message}`, "rename the file to YYYY-MM-DD-slug.md with a real date");
  } else if ((draftFolder || meta.draft === true) && info.mtimeMs !== undefined) {
    date = new Date(info.mtimeMs);
  } else {
    error(top, "date is missing", "add a line to the front matter: date: 2025-12-10 20:44:31 +0900, or name the file YYYY-MM-DD-slug.md");
  }

  let updated: Date | undefined;
  const updatedKey = meta.updated !== undefined ? "updated" : "last_modified_at";
  const updatedValue = meta.updated ?? meta.last_modified_at;
  if (updatedValue !== undefined) {
    const parsed = parseDate(updatedValue, config.timeZone);
    if (parsed.ok) updated = parsed.date;
    else error(positionOf([updatedKey]), `${updatedKey}: ${parsed.message}`, fixes[updatedKey]);
  }

  const fileSlug = slugFromFileName(file);
  const permalinkSlug = meta.permalink ? slugFromPermalink(meta.permalink, fileSlug) : undefined;
  const slugKey = meta.slug ? "slug" : permalinkSlug ? "permalink" : undefined;
  const slug = meta.slug || permalinkSlug || fileSlug;
  const slugAt = slugKey ? positionOf([slugKey]) : top;
  const invisible = formatCharacters(slug);
  if (invisible.length > 0) {
    error(
      slugAt,
      `the slug "${showFormatCharacters(slug)}" contains the invisible character${invisible.length > 1 ? "s" : ""} ${invisible.join(", ")}, which can make one address look like another`,
      slugKey ? `retype the ${slugKey} without ${invisible.join(", ")}` : `rename the file without ${invisible.join(", ")}, or add slug: to the front matter`,
      "slug",
    );
  } else if (!isValidSlug(slug)) {
    error(
      slugAt,
      `"${slug}" cannot be used as a URL slug`,
      slugKey ? fixes.slug : "rename the file using letters, digits and hyphens, or add slug: to the front matter",
      "slug",
    );
  } else if (utf8Bytes(slug) > MAX_SEGMENT_BYTES) {
    error(
      slugAt,
      `the slug is ${utf8Bytes(slug)} bytes long (UTF-8); a file name holds at most ${MAX_SEGMENT_BYTES}`,
      `${slugKey ? `shorten the ${slugKey}` : "add a shorter slug: to the front matter"}, e.g. slug: ${shortSlugExample}`,
      "name-length",
    );
  }

  const categories = unique([...(meta.categories ?? []), ...(meta.category ?? [])]);
  const tags = unique([...(meta.tags ?? []), ...(meta.tag ?? [])]);
  const terms = (["categories", "category", "tags", "tag"] as const).flatMap((key) => (meta[key] ?? []).map((name) => ({ key, name })));
  const termAt = (key: string, name: string) => {
    const i = Array.isArray(data[key]) ? (data[key] as unknown[]).findIndex((v) => String(v).normalize("NFC").trim() === name) : -1;
    return positionOf(i >= 0 ? [key, i] : [key]);
  };
  if (categories.length + tags.length > MAX_TERMS_PER_POST) {
    error(
      positionOf([terms[MAX_TERMS_PER_POST].key]),
      `${categories.length + tags.length} tags and categories; a post may have at most ${MAX_TERMS_PER_POST}`,
      `keep the ${MAX_TERMS_PER_POST} that matter most: each one is a page of its own and a link wherever this post is listed`,
      "term-count",
    );
  } else {
    for (const { key, name } of terms) {
      const bytes = utf8Bytes(termSegment(name));
      if (bytes <= MAX_SEGMENT_BYTES) continue;
      error(
        termAt(key, name),
        `${key}: "${shorten(name)}" makes a URL segment of ${bytes} bytes (UTF-8); a file name holds at most ${MAX_SEGMENT_BYTES}`,
        `shorten the name to about ${Math.floor(MAX_SEGMENT_BYTES / 3)} Japanese characters or ${MAX_SEGMENT_BYTES} letters`,
        "name-length",
      );
    }
  }

  const tooDeep = findTooDeep(body, MAX_NESTING_DEPTH, { mdx: /\.mdx$/i.test(file) });
  if (tooDeep) {
    error(
      { line: bodyLine + tooDeep.line, column: tooDeep.column },
      tooDeep.kind === "markdown"
        ? `blockquotes and lists are nested ${tooDeep.depth} deep here; at most ${MAX_NESTING_DEPTH} levels are allowed`
        : `${tooDeep.depth} HTML elements are open inside one another here; at most ${MAX_NESTING_DEPTH} are allowed`,
      tooDeep.kind === "markdown"
        ? "end the outer quotes or lists sooner, or put text that only looks like quotes in a code block"
        : "close the elements you open (</div>), or remove the opening tags that have no closing one",
      "nesting",
    );
  }

  if (issues.some((i) => i.severity === "error") || !meta.title || !date) return { post: undefined, issues };

  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fm.data)) if (!knownKeys.has(key)) extra[key] = value;

  const excerpt = buildExcerpt(body, {
    title: meta.title,
    length: config.excerptLength,
    separator: meta.excerpt_separator ?? config.excerptSeparator,
    frontMatter: meta.excerpt,
  });

  const post: Post = {
    slug,
    title: meta.title,
    date: date.toISOString(),
    updated: updated?.toISOString(),
    categories,
    tags,
    author: meta.author || undefined,
    excerpt,
    readingMinutes: meta.reading_time ?? readingMinutes(body, config.reading),
    draft: meta.draft === true || meta.published === false || draftFolder,
    scheduled: !config.publishFuture && date.getTime() > now.getTime(),
    format: /\.mdx$/i.test(file) ? "mdx" : "md",
    sourcePath: file,
    body,
    bodyLine,
    extra,
    slugAt,
  };
  return { post, issues };
}

const shortSlugExample = "llama-4-review";

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function shorten(name: string): string {
  const chars = [...name];
  return chars.length > 20 ? chars.slice(0, 20).join("") + "…" : name;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** For a failed union (`tags: [AI, {x: 1}]`), the path to the offending item inside the value. */
function innerPath(issue: { code: string; errors?: unknown }): PropertyKey[] {
  if (issue.code !== "invalid_union" || !Array.isArray(issue.errors)) return [];
  let best: PropertyKey[] = [];
  for (const branch of issue.errors as { path: PropertyKey[]; code: string; errors?: unknown }[][]) {
    for (const inner of branch) {
      const path = [...inner.path, ...innerPath(inner)];
      if (path.length > best.length) best = path;
    }
  }
  return best;
}

/** A known key one or two edits away (`tilte` → `title`), for typo warnings. */
function closestKnownKey(key: string): string | undefined {
  if (key.length < 4) return undefined;
  const lower = key.toLowerCase();
  let best: { key: string; d: number } | undefined;
  for (const known of knownKeys) {
    // The distance is at least the difference in length: most keys need no table.
    if (known === "layout" || Math.abs(known.length - lower.length) > 2) continue;
    const d = known === lower ? 0 : editDistance(lower, known);
    if (d <= (known.length > 6 ? 2 : 1) && (!best || d < best.d)) best = { key: known, d };
  }
  return best?.key;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export { describe };
