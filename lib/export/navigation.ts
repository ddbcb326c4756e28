/**
 * `next/navigation` for the static exporter and the search page's client
 * bundle: only what yomu uses. On the server, `useSearchParams` bails out to
 * client rendering as Next does in a static page (the nearest Suspense fallback
 * is written to the HTML and the browser renders the rest).
 */
import { useMemo, useSyncExternalStore } from "react";

/** The error `notFound()` throws; the exporter skips a page that throws it. */
export class NotFoundError extends Error {
  readonly digest = "NEXT_HTTP_ERROR_FALLBACK;404";
  constructor() {
    super("notFound()");
  }
}

export function notFound(): never {
  throw new NotFoundError();
}

/** How many times rendering on the server left a part to the browser, on purpose. */
export const clientOnlyBailouts = { count: 0 };

export class ClientOnlyError extends Error {
  readonly digest = "BAILOUT_TO_CLIENT_SIDE_RENDERING";
  constructor(what: string) {
    super(`${what} is rendered in the browser`);
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

export function useSearchParams(): URLSearchParams {
  if (typeof window === "undefined") {
    clientOnlyBailouts.count++;
    throw new ClientOnlyError("useSearchParams()");
  }
  // The hooks below run on every render in the browser; the branch above is taken only on the server.
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return useMemo(() => new URLSearchParams(search), [search]);
}
