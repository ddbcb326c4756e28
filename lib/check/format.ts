/** Renders a content-check report for people (optionally coloured) or for tools (JSON). Pure. */
import type { ContentIssue } from "../content/issues";
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

/** One issue as `path:line:column: severity: message — fix [rule]`, then its quote. */
export function formatIssueLine(issue: ContentIssue, paint: Paint = plain): string {
  const where = paint("bold", `${issue.file}:${issue.line}:${issue.column}`);
  const severity = issue.severity === "error" ? paint("red", "error") : paint("yellow", "warning");
  const rule = issue.rule ? " " + paint("dim", `[${issue.rule}]`) : "";
  const quote = issue.quote ? `\n    ${paint("cyan", `「${issue.quote}」`)}` : "";
  return `${where}: ${severity}: ${issue.message} — ${issue.fix}${rule}${quote}`;
}

export function formatHuman(report: CheckReport, durationMs: number, paint: Paint = plain): string {
  const out: string[] = [];
  let file: string | undefined;
  for (const issue of report.issues) {
    if (issue.file !== file) {
      if (file !== undefined) out.push("");
      file = issue.file;
    }
    out.push(formatIssueLine(issue, paint));
  }
  if (out.length > 0) out.push("");
  const hidden = [report.drafts && `${report.drafts} draft${report.drafts === 1 ? "" : "s"}`, report.scheduled && `${report.scheduled} scheduled`]
    .filter(Boolean)
    .join(", ");
  const scope = `${report.files} file${report.files === 1 ? "" : "s"}, ${report.posts} post${report.posts === 1 ? "" : "s"}${hidden ? ` (${hidden})` : ""}, checked in ${formatDuration(durationMs)}`;
  const filesWith = (severity: ContentIssue["severity"]) => new Set(report.issues.filter((i) => i.severity === severity).map((i) => i.file)).size;
  if (report.errors > 0) {
    out.push(
      paint("red", `✖ ${report.errors} error${report.errors === 1 ? "" : "s"} in ${filesWith("error")} file${filesWith("error") === 1 ? "" : "s"}`) +
        (report.warnings ? paint("yellow", `, ${report.warnings} warning${report.warnings === 1 ? "" : "s"}`) : "") +
        ` — ${scope}`,
    );
  } else if (report.warnings > 0) {
    out.push(paint("yellow", `⚠ ${report.warnings} warning${report.warnings === 1 ? "" : "s"} in ${filesWith("warning")} file${filesWith("warning") === 1 ? "" : "s"}`) + ` — ${scope}`);
  } else {
    out.push(paint("green", "✔ no problems found") + ` — ${scope}`);
  }
  return out.join("\n") + "\n";
}

export function formatJson(report: CheckReport, durationMs: number): string {
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
          message: i.message,
          fix: i.fix,
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
