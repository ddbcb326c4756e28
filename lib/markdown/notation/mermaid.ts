/**
 * A ```` ```mermaid ```` block → an SVG drawing, at build time, without a
 * browser: beautiful-mermaid lays out and draws flowcharts, sequence, class,
 * state and ER diagrams in plain JavaScript. Its SVG is parsed, sanitized by
 * ../diagram-allowlist.ts and given an accessible name; the result is cached
 * by the diagram's source and the renderer's version.
 *
 * beautiful-mermaid reads leniently (a line it does not know is dropped), so
 * the mistakes that Mermaid itself refuses and that change the drawing are
 * found here first (`diagramProblem`): an unknown diagram type, brackets or
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
import { asciiFlowchartIds } from "./mermaid-ids";

/** The installed beautiful-mermaid (package.json pins it; a test checks the two agree): part of the cache key. */
export const RENDERER_VERSION = "beautiful-mermaid@1.1.3";
/** Bump when what this file makes of the renderer's output changes. */
const DRAWING_VERSION = "5";

export type DiagramKind = "flowchart" | "sequence" | "class" | "state" | "er";

/** What a screen reader says for a diagram without a title of its own. */
export const DIAGRAM_NAMES: Record<DiagramKind, string> = {
  flowchart: "フローチャート",
  sequence: "シーケンス図",
  class: "クラス図",
  state: "状態遷移図",
  er: "ER 図",
};

/** Mermaid's diagram types that yomu does not draw (they stay code blocks, with a warning). */
const UNSUPPORTED = new Set([
  "gitGraph", "timeline", "mindmap", "pie", "gantt", "journey", "quadrantChart", "requirementDiagram", "xychart-beta", "xychart",
  "sankey-beta", "sankey", "block-beta", "block", "packet-beta", "packet", "architecture-beta", "architecture", "kanban", "radar-beta",
  "treemap-beta", "zenuml", "C4Context", "C4Container", "C4Component", "C4Dynamic", "C4Deployment", "info",
]);

export interface DiagramProblem {
  kind: "syntax" | "unsupported";
  /** 0-based line in the diagram's source. */
  line: number;
  message: string;
  fix: string;
}

export interface DiagramSource {
  kind: DiagramKind;
  /** The source as beautiful-mermaid reads it (front matter, accessibility and click lines taken out). */
  text: string;
  /** `title:` of the front matter or `accTitle:`; `accDescr:`. */
  title?: string;
  description?: string;
}

const HEADER_KINDS: [RegExp, DiagramKind][] = [
  [/^(?:graph|flowchart)(?:\s+(?:TD|TB|BT|LR|RL))?$/, "flowchart"],
  [/^sequenceDiagram$/, "sequence"],
  [/^classDiagram(?:-v2)?$/, "class"],
  [/^stateDiagram(?:-v2)?$/, "state"],
  [/^erDiagram$/, "er"],
];

const isComment = (line: string) => /^\s*%%/.test(line);

