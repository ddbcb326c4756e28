/** Plain Markdown (`.md`) → HTML AST, without MDX: `{`, `}`, `<` stay text. */
import type { Root as HastRoot } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { VFile } from "vfile";
import { rehypeCollectHeadings, type Heading } from "./headings";
import { rehypeAfterSanitize, remarkPlugins } from "./plugins";
import { siteConfig } from "../../site.config";
import { rehypeEmbeds } from "./embeds";
import { sanitizeSchema } from "./sanitize-schema";

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeEmbeds, { hosts: siteConfig.embedHosts })
  .use(rehypeAfterSanitize as unknown as PluggableList)
  .use(rehypeCollectHeadings)
  .freeze();

export interface MarkdownResult {
  tree: HastRoot;
  headings: Heading[];
}

export function markdownToHast(markdown: string, title = "", options: { embedHosts?: readonly string[] } = {}): MarkdownResult {
  const file = new VFile({ value: markdown, data: { title, embedHosts: options.embedHosts } });
  const tree = processor.runSync(processor.parse(file), file) as HastRoot;
  return { tree, headings: (file.data as { headings?: Heading[] }).headings ?? [] };
}
