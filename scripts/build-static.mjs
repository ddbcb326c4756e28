#!/usr/bin/env node
/**
 * `npm run build:static`: the static site in out/ (or --out DIR), for any file
 * server. Renders app/'s routes with yomu's exporter (lib/export) instead of
 * `next build`: same components, metadata and route handlers, no Next.js
 * runtime. BASE_PATH, SITE_URL and CONTENT_DIR work as for `next build`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { scanAppDir } from "./export/app-routes.mjs";
import { bundleClient, bundleRenderer } from "./export/bundle.mjs";
import { buildCss } from "./export/css.mjs";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const outArg = args.indexOf("--out");
const outDir = path.resolve(root, outArg >= 0 ? args[outArg + 1] : "out");
const quiet = args.includes("--quiet");

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const started = performance.now();
const timings = {};
const step = async (name, fn) => {
  const t = performance.now();
  const value = await fn();
  timings[name] = Math.round(performance.now() - t);
  return value;
};

// As lib/urls.ts normalizeBasePath: "/blog", or "" at the root.
const trimmedBase = (process.env.BASE_PATH ?? "").trim().replace(/^\/+|\/+$/g, "");
const basePath = trimmedBase ? `/${trimmedBase}` : "";
const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

fs.rmSync(outDir, { recursive: true, force: true });
const assetsDir = path.join(outDir, "assets");
const work = path.join(root, ".next", "cache", "yomu-export");
fs.mkdirSync(work, { recursive: true });

const routes = await step("scan", () => scanAppDir(path.join(root, "app")));
const renderer = path.join(work, `render-${process.pid}.mjs`);
const stylesheets = await step("bundle", () => bundleRenderer(routes, renderer));
const [cssFile, searchFile] = await Promise.all([
  step("css", () => buildCss(stylesheets, assetsDir)),
  step("client", () =>
    bundleClient("search", path.join(root, "lib/export/search-client.tsx"), assetsDir, { BASE_PATH: basePath, SITE_URL: siteUrl }),
  ),
]);

await step("public", () => {
  const pub = path.join(root, "public");
  if (fs.existsSync(pub)) fs.cpSync(pub, outDir, { recursive: true });
});
const icons = routes.icons.map(({ file, name }) => {
  fs.copyFileSync(file, path.join(outDir, name));
  const version = fs.statSync(file).size.toString(36) + "-" + Math.round(fs.statSync(file).mtimeMs).toString(36);
  const type = { svg: "image/svg+xml", png: "image/png", ico: "image/x-icon", jpg: "image/jpeg", jpeg: "image/jpeg" }[name.split(".").pop()];
  return { href: `${basePath}/${name}?v=${version}`, type, sizes: name.endsWith(".svg") || name.endsWith(".ico") ? "any" : undefined, rel: name.startsWith("apple") ? "apple-touch-icon" : "icon" };
});

const options = {
  outDir,
  siteUrl: siteUrl + basePath,
  stylesheets: [`${basePath}/assets/${cssFile}`],
  icons,
  clientScripts: { search: `${basePath}/assets/${searchFile}` },
};
const workers = Math.max(1, Number(process.env.YOMU_BUILD_CPUS) || os.availableParallelism());
const parts = await step("render", () =>
  Promise.all(
    Array.from({ length: workers }, (_, index) => renderShard(pathToFileURL(renderer).href, { ...options, shard: { index, count: workers } })),
  ),
).finally(() => fs.rmSync(renderer, { force: true }));
const result = { pages: 0, files: 0, timings: {} };
if (process.env.YOMU_EXPORT_DEBUG) for (const part of parts) console.log(JSON.stringify(part.timings));
for (const part of parts) {
  result.pages += part.pages;
  result.files += part.files;
  for (const [k, v] of Object.entries(part.timings)) result.timings[k] = Math.max(result.timings[k] ?? 0, v);
}

/** Renders one shard in a worker thread (2 cores: two at once). */
function renderShard(rendererUrl, shardOptions) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(import.meta.dirname, "export/render-worker.mjs"), {
      workerData: { renderer: rendererUrl, options: shardOptions },
    });
    worker.once("message", (m) => (m.ok ? resolve(m.result) : reject(new Error(m.error))));
    worker.once("error", reject);
    worker.once("exit", (code) => code !== 0 && reject(new Error(`render worker exited with ${code}`)));
  });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (!quiet) {
  console.log(`build:static: ${result.pages} pages, ${result.files} files in ${path.relative(root, outDir) || "."} in ${seconds} s`);
  console.log(`  ${Object.entries({ ...timings, ...result.timings }).map(([k, v]) => `${k} ${v} ms`).join(", ")}`);
}
