/**
 * What the service worker (lib/client/sw.ts) keeps, decided without any browser
 * API so it can be tested: the name of its cache, which old caches it deletes,
 * and how it answers each request. Shared by the worker and its route.
 */

export interface WorkerConfig {
  /** Changes with every build whose pages, styles or scripts differ. */
  version: string;
  /** The site's base path ("" or e.g. "/blog"). */
  base: string;
  /** Fetched on install: the home page, the offline page, the manifest and its icons. */
  shell: string[];
  /** The page shown for a page never opened while offline. */
  offlinePage: string;
}

const PREFIX = "yomu";

/** One cache per build and per base path: two sites on one origin keep theirs apart. */
export const cacheName = (config: Pick<WorkerConfig, "version" | "base">) => `${PREFIX}:${config.base || "/"}:${config.version}`;

/** Caches of earlier builds of this site, deleted when a new worker activates. */
export function staleCaches(names: readonly string[], config: Pick<WorkerConfig, "version" | "base">): string[] {
  const current = cacheName(config);
  const ours = `${PREFIX}:${config.base || "/"}:`;
  return names.filter((name) => name.startsWith(ours) && name !== current);
}

/**
 * - `page`: a document the reader navigates to; network first, then the copy of
 *   the page cached when it was last opened, then the offline page.
 * - `asset`: a stylesheet, script, font, image or icon; from the cache when it is
 *   there (a new build gets a new cache), else from the network and kept.
 * - `network`: everything else (feeds, the search index, Next's RSC requests,
 *   other origins): the worker stays out of the way.
 */
export type RequestKind = "page" | "asset" | "network";

const ASSET_FOLDERS = ["/assets/", "/_next/static/", "/katex/", "/images/", "/app-icons/"];

export function requestKind(
  request: { url: string; method: string; mode?: string; destination?: string },
  origin: string,
  base: string,
): RequestKind {
  if (request.method !== "GET") return "network";
  const url = new URL(request.url);
  if (url.origin !== origin) return "network";
  const path = url.pathname;
  if (path !== `${base}/` && !path.startsWith(`${base}/`)) return "network";
  if (url.searchParams.has("_rsc")) return "network";
  const local = path.slice(base.length);
  if (request.mode === "navigate" || request.destination === "document") return "page";
  if (ASSET_FOLDERS.some((folder) => local.startsWith(folder)) || local === "/icon.svg") return "asset";
  return "network";
}

/** The key a page is cached under: without query or fragment, so `?utm=…` finds the copy. */
export const pageKey = (url: string) => {
  const u = new URL(url);
  return u.origin + u.pathname;
};

/** Same-origin stylesheets, scripts and icons a page's HTML loads: kept with the page so it reads offline as it looked. */
export function pageSubresources(html: string, pageUrl: string): string[] {
  const found = new Set<string>();
  const page = new URL(pageUrl);
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const isLink = /^<link/i.test(tag);
    if (isLink && !/\brel=["']?(?:stylesheet|icon|preload|modulepreload)\b/i.test(tag)) continue;
    const value = /\b(?:href|src)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (!value) continue;
    const url = new URL(value.replace(/&amp;/g, "&"), page);
    if (url.origin === page.origin) found.add(url.href);
  }
  return [...found];
}
