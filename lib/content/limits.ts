/**
 * What one post may hold. Past these, a post is a content error (with its line
 * and a fix), never a crash, a hang or unbounded output. README.md, "Limits",
 * says the same in editors' terms.
 */

/** A post file, front matter included, in UTF-8 bytes (1 MiB). */
export const MAX_POST_BYTES = 1024 * 1024;

/**
 * Blockquotes and list items inside one another, and raw HTML elements left
 * open. The Markdown and MDX renderers recurse once per level; the MDX path
 * runs out of stack a few hundred levels down, and deep list nesting parses
 * in more than linear time.
 */
export const MAX_NESTING_DEPTH = 32;

/**
 * Closing brackets `]` in one paragraph (list item, quote, heading; one row of
 * a table). The Markdown parser weighs each against the ones before it in the
 * same paragraph, so its time grows with the square of their number: a line of
 * them within the post size limit would stall a build for many minutes. Real
 * text stays far below (a paragraph with a thousand links has a thousand).
 */
export const MAX_BRACKETS_PER_BLOCK = 4000;

/** Tags and categories of one post together: each one is a page, and a link on every card of the post. */
export const MAX_TERMS_PER_POST = 100;

/**
 * A slug, tag or category URL segment in UTF-8 bytes: it becomes a file or
 * folder name (`out/tags/<segment>/`, Next's `<segment>.segments`), and file
 * systems allow 255 bytes per name. 200 bytes is 66 Japanese characters.
 */
export const MAX_SEGMENT_BYTES = 200;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Blocks whose text Markdown does not read inline: their brackets cost nothing. */
const NOT_INLINE = new Set(["code", "math", "html", "embed", "rule", "marker"]);

/**
 * Where a block first passes MAX_BRACKETS_PER_BLOCK (a table row by row), as
 * 0-based line within the block's text and 1-based column, with the count.
 */
export function tooManyBrackets(block: { kind: string; raw: string }, limit = MAX_BRACKETS_PER_BLOCK): { line: number; column: number; count: number } | undefined {
  // A block shorter than the limit cannot hold more brackets than it: most are.
  if (block.raw.length <= limit || NOT_INLINE.has(block.kind)) return undefined;
  const perLine = block.kind === "table";
  let count = 0;
  let line = 0;
  let lineStart = 0;
  let passed: { line: number; column: number } | undefined;
  for (let i = 0; i < block.raw.length; i++) {
    const c = block.raw.charCodeAt(i);
    if (c === 10) {
      if (passed) break;
      line++;
      lineStart = i + 1;
      if (perLine) count = 0;
    } else if (c === 93 && ++count > limit) {
      passed ??= { line, column: i - lineStart + 1 };
    }
  }
  return passed ? { ...passed, count } : undefined;
}

/**
 * Emphasis and strikethrough inside one another in one paragraph (`*a _b *c …`).
 * The Markdown parser matches each closing run against the open ones and every
 * renderer after it recurses once per level: a few thousand levels stall the
 * build, then overflow the stack. Real text nests two or three.
 */
export const MAX_INLINE_NESTING = 32;

/** Table cells in one post (rows × the header's columns, all tables together): each becomes several nodes in every step of the renderer. */
export const MAX_TABLE_CELLS = 10_000;

/** Footnotes in one post (references `[^name]` and inline `^[…]`): each adds a note and a link back, and every feed carries them too. */
export const MAX_FOOTNOTES = 1_000;

/** A title in characters (above what Zenn and Qiita accept): it is drawn into the share image, repeated in every list, feed and head tag. */
export const MAX_TITLE_CHARS = 500;

/** An `excerpt:` in characters: it is shown on every list page the post is on, and in the feeds. */
export const MAX_EXCERPT_CHARS = 1_000;

/** A tag or category name in characters (its URL segment has its own limit, MAX_SEGMENT_BYTES). */
export const MAX_TERM_CHARS = 100;

/**
 * Where a block's emphasis first nests past MAX_INLINE_NESTING, as 0-based line
 * within the block and 1-based column, without parsing it. One pass that
 * follows the delimiter rules of CommonMark closely enough never to count fewer
 * levels than the parser builds for text written to nest: every run that may
 * open pushes, every run that may close pops an opener of its own character
 * (a run of n characters opens up to ⌈n/2⌉ levels: `***` is strong inside
 * emphasis). Code spans hold no emphasis. Linear in the block.
 */
export function tooDeepInline(block: { kind: string; raw: string }, limit = MAX_INLINE_NESTING): { line: number; column: number; depth: number } | undefined {
  if (NOT_INLINE.has(block.kind)) return undefined;
  const lines = block.raw.split("\n");
  const open = new Map<string, number[]>();
  let depth = 0;
  for (let n = 0; n < lines.length; n++) {
    // A table row is a paragraph of its own; elsewhere emphasis runs across lines.
    if (block.kind === "table") {
      open.clear();
      depth = 0;
    }
    const line = lines[n];
    const codeEnd = codeSpanEnds(line);
    for (let i = 0; i < line.length; ) {
      const ch = line[i];
      if (ch === "\\") {
        i += 2;
        continue;
      }
      if (ch === "`") {
        i = codeEnd(i);
        continue;
      }
      if (ch !== "*" && ch !== "_" && ch !== "~") {
        i++;
        continue;
      }
      let end = i;
      while (line[end] === ch) end++;
      const length = end - i;
      const before = i > 0 ? line[i - 1] : n > 0 ? "\n" : " ";
      const after = end < line.length ? line[end] : "\n";
      const { opens, closes } = flanking(ch, before, after);
      let stack = open.get(ch);
      if (!stack) open.set(ch, (stack = []));
      const top = stack.at(-1);
      // A run that may do both closes when an opener fits it (CommonMark's rule of 3), else opens.
      const fits = top !== undefined && (!(opens && closes) || (top + length) % 3 !== 0 || (top % 3 === 0 && length % 3 === 0));
      if (closes && fits) {
        // A closer uses as many characters of the opener as it has; the rest stay open.
        const left = Math.max(0, top - length);
        if (left === 0) stack.pop();
        else stack[stack.length - 1] = left;
        depth -= levels(ch, top) - (left === 0 ? 0 : levels(ch, left));
      } else if (opens && (ch !== "~" || length <= 2)) {
        stack.push(length);
        depth += levels(ch, length);
        if (depth > limit) return { line: n, column: i + 1, depth };
      }
      i = end;
    }
  }
  return undefined;
}

