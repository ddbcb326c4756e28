import { toHtml } from "hast-util-to-html";
import { siteConfig } from "../../site.config";
import { cached, cacheKey } from "../build-cache";
import type { Heading } from "./headings";
import type { BodyFeatures } from "./notation/features";
import { linkCardTitles } from "./plugins";
import { imageKey } from "../images/key";
import { markdownToHast, type MarkdownSource } from "./render-md";

/** What the output depends on besides the body: base path, embed allowlist, link-card titles, and so on. */
const configFingerprint = JSON.stringify({ basePath: process.env.BASE_PATH ?? "", siteConfig, linkCardTitles });

/**
 * `.md` body → sanitized HTML and its headings, compiled once per content hash
 * and kept on disk between builds; a post's page and its feed entries share it.
 * The post's own images are part of the key (../images/key.ts): a changed image file recompiles.
 */
export function compileMarkdown(body: string, title: string, source: MarkdownSource = {}): { html: string; headings: Heading[]; features: BodyFeatures } {
  return cached(cacheKey(configFingerprint, title, body, imageKey(body, source.sourcePath)), () => {
    const { tree, headings, features } = markdownToHast(body, title, source);
    return { html: toHtml(tree), headings, features };
  });
}
