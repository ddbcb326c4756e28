import type { RootContent } from "mdast";
import { truncateGraphemes } from "./graphemes";
import { markdownToPlainText, nodeText, parseMarkdown } from "./markdown-text";
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
}


/**
 * The excerpt, in order of preference: front matter → text before the separator
 * (`<!--more-->`) → the first real paragraph, cut on a grapheme boundary.
 */
export function buildExcerpt(body: string, options: ExcerptOptions): Excerpt {
  const fm = options.frontMatter?.trim();
  if (fm) return { markdown: fm, text: markdownToPlainText(fm), source: "front-matter" };

  const sepIndex = options.separator ? body.indexOf(options.separator) : -1;
  if (sepIndex >= 0) {
    const paragraphs = realParagraphs(body.slice(0, sepIndex), options.title);
    if (paragraphs.length > 0) {
      const markdown = paragraphs.map((p) => p.source).join(" ");
      return { markdown, text: paragraphs.map((p) => p.text).join(" "), source: "separator" };
    }
  }

  const first = firstRealParagraph(body, options.title);
  if (!first) return { text: "", source: "none" };
  return { text: truncateGraphemes(first.text, options.length), source: "first-paragraph" };
}

/**
 * Parses the body one block at a time and stops at the first real paragraph:
 * usually one or two small parses instead of the whole post.
 */
function firstRealParagraph(body: string, title: string): { source: string; text: string } | undefined {
  const state = { first: true };
  for (const block of topLevelBlocks(body)) {
    const plain = plainParagraphText(block);
    if (plain !== undefined) {
      const repeat = state.first && isTitleRepeat(plain, title);
      state.first = false;
      if (!repeat && plain !== "") return { source: block.trim(), text: plain };
      continue;
    }
    const found = paragraphs(block, title, state).next();
    if (!found.done) return found.value;
  }
  return undefined;
}

/** Characters or line starts that could make a block more than plain paragraph text. */
const MARKUP = /[*_`[\]<>!&\\|~#:=]|^ {0,3}(?:[-+>]|\d+[.)])(?:\s|$)|^ {4}|^\s*-+\s*$/m;

/**
 * The text of a block that is certainly a plain paragraph (most Japanese prose
 * is), without running the Markdown parser; undefined when it may hold markup.
 */
export function plainParagraphText(block: string): string | undefined {
  if (MARKUP.test(block)) return undefined;
  return block.replace(/\s+/g, " ").trim();
}

/** Blocks separated by blank lines; a fenced code block stays whole even if it contains blank lines. */
function* topLevelBlocks(body: string): Generator<string> {
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of body.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    if (fence === undefined && line.trim() === "") {
      if (current.length > 0) yield current.join("\n");
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) yield current.join("\n");
}

function realParagraphs(markdown: string, title: string): { source: string; text: string }[] {
  return [...paragraphs(markdown, title, { first: true })];
}

/** Paragraphs of `markdown` that are not headings and not the opening repeat of the title. */
function* paragraphs(markdown: string, title: string, state: { first: boolean }): Generator<{ source: string; text: string }> {
  for (const node of parseMarkdown(markdown).children as RootContent[]) {
    if (node.type === "html" || node.type === "definition") continue;
    const text = nodeText(node);
    const repeat = state.first && isTitleRepeat(text, title);
    state.first = false;
    if (node.type !== "paragraph" || repeat || text === "") continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? markdown.length;
    yield { source: markdown.slice(start, end), text };
  }
}
