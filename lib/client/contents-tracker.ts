/**
 * Marks the table of contents' link of the section being read with
 * aria-current, in either writing direction.
 */
import { currentSection, type ReadingAxis } from "../reader/position";
import { startsOnAxis } from "./reading-axis";

export function trackContents(body: HTMLElement): (axis: ReadingAxis) => void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-toc] a[href^='#']")];
  const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  const pairs = links.flatMap((link, i) => (targets[i] ? [{ link, heading: targets[i] }] : []));
  if (pairs.length === 0) return () => {};
  let current: HTMLAnchorElement | undefined;
  return (axis) => {
    const index = currentSection(startsOnAxis(body, pairs.map((p) => p.heading)), axis);
    const next = pairs[index]?.link;
    if (next === current) return;
    current?.removeAttribute("aria-current");
    next?.setAttribute("aria-current", "true");
    current = next;
  };
}
