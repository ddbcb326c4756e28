/**
 * Runs right after rehype-sanitize: a `class` whose every name the allowlist
 * removed is dropped, instead of staying as `class=""`.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export function rehypeDropEmptyClasses() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.length === 0) delete node.properties.className;
    });
  };
}
