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
import { said, t, type IssueText, type Phrase } from "../messages";
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
  text: IssueText;
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
  const report = (severity: NotationProblem["severity"], at: { line: number; column: number } | undefined, message: Phrase, fix: Phrase) =>
    problems.push({ severity, line: at?.line ?? 1, column: at?.column ?? 1, ...said(message, fix) });

  let mathHtml = 0;
  let mathPastLimit = false;
  visit(tree, (node) => {
    if (node.type === "notationContainer") {
      const c = node as NotationContainer;
      const start = c.position?.start;
      const fence = ":".repeat(c.fence);
      if (!isContainerName(c.name)) {
        report("warning", start && { line: start.line, column: start.column + c.fence }, t("notation.unknown-container", { name: fence + c.name }), t("notation.unknown-container.fix", { names }));
      }
      if (!c.closed) {
        report("warning", start, c.position && c.position.end.line === lines.length ? t("notation.unclosed-container.post", { name: fence + c.name }) : t("notation.unclosed-container.block", { name: fence + c.name }), t("notation.unclosed-container.fix", { fence, name: c.name }));
      }
      return;
    }
    if (node.type === "code" && isDiagramLang(node.lang)) {
      // Read, not drawn: the check stays fast and loads no renderer (a drawing that fails anyway is a build warning).
      const problem = readDiagram(node.value);
      if ("message" in problem) {
        report(problem.kind === "syntax" ? "error" : "warning", { line: ((node as Code).position?.start.line ?? 1) + 1 + problem.line, column: 1 }, problem.kind === "syntax" ? t("diagram.syntax", { detail: problem.message }) : problem.message, problem.fix);
      }
      return;
    }
    if (node.type === "code" && isMathCode(node)) {
      try {
        renderTex(node.value, true);
      } catch (error) {
        if (!(error instanceof MathError)) throw error;
        const lenient = formulaErrorIsWarning(dialect);
        report(lenient ? "warning" : "error", positionIn(node.value, error.offset, texStart(node as unknown as Math)), lenient ? t("math.shown-as-code", { detail: t("math.unreadable", { detail: error.phrase }) }) : t("math.unreadable", { detail: error.phrase }), t("math.fix.tex"));
      }
      return;
    }
    if (node.type === "inlineMath" || node.type === "math") {
      const result = renderFormula(node.value, node.type === "math", dialect, betweenDollars(node, body));
      if ("error" in result) {
        const lenient = formulaErrorIsWarning(dialect);
        const message = lenient ? t("math.shown-as-code", { detail: mathMessage(result.error) }) : mathMessage(result.error);
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
          report("warning", m.position.start, t("notation.unclosed-math"), t("notation.unclosed-math.fix"));
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
        if (colons !== undefined) report("warning", { line, column: (lines[line - 1] ?? "").indexOf(":") + 1 }, t("notation.stray-close", { colons: ":".repeat(colons) }), t("notation.stray-close.fix"));
        const args = messageFenceArgs(lines[line - 1] ?? "");
        if (args !== undefined) {
          report("warning", { line, column: (lines[line - 1] ?? "").indexOf(":") + 1 }, t("notation.message-args", { args }), t("notation.message-args.fix", { args }));
        }
      }
      const [at, link] = p.children;
      if (p.children.length === 2 && at.type === "text" && at.value === "@" && link.type === "link") {
        const service = toString(link).toLowerCase();
        if (!Object.hasOwn(EMBED_SERVICES, service)) {
          report("warning", p.position?.start, t("notation.unknown-embed", { service }), t("notation.unknown-embed.fix", { services: Object.keys(EMBED_SERVICES).map((s) => `@[${s}]`).join(", ") }));
        } else if (!embedTarget(service, link.url)) {
          report("warning", p.position?.start, t(service === "youtube" || service === "speakerdeck" || service === "slideshare" ? "notation.embed-target.id" : "notation.embed-target", { embed: `@[${service}](${link.url})` }), t("notation.embed-target.fix", { service }));
        }
      }
    }
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
