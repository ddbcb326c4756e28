/**
 * How deeply a post's blocks nest, without parsing it: blockquotes, list items
 * and footnote definitions (Markdown's containers), and raw HTML elements left
 * open. One pass over the lines that follows the container rules of micromark
 * (the parser behind remark): continuation by `>` or indentation, lazy lines,
 * interruptions, fenced code and HTML blocks, tabs as 4-column stops. Where a
 * line's reading depends on what only a full parse can tell (is this `|` line a
 * table? does this tag open an HTML block?), the scan follows every reading at
 * once, so it never counts fewer levels than the parser builds. It stops at the
 * first level past the limit; the work per line is bounded, so the scan is
 * linear. Pure.
 */

import { codeSpanEnds } from "./limits";

export interface TooDeep {
  kind: "markdown" | "html";
  /** 0-based line of `body` and 1-based column (UTF-16 units) of the marker or tag that goes past the limit. */
  line: number;
  column: number;
  depth: number;
}

export interface NestingOptions {
  /** MDX: `<Name />` closes itself and tag names keep their case. */
  mdx?: boolean;
}

/**
 * Markdown and MDX read blocks differently: MDX has no indented code, so any
 * indentation may precede a marker, and no HTML blocks (JSX holds Markdown).
 */
interface Dialect {
  maxIndent: number;
  htmlBlocks: boolean;
}

const MARKDOWN: Dialect = { maxIndent: 3, htmlBlocks: true };
const MDX: Dialect = { maxIndent: Infinity, htmlBlocks: false };

/**
 * The open leaf block the next line may continue: a paragraph (which takes lazy
 * lines) or indented code (which stays open across blank lines) makes every
 * container start on the next line an interruption, and an item numbered other
 * than 1, or an empty one, cannot interrupt; a table row does not.
 */
type Flow = "paragraph" | "code" | "table" | "none";

/** A fenced code block or an HTML block: its lines hold no containers. */
interface Hidden {
  kind: "fence" | "html";
  /** Fence: its character and length. HTML: the text that ends it, or "" for a blank line. */
  char: string;
  length: number;
  end: string;
}

interface State {
  stack: Container[];
  flow: Flow;
  hidden?: Hidden;
}

/** One reading of a line: the state after it, and where its raw HTML starts (undefined: the line is code). */
interface Reading {
  state: State;
  htmlFrom?: number;
  tooDeep?: { column: number; depth: number };
}

/** Readings followed at once; more than this many different ones keeps the deepest. */
const MAX_READINGS = 32;

/** The first place in `body` nested more than `limit` deep, if any. */
export function findTooDeep(body: string, limit: number, options: NestingOptions = {}): TooDeep | undefined {
  const lines = body.split("\n");
  const html = new OpenElements(limit, options.mdx === true);
  const dialect = options.mdx ? MDX : MARKDOWN;
  let states: State[] = [{ stack: [], flow: "none" }];

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const next = new Map<string, State>();
    let htmlFrom: number | undefined;
    for (const state of states) {
      for (const reading of readLine(state, line, limit, dialect)) {
        if (reading.tooDeep) return { kind: "markdown", line: n, ...reading.tooDeep };
        if (reading.htmlFrom !== undefined) htmlFrom = Math.min(htmlFrom ?? Infinity, reading.htmlFrom);
        next.set(stateKey(reading.state), reading.state);
      }
    }
    if (htmlFrom !== undefined) {
      const deep = html.scan(line, htmlFrom, n);
      if (deep) return deep;
    }
    if (isBlank(line, 0)) html.blankLine();
    states = [...next.values()];
    if (states.length > MAX_READINGS) states = states.sort((a, b) => b.stack.length - a.stack.length).slice(0, MAX_READINGS);
  }
  return undefined;
}

function stateKey(s: State): string {
  const stack = s.stack.map((c) => (c.kind === "quote" ? ">" : `${c.kind[0]}${c.indent}`)).join(",");
  const hidden = s.hidden ? `${s.hidden.kind}${s.hidden.char}${s.hidden.length}${s.hidden.end}` : "";
  return `${stack}|${s.flow}|${hidden}`;
}