/** Reads a diagram's source: its type, title, description and the lines the renderer gets. */
export function readDiagram(source: string): DiagramSource | DiagramProblem {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let title: string | undefined;
  let description: string | undefined;
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && (lines[i].trim() === "" || isComment(lines[i]))) i++;
  };
  skipBlank();
  if (lines[i]?.trim() === "---") {
    const end = lines.findIndex((l, j) => j > i && l.trim() === "---");
    if (end < 0) return { kind: "syntax", line: i, message: "the diagram's front matter (---) is never closed", fix: "add a line --- after its settings" };
    for (const l of lines.slice(i + 1, end)) {
      const m = /^\s*title\s*:\s*(.+?)\s*$/.exec(l);
      if (m) title = m[1].replace(/^(["'])(.*)\1$/, "$2");
    }
    i = end + 1;
    skipBlank();
  }
  const headerLine = i;
  const headerText = (lines[i] ?? "").trim();
  // `graph TD; A-->B; B-->C` on one line: Mermaid reads `;` as the end of a statement.
  const [header, ...sameLine] = headerText.split(";").map((s) => s.trim());
  const found = HEADER_KINDS.find(([re]) => re.test(header));
  if (!found) {
    const word = header.split(/\s+/)[0] ?? "";
    if (UNSUPPORTED.has(word)) return { kind: "unsupported", line: headerLine, message: `yomu does not draw ${word} diagrams: it is shown as code`, fix: "draw it as a flowchart, sequence, class, state or ER diagram, or as an image" };
    return {
      kind: "syntax",
      line: headerLine,
      message: word ? `unknown diagram type "${word}"` : "the diagram is empty",
      fix: "start it with graph TD, flowchart LR, sequenceDiagram, classDiagram, stateDiagram-v2 or erDiagram",
    };
  }
  const kind = found[1];
  const body: string[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j];
    const acc = /^\s*(accTitle|accDescr)\s*:\s*(.*?)\s*$/.exec(line);
    if (acc) {
      if (acc[1] === "accTitle") title = acc[2];
      else description = acc[2];
      body.push("");
      continue;
    }
    if (/^\s*accDescr\s*\{/.test(line)) {
      const close = lines.findIndex((l, k) => k > j && l.includes("}"));
      if (close < 0) return { kind: "syntax", line: j, message: "accDescr { is never closed", fix: "add a line } after the description" };
      description = [line.replace(/^\s*accDescr\s*\{/, ""), ...lines.slice(j + 1, close), lines[close].slice(0, lines[close].indexOf("}"))].map((l) => l.trim()).filter(Boolean).join(" ");
      for (; j <= close; j++) body.push("");
      j = close;
      continue;
    }
    // Links and callbacks do nothing in a drawing (and the renderer would draw `click` as a node).
    body.push(/^\s*(?:click|callback|href)\s/.test(line) || isComment(line) ? "" : line);
  }
  const problem = syntaxProblem(kind, body, headerLine + 1);
  if (problem) return problem;
  const statements =
    kind === "flowchart" ? asciiFlowchartIds([...sameLine, ...body].flatMap(splitStatements))
    : kind === "er" ? [...sameLine, ...body].map(erCardinalities)
    : [...sameLine, ...body];
  const text = [header, ...statements].join("\n");
  return { kind, text, ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

/** `}o` (zero or more, on the left) written as `o{`, the form beautiful-mermaid reads on either side. */
const erCardinalities = (line: string) => line.replace(/(\S\s+)\}o(--|\.\.)/, "$1o{$2");

/** Text without its quoted parts ("…" labels may hold any bracket) and HTML tags (`<br>`). */
const unquoted = (line: string) => line.replace(/"[^"]*"/g, '""').replace(/<\/?[a-zA-Z][^<>]*>/g, "");

/** A flowchart line without the shapes whose brackets do not pair: `A>flag]`. */
const withoutFlags = (line: string) => line.replace(/(\w)>[^\]]*\]/g, "$1");

/** An ER diagram's relationship (`||--o{`): its cardinality marks are not brackets. */
const ER_RELATIONSHIP = /(?:\|o|\|\||\}o|\}\|)(?:--|\.\.)(?:o\||\|\||o\{|\|\{)/g;

const OPENERS: Record<string, string> = { "[": "]", "(": ")", "{": "}" };

/** The first bracket of a line left open, or closed by the wrong one. */
function bracketProblem(line: string): string | undefined {
  const stack: string[] = [];
  for (const c of unquoted(line)) {
    if (c in OPENERS) stack.push(OPENERS[c]);
    else if (c === "]" || c === ")" || c === "}") {
      if (stack.pop() !== c) return `a ${c} that closes nothing`;
    }
  }
  return stack.length > 0 ? `a bracket left open (${stack.at(-1)} missing)` : undefined;
}

/** A flowchart line's statements: Mermaid ends one at a `;` outside quotes and brackets (`C --> B; subgraph S`). */
function splitStatements(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "[" || c === "(" || c === "{") depth++;
    else if (c === "]" || c === ")" || c === "}") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) {
      out.push(line.slice(start, i));
      start = i + 1;
    }
  }
  out.push(line.slice(start));
  return out.filter((s, i) => i === 0 || s.trim() !== "");
}

const SEQUENCE_BLOCK = /^(?:loop|alt|opt|par|critical|break|rect|box)\b/;
const SEQUENCE_ARROW = /(?:-{1,2}>>|-{1,2}>|-{1,2}x|-{1,2}\))[+-]?/;

function syntaxProblem(kind: DiagramKind, lines: string[], offset: number): DiagramProblem | undefined {
  const at = (i: number, message: string, fix: string): DiagramProblem => ({ kind: "syntax", line: offset + i, message, fix });
  const opened: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    if (kind === "flowchart") {
      for (const statement of splitStatements(line).map((s) => s.trim())) {
        if (/^subgraph\b/.test(statement)) opened.push(i);
        else if (statement === "end") {
          if (opened.pop() === undefined) return at(i, "this end closes no subgraph", "delete it, or open the subgraph it should close");
        } else if (!/^(?:style|classDef|class|linkStyle)\s/.test(statement)) {
          const problem = bracketProblem(withoutFlags(unquoted(statement)));
          if (problem) return at(i, `${problem} in a node's label`, 'close the label (A[label], B(label), C{label}); put brackets inside a label in quotes: A["f(x)"]');
        }
      }
    } else if (kind === "sequence") {
      if (SEQUENCE_BLOCK.test(line)) opened.push(i);
      else if (line === "end") {
        if (opened.pop() === undefined) return at(i, "this end closes no loop, alt, opt, par, critical, break, rect or box", "delete it, or open the block it should close");
      } else if (SEQUENCE_ARROW.test(line) && !/^note\b/i.test(line) && !line.includes(":")) {
        return at(i, "a message without its text", "write the text after a colon: Alice->>Bob: こんにちは");
      }
    } else {
      // class, state and ER diagrams: `{ … }` bodies.
      for (const c of unquoted(line).replace(ER_RELATIONSHIP, " ")) {
        if (c === "{") opened.push(i);
        else if (c === "}" && opened.pop() === undefined) return at(i, "this } closes nothing", "delete it, or add the { it should close");
      }
    }
  }
  if (opened.length > 0) {
    const i = opened.at(-1)!;
    return kind === "flowchart" || kind === "sequence"
      ? at(i, `${lines[i].trim().split(/\s/)[0]} is never closed`, "add a line end where it ends")
      : at(i, "this { is never closed", "add a line } where it ends");
  }
  return undefined;
}

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
        return { problem: { kind: "unsupported", line: 0, message: "yomu could not read this diagram: it is shown as code", fix: "check it against Mermaid's syntax; if Mermaid draws it, write to yomu's maintainers with the diagram" } };
      }
      return { drawing };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { problem: { kind: "syntax", line: 0, message: `the diagram cannot be drawn: ${message}`, fix: "check it against Mermaid's syntax (mermaid.live shows where it fails)" } };
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
