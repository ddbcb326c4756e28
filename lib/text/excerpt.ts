import { splitBlocks, plainText, type Block } from "../reading/blocks";
import { truncateGraphemes } from "./graphemes";
import { isTitleRepeat } from "./title-repeat";

export interface Excerpt {
  /** Inline Markdown to render as HTML, when the excerpt was written by hand. */
  markdown?: string;
  /** Plain text for meta tags, feeds and search. */
  text: string;
  source: "front-matter" | "separator" | "first-paragraph" | "none";
}

export interface ExcerptOptions {
  title: string;
  length: number;
  separator: string;
  frontMatter?: string;
  /** The body's block reading, when the caller has it (`splitBlocks(body)`). */
  blocks?: readonly Block[];
}

/**
 * The excerpt, in order of preference: front matter → text before the separator
 * (`<!--more-->`) → the first real paragraph, cut on a grapheme boundary.
 */
export function buildExcerpt(body: string, options: ExcerptOptions): Excerpt {
  const fm = options.frontMatter?.trim();
  if (fm) return { markdown: fm, text: plainText(fm), source: "front-matter" };

  const sepIndex = options.separator ? body.indexOf(options.separator) : -1;
  if (sepIndex >= 0) {
    const paragraphs = [...realParagraphs(body.slice(0, sepIndex), options.title)];
    if (paragraphs.length > 0) {
      return { markdown: paragraphs.map((p) => p.raw.trim()).join(" "), text: paragraphs.map((p) => p.text).join(" "), source: "separator" };
    }
  }

  const first = realParagraphs(options.blocks ?? body, options.title).next();
  if (first.done) return { text: "", source: "none" };
  return { text: truncateGraphemes(first.value.text, options.length), source: "first-paragraph" };
}

/**
 * The paragraphs of `markdown` a reader would call its text: not headings, lists,
 * code or quotes, not the opening repeat of the title (the first block that is
 * not HTML or a link definition), not a paragraph continuing a list item.
 */
function* realParagraphs(markdown: string | readonly Block[], title: string): Generator<Block> {
  let first = true;
  let previous: Block | undefined;
  for (const block of typeof markdown === "string" ? splitBlocks(markdown) : markdown) {
    if (block.kind === "html" || block.kind === "definition") continue;
    const repeat = first && isTitleRepeat(block.text, title);
    first = false;
    const insideList = previous?.kind === "list-item" && /^\s{2,}\S/.test(block.raw);
    previous = block;
    if (block.kind === "paragraph" && !repeat && !insideList && block.text !== "") yield block;
  }
}
