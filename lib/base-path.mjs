/**
 * The sub-path the site is served under (`BASE_PATH=/blog`), normalised to
 * `/blog`, or "" at the root: the one rule for next.config.ts, lib/urls.ts and
 * the static exporter (plain JavaScript so that the exporter's script can load it).
 * @param {string | undefined} value
 * @returns {string}
 */
export function normalizeBasePath(value) {
  const trimmed = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}` : "";
}
