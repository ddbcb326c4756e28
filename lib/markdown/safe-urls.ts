/**
 * Runs right after rehype-sanitize, in both pipelines: every URL attribute is
 * checked again the way a browser reads it (./allowlist.ts `isAllowedUrl`:
 * references decoded, spaces and control characters removed, each `srcset`
 * URL on its own), and dropped unless its scheme is one the schema lists.
 * rehype-sanitize checks only the start of the value, so it cannot see the
 * second URL of a `srcset`.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { isAllowedUrl } from "./allowlist";

export function rehypeSafeUrls() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      for (const [key, value] of Object.entries(node.properties)) {
        const values = Array.isArray(value) ? value : [value];
        if (values.some((v) => v !== null && v !== undefined && !isAllowedUrl(key, v))) delete node.properties[key];
      }
    });
  };
}
