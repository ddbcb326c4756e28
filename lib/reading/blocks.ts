/**
 * The one block reading of a Markdown body: paragraphs, list items, headings,
 * quotes, tables, code, HTML, each with its file lines and the text a reader
 * sees (./inline.ts). Excerpts, reading time, search text and the content check
 * all read posts through it, so they agree on where a block starts and ends,
 * and a new notation is taught here once. It is a line scanner, not a full
 * parser: fast on thousands of posts, exact about lines, and faithful to
 * CommonMark where the readers could disagree (fenced code). Pure.
 */
import { alertMarkerLine, containerClose, containerOpen, embedLine, isMathFence } from "../markdown/notation-text";
import { collapseWhitespace, inlineToText } from "./inline";

export type BlockKind =
  | "paragraph"
  | "heading"
  | "list-item"
  | "quote"
  | "table"
  | "code"
  | "html"
  | "rule"
  | "definition"
  | "marker"
  /** `:::message`, `:::details タイトル` or a closing `:::` line (text: a details title). */
  | "container"
  /** Display math between `$$` lines (code: its TeX). */
  | "math"
  /** `@[youtube](id)` alone on a line. */
  | "embed";

export interface Block {
  kind: BlockKind;
  /** 1-based file line of the block's first line. */
  line: number;
  /** 1-based file line of the block's last line. */
  endLine: number;
  /** The block's lines as written (list marker, `>` and `#` included). */
  raw: string;
  /** The block's own text: markers and Markdown syntax removed, whitespace collapsed ("" for code and HTML). */
  readonly text: string;
  /** The block's inline Markdown, without its block markers: what `text` is read from ("" for code and HTML). */
  inline: string;
  /** Code blocks: the code as written, without fences or indentation. */
  code?: string;
}

/** CommonMark: three or more backticks (whose info string has no backtick) or tildes, indented at most 3 spaces. */
const FENCE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^\s{0,3}>/;
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S/;
const HTML_START = /^\s{0,3}<(?:!--|\/?[A-Za-z][A-Za-z0-9-]*(?:\s|\/?>|$))/;
/** GFM's delimiter row: cells of `-` with optional `:`; a pipe somewhere (a lone `---` is a rule or a heading underline). */
const TABLE_DELIMITER = /^\|?\s*:?-+:?(?:\s*\|\s*:?-+:?)*\s*\|?$/;
/** Tested on the trimmed line: leading and trailing spaces next to optional pipes would backtrack. */
const isDelimiterRow = (line: string) => line.includes("|") && TABLE_DELIMITER.test(line.trim());

/**
 * Lines a text generator leaves behind at the end of its output: `---END---`,
 * `=== END ===`, `[END]`, `【終わり】`, a lone `END`/`EOF`, model tokens such as
 * `<|endoftext|>`.
 */
