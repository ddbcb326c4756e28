/**
 * Links to the author's own articles on Zenn or Qiita
 * (`https://zenn.dev/<user>/articles/<slug>`, `…/books/<slug>`,
 * `https://qiita.com/<user>/items/<id>`) lead to this site's page for the same
 * article when there is one: the composition root says which Zenn user name is
 * the author's and resolves an article to its page (lib/site-markdown.ts). A
 * Qiita item id is unique across Qiita, so an id the site has is the author's
 * article whichever user name (or organization) the link shows.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export type OwnArticle = { site: "zenn"; kind: "articles" | "books"; slug: string } | { site: "qiita"; id: string };

export interface OwnLinks {
  zennUser?: string;
  /** Whether the site has Qiita posts (ids) to lead to. */
  qiita: boolean;
  /** The content is a Zenn repository: a root-relative `/<user>/articles/<slug>` is Zenn's address, as it is on zenn.dev. */
  zennRelative?: boolean;
  /** The site's root-relative path of the article (`/posts/<slug>/`), when the site has it. */
  resolve: (article: OwnArticle) => string | undefined;
}

const ZENN = /^https?:\/\/zenn\.dev\/([A-Za-z0-9_-]+)\/(articles|books)\/([A-Za-z0-9_-]+)\/?(?=[?#]|$)/;
const QIITA = /^https?:\/\/qiita\.com\/([A-Za-z0-9_-]+)\/items\/([0-9a-f]{20})\/?(?=[?#]|$)/;

/** The author's article a URL names, and what follows it (`#section`), or undefined. */
export function ownArticle(url: string, links: Pick<OwnLinks, "zennUser" | "qiita">): { article: OwnArticle; hash: string } | undefined {
  const zenn = links.zennUser ? ZENN.exec(url) : null;
  if (zenn && zenn[1].toLowerCase() === links.zennUser!.toLowerCase()) {
    return { article: { site: "zenn", kind: zenn[2] as "articles" | "books", slug: zenn[3] }, hash: hashOf(url.slice(zenn[0].length)) };
  }
  const qiita = links.qiita ? QIITA.exec(url) : null;
  if (qiita) {
    return { article: { site: "qiita", id: qiita[2] }, hash: hashOf(url.slice(qiita[0].length)) };
  }
  return undefined;
}

const hashOf = (rest: string) => /#.*$/.exec(rest)?.[0] ?? "";

/** A path Zenn's pages link to from its own root (`/<user>/articles/<slug>`, `/<user>/scraps/<id>`). */
export const ZENN_ROOT_PATH = /^\/[A-Za-z0-9_-]+\/(?:articles|books|scraps)\/[A-Za-z0-9_-]/;

/** The address a URL should lead to instead (the site's own page, or Zenn's for a Zenn-relative link), or undefined to keep it. */
export function localPathOf(url: string, links: OwnLinks): string | undefined {
  const absolute = links.zennRelative && ZENN_ROOT_PATH.test(url) ? `https://zenn.dev${url}` : url;
  const own = ownArticle(absolute, links);
  const path = own && links.resolve(own.article);
  if (path) return path + own.hash;
  return absolute === url ? undefined : absolute;
}

/** What the links of `body` resolve to: part of a compiled body's cache key (a new local page changes them). */
export function ownLinksKey(body: string, links: OwnLinks | undefined): string {
  if (!links || (!links.zennUser && !links.qiita && !links.zennRelative)) return "";
  const urls = body.match(/https?:\/\/(?:zenn\.dev|qiita\.com)\/[^\s)"'<>\]]+|\(\/[A-Za-z0-9_-]+\/(?:articles|books)\/[^\s)"'<>\]]+/g) ?? [];
  return urls.map((url) => localPathOf(url.replace(/^\(/, ""), links) ?? "").join("\n");
}

/** Rewrites `<a href>` to the author's own articles into links to the site's pages (before the base path is added). */
export function rehypeOwnLinks(options: { links?: OwnLinks }) {
  const { links } = options;
  return (tree: Root) => {
    if (!links || (!links.zennUser && !links.qiita && !links.zennRelative)) return;
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const local = localPathOf(node.properties.href, links);
      if (local) node.properties.href = local;
    });
  };
}
