/**
 * One file → one post, or the list of everything wrong with it.
 * Pure: takes the file's text, returns data; no file-system access.
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import type { SiteConfig } from "../../site.config";
import { buildExcerpt } from "../text/excerpt";
import { parseDate } from "../text/date";
import { readingMinutes } from "../text/reading-time";
import type { ContentIssue } from "./issues";
import { describe, fixes, frontMatterSchema, knownKeys } from "./schema";
import { dateFromFileName, isValidSlug, slugFromFileName, slugFromPermalink } from "./slug";
import type { Post } from "./types";

export type ParseResult = { post: Post; issues: ContentIssue[] } | { post: undefined; issues: ContentIssue[] };

/** Timestamps stay strings so that date-only values can be read in the site time zone. */
const yamlEngine = (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object;

export function normalizeSource(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function parsePost(file: string, raw: string, config: SiteConfig, now = new Date()): ParseResult {
  const source = normalizeSource(raw);
  const issues: ContentIssue[] = [];
  const error = (line: number, column: number, message: string, fix: string) =>
    issues.push({ file, line, column, message, fix, severity: "error" });

  let data: Record<string, unknown>;
  let body: string;
  try {
    const parsed = matter(source, { engines: { yaml: yamlEngine } });
    data = (parsed.data ?? {}) as Record<string, unknown>;
    body = parsed.content;
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e as Error).message.split("\n")[0];
    error(
      mark ? mark.line + 2 : 1,
      mark ? mark.column + 1 : 1,
      `front matter is not valid YAML: ${reason}`,
      "check quotes, colons and indentation on this line; quote values that contain a colon",
    );
    return { post: undefined, issues };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    error(2, 1, "front matter must be a set of key: value lines", 'write e.g. title: "..." on its own line');
    return { post: undefined, issues };
  }

  const lines = source.split("\n");
  const frontMatterEnd = source.startsWith("---") ? lines.indexOf("---", 1) : -1;
  const lineOf = (key: string): [number, number] => {
    const re = new RegExp(`^\\s*${key}\\s*:`);
    for (let i = 1; i < frontMatterEnd; i++) {
      if (re.test(lines[i])) return [i + 1, lines[i].indexOf(":") + 2];
    }
    return [frontMatterEnd > 0 ? 2 : 1, 1];
  };
  const bodyLine = frontMatterEnd > 0 ? frontMatterEnd + 2 : 1;

  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      const [line, column] = lineOf(key);
      error(line, column, `${key}: ${issue.message}`, fixes[key] ?? `correct or remove "${key}"`);
    }
    return { post: undefined, issues };
  }
  const fm = result.data;

  if (!fm.title) {
    const [line] = lineOf("title");
    error(fm.title === undefined ? 1 : line, 1, "title is missing", fixes.title);
  }

  const fileDate = dateFromFileName(file);
  let date: Date | undefined;
  if (fm.date !== undefined || fileDate) {
    const parsed = parseDate(fm.date ?? fileDate, config.timeZone);
    if (parsed.ok) date = parsed.date;
    else error(...lineOf("date"), `date: ${parsed.message}`, fixes.date);
  } else {
    error(1, 1, "date is missing", fixes.date);
  }

  let updated: Date | undefined;
  const updatedKey = fm.updated !== undefined ? "updated" : "last_modified_at";
  const updatedValue = fm.updated ?? fm.last_modified_at;
  if (updatedValue !== undefined) {
    const parsed = parseDate(updatedValue, config.timeZone);
    if (parsed.ok) updated = parsed.date;
    else error(...lineOf(updatedKey), `${updatedKey}: ${parsed.message}`, fixes[updatedKey]);
  }

  const slug = fm.slug ?? (fm.permalink ? slugFromPermalink(fm.permalink) : undefined) ?? slugFromFileName(file);
  if (!isValidSlug(slug)) {
    const key = fm.slug ? "slug" : fm.permalink ? "permalink" : "";
    error(
      ...(key ? lineOf(key) : ([1, 1] as [number, number])),
      `"${slug}" cannot be used as a URL slug`,
      key ? fixes.slug : "rename the file using letters, digits and hyphens",
    );
  }

  if (issues.length > 0 || !fm.title || !date) return { post: undefined, issues };

  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!knownKeys.has(key)) extra[key] = value;

  const excerpt = buildExcerpt(body, {
    title: fm.title,
    length: config.excerptLength,
    separator: fm.excerpt_separator ?? config.excerptSeparator,
    frontMatter: fm.excerpt,
  });

  const post: Post = {
    slug,
    title: fm.title,
    date: date.toISOString(),
    updated: updated?.toISOString(),
    categories: unique([...(fm.categories ?? []), ...(fm.category ?? [])]),
    tags: unique([...(fm.tags ?? []), ...(fm.tag ?? [])]),
    author: fm.author || undefined,
    excerpt,
    readingMinutes: fm.reading_time ?? readingMinutes(body, config.reading),
    draft: fm.draft === true || fm.published === false,
    scheduled: !config.publishFuture && date.getTime() > now.getTime(),
    format: /\.mdx$/i.test(file) ? "mdx" : "md",
    sourcePath: file,
    body,
    bodyLine,
    extra,
  };
  return { post, issues };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

export { describe };