/** The readings of one line in one state. */
function readLine(state: State, line: string, limit: number, dialect: Dialect): Reading[] {
  const stack = state.stack.slice();
  let flow = state.flow;
  const c: Cursor = { i: 0, col: 0, carry: 0 };
  const blank = isBlank(line, 0);

  let matched = 0;
  // micromark checks a footnote's continuation on the last indentation it read, so a footnote
  // right inside another continues without any more.
  let lastIndent: Container | undefined;
  while (matched < stack.length) {
    const box = stack[matched];
    if (box.kind === "quote") {
      const indent = indentOf(line, c, dialect.maxIndent + 1);
      if (indent > dialect.maxIndent || line[skipSpaces(line, c.i)] !== ">") break;
      consumeQuoteMarker(line, c, indent);
      lastIndent = undefined;
    } else if (!isBlank(line, c.i)) {
      const indent = indentOf(line, c, box.indent);
      if (indent >= box.indent) {
        skipIndent(line, c, box.indent);
        lastIndent = box;
      } else if (indent > 0 || box.kind !== "footnote" || lastIndent?.kind !== "footnote") break;
    }
    matched++;
  }

  let closed = false;
  const hidden = state.hidden;
  if (hidden && matched === stack.length) {
    if (hidden.kind === "fence") return [{ state: { stack, flow: "none", hidden: closesFence(line, c, hidden, dialect) ? undefined : hidden } }];
    if (hidden.end !== "" || !isBlank(line, c.i)) {
      const ends = hidden.end !== "" && line.toLowerCase().includes(hidden.end);
      return [{ state: { stack, flow: "none", hidden: ends ? undefined : hidden }, htmlFrom: c.i }];
    }
    // A blank line ends an HTML block of kinds 6 and 7; it is read below.
  } else if (hidden) {
    // A code or HTML block takes no lazy lines: it ends with its container.
    stack.length = matched;
    flow = "none";
    closed = !blank;
  }

  const interrupting = matched === stack.length && (flow === "paragraph" || flow === "code");
  const next = (): Start | undefined => {
    const s = containerStart(line, c, dialect);
    return s && interrupting && !s.interruptsParagraph ? undefined : s;
  };
  let start = next();
  let lazy = false;
  if (matched < stack.length) {
    lazy = !start && flow === "paragraph" && !isBlank(line, c.i) && !interruptsParagraph(line, c, dialect);
    // A lazy line continues a paragraph inside the unmatched containers, which stay open.
    if (!lazy) {
      closed ||= !start && !blank;
      stack.length = matched;
      flow = "none";
    }
  }

  const outer = stack.length;
  while (start) {
    stack.push(start.container);
    if (stack.length > limit) return [{ state: { stack, flow }, tooDeep: { column: start.index + 1, depth: stack.length } }];
    start.consume();
    start = next();
  }

  // A container opened on this line holds no block yet.
  const before: Flow = stack.length > outer ? "none" : flow;
  const at = skipSpaces(line, c.i);
  const read = (next: Flow, hiddenAfter?: Hidden): Reading => ({ state: { stack, flow: next, hidden: hiddenAfter }, htmlFrom: at });
  if (isBlank(line, c.i)) {
    // Indented code stays open across blank lines; other leaf blocks end.
    return [{ state: { stack, flow: blank && before === "code" ? "code" : "none" } }];
  }
  if (lazy) return [read("paragraph")];
  if (dialect.maxIndent < 4 && indentOf(line, c, 4) >= 4) {
    if (before === "paragraph" || before === "table") return [read(before)];
    // micromark: indented code right after closed containers does not always interrupt what follows.
    const code: Reading = { state: { stack, flow: "code" } };
    return closed ? [code, { state: { stack, flow: "none" } }] : [code];
  }
  if (opensFence(line, at)) return [{ state: { stack, flow: "none", hidden: { kind: "fence", char: line[at], length: runLength(line, at), end: "" } } }];
  const end = dialect.htmlBlocks ? htmlBlockEnd(line, at) : undefined;
  if (end !== undefined) {
    const ends = end !== "" && line.toLowerCase().includes(end, at + 2);
    return [read("none", ends ? undefined : { kind: "html", char: "", length: 0, end })];
  }
  if (isAtxHeading(line, at) || isThematicBreak(line, at, line[at])) return [read("none")];
  if (before === "table") return [read("table")];
  const tag = /^<\/?[A-Za-z]/.test(line.slice(at, at + 3));
  // In MDX a JSX element on its own line may end a paragraph.
  if (tag && !dialect.htmlBlocks) return [read("none"), read("paragraph")];
  if (before === "paragraph") {
    if (isSetextUnderline(line, at)) return [read("none")];
    // Only a parser can tell a table's delimiter row (the cells must match the header's).
    return mayBeTableDelimiter(line, at) ? [read("table"), read("paragraph")] : [read("paragraph")];
  }
  // A tag alone on its line opens an HTML block of kind 7, which only a parser can tell from inline HTML.
  if (tag) return [read("none", { kind: "html", char: "", length: 0, end: "" }), read("paragraph")];
  return [read("paragraph")];
}

