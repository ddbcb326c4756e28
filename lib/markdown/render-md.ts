/** Plain Markdown (`.md`) → HTML AST, without MDX: `{`, `}`, `<` stay text. */
import type { Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { VFile } from "vfile";
import { rehypeCollectHeadings, type Heading } from "./headings";
import { featuresOf, type BodyFeatures } from "./notation/features";
import { rehypeAfterSanitize, rehypeSanitizePlugins, remarkPlugins } from "./plugins";

/**
 * rehype-raw, only for a body that has raw HTML: it re-parses the whole tree
 * with parse5, a third of the compile time, for nothing in a plain Markdown post.
 */
function rehypeRawWhenNeeded() {
  return (tree: HastRoot, file: VFile) => (hasRaw(tree) ? (raw(tree, { file }) as HastRoot) : tree);
}

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  return node.type === "raw" || (node.children ?? []).some((child) => hasRaw(child as { type: string; children?: unknown[] }));
}

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRawWhenNeeded)
  .use(rehypeSanitizePlugins())
  .use(rehypeAfterSanitize as unknown as PluggableList)
  .use(rehypeCollectHeadings)
  .freeze();

export interface MarkdownResult {
  tree: HastRoot;
  headings: Heading[];
  /** What the page must serve for this body (the copy script, KaTeX's stylesheet). */
  features: BodyFeatures;
}

export interface MarkdownSource {
  /** The post file: its own images (`./images/a.png`) are resolved against its folder. */
  sourcePath?: string;
  /** The file line the body starts on, for error messages. */
  bodyLine?: number;
}

export function markdownToHast(markdown: string, title = "", options: { embedHosts?: readonly string[] } & MarkdownSource = {}): MarkdownResult {
  const { embedHosts, sourcePath, bodyLine } = options;
  const file = new VFile({ value: markdown, data: { title, embedHosts, sourcePath, bodyLine } });
  const tree = processor.runSync(processor.parse(file), file) as HastRoot;
  return { tree, headings: (file.data as { headings?: Heading[] }).headings ?? [], features: featuresOf(file) };
}
