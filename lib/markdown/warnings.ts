/**
 * What a body renders with but not as its editor meant (a diagram shown as
 * code): non-fatal messages the notation plugins put on the file, with their
 * body line. The page still builds; lib/site-markdown.ts prints them.
 */
import type { VFile } from "vfile";
import type { IssueText } from "../messages";

export interface BodyWarning {
  /** 1-based, in the body. */
  line: number;
  column: number;
  message: string;
  fix: string;
  rule: string;
  /** The words in any language (lib/messages); absent from warnings cached before there were phrases. */
  text?: IssueText;
}

/** A warning on `file` (the fix goes into the message's note). */
export function warn(file: VFile, warning: BodyWarning): void {
  const message = file.message(warning.message, { place: { line: warning.line, column: warning.column }, ruleId: warning.rule, source: "yomu" });
  message.fatal = false;
  message.note = warning.fix;
  Object.assign(message, { text: warning.text });
}

export function warningsOf(file: VFile): BodyWarning[] {
  return file.messages
    .filter((m) => m.source === "yomu" && m.fatal === false && m.ruleId)
    .map((m) => ({ line: m.line ?? 1, column: m.column ?? 1, message: m.reason, fix: m.note ?? "", rule: m.ruleId!, text: (m as { text?: IssueText }).text }));
}
