/**
 * Notation problems in a post body, with body line and column: the content
 * check reports them (lib/check/run.ts, rule "notation") and the build turns
 * the errors into a ContentError (./index.tsx).
 * - a formula KaTeX cannot read: error (the page cannot be built);
 * - a diagram with a syntax error: error here, a warning in the build, which
 *   shows it as code; a diagram of a type yomu does not draw: warning;
 * - an unclosed `:::` container or `$$` block, a `:::` that closes nothing,
 *   an unknown `:::name`, an unknown or malformed `@[service](…)`: warnings
 *   (the page renders, but not as the editor meant).
 */
import type { Code, Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Math } from "mdast-util-math";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { NotationContainer } from "./notation/container-mdast";
import { MathError, mathMessage, positionIn, renderTex } from "./notation/katex";
import { betweenDollars, MATH_PER_POST_FIX, MATH_PER_POST_MESSAGE, texStart } from "./notation/math";
import { formulaErrorIsWarning, renderFormula, SHOWN_AS_CODE_FIX, type MathDialect } from "./notation/math-dialect";
import { MAX_MATH_HTML_PER_POST } from "../content/limits";
import { isMathCode } from "./notation/code-blocks";
import { readDiagram } from "./notation/mermaid-syntax";
import { remarkNotationSyntax } from "./notation/syntax";
import { CONTAINER_NAMES, containerClose, EMBED_SERVICES, embedTarget, isContainerName, isDiagramLang, isMathFence, messageFenceArgs } from "./notation-text";

export interface NotationProblem {
  severity: "error" | "warning";
  /** 1-based, in the body. */
  line: number;
  column: number;
  message: string;
  fix: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkNotationSyntax).freeze();
const qiitaParser = unified().use(remarkParse).use(remarkGfm).use(remarkNotationSyntax, { qiita: true }).freeze();

const names = CONTAINER_NAMES.map((n) => `:::${n}`).join(", ");

/** `mathDialect`: formulas read as Zenn or Qiita read them, where one KaTeX cannot read is a warning (./notation/math-dialect.ts). */
export function checkNotation(body: string, options: { mathDialect?: MathDialect } = {}): NotationProblem[] {
  const dialect = options.mathDialect ?? "strict";
  const problems: NotationProblem[] = [];
  const lines = body.split(/\r?\n|\r/);
  const tree = (dialect === "qiita" ? qiitaParser : parser).parse(body) as Root;
  const report = (severity: NotationProblem["severity"], at: { line: number; column: number } | undefined, message: string, fix: string) =>
    problems.push({ severity, line: at?.line ?? 1, column: at?.column ?? 1, message, fix });

  let mathHtml = 0;
  let mathPastLimit = false;
  visit(tree, (node) => {
    if (node.type === "notationContainer") {
      const c = node as NotationContainer;
      const start = c.position?.start;
      const fence = ":".repeat(c.fence);
      if (!isContainerName(c.name)) {
        report("warning", start && { line: start.line, column: start.column + c.fence }, `unknown container ${fence}${c.name}: its content is shown without a box`, `use one of ${names} (or message alert)`);
      }
      if (!c.closed) {
        report("warning", start, `${fence}${c.name} is never closed: everything after it, to the end of ${c.position && c.position.end.line === lines.length ? "the post" : "its block"}, is inside it`, `add a line ${fence} where the ${c.name} ends`);
      }
      return;
    }
    if (node.type === "code" && isDiagramLang(node.lang)) {
      // Read, not drawn: the check stays fast and loads no renderer (a drawing that fails anyway is a build warning).
      const problem = readDiagram(node.value);
      if ("message" in problem) {
        report(problem.kind === "syntax" ? "error" : "warning", { line: ((node as Code).position?.start.line ?? 1) + 1 + problem.line, column: 1 }, problem.kind === "syntax" ? `the diagram cannot be drawn: ${problem.message}` : problem.message, problem.fix);
      }
      return;
    }
    if (node.type === "code" && isMathCode(node)) {
      try {
        renderTex(node.value, true);
      } catch (error) {
        if (!(error instanceof MathError)) throw error;
        const lenient = formulaErrorIsWarning(dialect);
        report(lenient ? "warning" : "error", positionIn(node.value, error.offset, texStart(node as unknown as Math)), `the formula cannot be read: ${error.message}${lenient ? "; it is shown as code" : ""}`, "fix the TeX (KaTeX syntax)");
      }
      return;
    }
    if (node.type === "inlineMath" || node.type === "math") {
      const result = renderFormula(node.value, node.type === "math", dialect, betweenDollars(node, body));
      if ("error" in result) {
        const lenient = formulaErrorIsWarning(dialect);
        const message = mathMessage(result.error) + (lenient ? "; it is shown as code" : "");
        report(lenient ? "warning" : "error", positionIn(node.value, result.error.offset, texStart(node)), message, result.error.fix ?? SHOWN_AS_CODE_FIX);
      } else {
        mathHtml += result.html.length;
        if (mathHtml > MAX_MATH_HTML_PER_POST && !mathPastLimit) {
          mathPastLimit = true;
          report("error", texStart(node), MATH_PER_POST_MESSAGE, MATH_PER_POST_FIX);
        }
      }
      if (node.type === "math") {
        const m = node as Math;
        const last = m.position ? lines[m.position.end.line - 1] : "$$";
        if (m.position && (m.position.end.line === m.position.start.line || !isMathFence(last))) {
          report("warning", m.position.start, "this $$ block is never closed: the rest of the post is read as a formula", "add a line $$ where the formula ends");
        }
      }
      return;
    }
    if (node.type === "paragraph") {
      const p = node as Paragraph;
      const start = p.position?.start.line ?? 1;
      const end = p.position?.end.line ?? start;
      for (let line = start; line <= end; line++) {
        const colons = containerClose(lines[line - 1] ?? "");
        if (colons !== undefined) report("warning", { line, column: (lines[line - 1] ?? "").indexOf(":") + 1 }, `this ${":".repeat(colons)} closes no container`, "delete it, or give the container it should close as many colons or fewer (::::details … ::::)");
        const args = messageFenceArgs(lines[line - 1] ?? "");
        if (args !== undefined) {
          report("warning", { line, column: (lines[line - 1] ?? "").indexOf(":") + 1 }, `:::message ${args} opens no box: after message only alert may follow (as on Zenn), so the line is shown as text`, `write :::message (or :::message alert) alone on its line and put "${args}" on the next line`);
        }
      }
      const [at, link] = p.children;
      if (p.children.length === 2 && at.type === "text" && at.value === "@" && link.type === "link") {
        const service = toString(link).toLowerCase();
        if (!Object.hasOwn(EMBED_SERVICES, service)) {
          report("warning", p.position?.start, `unknown embed @[${service}]: it is shown as text`, `use one of ${Object.keys(EMBED_SERVICES).map((s) => `@[${s}]`).join(", ")}, or a bare URL on its own line for a link card`);
        } else if (!embedTarget(service, link.url)) {
          report("warning", p.position?.start, `@[${service}](${link.url}) needs ${service === "youtube" || service === "speakerdeck" || service === "slideshare" ? "an id or " : ""}an https URL`, `write @[${service}](https://…)`);
        }
      }
    }
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
