/**
 * A code block or table too wide (in 縦書き, too tall) for its column scrolls
 * on its own; keyboard users reach it with Tab to scroll it with the arrow
 * keys. Such blocks get tabindex="0", and lose it again once they fit.
 */
export function makeScrollingBlocksFocusable(body: HTMLElement): void {
  for (const block of body.querySelectorAll<HTMLElement>("pre, table")) {
    const scrolls = block.scrollWidth > block.clientWidth + 1 || block.scrollHeight > block.clientHeight + 1;
    if (scrolls && !block.hasAttribute("tabindex")) {
      block.setAttribute("tabindex", "0");
      block.dataset.scrollFocus = "";
    } else if (!scrolls && block.dataset.scrollFocus !== undefined) {
      block.removeAttribute("tabindex");
      delete block.dataset.scrollFocus;
    }
  }
}
