/**
 * A line that is only an HTML comment (`<!-- textlint-disable -->`) between two
 * lines of one paragraph keeps the paragraph whole, as Zenn shows it (it reads
 * no HTML blocks, and drops comments): CommonMark would end the paragraph at
 * the comment and start a new one after it. The comment itself is dropped, as
 * it would be hidden anyway.
 */
import type { Html, Paragraph, Parent, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";

const COMMENT_LINE = /^<!--[\s\S]*?-->$/;

const isCommentLine = (node: RootContent | undefined): node is Html =>
  node?.type === "html" && node.position !== undefined && node.position.start.line === node.position.end.line && COMMENT_LINE.test(node.value.trim()) && !node.value.slice(4, -3).includes("-->");

/** Whether `b` starts on the line right after `a` ends. */
const adjacent = (a: RootContent, b: RootContent) => a.position !== undefined && b.position !== undefined && b.position.start.line === a.position.end.line + 1;

export function remarkCommentLines() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!("children" in node)) return;
      const children = (node as Parent).children as RootContent[];
      for (let i = 0; i + 2 < children.length; i++) {
        const [before, comment, after] = [children[i], children[i + 1], children[i + 2]];
        if (before.type !== "paragraph" || after.type !== "paragraph" || !isCommentLine(comment) || !adjacent(before, comment) || !adjacent(comment, after)) continue;
        const merged: Paragraph = {
          type: "paragraph",
          children: [...before.children, { type: "text", value: "\n" }, ...after.children],
          position: { start: before.position!.start, end: after.position!.end },
        };
        children.splice(i, 3, merged);
        i--;
      }
    });
  };
}