const levels = (ch: string, length: number) => (ch === "~" ? 1 : Math.ceil(length / 2));

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** CommonMark's left- and right-flanking rules for a delimiter run between `before` and `after`. */
function flanking(ch: string, before: string, after: string): { opens: boolean; closes: boolean } {
  const afterSpace = WHITESPACE.test(after);
  const beforeSpace = WHITESPACE.test(before);
  const afterPunct = PUNCTUATION.test(after);
  const beforePunct = PUNCTUATION.test(before);
  const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  if (ch !== "_") return { opens: left, closes: right };
  return { opens: left && (!right || beforePunct), closes: right && (!left || afterPunct) };
}

/**
 * For the backtick run at index k, the index after its code span (the next run
 * of the same length on the line), or after the run itself when none closes it.
 * Each length keeps a pointer that only moves forward: linear in the line.
 */
export function codeSpanEnds(line: string): (k: number) => number {
  let runs: Map<number, { starts: number[]; next: number }> | undefined;
  const runLength = (at: number) => {
    let k = at;
    while (line[k] === "`") k++;
    return k - at;
  };
  return (k: number) => {
    const length = runLength(k);
    if (!runs) {
      runs = new Map();
      for (let i = line.indexOf("`"); i >= 0; i = line.indexOf("`", i)) {
        const r = runLength(i);
        let entry = runs.get(r);
        if (!entry) runs.set(r, (entry = { starts: [], next: 0 }));
        entry.starts.push(i);
        i += r;
      }
    }
    const entry = runs.get(length);
    if (!entry) return k + length;
    while (entry.next < entry.starts.length && entry.starts[entry.next] <= k) entry.next++;
    if (entry.next >= entry.starts.length) return k + length;
    return entry.starts[entry.next] + length;
  };
}

/** Cells of a table block: its rows (header and delimiter row excluded) and header row, times the header's columns. */
export function tableCells(raw: string): number {
  const lines = raw.split("\n").filter((l) => l.trim() !== "");
  if (lines.length < 2) return 0;
  const header = lines[0].trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  const columns = header.split(/(?<!\\)\|/).length;
  return columns * (lines.length - 1);
}

/**
 * Footnote references `[^name]` and inline footnotes `^[…]` in a block's text
 * (definitions `[^name]:` at a line start are not references).
 */
export function footnoteReferences(raw: string): number {
  let count = 0;
  for (let i = raw.indexOf("^["); i >= 0; i = raw.indexOf("^[", i + 2)) count++;
  for (let i = raw.indexOf("[^"); i >= 0; i = raw.indexOf("[^", i + 2)) {
    const close = raw.indexOf("]", i + 2);
    if (close < 0) break;
    if (raw[close + 1] === ":" && /(^|\n)[ \t>]*$/.test(raw.slice(Math.max(0, i - 40), i))) continue;
    count++;
  }
  return count;
}

/**
 * One formula's TeX in characters, its macros (`\def`) expanded: KaTeX's time
 * grows faster than the length of what it reads, and `\def` multiplies it.
 */
export const MAX_FORMULA_CHARS = 10_000;

/** Groups `{…}`, `\left…\right` and environments inside one another in one formula: the HTML nests several levels for each, and its processing slows down with the depth. */
export const MAX_MATH_NESTING = 20;

/** Elements inside one another in one formula's HTML (what macros nest shows only there). */
export const MAX_MATH_HTML_DEPTH = 200;

/** One formula's HTML in UTF-16 units (about bytes: KaTeX writes ASCII markup). */
export const MAX_FORMULA_HTML = 512 * 1024;

/** The HTML of all formulas of one post together: each costs the renderer time and memory in proportion. */
export const MAX_MATH_HTML_PER_POST = 2 * 1024 * 1024;

/**
 * Connections (`-->`, `--o`, `||--o{`, …) in one flowchart, class, state or ER
 * diagram: its layout's time grows faster than their number (hundreds take
 * seconds). A bound on the source, not a timer, so every machine draws the same
 * diagrams; authors' diagrams have a few dozen.
 */
export const MAX_DIAGRAM_CONNECTIONS = 200;

/** Lines of one diagram of any type. */
export const MAX_DIAGRAM_LINES = 2_000;

/** Pixels of an image next to a post (width × height): sharp's own ceiling (16383 × 16383), past which it refuses to decode. */
export const MAX_IMAGE_PIXELS = 0x3fff * 0x3fff;
