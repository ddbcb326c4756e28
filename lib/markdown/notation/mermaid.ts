/**
 * A ```` ```mermaid ```` block → an SVG drawing, at build time, without a
 * browser: beautiful-mermaid lays out and draws flowcharts, sequence, class,
 * state and ER diagrams in plain JavaScript. Its SVG is parsed, sanitized by
 * ../diagram-allowlist.ts and given an accessible name; the result is cached
 * by the diagram's source and the renderer's version.
 *
 * beautiful-mermaid reads leniently (a line it does not know is dropped), so
 * the mistakes that Mermaid itself refuses and that change the drawing are
 * found first by ./mermaid-syntax.ts (`readDiagram`): an unknown diagram type, brackets or
 * blocks left open, a message without its text. A diagram of a type yomu does
 * not draw (gitGraph, pie, gantt, …) is `unsupported`: it stays a code block.
 */
import type { Element, Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import { toString } from "hast-util-to-string";
import rehypeSanitize from "rehype-sanitize";
import { renderMermaidSVG } from "beautiful-mermaid";
import { visit } from "unist-util-visit";
import { cached, cacheKey } from "../../build-cache";
import { diagramSchema } from "../diagram-allowlist";
import { t, verbatim } from "../../messages";
import { DIAGRAM_NAMES, readDiagram, type DiagramProblem, type DiagramSource } from "./mermaid-syntax";

export { DIAGRAM_NAMES, readDiagram, type DiagramKind, type DiagramProblem, type DiagramSource } from "./mermaid-syntax";

/** The installed beautiful-mermaid (package.json pins it; a test checks the two agree): part of the cache key. */
export const RENDERER_VERSION = "beautiful-mermaid@1.1.3";
/** Bump when what this file makes of the renderer's output changes. */
const DRAWING_VERSION = "5";

// --- drawing -----------------------------------------------------------------------

export interface Drawing {
  /** The sanitized `<svg>`, without ids: `placeDrawing` gives them per page. */
  svg: Element;
  /** The accessible name: the diagram's title, or its type and the labels it shows. */
  label: string;
}

const SHAPES = new Set(["rect", "polygon", "circle", "ellipse", "path"]);
/** Two decimals are a hundredth of a pixel: enough for a drawing, and a third of the bytes. */
const round = (n: string) => String(Math.round(Number(n) * 100) / 100);

const sanitize = rehypeSanitize(diagramSchema) as unknown as (tree: HastRoot) => HastRoot;
const MAX_LABEL = 300;

/** Groups of texts on lines (edge labels, messages): read after the nodes' names. */
const LINE_TEXT = new Set(["edge-label", "message", "class-relationship", "er-relationship"]);

/** The texts a drawing shows, once each: the nodes' first, then those on lines (the renderer's classes, before sanitizing). */
function labelsOf(tree: HastRoot): string[] {
  const nodes: string[] = [];
  const lines: string[] = [];
  visit(tree, "element", (node: Element, _index, parent) => {
    if (node.tagName !== "text") return;
    const text = toString(node).replace(/\s+/g, " ").trim();
    const group = parent?.type === "element" ? (parent as Element).properties.className : undefined;
    const onLine = Array.isArray(group) && group.some((c) => LINE_TEXT.has(String(c)));
    if (text && text !== "(no attributes)" && !nodes.includes(text) && !lines.includes(text)) (onLine ? lines : nodes).push(text);
    return "skip";
  });
  return [...nodes, ...lines];
}

function draw(diagram: DiagramSource): Drawing {
  const svgText = renderMermaidSVG(diagram.text, { bg: "var(--bg)", fg: "var(--fg)", transparent: true });
  const drawn = raw({ type: "root", children: [{ type: "raw", value: svgText }] } as unknown as HastRoot) as HastRoot;
  const labels = labelsOf(drawn);
  const tree = sanitize(drawn);
  const svg = tree.children.find((n): n is Element => n.type === "element" && n.tagName === "svg");
  if (!svg) throw new Error("the renderer drew no svg");
  visit(svg, "element", (node: Element) => {
    // Whitespace between elements is not part of a drawing; an ER entity without attributes is an empty row, as in Mermaid.
    if (node.tagName !== "text" && node.tagName !== "tspan") {
      node.children = node.children.filter((c) => c.type !== "text" && !(c.type === "element" && c.tagName === "text" && toString(c) === "(no attributes)"));
    }
    for (const [key, value] of Object.entries(node.properties)) {
      if (typeof value === "string") node.properties[key] = value.replace(/\d+\.\d{3,}/g, round);
      else if (typeof value === "number") node.properties[key] = Number(round(String(value)));
    }
    // A colour the allowlist refused leaves a shape black: it gets the node colour instead.
    if (SHAPES.has(node.tagName) && node.properties.fill === undefined) node.properties.fill = "var(--_node-fill)";
    // Positions in the renderer's string mean nothing in the page (and would fill the cache).
    delete node.position;
    for (const child of node.children) delete child.position;
    // A text would be black on a dark page: it gets the text colour (its tspans keep theirs).
    if (node.tagName === "text" && node.properties.fill === undefined) node.properties.fill = "var(--_text)";
  });
  const name = diagram.title ?? `${DIAGRAM_NAMES[diagram.kind]}: ${labels.join("、")}`;
  const label = [name, diagram.description].filter(Boolean).join("。");
  return { svg, label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label };
}

export type DrawResult = { drawing: Drawing } | { problem: DiagramProblem };

/** A diagram's source → its drawing or its problem, cached on disk by the source and the renderer. */
export function drawDiagram(source: string): DrawResult {
  return cached(cacheKey("diagram", RENDERER_VERSION, DRAWING_VERSION, source), (): DrawResult => {
    const read = readDiagram(source);
    if ("message" in read) return { problem: read };
    try {
      const drawing = draw(read);
      if (drawing.svg.children.every((c) => c.type === "element" && c.tagName === "defs")) {
        return { problem: { kind: "unsupported", line: 0, message: t("diagram.unreadable"), fix: t("diagram.unreadable.fix") } };
      }
      return { drawing };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { problem: { kind: "syntax", line: 0, message: t("diagram.syntax", { detail: verbatim(message) }), fix: t("diagram.syntax.fix") } };
    }
  });
}

/**
 * A drawing placed in a page: its marker ids made unique with `prefix`
 * (`user-content-diagram-2-`, so ../prefix-ids.ts leaves them), `role="img"`
 * and its name.
 */
export function placeDrawing(drawing: Drawing, prefix: string): Element {
  const svg = structuredClone(drawing.svg);
  visit(svg, "element", (node: Element) => {
    const p = node.properties;
    if (typeof p.id === "string") p.id = prefix + p.id;
    for (const key of ["markerStart", "markerEnd"] as const) {
      const ref = p[key];
      if (typeof ref === "string") p[key] = ref.replace(/^url\(#/, `url(#${prefix}`);
    }
  });
  svg.properties = { ...svg.properties, role: "img", ariaLabel: drawing.label };
  return svg;
}