/** A fence, an ATX heading, a thematic break or an HTML block of kinds 1–6: lines that end a paragraph, so never lazy. */
function interruptsParagraph(line: string, c: Cursor, dialect: Dialect): boolean {
  if (indentOf(line, c, dialect.maxIndent + 1) > dialect.maxIndent) return false;
  const at = skipSpaces(line, c.i);
  const html = dialect.htmlBlocks && htmlBlockEnd(line, at) !== undefined;
  return html || opensFence(line, at) || isAtxHeading(line, at) || isThematicBreak(line, at, line[at]);
}

function isAtxHeading(line: string, at: number): boolean {
  const hashes = line[at] === "#" ? runLength(line, at) : 0;
  return hashes >= 1 && hashes <= 6 && (at + hashes === line.length || line[at + hashes] === " " || line[at + hashes] === "\t");
}

function isSetextUnderline(line: string, at: number): boolean {
  return (line[at] === "=" || line[at] === "-") && isBlank(line, at + runLength(line, at));
}

function mayBeTableDelimiter(line: string, at: number): boolean {
  let dash = false;
  for (let i = at; i < line.length; i++) {
    const ch = line[i];
    if (ch === "-") dash = true;
    else if (ch !== "|" && ch !== ":" && ch !== " " && ch !== "\t") return false;
  }
  return dash;
}

const BLOCK_TAGS = new Set(
  (
    "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
    "fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
    "main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead " +
    "title tr track ul"
  ).split(" "),
);

/**
 * What ends the HTML block (CommonMark kinds 1–6) that this line opens: the text
 * to find (lower case), or "" for a blank line; undefined when it opens none.
 */
function htmlBlockEnd(line: string, at: number): string | undefined {
  if (line[at] !== "<") return undefined;
  const head = line.slice(at, at + 12).toLowerCase();
  const raw = /^<(script|pre|style|textarea)(?=[\s>]|$)/.exec(head);
  if (raw) return `</${raw[1]}>`;
  if (head.startsWith("<!--")) return "-->";
  if (head.startsWith("<?")) return "?>";
  if (head.startsWith("<![cdata[")) return "]]>";
  if (/^<![a-z]/.test(head)) return ">";
  const name = /^<\/?([a-z][a-z0-9]*)(?=[\s>]|\/>|$)/.exec(head);
  return name && BLOCK_TAGS.has(name[1]) ? "" : undefined;
}

/** A blockquote, or what continues with indentation: a list item, or a GFM footnote definition (4 columns). */
type Container = { kind: "quote" } | { kind: "item" | "footnote"; indent: number };


/** Position in a line: `i` the next character, `col` its column, `carry` columns of a tab partly used as indentation. */
interface Cursor {
  i: number;
  col: number;
  carry: number;
}

function isBlank(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) if (line[i] !== " " && line[i] !== "\t") return false;
  return true;
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (line[i] === " " || line[i] === "\t") i++;
  return i;
}

function tabWidth(col: number): number {
  return 4 - (col % 4);
}

/** Columns of indentation at the cursor, counted up to `enough`. */
function indentOf(line: string, c: Cursor, enough = Infinity): number {
  let cols = c.carry;
  let col = c.col;
  for (let i = c.i; i < line.length && cols < enough; i++) {
    if (line[i] === " ") {
      cols++;
      col++;
    } else if (line[i] === "\t") {
      const w = tabWidth(col);
      cols += w;
      col += w;
    } else break;
  }
  return cols;
}

/** Consumes `n` columns of indentation (there must be that many). */
function skipIndent(line: string, c: Cursor, n: number): void {
  if (c.carry >= n) {
    c.carry -= n;
    return;
  }
  let left = n - c.carry;
  c.carry = 0;
  while (left > 0 && c.i < line.length) {
    const w = line[c.i] === "\t" ? tabWidth(c.col) : 1;
    c.i++;
    c.col += w;
    if (w > left) {
      c.carry = w - left;
      left = 0;
    } else left -= w;
  }
}

function consumeQuoteMarker(line: string, c: Cursor, indent: number): void {
  skipIndent(line, c, indent);
  c.i++;
  c.col++;
  if (line[c.i] === " ") {
    c.i++;
    c.col++;
  } else if (line[c.i] === "\t") {
    const w = tabWidth(c.col);
    c.i++;
    c.col += w;
    c.carry = w - 1;
  }
}

