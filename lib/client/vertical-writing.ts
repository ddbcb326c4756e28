/**
 * 縦書き: what the stylesheet cannot do alone. Numbers of one or two digits
 * are wrapped for 縦中横 (lib/reader/tate-chu-yoko.ts); the body, which now
 * scrolls sideways, becomes a focusable, named region; the mouse wheel and the
 * page keys move along the text (right to left) and hand over to the page at
 * either end.
 */
import { tateChuYokoRuns } from "../reader/tate-chu-yoko";
import { bringIntoView, isVertical } from "./reading-axis";

/** Where the page keys mean something else: fields, lists, menus, dialogs. */
const OWN_KEYS = "input, textarea, select, [contenteditable], [role=listbox], [role=menu], [role=grid], dialog";

/** Text inside these stays horizontal or is code: no 縦中横. */
const KEEP = "pre, code, kbd, samp, table, math, svg, .katex, .math, script, style";

let wrapped = false;

function wrapTateChuYoko(body: HTMLElement): void {
  if (wrapped) return;
  wrapped = true;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (/[0-9]/.test(node.nodeValue ?? "") && !node.parentElement?.closest(KEEP) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const runs = tateChuYokoRuns(node.nodeValue ?? "");
    if (!runs.some((r) => r.upright)) continue;
    node.replaceWith(
      ...runs.map((r) => {
        if (!r.upright) return r.text;
        const span = document.createElement("span");
        span.className = "tcy";
        span.textContent = r.text;
        return span;
      }),
    );
  }
}

/**
 * Under `next start` React hydrates the page after this script may have run, and
 * an .mdx body is React's to hydrate: its text must not change before that.
 * (.md bodies are inserted as HTML, which React leaves alone.) The static export
 * has no React on article pages.
 */
function whenHydrated(run: () => void): void {
  if (!("__next_f" in window)) return run();
  const later = () => setTimeout(run, 0);
  if (document.readyState === "complete") later();
  else window.addEventListener("load", later, { once: true });
}

export function setVerticalBody(body: HTMLElement, vertical: boolean): void {
  if (vertical) {
    whenHydrated(() => wrapTateChuYoko(body));
    body.setAttribute("tabindex", "0");
    body.setAttribute("role", "region");
    body.setAttribute("aria-label", "本文（縦書き）");
  } else {
    for (const name of ["tabindex", "role", "aria-label"]) body.removeAttribute(name);
  }
}

/** How far the body has scrolled along the text, and how far it can. */
const extent = (body: HTMLElement) => ({ read: -body.scrollLeft, max: body.scrollWidth - body.clientWidth });

/** Moves `delta` pixels along the text (positive: onwards, to the left); false at that end. */
function moveAlong(body: HTMLElement, delta: number): boolean {
  const { read, max } = extent(body);
  if ((delta > 0 && read >= max - 1) || (delta < 0 && read <= 0)) return false;
  body.scrollLeft -= delta;
  return true;
}

/** The whole body is on screen, or fills it: the wheel belongs to the text. */
function inView(body: HTMLElement): boolean {
  const rect = body.getBoundingClientRect();
  const fits = rect.top >= -1 && rect.bottom <= window.innerHeight + 1;
  const fills = rect.top <= 0 && rect.bottom >= window.innerHeight;
  return fits || fills;
}

export function installVerticalScrolling(body: HTMLElement): void {
  body.addEventListener(
    "wheel",
    (event) => {
      if (!isVertical() || event.ctrlKey || event.shiftKey || Math.abs(event.deltaX) >= Math.abs(event.deltaY)) return;
      if (!inView(body)) return;
      const unit = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 20 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? body.clientWidth : 1;
      if (moveAlong(body, event.deltaY * unit)) event.preventDefault();
    },
    { passive: false },
  );
  body.addEventListener("keydown", (event) => {
    if (!isVertical() || event.target !== body || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = body.clientWidth * 0.9;
    const { max } = extent(body);
    const moves: Record<string, () => boolean> = {
      PageDown: () => moveAlong(body, page),
      PageUp: () => moveAlong(body, -page),
      " ": () => moveAlong(body, event.shiftKey ? -page : page),
      Home: () => moveAlong(body, -max),
      End: () => moveAlong(body, max),
    };
    if (moves[event.key]?.()) event.preventDefault();
  });
  // PageDown and PageUp elsewhere (the 縦書き button just pressed, a link, nothing): along the text
  // while it is on screen, and onto it first when it is partly in view; the page's own scroll otherwise.
  document.addEventListener("keydown", (event) => {
    const onwards = event.key === "PageDown" ? 1 : event.key === "PageUp" ? -1 : 0;
    if (!onwards || !isVertical() || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target && (body.contains(target) || target.closest(OWN_KEYS))) return;
    const rect = body.getBoundingClientRect();
    if (inView(body)) {
      if (moveAlong(body, onwards * body.clientWidth * 0.9)) event.preventDefault();
    } else if (rect.top < window.innerHeight && rect.bottom > 0 && (onwards > 0 ? rect.top > 0 : rect.bottom < window.innerHeight)) {
      bringIntoView(body);
      event.preventDefault();
    }
  });
}