const END_MARKERS = [
  /^\s*[-=*_#~]{2,}\s*(?:THE\s+)?(?:END|EOF|FIN)(?:\s+OF(?:\s+[A-Z ]*[A-Z])?)?\s*[-=*_#~]{2,}\s*$/i,
  /^\s*[[(<【〔]\s*(?:END|EOF|終わり|おわり|終了|完|以上)\s*[\])>】〕]\s*$/i,
  /^\s*(?:END|EOF|THE END)\s*$/,
  /<\|(?:endoftext|im_end|im_start|end|eot_id|eos|end_of_text)\|>/i,
  /^\s*<\/s>\s*$/,
  /^\s*\[\/?INST\]\s*$/,
  // Starts only where a run of dashes starts: from inside one, each start would rescan the run.
  /(?<![-=])[-=]{3,}\s*END\s*[-=]{3,}/,
];

export function isEndMarker(line: string): boolean {
  return END_MARKERS.some((re) => re.test(line));
}

/** Inline Markdown → the words a reader sees (./inline.ts), whitespace collapsed. */
export function plainText(markdown: string): string {
  return collapseWhitespace(inlineToText(markdown));
}

/** A closing fence: the opening's character, at least as many, nothing after but spaces. */
function closesFence(line: string, fence: string): boolean {
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return m !== null && m[1][0] === fence[0] && m[1].length >= fence.length;
}

/** A block's inline Markdown: its lines without the block's own markers (`#`, list marker, `>`, table pipes). */
function ownMarkdown(kind: BlockKind, lines: string[]): string {
  if (kind === "code" || kind === "html" || kind === "math" || kind === "embed") return "";
  if (kind === "container") {
    const open = containerOpen(lines[0]);
    return open?.name === "details" ? open.args : "";
  }
  if (kind === "table") {
    return lines
      .filter((l) => !isDelimiterRow(l))
      .map((l) => l.replace(/^\s*\||\|\s*$/g, "").split(/(?<!\\)\|/).join("\n"))
      .join("\n");
  }
  return lines
    .filter((l) => kind !== "quote" || !alertMarkerLine(l))
    .map((l, i) => {
      if (kind === "heading") return l.replace(/^\s{0,3}#{1,6}\s*/, "").replace(/\s#+\s*$/, "");
      if (kind === "list-item" && i === 0) return l.replace(LIST_ITEM, "").replace(/^\[[ xX]\]\s+/, "");
      if (kind === "quote") return l.replace(/^(?:\s{0,3}>\s?)+/, "").replace(LIST_ITEM, "").replace(/^\s{0,3}#{1,6}\s+/, "");
      return l;
    })
    .join("\n");
}

/** With `mdx`, import/export lines and `{…}` expression paragraphs are code, not prose. */
export function splitBlocks(body: string, bodyLine = 1, options: { mdx?: boolean } = {}): Block[] {
  const lines = body.split("\n");
  const blocks: Block[] = [];
  let current: { kind: BlockKind; start: number; lines: string[] } | undefined;

  const flush = () => {
    if (!current) return;
    let kind = current.kind;
    if (kind === "paragraph" && (current.lines[0].trimStart().startsWith("|") || isDelimiterRow(current.lines[1] ?? ""))) {
      kind = "table";
    }
    if (options.mdx && kind === "paragraph") {
      const text = current.lines.join("\n").trim();
      if (/^(?:import|export)\s/.test(text) || (text.startsWith("{") && text.endsWith("}"))) kind = "code";
    }
    const inline = ownMarkdown(kind, current.lines);
    let text: string | undefined;
    const block: Block = {
      kind,
      line: bodyLine + current.start,
      endLine: bodyLine + current.start + current.lines.length - 1,
      raw: current.lines.join("\n"),
      inline,
      // Read on demand: an excerpt needs the first paragraphs only, reading time reads the inline Markdown itself.
      get text() {
        return (text ??= plainText(inline));
      },
    };
    if (kind === "code") block.code = codeOf(current.lines);
    if (kind === "math") block.code = current.lines.filter((l) => !isMathFence(l)).join("\n");
    blocks.push(block);
    current = undefined;
  };
  const single = (kind: BlockKind, i: number) => {
    flush();
    current = { kind, start: i, lines: [lines[i]] };
    flush();
  };

  let fence: string | undefined;
  let inMath = false;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inMath) {
      current!.lines.push(line);
      if (isMathFence(line)) {
        inMath = false;
        flush();
      }
      continue;
    }
    if (fence) {
      current!.lines.push(line);
      if (closesFence(line, fence)) {
        fence = undefined;
        flush();
      }
      continue;
    }
    const blank = line.trim() === "";
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (blank) {
      flush();
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      flush();
      fence = open[1];
      current = { kind: "code", start: i, lines: [line] };
      continue;
    }
    if (isMathFence(line)) {
      flush();
      inMath = true;
      current = { kind: "math", start: i, lines: [line] };
      continue;
    }
    if (containerOpen(line) || containerClose(line) !== undefined) {
      single("container", i);
      continue;
    }
    if (embedLine(line)) {
      single("embed", i);
      continue;
    }
    if (isEndMarker(line)) {
      single("marker", i);
      continue;
    }
    if (current?.kind === "html") {
      current.lines.push(line);
      continue;
    }
    if (current?.kind === "paragraph" && SETEXT.test(line)) {
      current.kind = "heading";
      current.lines = current.lines.map((l) => `# ${l}`);
      current.lines.push(line);
      flush();
      continue;
    }
    if (RULE.test(line)) {
      single("rule", i);
      continue;
    }
    if (HEADING.test(line)) {
      single("heading", i);
      continue;
    }
    if (wasBlank && /^(?: {4}|\t)/.test(line) && blocks.at(-1)?.kind !== "list-item") {
      flush();
      current = { kind: "code", start: i, lines: [line] };
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      current = { kind: "list-item", start: i, lines: [line] };
      continue;
    }
    if (QUOTE.test(line)) {
      if (current?.kind !== "quote") {
        flush();
        current = { kind: "quote", start: i, lines: [] };
      }
      current.lines.push(line);
      continue;
    }
    if (!current && DEFINITION.test(line)) {
      single("definition", i);
      continue;
    }
    if (!current && HTML_START.test(line)) {
      current = { kind: "html", start: i, lines: [line] };
      continue;
    }
    if (current?.kind === "code") flush();
    if (!current) current = { kind: "paragraph", start: i, lines: [] };
    current.lines.push(line);
  }
  flush();
  return blocks;
}

/** The code of a fenced block (without its fences) or of an indented one (without the indentation). */
function codeOf(lines: string[]): string {
  const open = FENCE.exec(lines[0]);
  if (!open) return lines.map((l) => l.replace(/^(?: {4}|\t)/, "")).join("\n");
  const inner = lines.slice(1);
  if (inner.length > 0 && closesFence(inner[inner.length - 1], open[1])) inner.pop();
  return inner.join("\n");
}