interface Start {
  container: Container;
  /** UTF-16 index of the marker. */
  index: number;
  /** A blockquote, a bullet item or an item numbered 1, with content: these may begin inside a paragraph. */
  interruptsParagraph: boolean;
  consume(): void;
}

/** A blockquote marker or a list-item marker at the cursor (at most 3 columns in). */
function containerStart(line: string, c: Cursor, dialect: Dialect): Start | undefined {
  const indent = indentOf(line, c, dialect.maxIndent + 1);
  if (indent > dialect.maxIndent) return undefined;
  const at = skipSpaces(line, c.i);
  const ch = line[at];
  if (ch === ">") {
    return { container: { kind: "quote" }, index: at, interruptsParagraph: true, consume: () => consumeQuoteMarker(line, c, indent) };
  }
  const footnote = ch === "[" ? footnoteLabelEnd(line, at) : undefined;
  if (footnote !== undefined) {
    const consume = () => {
      skipIndent(line, c, indent);
      c.col += footnote - c.i;
      c.i = footnote;
      skipIndent(line, c, indentOf(line, c)); // all the whitespace after the colon belongs to the marker
      c.carry = 0;
    };
    return { container: { kind: "footnote", indent: 4 }, index: at, interruptsParagraph: true, consume };
  }
  let width = 0;
  let numberedOne = false;
  if (ch === "-" || ch === "+" || ch === "*") {
    if (ch !== "+" && isThematicBreak(line, at, ch)) return undefined;
    width = 1;
  } else {
    let k = at;
    while (k < line.length && k - at < 9 && line[k] >= "0" && line[k] <= "9") k++;
    if (k === at || (line[k] !== "." && line[k] !== ")")) return undefined;
    width = k - at + 1;
    numberedOne = k === at + 1 && ch === "1";
  }
  const after = line[at + width];
  if (after !== undefined && after !== " " && after !== "\t") return undefined;
  const empty = isBlank(line, at + width);
  const afterMarker: Cursor = { i: at + width, col: 0, carry: 0 };
  // Columns after the marker: skipIndent over the indentation before it first gives the marker's column.
  const probe: Cursor = { ...c };
  skipIndent(line, probe, indent);
  afterMarker.col = probe.col + width;
  // Past 4 spaces the content is indented code (none in MDX, where all of them belong to the marker).
  const spaces = indentOf(line, afterMarker, dialect.maxIndent < 4 ? 5 : Infinity);
  const gap = empty || (spaces >= 5 && dialect.maxIndent < 4) ? 1 : spaces;
  return {
    container: { kind: "item", indent: indent + width + gap },
    index: at,
    interruptsParagraph: !empty && (width === 1 || numberedOne),
    consume: () => {
      skipIndent(line, c, indent);
      c.i += width;
      c.col += width;
      if (empty) c.i = line.length;
      else skipIndent(line, c, gap);
    },
  };
}

/** For `[^label]:` at `at`, the index after the colon (micromark's GFM footnote label rules). */
function footnoteLabelEnd(line: string, at: number): number | undefined {
  if (line[at + 1] !== "^") return undefined;
  let k = at + 2;
  let size = 0;
  for (;;) {
    const ch = line[k];
    if (size > 999 || ch === undefined || ch === "[" || ch === " " || ch === "\t" || (ch === "]" && size === 0)) return undefined;
    if (ch === "]") break;
    size++;
    k++;
    if (ch === "\\" && (line[k] === "[" || line[k] === "\\" || line[k] === "]")) {
      size++;
      k++;
    }
  }
  return line[k + 1] === ":" ? k + 2 : undefined;
}

function isThematicBreak(line: string, from: number, ch: string): boolean {
  if (ch !== "-" && ch !== "*" && ch !== "_") return false;
  let count = 0;
  for (let i = from; i < line.length; i++) {
    if (line[i] === ch) count++;
    else if (line[i] !== " " && line[i] !== "\t") return false;
  }
  return count >= 3;
}

function runLength(line: string, at: number): number {
  let k = at;
  while (line[k] === line[at]) k++;
  return k - at;
}

function opensFence(line: string, at: number): boolean {
  const ch = line[at];
  if ((ch !== "`" && ch !== "~") || runLength(line, at) < 3) return false;
  return ch === "~" || !line.includes("`", at + runLength(line, at));
}

