#!/usr/bin/env node
/**
 * `npm run build:static`: the static site in out/ (or --out DIR), for any file
 * server. Renders app/'s routes with yomu's exporter (lib/export) instead of
 * `next build`: the same components, metadata and route handlers, without the
 * Next.js runtime. BASE_PATH, SITE_URL and CONTENT_DIR work as for `next build`;
 * YOMU_BUILD_CPUS sets the number of rendering threads (default: one per core).
 *
 * The site is written next to the output folder and swapped in at the end, so
 * a failed build leaves the previous site untouched.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { scanAppDir } from "./export/app-routes.mjs";
import { bundleClient, bundleRenderer } from "./export/bundle.mjs";
import { buildCss } from "./export/css.mjs";
import { contentSecurityPolicy, netlifyHeadersFile, vercelJson } from "../lib/security-headers.mjs";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const outArg = args.indexOf("--out");
const outDir = path.resolve(root, outArg >= 0 ? args[outArg + 1] : "out");
const quiet = args.includes("--quiet");

process.env.NODE_ENV = "production";

// As lib/urls.ts normalizeBasePath: "/blog", or "" at the root.
const trimmedBase = (process.env.BASE_PATH ?? "").trim().replace(/^\/+|\/+$/g, "");
const basePath = trimmedBase ? `/${trimmedBase}` : "";
const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

const ICON_TYPES = { svg: "image/svg+xml", png: "image/png", ico: "image/x-icon" };

const timings = {};
async function step(name, fn) {
  const t = performance.now();
  const value = await fn();
  timings[name] = Math.round(performance.now() - t);
  return value;
}

/**
 * What the last build wrote into outDir, file → fingerprint, when the folder is
 * still the one it wrote (same inode: not replaced by another tool since).
 */
function previousBuild() {
  if (process.env.YOMU_CACHE === "0" || !fs.existsSync(outDir)) return undefined;
  try {
    const saved = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
    return saved.outDir === outDir && saved.ino === fs.statSync(outDir).ino ? { dir: outDir, files: saved.files } : undefined;
  } catch {
    return undefined;
  }
}

const hashOf = (value) => createHash("sha1").update(JSON.stringify(value)).digest("hex").slice(0, 12);

/**
 * An asset file made by `produce` (into `dir`, returning its name), kept in the
 * build cache under `name` so that a rebuild with the same code copies it.
 */
async function cachedAsset(name, dir, produce) {
  const cached = path.join(work, name);
  if (process.env.YOMU_CACHE !== "0" && fs.existsSync(cached)) {
    const [file] = fs.readdirSync(cached);
    if (file) {
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(path.join(cached, file), path.join(dir, file));
      return file;
    }
  }
  const file = await produce();
  const kind = name.split("-")[0];
  for (const old of fs.readdirSync(work)) if (old.startsWith(`${kind}-`)) fs.rmSync(path.join(work, old), { recursive: true, force: true });
  fs.mkdirSync(cached, { recursive: true });
  fs.copyFileSync(path.join(dir, file), path.join(cached, file));
  return file;
}

function hashFiles(files, extra) {
  const hash = createHash("sha1").update(JSON.stringify(extra));
  for (const file of files) hash.update(fs.readFileSync(file));
  return hash.digest("hex");
}

