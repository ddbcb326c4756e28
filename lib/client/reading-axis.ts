/**
 * Measures the reading axis of an article body (lib/reader/position.ts) in
 * the current writing mode, and scrolls along it.
 * 横書き: the page scrolls vertically and the body is a part of it.
 * 縦書き: the body scrolls itself horizontally, right to left; Chromium,
 * Firefox and Safari report its scrollLeft from 0 down to negative values.
 */
import { viewStartFor, type ReadingAxis } from "../reader/position";

export const isVertical = () => document.documentElement.dataset.writing === "vertical";

export function measureAxis(body: HTMLElement): ReadingAxis {
  if (isVertical()) return { start: 0, length: body.scrollWidth, viewStart: -body.scrollLeft, viewLength: body.clientWidth };
  return { start: body.getBoundingClientRect().top + window.scrollY, length: body.offsetHeight, viewStart: window.scrollY, viewLength: window.innerHeight };
}

/** Where each element starts on the axis (for the table of contents). */
export function startsOnAxis(body: HTMLElement, elements: Element[]): number[] {
  if (isVertical()) {
    // The right edge of the content, wherever the body is scrolled to.
    const contentRight = body.getBoundingClientRect().right - body.scrollLeft;
    return elements.map((e) => contentRight - e.getBoundingClientRect().right);
  }
  return elements.map((e) => e.getBoundingClientRect().top + window.scrollY);
}

/** Scrolls so that `position` (a fraction of the body) is the first line in view. */
export function scrollToPosition(body: HTMLElement, position: number): void {
  const axis = measureAxis(body);
  const target = viewStartFor(axis, position);
  if (isVertical()) {
    body.scrollLeft = -target;
    bringIntoView(body);
  } else {
    window.scrollTo({ top: target, behavior: "instant" });
  }
}

/** Room above the 縦書き body for the time left, which sits at the top of the window (app/globals.css). */
const TOP_ROOM = 36;

/** 縦書き: scrolls the page so the whole body (one screen high) is in view, centred, below the time left. */
export function bringIntoView(body: HTMLElement): void {
  const rect = body.getBoundingClientRect();
  const spare = Math.max(0, window.innerHeight - rect.height);
  const above = Math.min(spare, Math.max(spare / 2, TOP_ROOM));
  window.scrollTo({ top: rect.top + window.scrollY - above, behavior: "instant" });
}

/**
 * Moves keyboard focus to the block at the start of the text in view, without
 * scrolling, so that Tab and a screen reader continue from there.
 */
export function focusReadingPoint(body: HTMLElement): void {
  const rect = body.getBoundingClientRect();
  const x = isVertical() ? rect.right - 24 : rect.left + 24;
  const y = Math.max(rect.top, 0) + 24;
  const block = document.elementFromPoint(x, y)?.closest<HTMLElement>("p, li, h2, h3, h4, h5, h6, blockquote, pre, table, figure, dt, dd");
  const target = block && body.contains(block) ? block : body;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
}
