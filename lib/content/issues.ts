/** A problem found in one content file, located precisely enough to fix it. */
export interface ContentIssue {
  file: string;
  line: number;
  column: number;
  message: string;
  fix: string;
  severity: "error" | "warning";
  /** Which check found it (`end-marker`, `front-matter`, ...), for filtering and JSON output. */
  rule?: string;
  /** A short quote of the text in question. */
  quote?: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message} — ${issue.fix}`;
}

export class ContentError extends Error {
  declare readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === "error");
    super(
      `${errors.length} content error${errors.length === 1 ? "" : "s"} in ${new Set(errors.map((e) => e.file)).size} file(s):\n` +
        errors.map((e) => "  " + formatIssue(e)).join("\n"),
    );
    this.name = "ContentError";
    // Not enumerable: the build prints the message (every issue, one per line), not a dump of this array.
    Object.defineProperty(this, "issues", { value: issues, enumerable: false });
  }
}