async function build(staging, previous) {
  const routes = await step("scan", () => scanAppDir(path.join(root, "app")));
  const { file: renderer, key: codeKey, stylesheets } = await step("bundle", () => bundleRenderer(routes, work));
  // One thread per core: this one and workers. The workers load the renderer (and one
  // builds the stylesheet) while this thread reads the content and rolldown bundles the
  // search script on its own threads.
  const threads = Math.max(1, Number(process.env.YOMU_BUILD_CPUS) || os.availableParallelism());
  const workers = Array.from({ length: threads - 1 }, () => startWorker(renderer));
  try {
    const assets = path.join(staging, "assets");
    // Both depend on the code only (globals.css reads classes from app/, components/, lib/).
    const clientEnv = { BASE_PATH: basePath, SITE_URL: siteUrl };
    let cssMs;
    const assetFiles = Promise.all([
      step("css", () =>
        cachedAsset(`css-${codeKey}`, assets, async () => {
          if (!workers[0]) return buildCss(stylesheets, assets);
          // Timed on the worker: this thread only hears back once it has read the content.
          const { file, ms } = await workers[0].call("css", { sources: stylesheets, dir: assets });
          cssMs = ms;
          return file;
        }),
      ),
      step("client", () =>
        cachedAsset(`search-${codeKey}-${hashOf(clientEnv)}`, assets, () =>
          bundleClient("search", path.join(root, "lib/export/search-client.tsx"), assets, clientEnv),
        ),
      ),
    ]);
    // Read and check every post once, here: a content error stops the build before
    // anything is written, and the workers start from the parse cache this fills.
    const { loadContent, exportSite, routes: modules, siteConfig } = await import(pathToFileURL(renderer).href);
    await step("content", () => loadContent());
    const [cssFile, searchFile] = await assetFiles;
    if (cssMs !== undefined) timings.css = cssMs;

    // The hosts' header files first, so that a public/_headers or public/vercel.json of the site's own replaces them.
    const { embedHosts } = siteConfig;
    fs.writeFileSync(path.join(staging, "_headers"), netlifyHeadersFile({ embedHosts }));
    fs.writeFileSync(path.join(staging, "vercel.json"), JSON.stringify(vercelJson({ embedHosts }), null, 2) + "\n");
    const pub = path.join(root, "public");
    if (fs.existsSync(pub)) fs.cpSync(pub, staging, { recursive: true });
    const icons = routes.icons.map(({ file, name }) => {
      fs.copyFileSync(file, path.join(staging, name));
      const version = createHash("sha1").update(fs.readFileSync(file)).digest("base64url").slice(0, 10);
      const ext = name.split(".").pop();
      return { href: `${basePath}/${name}?v=${version}`, type: ICON_TYPES[ext], sizes: ext === "png" ? undefined : "any" };
    });
    // Assets, public/ and icons, written here: always copied, so never removed as stale.
    const ownFiles = [...walkFiles(staging)].map((f) => path.relative(staging, f));

    // Everything a page depends on besides its own element tree: the rendering code,
    // the asset URLs, the environment the code reads, and the installed packages.
    // codeKey covers the sources the renderer reads at run time too (lib/client, whose
    // hashes name the script files pages load).
    const buildKey = hashFiles([renderer, path.join(root, "package-lock.json")].filter((f) => fs.existsSync(f)), {
      codeKey,
      cssFile,
      searchFile,
      icons,
      basePath,
      siteUrl,
      node: process.version,
    });
    const options = {
      outDir: staging,
      buildKey,
      previous,
      siteUrl: siteUrl + basePath,
      stylesheets: [`${basePath}/assets/${cssFile}`],
      icons,
      clientScripts: { search: `${basePath}/assets/${searchFile}` },
      contentSecurityPolicy: contentSecurityPolicy({ staticExport: true, embedHosts, meta: true }),
    };
    // The workers and this thread take tasks from one shared queue until it is empty.
    const queue = new SharedArrayBuffer(4);
    const parts = await step("render", () => Promise.all([...workers.map((w) => w.call("render", { ...options, queue })), exportSite(modules, { ...options, queue })]));
    const result = { pages: 0, reused: 0, timings: {}, manifest: {} };
    for (const file of ownFiles) result.manifest[file] = "static";
    for (const part of parts) {
      result.pages += part.pages;
      result.reused += part.reused;
      Object.assign(result.manifest, part.manifest);
      for (const [k, v] of Object.entries(part.timings)) result.timings[k] = Math.max(result.timings[k] ?? 0, v);
    }
    return result;
  } finally {
    for (const w of workers) w.stop();
  }
}

