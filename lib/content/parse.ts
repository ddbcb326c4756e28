/**
 * One file → one post, or the list of everything wrong with it, each problem
 * located as `line:column` of the file. Pure: takes the file's text, returns
 * data; no file-system access.
 */
import type { SiteConfig } from "../config/site-config";
import { normalizeSource, readFrontMatter, type Position } from "./front-matter";
import type { AddedDate } from "./git-dates";
import type { ContentIssue } from "./issues";
import type { LayoutName } from "./layout";
import { MAX_POST_BYTES, utf8Bytes } from "./limits";
import { describe, fixFor, knownKeys, postSchema, type ChapterOf, type PostIssueParams } from "./schema";
import type { Post } from "./types";
import { notationWarnings } from "../check/notation-warnings";
import { fromZodMessage, said, t, type Phrase } from "../messages";

export type ParseResult = { post: Post; issues: ContentIssue[] } | { post: undefined; issues: ContentIssue[] };

export interface SourceInfo {
  /** Modification time of the file: the date of a draft that has none (Jekyll's `_drafts`). */
  mtimeMs?: number;
  /** The content layout the file was found in (yomu's own when absent). */
  layout?: LayoutName;
  /** When the file was first committed (Zenn and Qiita layouts). */
  added?: AddedDate;
  /** The file is a chapter of a Zenn book. */
  chapter?: ChapterOf;
}

export { normalizeSource };


export function parsePost(
  file: string,
  raw: string,
  config: SiteConfig,
  now = new Date(),
  info: SourceInfo = {},
): ParseResult {
  const issues: ContentIssue[] = [];
  const report = (severity: ContentIssue["severity"], pos: Position, message: Phrase, fix: Phrase, rule = "front-matter") =>
    issues.push({ file, line: pos.line, column: pos.column, ...said(message, fix), severity, rule });

  const size = utf8Bytes(raw);
  if (size > MAX_POST_BYTES) {
    report(
      "error",
      { line: 1, column: 1 },
      t("post.too-large", { size: formatBytes(size), max: formatBytes(MAX_POST_BYTES) }),
      t("post.too-large.fix"),
      "post-size",
    );
    return { post: undefined, issues };
  }

  const source = normalizeSource(raw);

  const fm = readFrontMatter(source);
  for (const p of fm.problems) report(p.severity, p, p.text.message, p.text.fix, p.severity === "warning" ? "duplicate-key" : "front-matter");
  if (!fm.data) return { post: undefined, issues };
  const top: Position = { line: 1, column: 1 };

  // An empty known key (`categories:`) means "not set", as in Jekyll; an empty title is an error.
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fm.data)) {
    if (value === null && key !== "title" && knownKeys.has(key)) continue;
    data[key] = value;
  }

  for (const key of Object.keys(data)) {
    if (knownKeys.has(key)) continue;
    const near = closestKnownKey(key);
    if (near) {
      report("warning", fm.keyPosition(key) ?? top, t("key.unknown", { key }), t("key.unknown.fix", { near }), "unknown-key");
    }
  }

  const schema = postSchema({
    file,
    body: fm.body,
    bodyLine: fm.bodyLine,
    hasFrontMatter: fm.present,
    positionOf: fm.positionOf,
    config,
    now,
    mtimeMs: info.mtimeMs,
    layout: info.layout,
    added: info.added,
    chapter: info.chapter,
  });
  const result = schema.safeParse(data);
  if (result.success) {
    const post = result.data;
    if (post.dateSource === "modified" && info.added !== undefined && "missing" in info.added && info.added.missing === "uncommitted" && !post.draft) {
      report(
        "warning",
        top,
        t("date.uncommitted"),
        t("date.uncommitted.fix", { line: info.layout === "qiita" ? "updated_at: '2024-05-01T09:00:00+09:00'" : "published_at: 2024-05-01 09:00" }),
        "date",
      );
    }
    return { post, issues: [...issues, ...notationWarnings(file, post.body, post.bodyLine)] };
  }
  for (const issue of result.error.issues) {
    const params = (issue as { params?: Partial<PostIssueParams> }).params;
    if (params?.text !== undefined) {
      // A rule of the post schema: its own message, fix and position (the file's top when it has no key).
      report("error", params.at ?? (issue.path.length > 0 ? fm.positionOf(issue.path) : top), params.text.message, params.text.fix, params.rule);
      continue;
    }
    const key = String(issue.path[0] ?? "");
    report("error", fm.positionOf([...issue.path, ...innerPath(issue)]), t("at-key", { key, detail: fromZodMessage(issue.message) }), fixFor(key));
  }
  return { post: undefined, issues };
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
    if (known === "layout") continue;
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

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
