/**
 * The offer to continue where the reader stopped: a small bar at the bottom of
 * the window (fixed, so it moves nothing on the page) with 続きから読む and a
 * close button.
 */
import { percent } from "../reader/position";
import { h } from "./dom";

export interface ResumePrompt {
  readonly target: number;
  hide(): void;
  readonly visible: boolean;
}

export function offerResume(slot: HTMLElement, target: number, resume: () => void): ResumePrompt {
  const go = h("button", { type: "button", class: "resume-go" }, "続きから読む");
  const close = h("button", { type: "button", class: "resume-close", "aria-label": "閉じる" }, "×");
  const box = h(
    "div",
    { class: "resume-prompt", role: "group", "aria-label": "前回の続き" },
    h("p", {}, `前回は${percent(target)}%まで読みました`),
    go,
    close,
  );
  let visible = true;
  const hide = () => {
    visible = false;
    box.remove();
  };
  go.addEventListener("click", () => {
    hide();
    resume();
  });
  close.addEventListener("click", hide);
  slot.append(box);
  return {
    target,
    hide,
    get visible() {
      return visible;
    },
  };
}
