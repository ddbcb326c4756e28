/**
 * The site's service worker, served at <base>/sw.js by app/sw.js/route.ts, which
 * puts the build's WorkerConfig in front of this bundle. Keeps the site shell
 * and every page the reader opened, so those pages read offline; a page never
 * opened shows the offline page. Never fetches the whole site.
 *
 * The cache is readable and writable by any script of the origin, so nothing
 * in it is trusted: a script or stylesheet is kept and served only when its
 * bytes have the digest the build recorded, any other asset only with a type
 * that cannot run (../offline/cache-plan.ts mayKeepAsset), and a page served
 * from the cache carries the site's policy as a header, so an inline script
 * written into a cached copy does not run. One poisoned response cannot make
 * every page run it.
 */
import { cacheName, mayKeepAsset, pageKey, pageSubresources, recordedDigest, requestKind, staleCaches, type WorkerConfig } from "../offline/cache-plan";

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  __yomuWorker: WorkerConfig;
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: "window" }): Promise<{ url: string }[]> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const config = scope.__yomuWorker;
const origin = scope.location.origin;
const CACHE = cacheName(config);
const openCache = () => caches.open(CACHE);

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return btoa(String.fromCharCode(...digest));
}

/** The response with its body read, when it may be kept or served as the asset at `url`; else undefined. */
async function checkedAsset(url: string, response: Response): Promise<Response | undefined> {
  const recorded = recordedDigest(config, url);
  const contentType = response.headers.get("content-type") ?? "";
  if (recorded === undefined) return mayKeepAsset(contentType, undefined, undefined) ? response : undefined;
  const body = await response.arrayBuffer();
  if (!mayKeepAsset(contentType, recorded, await sha256(body))) return undefined;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Keeps a fetched asset when it passes the check. */
async function keepAsset(cache: Cache, request: Request | string, response: Response): Promise<void> {
  const url = typeof request === "string" ? request : request.url;
  const checked = response.ok ? await checkedAsset(url, response) : undefined;
  if (checked) await cache.put(request, checked);
}

/** Fetches a page, keeps it and the stylesheets, scripts and icons it loads. */
async function keepPage(cache: Cache, url: string): Promise<void> {
  const fetched = await fetch(url, { credentials: "same-origin" });
  if (!fetched.ok) return;
  // A navigation cannot be answered with a redirected response: keep the final answer as a plain one.
  const response = fetched.redirected ? new Response(await fetched.blob(), { status: fetched.status, headers: fetched.headers }) : fetched;
  const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
  const html = isHtml ? await response.clone().text() : "";
  await cache.put(isHtml ? pageKey(url) : url, response);
  const missing: string[] = [];
  for (const sub of pageSubresources(html, url)) if (!(await cache.match(sub))) missing.push(sub);
  await Promise.all(missing.map((sub) => fetch(sub, { credentials: "same-origin" }).then((answer) => keepAsset(cache, sub, answer)).catch(() => undefined)));
}

scope.addEventListener("install", (event) => {
  event.waitUntil(openCache().then((cache) => Promise.all(config.shell.map((url) => keepPage(cache, new URL(url, origin).href)))).then(() => scope.skipWaiting()));
});

scope.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of staleCaches(await caches.keys(), config)) await caches.delete(name);
      await scope.clients.claim();
      // The page open while the worker installed was fetched before it could keep it.
      const cache = await openCache();
      const windows = await scope.clients.matchAll({ type: "window" });
      await Promise.all(windows.map((client) => keepPage(cache, pageKey(client.url)).catch(() => undefined)));
    })(),
  );
});

async function networkFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await openCache();
  try {
    const response = await fetch(request);
    // Its stylesheets and scripts come through the worker as assets; keeping the page is enough.
    if (response.ok) event.waitUntil(cache.put(pageKey(request.url), response.clone()));
    return response;
  } catch (error) {
    const kept = (await cache.match(pageKey(request.url))) ?? (await cache.match(pageKey(new URL(config.offlinePage, origin).href)));
    if (kept) return underPolicy(kept);
    throw error;
  }
}

/** A cached page as it is served: with the site's policy as a header, which nothing written into the cache can take away. */
function underPolicy(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set("content-security-policy", config.offlinePolicy);
  headers.set("x-content-type-options", "nosniff");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await openCache();
  const kept = await cache.match(request);
  if (kept) {
    const checked = await checkedAsset(request.url, kept);
    if (checked) return checked;
    // Not what the build made: dropped, and fetched again below.
    await cache.delete(request);
  }
  const response = await fetch(request);
  if (response.ok) event.waitUntil(keepAsset(cache, request, response.clone()));
  return response;
}

scope.addEventListener("fetch", (event) => {
  const kind = requestKind(event.request, origin, config.base);
  if (kind === "page") event.respondWith(networkFirst(event));
  else if (kind === "asset") event.respondWith(cacheFirst(event));
});
