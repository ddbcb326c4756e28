import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// Frozen once: an unfrozen processor re-runs its plugins on every parse.
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

/** Plain text of inline Markdown: `**太字**と[リンク](/x)` → `太字とリンク`; raw HTML tags are dropped. */
export function markdownToPlainText(markdown: string): string {
  return collapseWhitespace(toString(parseMarkdown(markdown), { includeHtml: false }));
}

export function nodeText(node: RootContent): string {
  return collapseWhitespace(toString(node, { includeHtml: false }));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
