/**
 * A ```` ```mermaid ```` block's source as Mermaid reads it: its type, title,
 * description, the mistakes Mermaid refuses, and the lines the renderer
 * (./mermaid.ts) gets. No renderer here: the content check reads diagrams
 * without drawing them.
 */
import { asciiFlowchartIds } from "./mermaid-ids";
import { MAX_DIAGRAM_CONNECTIONS, MAX_DIAGRAM_LINES } from "../../content/limits";
import { t, type Phrase } from "../../messages";


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
  message: Phrase;
  fix: Phrase;
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
    if (end < 0) return { kind: "syntax", line: i, message: t("diagram.fm-unclosed"), fix: t("diagram.fm-unclosed.fix") };
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
    if (UNSUPPORTED.has(word)) return { kind: "unsupported", line: headerLine, message: t("diagram.unsupported", { kind: word }), fix: t("diagram.unsupported.fix") };
    return {
      kind: "syntax",
      line: headerLine,
      message: word ? t("diagram.unknown-type", { kind: word }) : t("diagram.empty"),
      fix: t("diagram.unknown-type.fix"),
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
      if (close < 0) return { kind: "syntax", line: j, message: t("diagram.accdescr-unclosed"), fix: t("diagram.accdescr-unclosed.fix") };
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
  const tooLarge = sizeProblem(kind, text, headerLine);
  if (tooLarge) return tooLarge;
  return { kind, text, ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

/** A connection of a flowchart, class, state or ER diagram: a run of - . = ~ with two or more marks (`-->`, `-.->`, `==>`, `..|>`, `||--o{`). */
const CONNECTION = /[-.=~]{2,}/g;

/** A diagram too large to lay out at build time in reasonable time: shown as code, with a warning. */
function sizeProblem(kind: DiagramKind, text: string, headerLine: number): DiagramProblem | undefined {
  const split = t("diagram.too-large.fix");
  const lines = text.split("\n").length;
  if (lines > MAX_DIAGRAM_LINES) return { kind: "unsupported", line: headerLine, message: t("diagram.too-many-lines", { lines, max: MAX_DIAGRAM_LINES }), fix: split };
  if (kind === "sequence") return undefined;
  const connections = unquoted(text).match(CONNECTION)?.length ?? 0;
  if (connections <= MAX_DIAGRAM_CONNECTIONS) return undefined;
  return {
    kind: "unsupported",
    line: headerLine,
    message: t("diagram.too-many-connections", { connections, max: MAX_DIAGRAM_CONNECTIONS }),
    fix: split,
  };
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
function bracketProblem(line: string): Phrase | undefined {
  const stack: string[] = [];
  for (const c of unquoted(line)) {
    if (c in OPENERS) stack.push(OPENERS[c]);
    else if (c === "]" || c === ")" || c === "}") {
      if (stack.pop() !== c) return t("diagram.bracket.closes-nothing", { bracket: c });
    }
  }
  return stack.length > 0 ? t("diagram.bracket.open", { missing: stack.at(-1)! }) : undefined;
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
  const at = (i: number, message: Phrase, fix: Phrase): DiagramProblem => ({ kind: "syntax", line: offset + i, message, fix });
  const opened: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    if (kind === "flowchart") {
      for (const statement of splitStatements(line).map((s) => s.trim())) {
        if (/^subgraph\b/.test(statement)) opened.push(i);
        else if (statement === "end") {
          if (opened.pop() === undefined) return at(i, t("diagram.stray-end.subgraph"), t("diagram.stray-end.subgraph.fix"));
        } else if (!/^(?:style|classDef|class|linkStyle)\s/.test(statement)) {
          const problem = bracketProblem(withoutFlags(unquoted(statement)));
          if (problem) return at(i, t("diagram.label-bracket", { problem }), t("diagram.label-bracket.fix"));
        }
      }
    } else if (kind === "sequence") {
      if (SEQUENCE_BLOCK.test(line)) opened.push(i);
      else if (line === "end") {
        if (opened.pop() === undefined) return at(i, t("diagram.stray-end.block"), t("diagram.stray-end.block.fix"));
      } else if (SEQUENCE_ARROW.test(line) && !/^note\b/i.test(line) && !line.includes(":")) {
        return at(i, t("diagram.message-text"), t("diagram.message-text.fix"));
      }
    } else {
      // class, state and ER diagrams: `{ … }` bodies.
      for (const c of unquoted(line).replace(ER_RELATIONSHIP, " ")) {
        if (c === "{") opened.push(i);
        else if (c === "}" && opened.pop() === undefined) return at(i, t("diagram.stray-brace"), t("diagram.stray-brace.fix"));
      }
    }
  }
  if (opened.length > 0) {
    const i = opened.at(-1)!;
    return kind === "flowchart" || kind === "sequence"
      ? at(i, t("diagram.block-unclosed", { block: lines[i].trim().split(/\s/)[0] }), t("diagram.block-unclosed.fix"))
      : at(i, t("diagram.brace-unclosed"), t("diagram.brace-unclosed.fix"));
  }
  return undefined;
}
