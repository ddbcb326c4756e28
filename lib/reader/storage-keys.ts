/**
 * The localStorage keys of the reader's features. localStorage is shared by
 * everything on an origin, so the keys carry the site's base path: two yomu
 * sites under one origin (/blog, /notes) keep their own reading state.
 */
export type StorageKeyName = "prefs" | "positions" | "read";

export function storageKey(name: StorageKeyName, basePath: string): string {
  return basePath ? `yomu:${basePath}:${name}` : `yomu:${name}`;
}

/**
 * The base path of the site a script was served from, from the script's own
 * URL (every script lives at `<base path>/assets/<file>`): "" at the root.
 */
export function basePathOfScript(scriptUrl: string): string {
  const { pathname } = new URL(scriptUrl);
  const at = pathname.lastIndexOf("/assets/");
  return at > 0 ? pathname.slice(0, at) : "";
}
