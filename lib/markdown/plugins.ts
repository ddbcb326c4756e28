/** The one list of Markdown plugins, shared by the `.md` and `.mdx` paths. */
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import type { PluggableList } from "unified";
import type { MarkdownConfig } from "./config";
import { rehypeBasePath } from "./base-path";
import { rehypeEmbeds } from "./embeds";
import { rehypeOwnLinks } from "./own-links";
import { rehypeHeadingPhrases } from "./heading-phrases";
import { rehypeDropEmptyClasses } from "./empty-classes";
import { rehypePrefixIds } from "./prefix-ids";
import { rehypeSafeUrls } from "./safe-urls";
import { rehypeTaskListLabels } from "./task-list-labels";
import remarkGfm from "remark-gfm";
import remarkCjkFriendly from "remark-cjk-friendly/parseOnly";
import remarkCjkFriendlyStrikethrough from "remark-cjk-friendly-gfm-strikethrough/parseOnly";
import { schemaWithComponents } from "./sanitize-schema";
import { remarkHeadingOutline } from "./heading-outline";
import { remarkDropTitleRepeat } from "./title-repeat";
import { remarkAutolinkText } from "./notation/autolink-text";
import { remarkCallouts } from "./notation/callouts";
import { remarkCodeBlocks } from "./notation/code-blocks";
import { rehypeDiagramOutput, remarkDiagrams } from "./notation/diagrams";
import { rehypeDiffLines, rehypeDiffPrepare } from "./notation/diff-lines";
import { remarkLinkCards } from "./notation/link-cards";
import { rehypeMathOutput, remarkMath } from "./notation/math";
import { rehypeImages, remarkImages } from "./notation/images";
import { remarkInlineFootnotes } from "./notation/inline-footnotes";
import { remarkRuby } from "./notation/ruby";
import { remarkNotationSyntax } from "./notation/syntax";

/**
 * Markdown (GFM and the notation of ../markdown/notation-text.ts) → mdast whose
 * nodes carry their HTML shape. Everything they produce passes the sanitizer.
 */
export function remarkPlugins(config: Pick<MarkdownConfig, "linkCardTitles" | "contentDir" | "mathDialect">): PluggableList {
  return [
    // `~x~` stays text, as on Zenn (markdown-it strikes through `~~x~~` only).
    [remarkGfm, { singleTilde: false }],
    // `**「強調」**の後` and `~~「取り消し」~~の後` are emphasis, as writers of Japanese mean them
    // (CommonMark's flanking rules alone leave the asterisks next to Japanese punctuation).
    remarkCjkFriendly,
    [remarkCjkFriendlyStrikethrough, { singleTilde: false }],
    [remarkImages, { contentDir: config.contentDir }],
    [remarkNotationSyntax, { qiita: config.mathDialect === "qiita" }],
    remarkInlineFootnotes,
    remarkDropTitleRepeat,
    remarkHeadingOutline,
    remarkCallouts,
    remarkRuby,
    remarkDiagrams,
    remarkCodeBlocks,
    [remarkLinkCards, { titles: config.linkCardTitles }],
    remarkAutolinkText,
    [remarkMath, { dialect: config.mathDialect }],
  ];
}

/**
 * The allowlist (./sanitize-schema.ts), its URL rule read as a browser reads
 * URLs (./safe-urls.ts), then the embed allowlist (./embeds.ts).
 * `.mdx` adds the names of its components; `.md` has none.
 */
export function rehypeSanitizePlugins(options: { componentNames?: readonly string[]; embedHosts: readonly string[] }): PluggableList {
  return [
    [rehypeSanitize, schemaWithComponents(options.componentNames ?? [])],
    rehypeDropEmptyClasses,
    rehypeSafeUrls,
    [rehypeEmbeds, { hosts: options.embedHosts }],
  ];
}

/**
 * Run after sanitization: their output (ids, highlight classes, diff lines) is
 * trusted; formulas and diagrams are KaTeX's and beautiful-mermaid's output,
 * each sanitized by its own schema.
 */
export function rehypeAfterSanitize(config: Pick<MarkdownConfig, "basePath" | "ownLinks">): PluggableList {
  return [
    rehypeMathOutput,
    rehypeDiagramOutput,
    [rehypeOwnLinks, { links: config.ownLinks }],
    [rehypeImages, { basePath: config.basePath }],
    [rehypeBasePath, { base: config.basePath }],
    rehypeSlug,
    rehypePrefixIds,
    rehypeHeadingPhrases,
    rehypeDiffPrepare,
    [rehypeHighlight, { detect: false, ignoreMissing: true }],
    rehypeDiffLines,
    rehypeTaskListLabels,
  ];
}
