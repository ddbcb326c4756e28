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
