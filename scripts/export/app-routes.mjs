/**
 * Reads the app/ folder the way the Next.js App Router does, for the static
 * exporter: layouts, pages, route handlers, the not-found page, sitemap, robots
 * and icons. File conventions the exporter cannot reproduce are refused with the
 * file's name, so a new feature never goes missing from the export silently.
 */
import fs from "node:fs";
import path from "node:path";

const CODE = /\.(tsx|ts|jsx|js|mjs)$/;
/** Conventions that do not change a fully static page. */
const IGNORED = new Set(["loading", "error", "global-error", "forbidden", "unauthorized"]);
const UNSUPPORTED = new Set(["template", "default", "opengraph-image", "twitter-image", "manifest", "middleware", "instrumentation"]);
const ICON = /^(icon|apple-icon)\d*\.(svg|png|ico|jpe?g)$|^favicon\.ico$/;

/** A folder that is not part of the URL: `_private` folders and `(groups)`. */
const isPrivate = (name) => name.startsWith("_");
const isGroup = (name) => /^\(.*\)$/.test(name);

export function scanAppDir(appDir) {
  const routes = { layouts: [], pages: [], handlers: [], notFound: null, sitemap: null, robots: null, icons: [] };
  const walk = (dir, segments) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (isPrivate(entry.name)) continue;
        if (entry.name.startsWith("@") || /^\(\.+\)/.test(entry.name)) throw unsupported(full, "parallel and intercepting routes");
        walk(full, isGroup(entry.name) ? segments : [...segments, entry.name]);
        continue;
      }
      const atRoot = segments.length === 0;
      if (ICON.test(entry.name) && atRoot) {
        routes.icons.push({ file: full, name: entry.name });
        continue;
      }
      if (!CODE.test(entry.name)) continue;
      const base = entry.name.replace(CODE, "");
      if (base === "layout") routes.layouts.push({ segments, file: full });
      else if (base === "page") routes.pages.push({ segments, file: full });
      else if (base === "route") routes.handlers.push({ segments, file: full });
      else if (base === "not-found" && atRoot) routes.notFound = full;
      else if ((base === "sitemap" || base === "robots") && atRoot) routes[base] = full;
      else if (UNSUPPORTED.has(base) || (base === "not-found" && !atRoot)) throw unsupported(full, `"${base}" files`);
      else if (!IGNORED.has(base) && /^(sitemap|robots|icon|apple-icon)$/.test(base)) throw unsupported(full, `generated ${base} files`);
    }
  };
  walk(appDir, []);
  if (!routes.layouts.some((l) => l.segments.length === 0)) throw new Error(`${appDir}: no root layout (app/layout.tsx)`);
  return routes;
}

function unsupported(file, what) {
  return new Error(`${file}: the static exporter does not support ${what} — remove the file or build with STATIC_EXPORT=1 next build`);
}

/** The entry module that imports every route module, for the bundler. */
export function entrySource(routes, renderModule) {
  const lines = [];
  const ref = (file, name) => {
    lines.push(`import * as ${name} from ${JSON.stringify(file)};`);
    return name;
  };
  const list = (items, prefix) =>
    `[${items.map((r, i) => `{ segments: ${JSON.stringify(r.segments)}, module: ${ref(r.file, `${prefix}${i}`)} }`).join(", ")}]`;
  const body = [
    `layouts: ${list(routes.layouts, "L")}`,
    `pages: ${list(routes.pages, "P")}`,
    `handlers: ${list(routes.handlers, "H")}`,
    `notFound: ${routes.notFound ? ref(routes.notFound, "NF") : "undefined"}`,
    `sitemap: ${routes.sitemap ? ref(routes.sitemap, "SM") : "undefined"}`,
    `robots: ${routes.robots ? ref(routes.robots, "RB") : "undefined"}`,
  ];
  return `${lines.join("\n")}\nexport { exportSite } from ${JSON.stringify(renderModule)};\nexport const routes = { ${body.join(",\n  ")} };\n`;
}