function closesFence(line: string, c: Cursor, fence: Hidden, dialect: Dialect): boolean {
  if (indentOf(line, c, dialect.maxIndent + 1) > dialect.maxIndent) return false;
  const at = skipSpaces(line, c.i);
  return line[at] === fence.char && runLength(line, at) >= fence.length && isBlank(line, at + runLength(line, at));
}

/** Void elements never hold others; these close themselves when a sibling opens (`<li>`, `<p>`), so they do not stack. */
const NOT_NESTING = new Set(
  (
    "area base br col embed hr img image input link meta param source track wbr keygen " +
    "p li dt dd option optgroup rb rt rtc rp tr td th thead tbody tfoot colgroup caption html head body"
  ).split(" "),
);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/y;

/** Raw HTML (or JSX) elements opened and not yet closed, across lines. */
class OpenElements {
  /**
   * `inParagraph`: opened inside paragraph text (the line does not start with a tag, so it is
   * no HTML block) by an element that does not close a paragraph: the end of that paragraph,
   * at the latest a blank line, closes it again.
   */
  private open: { name: string; inParagraph: boolean }[] = [];
  /** Inside `<!-- -->`: an HTML block's comment runs until `-->`, an inline one at most to the paragraph's end. */
  private comment: "block" | "inline" | undefined;
  /** An opening tag whose `>` is on a later line: MDX's `/>` there closes it again. */
  private unfinished = false;
  private selfClosed = false;

  constructor(
    private limit: number,
    private mdx: boolean,
  ) {}

  scan(line: string, from: number, lineIndex: number): TooDeep | undefined {
    const codeEnd = codeSpanEnds(line);
    const paragraphText = line[from] !== "<";
    let k = from;
    if (this.unfinished) k = this.finishTag(line, k);
    while (k < line.length) {
      if (this.comment) {
        const end = line.indexOf("-->", k);
        if (end < 0) return undefined;
        this.comment = undefined;
        k = end + 3;
        continue;
      }
      const ch = line[k];
      if (ch === "\\") {
        k += 2;
      } else if (ch === "`") {
        k = codeEnd(k);
      } else if (ch === "<" && line.startsWith("<!--", k)) {
        this.comment = k === from ? "block" : "inline";
        k += 4;
      } else if (this.mdx && (line.startsWith("<>", k) || line.startsWith("</>", k))) {
        const deep = this.tag(line[k + 1] === "/", "", paragraphText, k, lineIndex);
        if (deep) return deep;
        k += line[k + 1] === "/" ? 3 : 2;
      } else if (ch === "<") {
        TAG.lastIndex = k;
        const m = TAG.exec(line);
        if (!m) {
          k++;
          continue;
        }
        k = TAG.lastIndex;
        if (m[1] || !NOT_NESTING.has(m[2].toLowerCase())) {
          if (!m[1]) {
            this.unfinished = true;
            k = this.finishTag(line, k, m[2]);
          }
          const name = this.mdx ? m[2] : m[2].toLowerCase();
          const deep = this.tag(m[1] === "/", name, paragraphText && !BLOCK_TAGS.has(m[2].toLowerCase()), m.index, lineIndex);
          if (deep) return deep;
        }
      } else k++;
    }
    return undefined;
  }

  /** A blank line ends a paragraph, and an inline comment left open in it was only text. */
  blankLine(): void {
    if (this.comment === "inline") this.comment = undefined;
    this.unfinished = false;
    this.open = this.open.filter((e) => !e.inParagraph);
  }

  private tag(closing: boolean, name: string, inParagraph: boolean, index: number, lineIndex: number): TooDeep | undefined {
    if (this.selfClosed) {
      this.selfClosed = false;
      return undefined;
    }
    if (closing) {
      const i = this.open.findLastIndex((e) => e.name === name);
      if (i >= 0) this.open.length = i;
      return undefined;
    }
    this.open.push({ name, inParagraph });
    return this.open.length > this.limit ? { kind: "html", line: lineIndex, column: index + 1, depth: this.open.length } : undefined;
  }

  /**
   * Finds the end of an opening tag (`name` when it is on this line, else the
   * one counted on an earlier line); an MDX `/>` closes the element at once.
   */
  private finishTag(line: string, from: number, name?: string): number {
    let k = from;
    while (k < line.length && line[k] !== ">" && line[k] !== "<") k++;
    if (line[k] !== ">") return k;
    this.unfinished = false;
    if (this.mdx && line[k - 1] === "/") {
      if (name === undefined) this.open.pop();
      else this.selfClosed = true;
    }
    return k + 1;
  }
}
