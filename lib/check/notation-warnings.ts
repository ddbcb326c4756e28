/**
 * The notation warnings of `content:check` (an unclosed `:::message`, a `:::`
 * that closes nothing, an unknown container or embed, an unclosed `$$`), for
 * every parse of a post: the dev server shows them, the build prints them.
 * The full check reads the body with remark, which costs as much as rendering
 * it; the block reading (lib/reading/blocks.ts) sees where such a problem can
 * be, and only those bodies are read in full, for the exact message.
 */
import type { ContentIssue } from "../content/issues";
import { splitBlocks, type Block } from "../reading/blocks";
import { checkNotation } from "../markdown/notation-check";
import { containerClose, containerOpen, embedLine, embedTarget, isContainerName, isMathFence, messageFenceArgs } from "../markdown/notation-text";

/** Whether the blocks hold an unbalanced or unknown container, an unclosed `$$` or a doubtful embed. */
export function mayHaveNotationProblem(blocks: readonly Block[]): boolean {
  const open: number[] = [];
  for (const block of blocks) {
    if (block.kind === "container") {
      const opened = containerOpen(block.raw);
      if (opened) {
        if (!isContainerName(opened.name)) return true;
        open.push(opened.colons);
        continue;
      }
      const colons = containerClose(block.raw);
      if (colons === undefined) continue;
      if (open.length === 0 || open[open.length - 1] > colons) return true;
      open.pop();
    } else if (block.kind === "math") {
      const lines = block.raw.split("\n");
      if (lines.length < 2 || !isMathFence(lines[lines.length - 1])) return true;
    } else if (block.raw.includes(":::") && block.raw.split("\n").some((line) => messageFenceArgs(line) !== undefined)) {
      return true;
    } else if (block.raw.trimStart().startsWith("@[")) {
      const embed = embedLine(block.raw);
      if (!embed || !embedTarget(embed.service, embed.target)) return true;
    }
  }
  return open.length > 0;
}

/** The notation warnings of a post body, at file lines (the body starts at `bodyLine`). */
export function notationWarnings(file: string, body: string, bodyLine: number): ContentIssue[] {
  if (!body.includes(":::") && !body.includes("$$") && !body.includes("@[")) return [];
  if (!mayHaveNotationProblem(splitBlocks(body))) return [];
  return checkNotation(body)
    .filter((p) => p.severity === "warning")
    .map((p) => ({ file, line: bodyLine - 1 + p.line, column: p.column, severity: "warning" as const, message: p.message, fix: p.fix, text: p.text, rule: "notation" }));
}
