"use client";

import { useEffect } from "react";

/**
 * Development only. The dev server answers a post added since its last look with
 * one 404 (it refreshes its list of post URLs after answering), so a 404 page
 * asks once more and reloads when the address now exists. Never in production.
 */
export function DevNotFoundRetry() {
  useEffect(() => {
    const key = `yomu-retry:${location.pathname}`;
    const last = Number(sessionStorage.getItem(key) ?? 0);
    if (Date.now() - last < 10_000) return;
    sessionStorage.setItem(key, String(Date.now()));
    const timer = setTimeout(async () => {
      const response = await fetch(location.href, { method: "HEAD", cache: "no-store" }).catch(() => undefined);
      if (response?.ok) location.reload();
    }, 300);
    return () => clearTimeout(timer);
  }, []);
  return null;
}
