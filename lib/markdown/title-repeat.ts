import type { Root } from "mdast";
import type { VFile } from "vfile";
import { isTitleRepeat } from "../text/title-repeat";
import { toString } from "mdast-util-to-string";

/**
 * The page already shows the title as its one `<h1>`; a first paragraph or
 * heading that only repeats it is not rendered a second time.
 * The title comes from `file.data.title`.
 */
export function remarkDropTitleRepeat() {
  return (tree: Root, file: VFile) => {
    const title = (file.data as { title?: string }).title;
    const first = tree.children.findIndex((n) => n.type !== "html" && n.type !== "definition");
    if (!title || first < 0) return;
    const node = tree.children[first];
    if ((node.type === "paragraph" || node.type === "heading") && isTitleRepeat(toString(node, { includeHtml: false }), title)) {
      tree.children.splice(first, 1);
    }
  };
}

/** Body headings start at `<h2>` so the page keeps exactly one `<h1>`. */
export function remarkDemoteHeadings() {
  return (tree: Root) => {
    const headings = tree.children.filter((n) => n.type === "heading");
    if (!headings.some((h) => h.depth === 1)) return;
    for (const h of headings) h.depth = Math.min(6, h.depth + 1) as 1 | 2 | 3 | 4 | 5 | 6;
  };
}
