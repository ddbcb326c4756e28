/**
 * `$…$` and `$$ … $$` (./math-syntax.ts) → KaTeX's HTML and MathML in
 * `<span class="math math-inline">` / `<div class="math math-display">`.
 *
 * Two steps, around the sanitizer: `remarkMath` renders every formula of the
 * post (a formula KaTeX cannot read fails the file with its line and column;
 * ../index.tsx makes that a ContentError naming the post file) and leaves its
 * TeX as the container's text; after the post's HTML is sanitized,
 * `rehypeMathOutput` puts the rendering, sanitized by the KaTeX schema
 * (../sanitize-schema.ts katexSchema), into each container whose TeX it rendered.
 * So a post's own HTML never gets MathML or SVG, and KaTeX's output holds
 * only what KaTeX needs.
 */
import type { Element, ElementContent, Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import { toString } from "hast-util-to-string";
import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from "mdast";
import type { InlineMath, Math } from "mdast-util-math";
import rehypeSanitize from "rehype-sanitize";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { katexSchema, MATH_CONTAINER_CLASS } from "../sanitize-schema";
import { markFeature } from "./features";
import { MAX_MATH_HTML_PER_POST } from "../../content/limits";
import { mathMessage, positionIn } from "./katex";
import { formulaErrorIsWarning, renderFormula, SHOWN_AS_CODE_FIX, type MathDialect } from "./math-dialect";
import { warn } from "../warnings";
import { said, say, t } from "../../messages";

export const MATH_RULE = "math";

const sanitizeKatex = rehypeSanitize(katexSchema) as unknown as (tree: HastRoot) => HastRoot;

/** KaTeX's HTML → hast, sanitized by the KaTeX schema. */
function toHast(html: string): ElementContent[] {
  const tree = raw({ type: "root", children: [{ type: "raw", value: html }] } as unknown as HastRoot) as HastRoot;
  return sanitizeKatex(tree).children as ElementContent[];
}

/** Where a formula's TeX starts in the body: after `$`, or on the line after the `$$` fence. */
export function texStart(node: InlineMath | Math): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return node.type === "inlineMath" ? { line: start.line, column: start.column + 1 } : { line: start.line + 1, column: 1 };
}

/** A formula's rendering, and the length of KaTeX's HTML for it. */
type Renderings = Map<string, { children: ElementContent[]; size: number }>;
const keyOf = (display: boolean, tex: string) => `${display ? "display" : "inline"}\u0000${tex}`;

function renderings(file: VFile): Renderings {
  const data = file.data as { mathRenderings?: Renderings };
  return (data.mathRenderings ??= new Map());
}

export const MATH_PER_POST_MESSAGE = t("math.per-post", { mb: MAX_MATH_HTML_PER_POST / 1024 / 1024 });
export const MATH_PER_POST_FIX = t("math.per-post.fix");

/**
 * `$$…$$` inside a sentence is display math (as on Zenn): the formula leaves its
 * paragraph, which is split around it.
 */
function displayInlineMath(tree: Root, source: string) {
  if (!source.includes("$$")) return;
  const isDouble = (node: PhrasingContent) => node.type === "inlineMath" && node.position?.start.offset !== undefined && source.startsWith("$$", node.position.start.offset);
  visit(tree, "paragraph", (node: Paragraph, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || !node.children.some(isDouble)) return;
    const parts: RootContent[] = [];
    let run: PhrasingContent[] = [];
    const flush = () => {
      if (run.some((n) => !(n.type === "text" && n.value.trim() === "") && n.type !== "break")) parts.push({ type: "paragraph", children: run });
      run = [];
    };
    for (const child of node.children) {
      if (!isDouble(child)) {
        run.push(child);
        continue;
      }
      flush();
      parts.push({ type: "math", value: (child as InlineMath).value, position: child.position } as Math);
    }
    flush();
    parent.children.splice(index, 1, ...(parts as Parent["children"]));
    return index + parts.length;
  });
}

