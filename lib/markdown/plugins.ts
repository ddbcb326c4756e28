/** The one list of Markdown plugins, shared by the `.md` and `.mdx` paths. */
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import type { PluggableList } from "unified";
import { siteConfig } from "../../site.config";
import { rehypeBasePath } from "./base-path";
import { rehypeEmbeds } from "./embeds";
import { rehypePrefixIds } from "./prefix-ids";
import { rehypeSafeUrls } from "./safe-urls";
import remarkGfm from "remark-gfm";
import { schemaWithComponents } from "./sanitize-schema";
import { remarkDemoteHeadings, remarkDropTitleRepeat } from "./title-repeat";

export const remarkPlugins = [remarkGfm, remarkDropTitleRepeat, remarkDemoteHeadings];

/**
 * The allowlist (./sanitize-schema.ts), its URL rule read as a browser reads
 * URLs (./safe-urls.ts), then the embed allowlist (./embeds.ts).
 * `.mdx` adds the names of its components; `.md` has none.
 */
export function rehypeSanitizePlugins(options: { componentNames?: readonly string[]; embedHosts?: readonly string[] } = {}): PluggableList {
  return [
    [rehypeSanitize, schemaWithComponents(options.componentNames ?? [])],
    rehypeSafeUrls,
    [rehypeEmbeds, { hosts: options.embedHosts ?? siteConfig.embedHosts }],
  ];
}

/** Run after sanitization: their output (ids, highlight classes) is trusted. */
export const rehypeAfterSanitize = [rehypeBasePath, rehypeSlug, rehypePrefixIds, [rehypeHighlight, { detect: false, ignoreMissing: true }]] as const;
