/**
 * Route module exports the static exporter cannot honour (Next's route segment
 * config and metadata functions it does not run). The renderer bundle checks
 * every route module as it loads (scripts/export/app-routes.mjs entrySource),
 * so the build stops naming the file instead of writing a site that differs
 * from what `next start` serves.
 */

const OTHER_METHODS = ["POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

const isDynamicSegment = (segment) => /^\[.+\]$/.test(segment);

/** A route's `dynamicParams`, its own or the nearest enclosing layout's (Next's segment config inheritance). */
function effectiveDynamicParams(entry, layouts) {
  if (entry.module.dynamicParams !== undefined) return entry.module.dynamicParams;
  const enclosing = layouts
    .filter((l) => l.segments.length <= entry.segments.length && l.segments.every((s, i) => entry.segments[i] === s))
    .sort((a, b) => b.segments.length - a.segments.length)
    .find((l) => l.module.dynamicParams !== undefined);
  return enclosing?.module.dynamicParams;
}

/**
 * What `entry` ({ kind, file, segments, module }) exports that the exporter
 * cannot reproduce, each as "what — how to do without it"; `layouts` are all
 * layout entries, for inherited segment config.
 */
export function unsupportedExports(entry, layouts = []) {
  const { kind, module: mod, segments } = entry;
  const found = [];
  if (mod.generateViewport !== undefined) {
    found.push("generateViewport — export a static `viewport` object instead");
  }
  if (mod.dynamic === "force-dynamic") {
    found.push('export const dynamic = "force-dynamic" (rendered on every request by next start, once by the export) — remove it');
  }
  if (typeof mod.revalidate === "number") {
    found.push(`export const revalidate = ${mod.revalidate} (re-rendered by next start, never by the export) — remove it or use revalidate = false`);
  }
  if (kind === "layout") {
    if (mod.generateMetadata !== undefined) found.push("generateMetadata in a layout — export a static `metadata` object, or move generateMetadata to the pages");
    if (mod.generateStaticParams !== undefined) found.push("generateStaticParams in a layout — list the params in the pages' generateStaticParams");
    if (mod.dynamicParams === true) found.push("export const dynamicParams = true — use dynamicParams = false");
  }
  // A page may render unlisted params on request (dynamicParams = true) as long as it answers them with
  // notFound(), which the export's 404 page matches; the parity test requests unlisted params of each.
  // A handler's answer for an unlisted param would be a file the export does not have.
  const dynamicParams = effectiveDynamicParams(entry, layouts);
  if (kind === "page" && segments.some(isDynamicSegment) && dynamicParams === undefined) {
    found.push("a dynamic page without export const dynamicParams (next start renders params generateStaticParams did not list; the export has only the listed ones) — add dynamicParams = false, or true with notFound() for params the page does not know");
  }
  if (kind === "handler" && segments.some(isDynamicSegment) && dynamicParams !== false) {
    found.push("a dynamic route handler without export const dynamicParams = false (next start would answer params generateStaticParams did not list; the export has only the listed ones) — add it");
  }
  if (kind === "handler") {
    for (const method of OTHER_METHODS) {
      if (mod[method] !== undefined) found.push(`a ${method} handler (a static site answers GET only) — remove it`);
    }
    const staticGeneration =
      mod.dynamic === "force-static" || mod.dynamic === "error" || mod.revalidate === false || typeof mod.generateStaticParams === "function";
    if (mod.GET !== undefined && !staticGeneration) {
      found.push('a GET handler next start runs on every request — add export const dynamic = "force-static"');
    }
  }
  if (kind === "sitemap" && mod.generateSitemaps !== undefined) {
    found.push("generateSitemaps (several sitemaps) — return one list from the default export");
  }
  return found;
}

/** Throws naming the file of the first route module with exports the exporter cannot reproduce. */
export function checkRouteModules(entries) {
  const layouts = entries.filter((e) => e.kind === "layout");
  for (const entry of entries) {
    const found = unsupportedExports(entry, layouts);
    if (found.length === 0) continue;
    const error = new Error(
      `${entry.file}: the static exporter does not support ${found.join("; ")}`,
    );
    error.name = "UnsupportedRouteError";
    throw error;
  }
}
