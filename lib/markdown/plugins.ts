/** The one list of Markdown plugins, shared by the `.md` and `.mdx` paths. */
import rehypeHighlight from "rehype-highlight";
import rehypeSlug from "rehype-slug";
import { rehypeBasePath } from "./base-path";
import remarkGfm from "remark-gfm";
import { remarkDemoteHeadings, remarkDropTitleRepeat } from "./title-repeat";

export const remarkPlugins = [remarkGfm, remarkDropTitleRepeat, remarkDemoteHeadings];

/** Run after sanitization: their output (ids, highlight classes) is trusted. */
export const rehypeAfterSanitize = [rehypeBasePath, rehypeSlug, [rehypeHighlight, { detect: false, ignoreMissing: true }]] as const;
