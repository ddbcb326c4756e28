/**
 * Validates an `.mdx` body the way rendering will read it, with positions:
 * syntax errors and unknown components are errors (they stop the build);
 * JavaScript (expressions, import/export) is a warning, because yomu removes it
 * when rendering and an editor may not expect that.
 */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { MATH_RULE } from "./notation/math";
import { remarkPlugins } from "./plugins";
import { said, t, verbatim, type IssueText, type Phrase } from "../messages";

/**
 * The check reads syntax only: the body is compiled without its file, so no
 * image is looked up (./image-check.ts does that) and link cards need no titles.
 */
const syntaxOnlyPlugins = remarkPlugins({ linkCardTitles: {}, contentDir: "" });

export interface MdxProblem {
  severity: "error" | "warning";
  /** 1-based line and column inside the body. */
  line: number;
  column: number;
  message: string;
  fix: string;
  text: IssueText;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

const NOT_A_COMPONENT = "is not a component posts can use";
const UNKNOWN_COMPONENT = new RegExp(`<([^>]*)> ${NOT_A_COMPONENT}`);

/** Fails compilation on a component (`<Chart>`, `<a.b>`) that is not in `names`. */
export function remarkKnownComponents(options: { names: readonly string[] }) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const n = node as unknown as JsxNode;
      if (n.type !== "mdxJsxFlowElement" && n.type !== "mdxJsxTextElement") return;
      const name = n.name ?? "";
      if ((/^[A-Z]/.test(name) || name.includes(".")) && !options.names.includes(name)) {
        file.fail(`<${name}> ${NOT_A_COMPONENT}`, node);
      }
    });
  };
}

function componentFix(names: readonly string[]) {
  return names.length > 0 ? t("mdx.unknown-component.fix", { names: names.map((n) => `<${n}>`).join(", ") }) : t("mdx.unknown-component.fix.none");
}

/** Everything wrong with an `.mdx` body, in body coordinates; [] when it compiles cleanly. */
export async function checkMdx(body: string, componentNames: readonly string[]): Promise<MdxProblem[]> {
  const problems: MdxProblem[] = [];
  const collectJavaScript = () => (tree: Root) => {
    visit(tree, (node) => {
      const n = node as unknown as JsxNode;
      const at = n.position?.start ?? { line: 1, column: 1 };
      const warn = (what: Phrase) =>
        problems.push({ severity: "warning", line: at.line, column: at.column, ...said(t("mdx.javascript", { what }), t("mdx.javascript.fix")) });
      if (n.type === "mdxjsEsm") warn(t("mdx.what.esm"));
      else if (n.type === "mdxFlowExpression" || n.type === "mdxTextExpression") warn(t("mdx.what.expression"));
      else if ((n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") && n.attributes?.some((a) => a.type === "mdxJsxExpressionAttribute" || (typeof a.value === "object" && a.value !== null))) {
        warn(t("mdx.what.attribute", { name: n.name ?? "" }));
      }
    });
  };
  try {
    // Loaded by the first .mdx post: a folder of .md posts is checked without MDX's compiler.
    const { compile } = await import("@mdx-js/mdx");
    await compile(body, {
      development: false,
      remarkPlugins: [...syntaxOnlyPlugins, collectJavaScript, [remarkKnownComponents, { names: componentNames }]],
    });
  } catch (e) {
    const m = e as { line?: number; column?: number; reason?: string; message?: string; ruleId?: string };
    // A formula KaTeX cannot read is the notation check's to report (./notation-check.ts), once.
    if (m.ruleId === MATH_RULE) return problems;
    const reason = m.reason ?? m.message ?? String(e);
    const unknown = UNKNOWN_COMPONENT.exec(reason);
    // Some MDX errors carry no position of their own, only "(2:1-2:7)" in the text.
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    problems.push({
      severity: "error",
      line: m.line ?? (inText ? Number(inText[1]) : 1),
      column: m.column ?? (inText ? Number(inText[2]) : 1),
      ...said(
        unknown ? t("mdx.unknown-component", { name: unknown[1] }) : t("mdx.unreadable", { detail: verbatim(reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, "")) }),
        unknown ? componentFix(componentNames) : t("mdx.unreadable.fix"),
      ),
    });
  }
  return problems;
}
