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
