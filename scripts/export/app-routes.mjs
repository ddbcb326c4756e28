/**
 * Reads the app/ folder the way the Next.js App Router does, for the static
 * exporter: layouts, pages, route handlers, the not-found page, sitemap, robots
 * and icons. File conventions the exporter cannot reproduce are refused with the
 * file's name, so a new feature never goes missing from the export silently.
 */
import fs from "node:fs";
import path from "node:path";

const CODE = /\.(tsx|ts|jsx|js|mjs)$/;
/** App Router files the exporter has no equivalent for, and why. */
const UNSUPPORTED = new Map([
  ["template", '"template" files'],
  ["default", '"default" files'],
  ["manifest", '"manifest" files'],
  ["middleware", '"middleware" files'],
  ["instrumentation", '"instrumentation" files'],
  ["loading", "loading UI (its pages have no client router to show it)"],
  ["error", "error boundaries (its pages ship no framework runtime to show them)"],
  ["global-error", "error boundaries (its pages ship no framework runtime to show them)"],
  ["global-not-found", '"global-not-found" (write app/not-found.tsx)'],
  ["forbidden", '"forbidden" pages (a static host cannot answer 403)'],
  ["unauthorized", '"unauthorized" pages (a static host cannot answer 401)'],
]);
/** Project-level files that change every response under next start; a static host never runs them. */
const PROJECT_FILES = /^(middleware|proxy)\.(tsx|ts|jsx|js|mjs)$/;
const ICON = /^icon\d*\.(svg|png|ico)$|^favicon\.ico$/;
const IMAGE_CONVENTION = /^(icon|apple-icon|favicon|opengraph-image|twitter-image)\d*$/;
/** Static metadata files Next serves as they are; the exporter only runs sitemap.ts and robots.ts. */
const STATIC_METADATA = /^(sitemap\.xml|robots\.txt|manifest\.(json|webmanifest))$/;

/** A folder that is not part of the URL: `_private` folders and `(groups)`. */
const isPrivate = (name) => name.startsWith("_");
const isGroup = (name) => /^\(.*\)$/.test(name);

export function scanAppDir(appDir) {
  const routes = { layouts: [], pages: [], handlers: [], notFound: null, sitemap: null, robots: null, icons: [] };
  // `grouped`: below a (group) folder, where a layout, icon or not-found page applies to the group's pages only.
  const walk = (dir, segments, grouped) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (isPrivate(entry.name)) continue;
        if (entry.name.startsWith("@") || /^\(\.+\)/.test(entry.name)) throw unsupported(full, "parallel and intercepting routes");
        walk(full, isGroup(entry.name) ? segments : [...segments, entry.name], grouped || isGroup(entry.name));
        continue;
      }
      const atRoot = segments.length === 0 && !grouped;
      if (atRoot && ICON.test(entry.name)) {
        routes.icons.push({ file: full, name: entry.name });
        continue;
      }
      const base = entry.name.replace(/\.[^.]+$/, "");
      if (IMAGE_CONVENTION.test(base)) throw unsupported(full, "this image file convention here (only icon.svg/png/ico and favicon.ico in app/)");
      if (STATIC_METADATA.test(entry.name)) throw unsupported(full, "static metadata files (write app/sitemap.ts or app/robots.ts instead)");
      if (!CODE.test(entry.name)) continue;
      if (base === "layout" && grouped) throw unsupported(full, "layouts inside route groups (the exporter would apply them to pages outside the group)");
      else if (base === "layout") routes.layouts.push({ segments, file: full });
      else if (base === "page") routes.pages.push({ segments, file: full });
      else if (base === "route") routes.handlers.push({ segments, file: full });
      else if (base === "not-found" && atRoot) routes.notFound = full;
      // Next serves these at /sitemap.xml and /robots.txt from a (group) too.
      else if ((base === "sitemap" || base === "robots") && segments.length === 0) routes[base] = full;
      else if (UNSUPPORTED.has(base)) throw unsupported(full, UNSUPPORTED.get(base));
      else if (base === "not-found" || base === "sitemap" || base === "robots") throw unsupported(full, `"${base}" files here`);
    }
  };
  const project = path.dirname(appDir);
  for (const dir of [project, path.join(project, "src")]) {
    const found = fs.existsSync(dir) ? fs.readdirSync(dir).find((name) => PROJECT_FILES.test(name)) : undefined;
    if (found) throw unsupported(path.join(dir, found), "middleware or proxy (a static host never runs it)");
  }
  walk(appDir, [], false);
  if (!routes.layouts.some((l) => l.segments.length === 0)) throw new Error(`${appDir}: no root layout (app/layout.tsx)`);
  return routes;
}

function unsupported(file, what) {
  const error = new Error(`${file}: the static exporter does not support ${what} — remove the file, or serve the site with next build and next start`);
  error.name = "UnsupportedRouteError";
  return error;
}

const ROUTE_CONFIG_MODULE = path.join(import.meta.dirname, "route-config.mjs");

/**
 * The entry module that imports every route module, for the bundler; it also
 * re-exports `loadContent` from `contentModule`, so the build can read and check
 * the content once before the render workers start (and hand the files it read
 * to them: `readBuildContent`, `useReadContent`). Loading it checks every
 * route module's exports (route-config.mjs), so the build stops on one the
 * exporter cannot reproduce.
 */
export function entrySource(routes, renderModule, contentModule) {
  const lines = [];
  const checks = [];
  const ref = (file, name, kind, segments = []) => {
    lines.push(`import * as ${name} from ${JSON.stringify(file)};`);
    checks.push(`{ kind: ${JSON.stringify(kind)}, file: ${JSON.stringify(file)}, segments: ${JSON.stringify(segments)}, module: ${name} }`);
    return name;
  };
  const list = (items, prefix, kind) =>
    `[${items.map((r, i) => `{ segments: ${JSON.stringify(r.segments)}, module: ${ref(r.file, `${prefix}${i}`, kind, r.segments)} }`).join(", ")}]`;
  const body = [
    `layouts: ${list(routes.layouts, "L", "layout")}`,
    `pages: ${list(routes.pages, "P", "page")}`,
    `handlers: ${list(routes.handlers, "H", "handler")}`,
    `notFound: ${routes.notFound ? ref(routes.notFound, "NF", "notFound") : "undefined"}`,
    `sitemap: ${routes.sitemap ? ref(routes.sitemap, "SM", "sitemap") : "undefined"}`,
    `robots: ${routes.robots ? ref(routes.robots, "RB", "robots") : "undefined"}`,
  ];
  return [
    `import { checkRouteModules } from ${JSON.stringify(ROUTE_CONFIG_MODULE)};`,
    ...lines,
    `checkRouteModules([\n  ${checks.join(",\n  ")},\n]);`,
    `export { exportSite } from ${JSON.stringify(renderModule)};`,
    `export { getContent as loadContent, readBuildContent, useReadContent, parseCacheEmpty, parseShare, usePreparsed, brokenLinkIssues, siteSections, allBodyErrors, ContentError, formatIssueForSite } from ${JSON.stringify(contentModule)};`,
    `export { siteConfig } from ${JSON.stringify(path.join(path.dirname(contentModule), "../../site.config.ts"))};`,
    `export const routes = { ${body.join(",\n  ")} };`,
    "",
  ].join("\n");
}
