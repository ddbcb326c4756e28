/** Renders a content-check report for people (optionally coloured) or for tools (JSON). Pure. */
import type { ContentIssue } from "../content/issues";
import { say, t, wordsOf, type MessageLanguage } from "../messages";
import type { CheckReport } from "./run";

export type Paint = (style: "red" | "yellow" | "green" | "cyan" | "dim" | "bold", text: string) => string;

const ANSI: Record<Parameters<Paint>[0], [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

export const ansi: Paint = (style, text) => `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m`;
export const plain: Paint = (_style, text) => text;

/** One issue as `path:line:column: severity: message — fix [rule]`, then its quote; words in `language`. */
export function formatIssueLine(issue: ContentIssue, paint: Paint = plain, language: MessageLanguage = "en"): string {
  const where = paint("bold", `${issue.file}:${issue.line}:${issue.column}`);
  const severity = issue.severity === "error" ? paint("red", say(t("check.error"), language)) : paint("yellow", say(t("check.warning"), language));
  const rule = issue.rule ? " " + paint("dim", `[${issue.rule}]`) : "";
  const quote = issue.quote ? `\n    ${paint("cyan", `「${issue.quote}」`)}` : "";
  const { message, fix } = wordsOf(issue, language);
  return `${where}: ${severity}: ${message} — ${fix}${rule}${quote}`;
}

export function formatHuman(report: CheckReport, durationMs: number, paint: Paint = plain, language: MessageLanguage = "en"): string {
  const out: string[] = [];
  let file: string | undefined;
  for (const issue of report.issues) {
    if (issue.file !== file) {
      if (file !== undefined) out.push("");
      file = issue.file;
    }
    out.push(formatIssueLine(issue, paint, language));
  }
  if (out.length > 0) out.push("");
  const words = (phrase: Parameters<typeof say>[0]) => say(phrase, language);
  const scope = words(t("check.scope", { files: report.files, posts: report.posts, drafts: report.drafts, scheduled: report.scheduled, duration: formatDuration(durationMs) }));
  const filesWith = (severity: ContentIssue["severity"]) => new Set(report.issues.filter((i) => i.severity === severity).map((i) => i.file)).size;
  if (report.errors > 0) {
    out.push(
      paint("red", `✖ ${words(t("check.errors", { count: report.errors, files: filesWith("error") }))}`) +
        (report.warnings ? paint("yellow", words(t("check.and-warnings", { count: report.warnings }))) : "") +
        ` — ${scope}`,
    );
  } else if (report.warnings > 0) {
    out.push(paint("yellow", `⚠ ${words(t("check.warnings", { count: report.warnings, files: filesWith("warning") }))}`) + ` — ${scope}`);
  } else {
    out.push(paint("green", `✔ ${words(t("check.none"))}`) + ` — ${scope}`);
  }
  return out.join("\n") + "\n";
}

/** The report for tools: `rule` names each kind of problem; message and fix are in `language`. */
export function formatJson(report: CheckReport, durationMs: number, language: MessageLanguage = "en"): string {
  const { issues, ...summary } = report;
  return (
    JSON.stringify(
      {
        version: 1,
        summary: { ...summary, durationMs: Math.round(durationMs) },
        issues: issues.map((i) => ({
          file: i.file,
          line: i.line,
          column: i.column,
          severity: i.severity,
          rule: i.rule ?? "front-matter",
          ...wordsOf(i, language),
          ...(i.quote !== undefined ? { quote: i.quote } : {}),
        })),
      },
      null,
      2,
    ) + "\n"
  );
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
