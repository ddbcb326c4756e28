import type { HTMLAttributes } from "react";

/**
 * An empty element that a framework-free script of lib/client/ fills in the
 * browser (the reader's controls, a list card's 既読). Its inner HTML is always
 * the empty string, never post content: `dangerouslySetInnerHTML` only tells
 * React not to hydrate what the script put inside, so under `next start` the
 * script's nodes and React never conflict. The data attribute names the slot.
 */
export function ScriptSlot({ as: Tag = "div", ...attributes }: { as?: "div" | "span" } & HTMLAttributes<HTMLElement> & Record<`data-${string}`, string | boolean>) {
  return <Tag {...attributes} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
}
