/**
 * The build's closing note on the URLs the exporter wrote no file for: a page
 * that called notFound() for the params it was given, or a route handler that
 * answered 404 (lib/export/render-site.tsx collects them). A static host serves
 * 404.html there, as next start answers 404.
 */
export function skippedReport(urls) {
  const sorted = [...new Set(urls)].sort();
  if (sorted.length === 0) return undefined;
  const count = sorted.length === 1 ? "1 URL has" : `${sorted.length} URLs have`;
  return [
    `build:static: ${count} no file (notFound() or a 404 answer while exporting; the host serves 404.html there):`,
    ...sorted.map((url) => `  ${url}`),
  ].join("\n");
}
