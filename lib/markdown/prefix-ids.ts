/**
 * Every id and name in a post's HTML starts with `user-content-`, as on GitHub,
 * so a post can never repeat an id of the page around it (`main`, the table of
 * contents, ...) nor clobber a DOM global. This includes heading ids: they are
 * made from heading text, which the author chooses (`## main` would be "main").
 * In-page links are rewritten to match (`#見出し` → `#user-content-見出し`, and
 * `/posts/other/#見出し` → `/posts/other/#user-content-見出し`), so
 * footnotes, the table of contents and an author's `[…](#見出し)` keep working.
 * A value that already has the prefix (GFM footnotes) is left as it is.
 * Runs after rehype-slug, before the headings are collected.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export const ID_PREFIX = "user-content-";

/** Properties that name an element or point at one by id. */
const ID_PROPERTIES = ["id", "name", "ariaDescribedBy", "ariaLabelledBy", "headers", "htmlFor"] as const;

export function prefixId(id: string): string {
  return id.startsWith(ID_PREFIX) ? id : ID_PREFIX + id;
}

export function rehypePrefixIds() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const properties: Record<string, unknown> = node.properties;
      for (const key of ID_PROPERTIES) {
        const value = properties[key];
        // An empty id (a heading without text) names nothing.
        if (value === "") delete properties[key];
        else if (typeof value === "string") properties[key] = prefixId(value);
        else if (Array.isArray(value)) properties[key] = value.map((v) => prefixId(String(v)));
      }
      const href = properties.href;
      if (typeof href === "string" && href.length > 1 && href.startsWith("#")) properties.href = "#" + prefixId(href.slice(1));
      // A heading of another post (`/posts/other/#見出し`) has the prefix there too.
      else if (typeof href === "string" && href.startsWith("/") && !href.startsWith("//") && /\/posts\/[^/#?]+\/?(\?[^#]*)?#./.test(href)) {
        const i = href.indexOf("#");
        properties.href = href.slice(0, i + 1) + prefixId(href.slice(i + 1));
      }
    });
  };
}
