/**
 * Heading levels as an outline: a heading is one deeper than the nearest
 * heading before it with a smaller written level. So `##`, `####` and `#`, `##`
 * both read 1, 2: the page keeps one `<h1>` (the title) and skips no level,
 * however the body numbered its headings.
 */
import type { Heading, Root } from "mdast";
import { visit } from "unist-util-visit";

/** Outline depths (1 = top) of headings with these written levels, in order. */
export function outlineDepths(levels: readonly number[]): number[] {
  const stack: number[] = [];
  return levels.map((level) => {
    while (stack.length > 0 && stack[stack.length - 1] >= level) stack.pop();
    stack.push(level);
    return stack.length;
  });
}

/** Body headings start at `<h2>` and go one level at a time. */
export function remarkHeadingOutline() {
  return (tree: Root) => {
    const headings: Heading[] = [];
    visit(tree, "heading", (node: Heading) => void headings.push(node));
    const depths = outlineDepths(headings.map((h) => h.depth));
    headings.forEach((h, i) => (h.depth = Math.min(6, depths[i] + 1) as Heading["depth"]));
  };
}
