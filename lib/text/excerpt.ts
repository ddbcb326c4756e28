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
 * How much of the body to parse when looking for the first paragraph: a little
 * first (the paragraph is almost always near the top and parsing is the cost of
 * a build or a content check), more only when nothing was found.
 */
const HEAD_SIZES = [1500, 6000];

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

  let first: { source: string; text: string } | undefined;
  for (const size of HEAD_SIZES) {
    const head = headOf(body, size);
    first = realParagraphs(head, options.title)[0];
    if (first || head === body) break;
  }
  first ??= realParagraphs(body, options.title)[0];
  if (!first) return { text: "", source: "none" };
  return { text: truncateGraphemes(first.text, options.length), source: "first-paragraph" };
}

function headOf(body: string, size: number): string {
  if (body.length <= size) return body;
  const cut = body.lastIndexOf("\n\n", size);
  return cut > 0 ? body.slice(0, cut) : body;
}

function realParagraphs(markdown: string, title: string): { source: string; text: string }[] {
  const tree = parseMarkdown(markdown);
  const out: { source: string; text: string }[] = [];
  let first = true;
  for (const node of tree.children as RootContent[]) {
    if (node.type === "html" || node.type === "definition") continue;
    const text = nodeText(node);
    const repeat = first && isTitleRepeat(text, title);
    first = false;
    if (node.type !== "paragraph" || repeat || text === "") continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? markdown.length;
    out.push({ source: markdown.slice(start, end), text });
  }
  return out;
}
