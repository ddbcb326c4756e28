import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** Records h2/h3 headings (after ids are assigned) into `file.data.headings` and `options.into`. */
export function rehypeCollectHeadings(options: { into?: Heading[] } = {}) {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    visit(tree, "element", (node: Element) => {
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties?.id === "string") {
        headings.push({ depth: node.tagName === "h2" ? 2 : 3, id: node.properties.id, text: toString(node).trim() });
      }
    });
    (file.data as { headings?: Heading[] }).headings = headings;
    options.into?.push(...headings);
  };
}
