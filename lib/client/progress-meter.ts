/**
 * The reading progress bar (role="progressbar", 0–100) and the time left
 * beside it (残り約N分), made by the script: without JavaScript nothing would
 * move it, so the page does not show it.
 */
import { percent, remainingMinutes } from "../reader/position";
import { h } from "./dom";

/** `aside`: whether the time left shows (not while the page is at its top, where it would cover the site's header). */
export type ShowProgress = (progress: number, finished: boolean, aside: boolean) => void;

/**
 * On a narrow screen the time left sits over the end of the top line: it is
 * marked idle (and hidden there, app/globals.css) once the reader has not
 * scrolled for this long, and comes back with the next scroll.
 */
export const IDLE_MS = 5000;

export function createProgressMeter(slot: HTMLElement, readingMinutes: number): ShowProgress {
  const bar = h("div", { class: "reading-progress-bar" });
  const meter = h(
    "div",
    { role: "progressbar", "aria-label": "この記事を読んだ割合", "aria-valuemin": "0", "aria-valuemax": "100", class: "reading-progress-track" },
    bar,
  );
  const left = h("p", { class: "reading-progress-left" });
  slot.append(h("div", { class: "reading-progress" }, meter, left));
  let shown = "";
  let idle = 0;
  return (progress, finished, aside) => {
    left.toggleAttribute("data-shown", aside);
    left.removeAttribute("data-idle");
    clearTimeout(idle);
    idle = window.setTimeout(() => left.setAttribute("data-idle", ""), IDLE_MS);
    const value = percent(progress);
    const text = finished ? "読了" : `残り約${remainingMinutes(readingMinutes, progress)}分`;
    if (shown === `${value} ${text}`) return;
    shown = `${value} ${text}`;
    meter.setAttribute("aria-valuenow", String(value));
    meter.setAttribute("aria-valuetext", `${value}%（${text}）`);
    bar.style.transform = `scaleX(${value / 100})`;
    left.textContent = text;
  };
}