/** Whether a formula was written between dollars (not in Qiita's ```` ```math ```` block, which ./code-blocks.ts made a formula). */
export function betweenDollars(node: InlineMath | Math, source: string): boolean {
  const offset = node.position?.start.offset;
  return node.type === "inlineMath" || (offset !== undefined && source.slice(offset).trimStart().startsWith("$"));
}

/** A formula shown as its source, in code: inline as written with its dollars, a block as a TeX code block. */
function asCode(node: InlineMath | Math, source: string): RootContent {
  const { start, end } = node.position ?? {};
  const written = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : `$${node.value}$`;
  if (node.type === "inlineMath") return { type: "inlineCode", value: written, position: node.position };
  return { type: "code", lang: "tex", meta: null, value: node.value, position: node.position };
}

export function remarkMath(options: { dialect?: MathDialect } = {}) {
  const dialect = options.dialect ?? "strict";
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? "");
    displayInlineMath(tree, source);
    let total = 0;
    visit(tree, (node, index, parent) => {
      if (node.type !== "inlineMath" && node.type !== "math") return;
      const display = node.type === "math";
      const key = keyOf(display, node.value);
      const rendered = renderings(file);
      const fail = (message: string, place: { line: number; column: number }) => {
        const m = file.message(message, { place, ruleId: MATH_RULE, source: "yomu" });
        m.fatal = true;
        throw m;
      };
      let rendering = rendered.get(key);
      if (!rendering) {
        const result = renderFormula(node.value, display, dialect, betweenDollars(node, source));
        if ("error" in result) {
          const place = positionIn(node.value, result.error.offset, texStart(node));
          if (!formulaErrorIsWarning(dialect) || !parent || index === undefined) return fail(say(mathMessage(result.error), "en"), place);
          warn(file, { ...place, ...said(t("math.shown-as-code", { detail: mathMessage(result.error) }), result.error.fix ?? SHOWN_AS_CODE_FIX), rule: MATH_RULE });
          (parent as Parent).children[index] = asCode(node, source) as Parent["children"][number];
          return SKIP;
        }
        rendering = { children: toHast(result.html), size: result.html.length };
        rendered.set(key, rendering);
      }
      // Each use of a formula is a copy of its HTML in the page.
      total += rendering.size;
      if (total > MAX_MATH_HTML_PER_POST) fail(say(MATH_PER_POST_MESSAGE, "en"), texStart(node));
      node.data = {
        hName: display ? "div" : "span",
        hProperties: { className: [MATH_CONTAINER_CLASS, display ? "math-display" : "math-inline"] },
        hChildren: [{ type: "text", value: node.value }],
      };
      markFeature(file, "math");
    });
  };
}

const MATH_CLASSES = new Set([MATH_CONTAINER_CLASS, "math-inline", "math-display"]);

function isMathContainer(node: Element): boolean {
  const classes = node.properties.className;
  return (node.tagName === "span" || node.tagName === "div") && Array.isArray(classes) && classes.includes(MATH_CONTAINER_CLASS);
}

/**
 * A math container is either a formula this post's Markdown wrote, whose
 * rendering replaces its TeX, or an element of the post's own HTML that
 * borrowed the class name, which loses it: after this, a math container holds
 * KaTeX's output and nothing else.
 */
export function rehypeMathOutput() {
  return (tree: HastRoot, file: VFile) => {
    const rendered = (file.data as { mathRenderings?: Renderings }).mathRenderings;
    visit(tree, "element", (node: Element) => {
      if (!isMathContainer(node)) return;
      const found = rendered?.get(keyOf(node.tagName === "div", toString(node)));
      if (found) node.children = structuredClone(found.children);
      else {
        const classes = (node.properties.className as string[]).filter((c) => !MATH_CLASSES.has(c));
        if (classes.length > 0) node.properties.className = classes;
        else delete node.properties.className;
      }
      return SKIP;
    });
  };
}
