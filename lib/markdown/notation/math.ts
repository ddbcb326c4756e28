/**
 * `$…$` and `$$ … $$` (./math-syntax.ts) → KaTeX's HTML and MathML, as the
 * children of `<span class="math math-inline">` / `<div class="math math-display">`.
 * The output then passes the allowlist like any post HTML
 * (../katex-allowlist.ts lists what KaTeX needs). A formula KaTeX cannot
 * read fails the file with its line and column (index.tsx makes that a
 * ContentError naming the post file).
 */
import type { ElementContent, Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import type { Root } from "mdast";
import type { InlineMath, Math } from "mdast-util-math";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { markFeature } from "./features";
import { MathError, positionIn, renderTex } from "./katex";

export const MATH_RULE = "math";

function toHast(html: string): ElementContent[] {
  const tree = raw({ type: "root", children: [{ type: "raw", value: html }] } as unknown as HastRoot) as HastRoot;
  return tree.children as ElementContent[];
}

/** Where a formula's TeX starts in the body: after `$`, or on the line after the `$$` fence. */
export function texStart(node: InlineMath | Math): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return node.type === "inlineMath" ? { line: start.line, column: start.column + 1 } : { line: start.line + 1, column: 1 };
}

export function remarkMath() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== "inlineMath" && node.type !== "math") return;
      const display = node.type === "math";
      let html: string;
      try {
        html = renderTex(node.value, display);
      } catch (error) {
        if (!(error instanceof MathError)) throw error;
        const at = positionIn(node.value, error.offset, texStart(node));
        const message = file.message(`the formula cannot be read: ${error.message}`, { place: at, ruleId: MATH_RULE, source: "yomu" });
        message.fatal = true;
        throw message;
      }
      node.data = {
        hName: display ? "div" : "span",
        hProperties: { className: ["math", display ? "math-display" : "math-inline"] },
        hChildren: toHast(html),
      };
      markFeature(file, "math");
    });
  };
}
