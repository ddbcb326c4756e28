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
  /**
   * SHA-256 (base64) of the scripts and stylesheets the build made, by URL path
   * (with the base path): a cached copy is checked against it before it is kept
   * or served, so a response someone wrote into the cache is never run.
   */
  digests: Record<string, string>;
  /** The Content-Security-Policy a page served from the cache gets as a header (no inline script). */
  offlinePolicy: string;
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

/**
 * Types a response may have to be kept as an asset without a digest: pictures,
 * fonts and stylesheets, which a page can load but never run. A script is kept
 * only with the digest the build recorded for its URL.
 */
const PASSIVE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/svg+xml", "image/x-icon", "image/vnd.microsoft.icon", "font/woff2", "font/woff", "text/css"]);

/** The digest the build recorded for an asset URL, if it recorded one. */
export const recordedDigest = (config: Pick<WorkerConfig, "digests">, url: string): string | undefined => config.digests[new URL(url).pathname];

/**
 * Whether an asset response may be kept in the cache, or served from it:
 * with a recorded digest, only when its bytes have that digest (`actual`);
 * without one, only when its type cannot run.
 */
export function mayKeepAsset(contentType: string, recorded: string | undefined, actual: string | undefined): boolean {
  if (recorded !== undefined) return actual === recorded;
  return PASSIVE_TYPES.has(contentType.split(";")[0].trim().toLowerCase());
}
