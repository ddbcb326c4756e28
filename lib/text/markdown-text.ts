import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

/** Plain text of inline Markdown: `**太字**と[リンク](/x)` → `太字とリンク`. */
export function markdownToPlainText(markdown: string): string {
  return collapseWhitespace(toString(parseMarkdown(markdown)));
}

export function nodeText(node: RootContent): string {
  return collapseWhitespace(toString(node));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
