/**
 * The editors' content check: the build's own validation (every front-matter
 * error, duplicate slugs) plus the generation-artifact warnings, over a list of
 * files already read; the CLI in scripts/content-check.ts does the I/O, except
 * that the posts' image files are looked for on disk.
 */
import type { SiteConfig } from "../config/site-config";
import { buildIndex } from "../content/build-index";
import { brokenLinks, sitePages } from "../content/links";
import { normalizeSource } from "../content/front-matter";
import type { ContentIssue } from "../content/issues";
import type { SourceFile } from "../content/load";
import { contentDir } from "../content/load";
import { checkMdx } from "../markdown/mdx-check";
import { bodyIssues } from "./body";
import { defaultArtifactOptions, findArtifacts, type ArtifactOptions } from "./artifacts";

export interface CheckOptions {
  /** Report warnings as errors. */
  strict?: boolean;
  /** Components `.mdx` posts may use (their names); `.mdx` bodies are compiled to find errors. */
  mdxComponents?: readonly string[];
  now?: Date;
  artifacts?: ArtifactOptions;
  /** The folder posts' images must stay inside (CONTENT_DIR or content/ by default). */
  contentRoot?: string;
}

export interface CheckReport {
  /** Files read. */
  files: number;
  /** Files that became posts (drafts and scheduled posts included). */
  posts: number;
  drafts: number;
  scheduled: number;
  errors: number;
  warnings: number;
  /** Sorted by file, line, column. */
  issues: ContentIssue[];
}

export async function checkContent(files: SourceFile[], config: SiteConfig, options: CheckOptions = {}): Promise<CheckReport> {
  const index = buildIndex(files, config, { includeHidden: true, now: options.now });
  // Broken files never become posts, so a post with an error is not also checked for artifacts.
  const sources = new Map(files.map((f) => [f.file, f.raw]));
  // The parse's notation warnings are the full check's below, found for the posts where they can be.
  const issues: ContentIssue[] = index.issues.filter((i) => i.rule !== "notation").map((i) => ({ ...i, rule: i.rule ?? "front-matter" }));
  for (const post of index.posts) {
    const raw = sources.get(post.sourcePath);
    if (raw === undefined) continue;
    issues.push(...findArtifacts(post, normalizeSource(raw), config, options.artifacts ?? defaultArtifactOptions));
    issues.push(...bodyIssues(post, options.contentRoot ?? contentDir()));
    if (post.format === "mdx") {
      for (const p of await checkMdx(post.body, options.mdxComponents ?? [])) {
        issues.push({ file: post.sourcePath, line: post.bodyLine - 1 + p.line, column: p.column, severity: p.severity, message: p.message, fix: p.fix, text: p.text, rule: "mdx" });
      }
    }
  }
  issues.push(...brokenLinks(index.posts, sitePages(index), { zennRelative: files.some((f) => f.layout === "zenn") }));
  if (options.strict) for (const i of issues) i.severity = "error";
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return {
    files: files.length,
    posts: index.posts.length,
    drafts: index.posts.filter((p) => p.draft).length,
    scheduled: index.posts.filter((p) => p.scheduled && !p.draft).length,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    issues,
  };
}
