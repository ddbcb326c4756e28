import type { ReaderPrefs } from "../reader/prefs";

/**
 * Puts the preferences on <html> (data-text-size, data-writing), where the
 * stylesheet reads them: set before the first paint, they cost no layout shift.
 */
export function applyPrefs(prefs: ReaderPrefs): void {
  const html = document.documentElement;
  html.dataset.textSize = prefs.textSize;
  html.dataset.writing = prefs.vertical ? "vertical" : "horizontal";
}
