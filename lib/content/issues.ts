import { messageLanguage, wordsOf, type IssueText, type MessageLanguage } from "../messages";

/** A problem found in one content file, located precisely enough to fix it. */
export interface ContentIssue {
  file: string;
  line: number;
  column: number;
  /** What is wrong and how to fix it, in English (tools, JSON); `text` gives the words in the site's language. */
  message: string;
  fix: string;
  text?: IssueText;
  severity: "error" | "warning";
  /** Which check found it (`end-marker`, `front-matter`, ...), for filtering and JSON output. */
  rule?: string;
  /** A short quote of the text in question. */
  quote?: string;
}

/** `path:line:column: message — fix`, in English. */
export function formatIssue(issue: ContentIssue): string {
  return formatIssueIn(issue, "en");
}

/** `path:line:column: message — fix`, in `language` (lib/messages: the site's language). */
export function formatIssueIn(issue: ContentIssue, language: MessageLanguage): string {
  const { message, fix } = wordsOf(issue, language);
  return `${issue.file}:${issue.line}:${issue.column}: ${message} — ${fix}`;
}

export class ContentError extends Error {
  declare readonly issues: ContentIssue[];
  /** `language`: the site's (BCP 47), for the words of the message; Japanese when not given. */
  constructor(issues: ContentIssue[], language?: string) {
    const errors = issues.filter((i) => i.severity === "error");
    const words = messageLanguage(language);
    const files = new Set(errors.map((e) => e.file)).size;
    super(
      (words === "ja"
        ? `コンテンツのエラー${errors.length}件（${files}ファイル）:\n`
        : `${errors.length} content error${errors.length === 1 ? "" : "s"} in ${files} file(s):\n`) +
        errors.map((e) => "  " + formatIssueIn(e, words)).join("\n"),
    );
    this.name = "ContentError";
    // Not enumerable: the build prints the message (every issue, one per line), not a dump of this array.
    Object.defineProperty(this, "issues", { value: issues, enumerable: false });
  }
}
