/**
 * A line-based reading of a Markdown body into blocks (paragraphs, list items,
 * headings, ...) that keeps each block's file line. It is not a Markdown parser:
 * the content check needs exact lines, end-marker lines that split paragraphs,
 * and speed on thousands of posts, not a syntax tree. Pure.
 */

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
  | "marker";

export interface Block {
  kind: BlockKind;
  /** 1-based file line of the block's first line. */
  line: number;
  /** 1-based file line of the block's last line. */
  endLine: number;
  /** The block's lines as written (list marker, `>` and `#` included). */
  raw: string;
  /** The block's own text: markers and Markdown syntax removed, whitespace collapsed. */
  text: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^\s{0,3}>/;
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S/;
const HTML_START = /^\s{0,3}<(?:!--|\/?[A-Za-z][A-Za-z0-9-]*(?:\s|\/?>|$))/;
/** Tested on the trimmed line: leading and trailing spaces next to optional pipes would backtrack. */
const TABLE_DELIMITER = /^\|?\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)*\s*\|?$/;

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

/**
 * Inline Markdown → the words a reader sees, for comparing blocks. Link text,
 * link targets and tags stop at the next bracket, parenthesis or `<`, so no
 * character is scanned twice.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, "$1")
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1")
    .replace(/<\/?[A-Za-z][^<>]*>/g, "")
    .replace(/(\*{1,3}|_{2,3}|~~|`+)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function ownText(kind: BlockKind, lines: string[]): string {
  const stripped = lines.map((l, i) => {
    if (kind === "heading") return l.replace(/^\s{0,3}#{1,6}\s*/, "").replace(/\s#+\s*$/, "");
    if (kind === "list-item" && i === 0) return l.replace(LIST_ITEM, "").replace(/^\[[ xX]\]\s+/, "");
    if (kind === "quote") return l.replace(/^\s{0,3}>\s?/, "");
    return l;
  });
  return plainText(stripped.join("\n"));
}

/** With `mdx`, import/export lines and `{…}` expression paragraphs are code, not prose. */
export function splitBlocks(body: string, bodyLine = 1, options: { mdx?: boolean } = {}): Block[] {
  const lines = body.split("\n");
  const blocks: Block[] = [];
  let current: { kind: BlockKind; start: number; lines: string[] } | undefined;

  const flush = () => {
    if (!current) return;
    let kind = current.kind;
    if (kind === "paragraph" && (current.lines[0].trimStart().startsWith("|") || TABLE_DELIMITER.test((current.lines[1] ?? "").trim()))) {
      kind = "table";
    }
    if (options.mdx && kind === "paragraph") {
      const text = current.lines.join("\n").trim();
      if (/^(?:import|export)\s/.test(text) || (text.startsWith("{") && text.endsWith("}"))) kind = "code";
    }
    blocks.push({
      kind,
      line: bodyLine + current.start,
      endLine: bodyLine + current.start + current.lines.length - 1,
      raw: current.lines.join("\n"),
      text: kind === "code" || kind === "table" || kind === "html" ? "" : ownText(kind, current.lines),
    });
    current = undefined;
  };
  const single = (kind: BlockKind, i: number) => {
    flush();
    current = { kind, start: i, lines: [lines[i]] };
    flush();
  };

  let fence: string | undefined;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      current!.lines.push(line);
      if (new RegExp(`^\\s{0,3}${fence[0]}{${fence.length},}\\s*$`).test(line)) {
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
