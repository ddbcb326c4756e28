import { toHtml } from "hast-util-to-html";
import { cached, cacheKey } from "../build-cache";
import type { MarkdownConfig } from "./config";
import type { Heading } from "./headings";
import type { BodyFeatures } from "./notation/features";
import { imageKey } from "../images/key";
import { ownLinksKey } from "./own-links";
import type { MarkdownSource, MarkdownToHast } from "./render-md";
import type { BodyWarning } from "./warnings";

export interface CompiledMarkdown {
  html: string;
  headings: Heading[];
  features: BodyFeatures;
  warnings: BodyWarning[];
}

/**
 * A compiled body without its HTML, which `html()` reads when it is needed:
 * a page whose fingerprint is unchanged is never rendered, so it never needs it.
 * `key` names the HTML exactly (the compile cache's key).
 */
export interface LazyCompiled {
  key: string;
  headings: Heading[];
  features: BodyFeatures;
  warnings: BodyWarning[];
  html: () => string;
}

export type CompileMarkdown = ((body: string, title: string, source?: MarkdownSource) => CompiledMarkdown) & {
  lazily: (body: string, title: string, source?: MarkdownSource) => LazyCompiled;
  /** The cache key of the body's HTML: equal keys, equal HTML (it covers the settings and the post's images). */
  key: (body: string, title: string, source?: MarkdownSource) => string;
  /** Short Markdown without a post file (a hand-written excerpt) → HTML, cached as a body is. */
  excerpt: (markdown: string) => string;
};

/**
 * `.md` body → sanitized HTML and its headings, compiled once per content hash
 * and kept on disk between builds; a post's page and its feed entries share it.
 * The configuration (base path, embed allowlist, link-card titles) is part of
 * the key, and so are the post's own images (../images/key.ts): a changed image
 * file recompiles. The headings and features are kept apart as well, for
 * `lazily`.
 */
export function createCompileMarkdown(config: MarkdownConfig, toHast: MarkdownToHast): CompileMarkdown {
  const configFingerprint = JSON.stringify(config);
  // ownLinks' resolver is a function, which JSON leaves out: the links a body has resolve into its key instead.
  const keyOf = (body: string, title: string, source: MarkdownSource = {}) =>
    cacheKey(configFingerprint, title, body, imageKey(body, source.sourcePath, config.contentDir), ownLinksKey(body, config.ownLinks));
  const compileKeyed = (key: string, body: string, title: string, source: MarkdownSource): CompiledMarkdown =>
    cached(key, () => {
      const { tree, headings, features, warnings } = toHast(body, title, source);
      return { html: toHtml(tree), headings, features, warnings };
    });
  const compile = (body: string, title: string, source: MarkdownSource = {}) => compileKeyed(keyOf(body, title, source), body, title, source);
  const lazily = (body: string, title: string, source: MarkdownSource = {}): LazyCompiled => {
    const key = keyOf(body, title, source);
    // Compiled here when the headings were not cached (or caching is off): then html() needs no second compile.
    let compiled: CompiledMarkdown | undefined;
    const { headings, features, warnings } = cached(`${key}-meta`, () => {
      compiled = compileKeyed(key, body, title, source);
      return { headings: compiled.headings, features: compiled.features, warnings: compiled.warnings };
    });
    return { key, headings, features, warnings, html: () => (compiled ??= compileKeyed(key, body, title, source)).html };
  };
  // A feed entry's summary: every feed a post is in after an edit would compile it again.
  const excerpt = (markdown: string) => cached(cacheKey(configFingerprint, "excerpt", markdown), () => toHtml(toHast(markdown).tree));
  return Object.assign(compile, { lazily, key: keyOf, excerpt });
}
