/** Plain Markdown (`.md`) → HTML AST, without MDX: `{`, `}`, `<` stay text. */
import { randomBytes } from "node:crypto";
import type { Element, Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import type { MarkdownConfig } from "./config";
import { footnoteLabels } from "./footnote-labels";
import { remarkCommentLines } from "./notation/comment-lines";
import { rehypeCollectHeadings, type Heading } from "./headings";
import { featuresOf, type BodyFeatures } from "./notation/features";
import { rehypeAfterSanitize, rehypeSanitizePlugins, remarkPlugins } from "./plugins";
import { warningsOf, type BodyWarning } from "./warnings";

/**
 * rehype-raw, only for a body that has raw HTML: it re-parses the whole tree
 * with parse5, a third of the compile time, for nothing in a plain Markdown post.
 */
function rehypeRawWhenNeeded() {
  return (tree: HastRoot, file: VFile) => {
    if (!hasRaw(tree)) return tree;
    const marked = markLeadingNewlines(tree);
    const out = raw(tree, { file }) as HastRoot;
    if (marked) restoreLeadingNewlines(out, marked);
    return out;
  };
}

/**
 * hast-util-raw drops the first newline of `<pre><code>\n…` (parse5's newline
 * after `<pre>` is still pending when the `<code>` tag is fed to it): a code
 * block that starts with a blank line would lose it. Each such block's newlines
 * are counted on an attribute named with this run's nonce, so no post's HTML can
 * forge it, and given back after the re-parse.
 */
function markLeadingNewlines(tree: HastRoot): string | undefined {
  const key = `dataYomuNewlines${randomBytes(6).toString("hex")}`;
  let marked = false;
  visit(tree, "element", (pre: Element) => {
    const code = pre.tagName === "pre" ? pre.children[0] : undefined;
    const first = code?.type === "element" && code.tagName === "code" ? code.children[0] : undefined;
    if (first?.type !== "text" || !first.value.startsWith("\n")) return;
    (code as Element).properties[key] = /^\n+/.exec(first.value)![0].length;
    marked = true;
  });
  return marked ? key : undefined;
}

function restoreLeadingNewlines(tree: HastRoot, key: string) {
  visit(tree, "element", (code: Element) => {
    const count = code.properties[key];
    if (count === undefined) return;
    delete code.properties[key];
    const first = code.children[0];
    const missing = Number(count) - (first?.type === "text" ? /^\n*/.exec(first.value)![0].length : 0);
    if (missing <= 0) return;
    if (first?.type === "text") first.value = "\n".repeat(missing) + first.value;
    else code.children.unshift({ type: "text", value: "\n".repeat(missing) });
  });
}

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  return node.type === "raw" || (node.children ?? []).some((child) => hasRaw(child as { type: string; children?: unknown[] }));
}

export interface MarkdownResult {
  tree: HastRoot;
  headings: Heading[];
  /** What the page must serve for this body (the copy script, KaTeX's stylesheet). */
  features: BodyFeatures;
  /** What renders, but not as the editor meant (a diagram shown as code), with body lines. */
  warnings: BodyWarning[];
}

export interface MarkdownSource {
  /** The post file: its own images (`./images/a.png`) are resolved against its folder. */
  sourcePath?: string;
  /** The file line the body starts on, for error messages. */
  bodyLine?: number;
}

export type MarkdownToHast = (markdown: string, title?: string, source?: MarkdownSource) => MarkdownResult;

/** The `.md` processor for one configuration, built once. */
export function createMarkdownToHast(config: MarkdownConfig): MarkdownToHast {
  const processor = unified()
    .use(remarkParse)
    .use(remarkCommentLines)
    .use(remarkPlugins(config))
    .use(remarkRehype, { allowDangerousHtml: true, ...footnoteLabels(config.language) })
    .use(rehypeRawWhenNeeded)
    .use(rehypeSanitizePlugins({ embedHosts: config.embedHosts }))
    .use(rehypeAfterSanitize(config))
    .use(rehypeCollectHeadings)
    .freeze();
  return (markdown, title = "", { sourcePath, bodyLine } = {}) => {
    const file = new VFile({ value: markdown, data: { title, sourcePath, bodyLine } });
    const tree = processor.runSync(processor.parse(file), file) as HastRoot;
    return { tree, headings: (file.data as { headings?: Heading[] }).headings ?? [], features: featuresOf(file), warnings: warningsOf(file) };
  };
}
