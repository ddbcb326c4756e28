import { clientScriptUrl, type ClientScriptName } from "../lib/client-scripts";

/**
 * Loads one of the site's framework-free browser scripts (lib/client-scripts.ts),
 * the same way under `next start` and in the static export: the component that
 * needs it renders it. Module scripts run once the document is parsed, and once
 * per page however many components ask; `blocking` is for the one script that
 * must run in <head> before the first paint.
 */
export function EnhancementScript({ name, blocking = false }: { name: ClientScriptName; blocking?: boolean }) {
  const src = clientScriptUrl(name);
  return blocking ? <script src={src} /> : <script type="module" src={src} />;
}
