import { toHtml } from "hast-util-to-html";
import { cached, cacheKey } from "../build-cache";
import type { MarkdownConfig } from "./config";
import type { Heading } from "./headings";
import type { BodyFeatures } from "./notation/features";
import { imageKey } from "../images/key";
import type { MarkdownSource, MarkdownToHast } from "./render-md";

export interface CompiledMarkdown {
  html: string;
  headings: Heading[];
  features: BodyFeatures;
}

export type CompileMarkdown = (body: string, title: string, source?: MarkdownSource) => CompiledMarkdown;

/**
 * `.md` body → sanitized HTML and its headings, compiled once per content hash
 * and kept on disk between builds; a post's page and its feed entries share it.
 * The configuration (base path, embed allowlist, link-card titles) is part of
 * the key, and so are the post's own images (../images/key.ts): a changed image
 * file recompiles.
 */
export function createCompileMarkdown(config: MarkdownConfig, toHast: MarkdownToHast): CompileMarkdown {
  const configFingerprint = JSON.stringify(config);
  return (body, title, source = {}) =>
    cached(cacheKey(configFingerprint, title, body, imageKey(body, source.sourcePath)), () => {
      const { tree, headings, features } = toHast(body, title, source);
      return { html: toHtml(tree), headings, features };
    });
}
