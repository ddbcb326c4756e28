import { h } from "./dom";

/** A polite live region for short confirmations (リンクをコピーしました); created empty, before anything is said. */
export function createAnnouncer(slot: HTMLElement): (message: string) => void {
  const region = h("p", { role: "status", class: "reader-status" });
  slot.append(region);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message) => {
    region.textContent = message;
    region.dataset.shown = "";
    clearTimeout(timer);
    timer = setTimeout(() => {
      delete region.dataset.shown;
      region.textContent = "";
    }, 4000);
  };
}
