/** Plain Markdown (`.md`) → HTML AST, without MDX: `{`, `}`, `<` stay text. */
import type { Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import type { MarkdownConfig } from "./config";
import { footnoteLabels } from "./footnote-labels";
import { rehypeCollectHeadings, type Heading } from "./headings";
import { featuresOf, type BodyFeatures } from "./notation/features";
import { rehypeAfterSanitize, rehypeSanitizePlugins, remarkPlugins } from "./plugins";
import { warningsOf, type BodyWarning } from "./warnings";

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
