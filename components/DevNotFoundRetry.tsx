"use client";

import { useEffect } from "react";

/**
 * Development only. The dev server answers a post added since its last look
 * with a 404 or two (it refreshes its list of post URLs after answering), so a
 * 404 page asks again for a few seconds and reloads once the address exists.
 * Never rendered in production.
 */
export function DevNotFoundRetry() {
  useEffect(() => {
    const key = `yomu-retry:${location.pathname}`;
    // After one reload that still ends here, stop: the page really does not exist.
    if (Date.now() - Number(sessionStorage.getItem(key) ?? 0) < 15_000) return;
    let stopped = false;
    (async () => {
      for (const wait of [300, 700, 1000, 2000, 3000]) {
        await new Promise((r) => setTimeout(r, wait));
        if (stopped) return;
        const response = await fetch(location.href, { cache: "no-store" }).catch(() => undefined);
        if (stopped) return;
        if (response?.ok) {
          sessionStorage.setItem(key, String(Date.now()));
          location.reload();
          return;
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, []);
  return null;
}
