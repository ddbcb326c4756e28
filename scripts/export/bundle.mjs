/**
 * Bundles for the static exporter, with rolldown:
 * - the renderer: every app/ route module plus lib/export/render-site.tsx, for
 *   Node, with node_modules left external and Next's runtime-only modules
 *   replaced by plain equivalents (lib/export/static-link.tsx, navigation.ts);
 * - a client script: a browser entry, minified, with the base path inlined.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { entrySource } from "./app-routes.mjs";
import { unnamedVisitors } from "./unnamed-visitors.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const ENTRY = "\0yomu-export-entry";

const shims = {
  "next/link": path.join(root, "lib/export/static-link.tsx"),
  "next/navigation": path.join(root, "lib/export/navigation.ts"),
};

/** Stylesheets imported by layouts are built separately (scripts/export/css.mjs). */
const ignoreCss = (found = new Set()) => ({
  name: "yomu-ignore-css",
  load: {
    filter: { id: /\.css$/ },
    handler: (id) => {
      found.add(id);
      return { code: "", moduleType: "js" };
    },
  },
});

const common = (env) => ({
  resolve: { alias: shims },
  tsconfig: path.join(root, "tsconfig.json"),
  transform: {
    jsx: { runtime: "automatic" },
    define: Object.fromEntries(Object.entries(env).map(([k, v]) => [`process.env.${k}`, JSON.stringify(v)])),
  },
  // "use client" only matters to React Server Components; here every module is plain React.
  onLog: (level, log, handler) => {
    if (log.code !== "MODULE_LEVEL_DIRECTIVE") handler(level, log);
  },
});

/** Source folders and files the renderer is built from (tests aside). */
const SOURCES = ["app", "components", "lib", "scripts/export", "site.config.ts", "tsconfig.json", "package-lock.json"];

function sourceHash(routes) {
  const hash = createHash("sha1").update(JSON.stringify(routes));
  const add = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(file).sort()) add(path.join(file, name));
    else if (!/\.test\.tsx?$/.test(file)) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  };
  for (const source of SOURCES) add(path.join(root, source));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The renderer: every route module with its dependencies in one file (one file
 * loads much faster than the hundreds of modules in node_modules, and each
 * render worker loads it). Built into `dir` (inside the project) and kept
 * there, keyed by a hash of its sources, so a rebuild after a content edit
 * reuses it. Returns its path, that hash (`key`: what the site's code is) and the
 * stylesheets the route modules import.
 */
export async function bundleRenderer(routes, dir) {
  const { key, file, meta, cached } = rendererFiles(routes, dir);
  if (cached) return cached;
  const { rolldown } = await import("rolldown");
  const stylesheets = new Set();
  const bundle = await rolldown({
    ...common({}),
    input: ENTRY,
    platform: "node",
    // External: Next's own modules; React, which loads as fast from node_modules and would
    // cost rolldown a noticeable share of the bundling time; the share-image renderers (sharp is
    // native, and both load only when an image is drawn); and rolldown, a native module
    // (app/assets/[file]/route.ts bundles the browser scripts with it).
    external: /^(node:|next\/dist\/|react(-dom)?(\/|$)|satori(\/|$)|sharp$|rolldown$)/,
    plugins: [
      ignoreCss(stylesheets),
      unnamedVisitors(),
      {
        name: "yomu-export-entry",
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? entrySource(routes, path.join(root, "lib/export/render-site.tsx"), path.join(root, "lib/content/index.ts")) : null),
      },
    ],
  });
  for (const old of fs.existsSync(dir) ? fs.readdirSync(dir) : []) if (old.startsWith("renderer-")) fs.rmSync(path.join(dir, old), { force: true });
  const tmp = `${file}.${process.pid}.tmp.cjs`;
  // CommonJS, so that it loads with V8's code cache (./load-renderer.mjs), where an import()
  // cannot run: the packages it imports when it needs them (satori, sharp, rolldown) are required.
  await bundle.write({ file: tmp, format: "cjs", dynamicImportInCjs: false, sourcemap: false, charset: "ascii", comments: { legal: true, annotation: true, jsdoc: false } });
  await bundle.close();
  fs.renameSync(tmp, file);
  fs.writeFileSync(meta, JSON.stringify([...stylesheets]));
  return { file, key, stylesheets: [...stylesheets] };
}

/** Where the renderer of these sources lives, and what bundleRenderer made there before, if it is still there. */
function rendererFiles(routes, dir) {
  const key = sourceHash(routes);
  const file = path.join(dir, `renderer-${key}.cjs`);
  const meta = `${file}.json`;
  const cached = fs.existsSync(file) && fs.existsSync(meta) ? { file, key, stylesheets: JSON.parse(fs.readFileSync(meta, "utf8")) } : undefined;
  return { key, file, meta, cached };
}

/** The renderer bundleRenderer made before from the same sources, if it is still there (no bundler loaded). */
export const cachedRenderer = (routes, dir) => rendererFiles(routes, dir).cached;

/** Writes a minified browser bundle of `entry` into `dir`; returns its file name (`<name>.<hash>.js`). */
export async function bundleClient(name, entry, dir, env) {
  const { rolldown } = await import("rolldown");
  const bundle = await rolldown({
    ...common({ NODE_ENV: "production", ...env }),
    input: { [name]: entry },
    platform: "browser",
    plugins: [ignoreCss()],
  });
  const { output } = await bundle.write({ dir, format: "esm", minify: true, entryFileNames: "[name].[hash].js", chunkFileNames: "[name].[hash].js" });
  await bundle.close();
  const chunks = output.filter((o) => o.type === "chunk");
  for (const c of chunks) {
    // A browser has no `process`: a variable the exporter does not define, or `process.env` passed whole, would throw there.
    const leftover = /\bprocess\.env\b(?:\.(\w+))?/.exec(c.code);
    if (leftover) {
      const what = leftover[1] ? `process.env.${leftover[1]}, which the exporter does not define` : "process.env as a whole (read each variable by name)";
      throw new Error(`${entry}: browser code reads ${what}`);
    }
  }
  return chunks.find((c) => c.isEntry).fileName;
}
