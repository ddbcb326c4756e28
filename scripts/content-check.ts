/**
 * npm run content:check [-- [paths...] [--strict] [--json] [--color|--no-color]]
 * (started by scripts/content-check.mjs, which runs this TypeScript as a bundle kept in .next/cache)
 *
 * Checks posts the way the build does (front matter, dates, slugs) and looks for
 * what text generators leave behind, without building the site. Reads files,
 * never writes them. Exit code: 0 fine (warnings allowed), 1 errors (or warnings
 * with --strict), 2 bad usage.
 */
import fs from "node:fs";
import path from "node:path";
import { siteConfig } from "../site.config";
import { checkContent, type CheckReport } from "../lib/check/run";
import { ansi, formatHuman, formatJson, plain } from "../lib/check/format";
import { messageLanguage } from "../lib/messages";
import type { ContentIssue } from "../lib/content/issues";
import { contentDir, contentLayout, displayPath, findContentFiles, sourceInfo, type SourceFile } from "../lib/content/load";
import { describeLayout } from "../lib/content/layout";
import { readZennBooks } from "../lib/content/zenn-books";
import { isInside } from "../lib/path-inside.mjs";
import { mdxComponents } from "../components/mdx-components";

const USAGE = `Usage: npm run content:check -- [paths...] [options]

Checks every post (front matter, dates, slugs, generation artifacts) without
building the site. Paths are post files or folders; the default is the content
folder (CONTENT_DIR, content.dir in site.config.ts, or content/), read in its
layout (yomu's own, a Zenn or a Qiita CLI repository). Files are only read, never changed.

Options:
  --strict      report warnings as errors (exit code 1 when there are any)
  --json        print a JSON report for tools instead of text
  --color       colour the text output even when it is not a terminal
  --no-color    never colour the text output (NO_COLOR=1 does the same)
  -h, --help    show this help

Exit code: 0 no errors, 1 errors found, 2 bad usage.`;

interface Args {
  paths: string[];
  strict: boolean;
  json: boolean;
  color: boolean | undefined;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { paths: [], strict: false, json: false, color: undefined };
  for (const a of argv) {
    if (a === "--strict") args.strict = true;
    else if (a === "--json") args.json = true;
    else if (a === "--color") args.color = true;
    else if (a === "--no-color") args.color = false;
    else if (a === "-h" || a === "--help") return "help";
    else if (a.startsWith("-")) return `unknown option ${a}`;
    else args.paths.push(a);
  }
  return args;
}

function readSources(paths: string[]): { files: SourceFile[]; missing: string[]; linkIssues: ContentIssue[]; layouts: string[] } {
  const files: SourceFile[] = [];
  const missing: string[] = [];
  const linkIssues: ContentIssue[] = [];
  const layouts: string[] = [];
  const seen = new Set<string>();
  // A single file is read in the layout of the content folder it is in.
  const site = contentDir();
  const siteInfo = sourceInfo(site, contentLayout(site));
  for (const p of paths) {
    const abs = path.resolve(p);
    if (!fs.existsSync(abs)) {
      missing.push(p);
      continue;
    }
    const isDir = fs.statSync(abs).isDirectory();
    const found = isDir ? findContentFiles(abs) : { files: [abs], issues: [], dirs: [], layout: undefined };
    if (found.layout) layouts.push(describeLayout(displayPath(abs) || ".", found.layout));
    const info = found.layout ? sourceInfo(abs, found.layout) : abs.startsWith(site + path.sep) ? siteInfo : () => ({});
    // A Zenn book's files (books/<slug>/) are checked as its chapters, with its config's problems.
    const books = isDir ? readZennBooks(abs) : undefined;
    linkIssues.push(...found.issues, ...(books?.issues ?? []));
    files.push(...(books?.chapters ?? []).map((c) => ({ ...c, ...info(path.resolve(c.file)) })));
    for (const file of found.files) {
      if (seen.has(file) || books?.folders.some((folder) => isInside(folder, file))) continue;
      seen.add(file);
      files.push({ file: displayPath(file), raw: fs.readFileSync(file, "utf8"), mtimeMs: fs.statSync(file).mtimeMs, ...info(file) });
    }
  }
  return { files, missing, linkIssues, layouts };
}

/** The report with the warnings about symbolic links the folder walk did not follow. */
function withLinkIssues(report: CheckReport, linkIssues: ContentIssue[], strict: boolean): CheckReport {
  if (linkIssues.length === 0) return report;
  const added = linkIssues.map((i) => ({ ...i, severity: strict ? ("error" as const) : i.severity }));
  const issues = [...report.issues, ...added].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return {
    ...report,
    issues,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
  };
}

function useColor(args: Args): boolean {
  if (args.color !== undefined) return args.color;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return process.stdout.isTTY === true;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (typeof args === "string") {
    process.stderr.write(`content:check: ${args}\n\n${USAGE}\n`);
    return 2;
  }
  const { files, missing, linkIssues, layouts } = readSources(args.paths.length > 0 ? args.paths : [contentDir()]);
  if (missing.length > 0) {
    process.stderr.write(`content:check: no such file or folder: ${missing.join(", ")}\n`);
    return 2;
  }
  // Images must lie inside the content folder: the folder given, when one is, else the site's.
  const folders = args.paths.filter((p) => fs.statSync(p).isDirectory());
  const contentRoot = folders.length === 1 ? path.resolve(folders[0]) : contentDir();
  const checked = await checkContent(files, siteConfig, { strict: args.strict, mdxComponents: Object.keys(mdxComponents), contentRoot });
  const report = withLinkIssues(checked, linkIssues, args.strict);
  // Since the process started: the time an editor waits, start-up included.
  const duration = performance.now();
  if (!args.json) for (const line of layouts) process.stdout.write(`${line}\n`);
  // Messages in the site's language (site.config.ts `language`).
  const language = messageLanguage(siteConfig.language);
  process.stdout.write(args.json ? formatJson(report, duration, language) : formatHuman(report, duration, useColor(args) ? ansi : plain, language));
  return report.errors > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
