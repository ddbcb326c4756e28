/**
 * GFM task lists render a disabled checkbox with no label; screen readers then
 * announce an unnamed checkbox. Each one gets a name that says its state
 * (完了 / 未完了). Runs after sanitizing; the schema lists both values.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export const TASK_LABELS = { done: "完了", open: "未完了" } as const;

export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "input" || node.properties.type !== "checkbox" || !node.properties.disabled) return;
      node.properties.ariaLabel = node.properties.checked ? TASK_LABELS.done : TASK_LABELS.open;
    });
  };
}
