/**
 * Registers the service worker (lib/client/sw.ts, served at <base>/sw.js), which
 * keeps the pages the reader opened for offline reading. Browsers without
 * service workers (or pages opened from a file) simply go without.
 */
export function registerWorker(base: string): void {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  addEventListener("load", () => {
    navigator.serviceWorker.register(`${base}/sw.js`, { scope: `${base}/` }).catch(() => undefined);
  });
}
