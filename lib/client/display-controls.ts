/**
 * The text size buttons (文字サイズ) and the 縦書き toggle. The page renders
 * them (shown only when scripts run, see prefs-boot.ts); this keeps their
 * aria-pressed in step with the preferences, saves the preferences and keeps
 * the reader's place in the text when the layout changes under them.
 * Clicks are taken at the document, so the buttons work whoever rendered them.
 */
import { isTextSize, type ReaderPrefs } from "../reader/prefs";
import { applyPrefs } from "./apply-prefs";
import { loadPrefs, savePrefs } from "./storage";

export function syncPressed(prefs: ReaderPrefs): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-text-size]")) {
    button.setAttribute("aria-pressed", String(button.dataset.textSize === prefs.textSize));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-writing-toggle]")) {
    button.setAttribute("aria-pressed", String(prefs.vertical));
  }
}

/** `relayout` runs the change of layout (applying the new prefs) and keeps the reader's place across it. */
export function installDisplayControls(basePath: string, relayout: (change: () => void, prefs: ReaderPrefs) => void): ReaderPrefs {
  let prefs = loadPrefs(basePath);
  applyPrefs(prefs);
  syncPressed(prefs);
  const update = (next: ReaderPrefs) => {
    if (next.textSize === prefs.textSize && next.vertical === prefs.vertical) return;
    prefs = next;
    savePrefs(basePath, prefs);
    relayout(() => applyPrefs(prefs), prefs);
    syncPressed(prefs);
  };
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.("button[data-text-size], button[data-writing-toggle]");
    if (!(button instanceof HTMLButtonElement)) return;
    const size = button.dataset.textSize;
    if (isTextSize(size)) update({ ...prefs, textSize: size });
    else update({ ...prefs, vertical: !prefs.vertical });
  });
  // Another tab changed them: follow.
  window.addEventListener("storage", () => update(loadPrefs(basePath)));
  return prefs;
}
