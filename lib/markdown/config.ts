import type { OwnLinks } from "./own-links";
import type { MathDialect } from "./notation/math-dialect";

/**
 * Everything a post body's HTML depends on besides the body itself. lib/markdown
 * reads no site configuration of its own: the composition root
 * (lib/site-markdown.ts) builds this once from site.config.ts and the
 * environment; tests build their own.
 */
export interface MarkdownConfig {
  /** The site's base path ("/blog", or "" at the root), prepended to a post's root-relative links and images. */
  basePath: string;
  /** Hosts whose `<iframe>` embeds are kept (site.config.ts `embedHosts`); every other iframe is removed. */
  embedHosts: readonly string[];
  /** Link-card titles by URL (the content folder's link-cards.json). */
  linkCardTitles: Readonly<Record<string, string>>;
  /** The site's language (BCP 47): the footnotes' labels (./footnote-labels.ts). */
  language: string;
  /** The content folder: a post's own images must lie inside it. */
  contentDir: string;
  /** Links to the author's own articles on Zenn or Qiita that lead to this site's pages (./own-links.ts). */
  ownLinks?: OwnLinks;
  /** How formulas are read: as Zenn or Qiita read those layouts' posts, else strictly (./notation/math-dialect.ts). */
  mathDialect?: MathDialect;
}
