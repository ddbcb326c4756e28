/**
 * Runs in <head>, before the body is parsed (a classic blocking script, so no
 * inline script is needed): marks the document as scripted (`data-js`, which
 * shows the controls that need JavaScript) and applies the reader's text size
 * and writing direction, so the first paint is already the final layout.
 * Also registers the offline service worker, once the page has loaded.
 */
import { basePathOfScript } from "../reader/storage-keys";
import { applyPrefs } from "./apply-prefs";
import { registerWorker } from "./register-worker";
import { loadPrefs } from "./storage";

const script = document.currentScript as HTMLScriptElement | null;
document.documentElement.dataset.js = "";
const base = script ? basePathOfScript(script.src) : "";
applyPrefs(loadPrefs(base));
if (script) registerWorker(base);
