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
