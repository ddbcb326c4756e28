/**
 * Root-relative links and images in a post body (`/posts/other/`, `/images/a.png`)
 * are written against the site root; under a base path (`BASE_PATH=/blog`) they
 * get it prepended, as next/link does for the site's own links.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

const URL_ATTRIBUTES = ["href", "src", "poster"] as const;

export function prefixRootRelative(url: string, base: string): string {
  if (!base || !url.startsWith("/") || url.startsWith("//")) return url;
  if (url === base || url.startsWith(base + "/") || url.startsWith(base + "?") || url.startsWith(base + "#")) return url;
  return base + url;
}

/** `base`: the normalised base path ("/blog"), or "" for a site at the root. */
export function rehypeBasePath(options: { base: string }) {
  const { base } = options;
  return (tree: Root) => {
    if (!base) return;
    visit(tree, "element", (node: Element) => {
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === "string") node.properties[name] = prefixRootRelative(value, base);
      }
    });
  };
}
