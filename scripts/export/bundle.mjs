/**
 * Bundles for the static exporter, with rolldown:
 * - the renderer: every app/ route module plus lib/export/render-site.tsx, for
 *   Node, with node_modules left external and Next's runtime-only modules
 *   replaced by plain equivalents (lib/export/static-link.tsx, navigation.ts);
 * - a client script: a browser entry, minified, with the base path inlined.
 */
import path from "node:path";
import { rolldown } from "rolldown";
import { entrySource } from "./app-routes.mjs";

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

/**
 * Writes the renderer to `file` (an .mjs inside the project, so node_modules
 * resolve); returns the stylesheets the route modules import.
 */
export async function bundleRenderer(routes, file) {
  const stylesheets = new Set();
  const bundle = await rolldown({
    ...common({}),
    input: ENTRY,
    platform: "node",
    external: (id) => !id.startsWith(".") && !path.isAbsolute(id) && !id.startsWith("\0") && !(id in shims),
    plugins: [
      ignoreCss(stylesheets),
      {
        name: "yomu-export-entry",
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? entrySource(routes, path.join(root, "lib/export/render-site.tsx"), path.join(root, "lib/content/index.ts")) : null),
      },
    ],
  });
  await bundle.write({ file, format: "esm", sourcemap: false });
  await bundle.close();
  return [...stylesheets];
}

/** Writes a minified browser bundle of `entry` into `dir`; returns its file name (`<name>.<hash>.js`). */
export async function bundleClient(name, entry, dir, env) {
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
    const leftover = /\bprocess\.env\.(\w+)/.exec(c.code);
    if (leftover) throw new Error(`${entry}: browser code reads process.env.${leftover[1]}, which the exporter does not define`);
  }
  return chunks.find((c) => c.isEntry).fileName;
}
