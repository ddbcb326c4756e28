/**
 * ```` ```mermaid ```` → `<div class="diagram">` holding the diagram as an
 * inline SVG (./mermaid.ts), drawn at build time: no script in the page.
 *
 * Two steps around the sanitizer, as for formulas (./math.ts): `remarkDiagrams`
 * draws each diagram of the post and leaves its source as the container's
 * text; after the post's HTML is sanitized, `rehypeDiagramOutput` puts the
 * drawing (sanitized by ../diagram-allowlist.ts) into each container whose
 * source it drew. A diagram that cannot be drawn stays a code block, and the
 * file gets a warning (rule "diagram") naming its line: the build goes on;
 * the content check (../notation-check.ts) reports it.
 */
import type { Element, Root as HastRoot } from "hast";
import { toString } from "hast-util-to-string";
import type { Code, Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { ID_PREFIX } from "../prefix-ids";
import { isDiagramLang } from "../notation-text";
import { warn } from "../warnings";
import { said, t } from "../../messages";
import { drawDiagram, placeDrawing, type DiagramProblem, type Drawing } from "./mermaid";

export const DIAGRAM_RULE = "diagram";
export const DIAGRAM_CLASS = "diagram";

type Drawings = Map<string, Drawing>;

function drawings(file: VFile): Drawings {
  const data = file.data as { diagramDrawings?: Drawings };
  return (data.diagramDrawings ??= new Map());
}

/** Where a problem of a diagram is in the body: its source starts on the line after the fence. */
export function problemLine(node: Code, problem: DiagramProblem): number {
  return (node.position?.start.line ?? 1) + 1 + problem.line;
}

export function remarkDiagrams() {
  return (tree: Root, file: VFile) => {
    visit(tree, "code", (node: Code) => {
      if (!isDiagramLang(node.lang)) return;
      const result = drawDiagram(node.value);
      if ("problem" in result) {
        const { problem } = result;
        warn(file, {
          line: problemLine(node, problem),
          column: 1,
          ...said(problem.kind === "unsupported" ? problem.message : t("diagram.shown-as-code", { detail: problem.message }), problem.fix),
          rule: DIAGRAM_RULE,
        });
        return;
      }
      drawings(file).set(node.value, result.drawing);
      const container = {
        type: "diagram",
        data: { hName: "div", hProperties: { className: [DIAGRAM_CLASS] }, hChildren: [{ type: "text", value: node.value }] },
      };
      Object.assign(node, container, { lang: null, meta: null });
      return SKIP;
    });
  };
}

const isDiagramContainer = (node: Element) => {
  const classes = node.properties.className;
  return node.tagName === "div" && Array.isArray(classes) && classes.includes(DIAGRAM_CLASS);
};

/**
 * A diagram container is either a diagram this post's Markdown wrote, whose
 * drawing replaces its source, or an element of the post's own HTML that
 * borrowed the class name, which loses it.
 */
export function rehypeDiagramOutput() {
  return (tree: HastRoot, file: VFile) => {
    const drawn = (file.data as { diagramDrawings?: Drawings }).diagramDrawings;
    let count = 0;
    visit(tree, "element", (node: Element) => {
      if (!isDiagramContainer(node)) return;
      const drawing = drawn?.get(toString(node));
      if (drawing) node.children = [placeDrawing(drawing, `${ID_PREFIX}diagram-${++count}-`)];
      else {
        const classes = (node.properties.className as string[]).filter((c) => c !== DIAGRAM_CLASS);
        if (classes.length > 0) node.properties.className = classes;
        else delete node.properties.className;
      }
      return SKIP;
    });
  };
}