/** A worker thread (scripts/export/render-worker.mjs); `call(task, args)` runs a task there. */
function startWorker(renderer) {
  const worker = new Worker(path.join(import.meta.dirname, "export/render-worker.mjs"), {
    workerData: { renderer: pathToFileURL(renderer).href },
  });
  const pending = new Map();
  let next = 0;
  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on("message", ({ id, ok, result, error }) => {
    const call = pending.get(id);
    pending.delete(id);
    if (ok) call?.resolve(result);
    else call?.reject(Object.assign(new Error(error.message), error));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`a worker thread exited with code ${code}`)));
  return {
    call(task, args) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, task, args });
      });
    },
    stop: () => void worker.terminate(),
  };
}

function* walkFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(full);
    else yield full;
  }
}

/** Cold build: the new site replaces the old folder. */
function swapIn(staging) {
  const old = `${outDir}.old-${process.pid}`;
  try {
    if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  } catch {
    // out/ cannot be moved (a mount point, say): replace what is inside it instead.
    for (const entry of fs.readdirSync(outDir)) fs.rmSync(path.join(outDir, entry), { recursive: true, force: true });
    for (const entry of fs.readdirSync(staging)) fs.renameSync(path.join(staging, entry), path.join(outDir, entry));
    return;
  }
  fs.renameSync(staging, outDir);
  fs.rmSync(old, { recursive: true, force: true });
}

/**
 * Rebuild: staging holds only the files that changed; each is moved into place,
 * and the files the site no longer has are removed.
 */
function mergeIn(staging, previous, manifest) {
  for (const file of walkFiles(staging)) {
    const target = path.join(outDir, path.relative(staging, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(file, target);
  }
  const gone = Object.keys(previous.files).filter((f) => !(f in manifest));
  for (const file of gone) {
    fs.rmSync(path.join(outDir, file), { force: true });
    // Remove folders the removal emptied (a deleted post's, a tag's last page).
    for (let dir = path.dirname(path.join(outDir, file)); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) {
      try {
        fs.rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
  return gone.length;
}

const started = performance.now();
const work = path.join(root, ".next", "cache", "yomu-export");
fs.mkdirSync(work, { recursive: true });
const staging = `${outDir}.new-${process.pid}`;
const cacheRoot = process.env.YOMU_CACHE_DIR || path.join(root, ".next", "cache", "yomu");
const manifestFile = path.join(cacheRoot, "export", `${createHash("sha1").update(outDir).digest("hex").slice(0, 16)}.json`);
try {
  fs.rmSync(staging, { recursive: true, force: true });
  const previous = previousBuild();
  fs.rmSync(manifestFile, { force: true });
  const result = await build(staging, previous);
  const removed = previous ? mergeIn(staging, previous, result.manifest) : (swapIn(staging), 0);
  fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
  fs.writeFileSync(manifestFile, JSON.stringify({ outDir, ino: fs.statSync(outDir).ino, files: result.manifest }));
  if (!quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const total = Object.keys(result.manifest).length;
    const change = previous ? ` (rebuild: ${total - result.reused} written, ${result.reused} unchanged, ${removed} removed)` : "";
    console.log(`build:static: ${result.pages} pages, ${total} files in ${path.relative(root, outDir) || "."}${change} in ${seconds} s`);
    console.log(`  ${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(", ")}`);
    if (process.env.YOMU_BUILD_TIMINGS) console.log(`  ${Object.entries(result.timings).map(([k, v]) => `${k} ${v} ms`).join("\n  ")}`);
  }
} catch (error) {
  // Content errors are the editor's to fix: their message lists every file:line:column.
  console.error(error?.name === "ContentError" ? `build:static: ${error.message}` : (error?.stack ?? String(error)));
  console.error(`build:static: nothing was written; ${path.relative(root, outDir) || "out"} is unchanged`);
  process.exitCode = 1;
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
