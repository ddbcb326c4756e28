#!/usr/bin/env node
/**
 * `npm run build:static`: the static site in out/ (or --out DIR), for any file
 * server. Renders app/'s routes with yomu's exporter (lib/export) instead of
 * `next build`: the same components, metadata and route handlers, without the
 * Next.js runtime. BASE_PATH, SITE_URL and CONTENT_DIR work as for `next build`;
 * YOMU_BUILD_CPUS sets the number of rendering threads (default: one per core).
 *
 * The site is written next to the output folder and swapped in at the end, so
 * a failed build leaves the previous site untouched. The output folder must be
 * new, empty or marked by a previous build (.yomu-site), and never a folder of
 * the project's own (scripts/lib/output-folder.mjs): a build replaces all of it.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { scanAppDir } from "./export/app-routes.mjs";
import { cachedRenderer } from "./export/bundle.mjs";
import { loadRenderer } from "./export/load-renderer.mjs";
import { inChildProcess } from "./export/bundle-process.mjs";
import { normalizeBasePath } from "../lib/base-path.mjs";
import { isInside } from "../lib/path-inside.mjs";
import { contentSecurityPolicy, netlifyHeadersFile, vercelJson } from "../lib/security-headers.mjs";
import { mergeIn, OutputStateError, swapIn, walkFiles } from "./export/replace-output.mjs";
import { skippedReport } from "./export/skipped.mjs";
import { PLACEHOLDER_SITE_URL, siteUrlFromEnv, siteUrlProblem } from "../lib/site-url.mjs";
import { vercelOutputConfig, vercelStaticDir } from "./export/vercel-output.mjs";
import { checkOutputFolder, MARKERS, markOutputFolder, projectFolders } from "./lib/output-folder.mjs";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const outArg = args.indexOf("--out");
// --vercel: Vercel's Build Output API (.vercel/output), what the root vercel.json runs.
const vercel = args.includes("--vercel");
const outText = outArg >= 0 ? args[outArg + 1] : vercel ? path.relative(root, vercelStaticDir(root, normalizeBasePath(process.env.BASE_PATH))) : "out";
const quiet = args.includes("--quiet");
if (!outText || outText.startsWith("--")) {
  console.error("build:static: --out needs a folder, e.g. --out site");
  process.exit(2);
}
const outDir = path.resolve(root, outText);
/** outDir for messages: relative to the project when inside it. */
const outName = isInside(root, outDir) ? path.relative(root, outDir) || "." : outDir;

process.env.NODE_ENV = "production";

const basePath = normalizeBasePath(process.env.BASE_PATH);
const siteUrl = (siteUrlFromEnv() ?? PLACEHOLDER_SITE_URL).replace(/\/+$/, "");

/** Below this many posts, handing them to the workers costs more than parsing them here. */
const PARSE_TOGETHER_FROM = 200;

/** The young generation of each rendering thread: 3 × the semi-space that package.json's --max-semi-space-size gives the main thread. */
const YOUNG_GENERATION_MB = 3 * 64;

const vercelConfigFile = path.join(root, ".vercel/output/config.json");

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
function recordedBuild() {
  if (!fs.existsSync(outDir)) return undefined;
  try {
    const saved = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
    return saved.outDir === outDir && saved.ino === fs.statSync(outDir).ino
      ? { dir: outDir, files: saved.files, inputs: saved.inputs, validUntil: saved.validUntil, skipped: saved.skipped ?? [], content: saved.content, warnings: saved.warnings ?? [] }
      : undefined;
  } catch {
    return undefined;
  }
}
const previousBuild = () => (process.env.YOMU_CACHE === "0" ? undefined : recordedBuild());

/**
 * Why outDir must not receive the site (the build empties it), or undefined.
 * A folder a build wrote before builds left their marker counts as marked when
 * the build cache still records it.
 */
const envContentDir = process.env.CONTENT_DIR ? path.resolve(process.cwd(), process.env.CONTENT_DIR) : undefined;

function outputRefusal(contentDir = envContentDir ?? path.resolve(process.cwd(), "content")) {
  return checkOutputFolder(outDir, {
    root,
    protect: [...projectFolders(root), [contentDir, `the content folder (${contentDir === envContentDir ? "CONTENT_DIR" : "content/"})`]],
    marker: MARKERS.site,
    writtenBefore: () => recordedBuild() !== undefined,
  });
}

/**
 * Everything the site is made from, without reading it: the code (codeKey),
 * the settings from the environment, and every file of the content folder and
 * public/ by path, size and modification times. Undefined when that cannot be
 * told from file times (a link to a folder, whose files are not listed).
 */
function inputsFingerprint(codeKey, contentDir) {
  if (!contentDir) return undefined;
  const layout = process.env.CONTENT_LAYOUT;
  const hash = createHash("sha1").update(JSON.stringify({ codeKey, basePath, siteUrl, vercel, contentDir, layout, node: process.version }));
  for (const file of [import.meta.filename, ...fs.readdirSync(path.join(root, "scripts/lib")).map((f) => path.join(root, "scripts/lib", f))]) {
    hash.update(fs.readFileSync(file));
  }
  for (const dir of [contentDir, path.join(root, "public")]) {
    const lines = [];
    const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }) : [];
    for (const entry of entries) {
      // A Zenn or Qiita repository's installed packages and git objects (its commits show in .git/'s other files).
      if (/(^|[\\/])(node_modules|\.git[\\/]objects)([\\/]|$)/.test(path.relative(dir, path.join(entry.parentPath, entry.name)))) continue;
      const file = path.join(entry.parentPath, entry.name);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (entry.isSymbolicLink() && stat?.isDirectory()) return undefined;
      if (!stat?.isDirectory()) lines.push(`${path.relative(dir, file)}\0${stat?.size}\0${stat?.mtimeMs}\0${stat?.ctimeMs}`);
    }
    hash.update(`${dir}\n${lines.sort().join("\n")}\n`);
  }
  return hash.digest("hex");
}

/** True when the site in place was built from exactly these inputs, is complete, and no scheduled post has gone live since. */
function upToDate(previous, inputs) {
  if (!previous || !inputs || previous.inputs !== inputs) return false;
  if (previous.validUntil && Date.now() >= Date.parse(previous.validUntil)) return false;
  if (vercel && !fs.existsSync(vercelConfigFile)) return false;
  return Object.keys(previous.files).every((file) => fs.existsSync(path.join(outDir, file)));
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


async function build(staging, previous) {
  const routes = await step("scan", () => scanAppDir(path.join(root, "app")));
  const { file: renderer, key: codeKey, stylesheets } = await step("bundle", async () => cachedRenderer(routes, work) ?? (await inChildProcess("bundleRenderer", routes, work)));
  // The content folder, when it is known without loading the site's code: CONTENT_DIR, or the folder the
  // last build of this code read (site.config.ts may name one; its code is part of codeKey).
  const knownContent = envContentDir ? undefined : previous?.content?.codeKey === codeKey ? previous.content : undefined;
  let inputs = await step("inputs", () => inputsFingerprint(codeKey, envContentDir ?? knownContent?.dir));
  // What code makes the outputs (with Node's own Intl data): lib/build-cache.ts caches whole
  // outputs of code, such as feeds, only when told. The worker threads inherit it.
  process.env.YOMU_CODE_KEY = `${codeKey} ${process.version}`;
  if (upToDate(previous, inputs)) {
    if (!quiet && previous.content?.described) console.log(`build:static: ${previous.content.described}`);
    return { upToDate: true, inputs, manifest: previous.files, validUntil: previous.validUntil, skipped: previous.skipped, content: previous.content, warnings: previous.warnings };
  }
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
          if (!workers[0]) return (await import("./export/css.mjs")).buildCss(stylesheets, assets);
          // On a worker of its own, which ends with it: Tailwind's memory is not kept while pages render.
          // Timed on the worker: this thread only hears back once it has read the content.
          const cssWorker = startWorker(undefined);
          try {
            const { file, ms } = await cssWorker.call("css", { sources: stylesheets, dir: assets });
            cssMs = ms;
            return file;
          } finally {
            cssWorker.stop();
          }
        }),
      ),
      step("client", () =>
        cachedAsset(`search-${codeKey}-${hashOf(clientEnv)}`, assets, () =>
          inChildProcess("bundleClient", "search", path.join(root, "app/search/search-client.tsx"), assets, clientEnv),
        ),
      ),
    ]);
    // Awaited below; when loading the renderer or the content fails first, the workers are
    // stopped and this fails too, after the build has reported the first error.
    assetFiles.catch(() => {});
    // Read and check every post once, here: a content error stops the build before
    // anything is written, and the workers start from the parse cache this fills.
    const bundle = loadRenderer(renderer);
    const { loadContent, readBuildContent, brokenLinkIssues, siteSections, exportSite, routes: modules, siteConfig, formatIssueForSite } = bundle.exports;
    const warnings = [];
    const noAddress = siteUrlProblem(siteConfig.url);
    if (noAddress?.fatal) throw Object.assign(new Error(`${noAddress.message} (a build on CI or Vercel must have it)`), { name: "SiteConfigError" });
    if (noAddress) warnings.push(noAddress.message);
    let read;
    const content = await step("content", async () => {
      read = readBuildContent();
      if (!quiet) console.log(`build:static: ${read.described}`);
      const refusal = read.dir !== envContentDir && outputRefusal(read.dir);
      if (refusal) throw new OutputRefusal(`will not write the site into ${outDir}: ${refusal}`);
      // A first build of many posts: the workers, which have loaded the renderer meanwhile, parse
      // with this thread (files taken from one shared counter). Later builds find the parse cache.
      if (workers.length > 0 && read.files.length >= PARSE_TOGETHER_FROM && bundle.exports.parseCacheEmpty(read)) {
        await step("parse", async () => {
          const counter = new SharedArrayBuffer(4);
          const now = Date.now();
          const theirs = workers.map((w) => w.call("parse", { files: read.files, counter, now }));
          const mine = bundle.exports.parseShare(read.files, new Int32Array(counter), now);
          bundle.exports.usePreparsed([...mine, ...(await Promise.all(theirs)).flat()], now);
        });
      }
      return loadContent();
    });
    const contentRecord = { codeKey, dir: read.dir, described: read.described };
    inputs ??= inputsFingerprint(codeKey, read.dir);
    // Warnings (links not followed, notation the editor surely did not mean, key typos): the site is built all the same.
    const printWarnings = (issues) => {
      for (const issue of issues) console.error(`build:static: warning: ${formatIssueForSite(issue)}`);
    };
    printWarnings(content.issues.filter((i) => i.severity === "warning"));
    const [cssFile, searchFile] = await assetFiles;
    if (cssMs !== undefined) timings.css = cssMs;

    // The hosts' header files first, so that a public/_headers or public/vercel.json of the site's own replaces them.
    const { embedHosts } = siteConfig;
    fs.writeFileSync(path.join(staging, "_headers"), netlifyHeadersFile({ embedHosts }));
    fs.writeFileSync(path.join(staging, "vercel.json"), JSON.stringify(vercelJson({ embedHosts }), null, 2) + "\n");
    const pub = path.join(root, "public");
    if (fs.existsSync(pub)) fs.cpSync(pub, staging, { recursive: true });
    markOutputFolder(staging, MARKERS.site);
    const icons = routes.icons.map(({ file, name }) => {
      fs.copyFileSync(file, path.join(staging, name));
      const version = createHash("sha1").update(fs.readFileSync(file)).digest("base64url").slice(0, 10);
      const ext = name.split(".").pop();
      return { href: `${basePath}/${name}?v=${version}`, type: ICON_TYPES[ext], sizes: ext === "png" ? undefined : "any" };
    });
    // Assets, public/, icons and the marker, written here: always copied, so never removed as stale.
    const ownFiles = [...walkFiles(staging)].map((f) => path.relative(staging, f));

    // Everything a page depends on besides its own element tree: the rendering code
    // (codeKey: its sources, lib/client's scripts among them, and the lock file, so the
    // installed packages), the asset URLs, the environment the code reads and the
    // header's links (whether the site has books, series).
    const buildKey = createHash("sha1")
      .update(JSON.stringify({ codeKey, cssFile, searchFile, icons, basePath, siteUrl, node: process.version, sections: siteSections(content) }))
      .digest("hex");
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
    const parts = await step("render", () => {
      // The workers index the files this thread read (no second read, and the same texts);
      // postMessage has copied them, so this thread lets them go.
      const rendering = workers.map((w) => w.call("render", { ...options, queue, content: read }));
      read = undefined;
      // The links are checked here while the workers start on the pages; then this thread joins them.
      const links = step("links", () => brokenLinkIssues()).then(printWarnings);
      return Promise.all([...rendering, links.then(() => exportSite(modules, { ...options, queue }))]);
    }).catch((error) => {
      // Rendering stops at the first broken post: list every post's body errors at once, when that was one.
      const issues = bundle.exports.allBodyErrors();
      throw issues.length > 0 ? new bundle.exports.ContentError(issues, bundle.exports.siteConfig.language) : error;
    });
    const result = { pages: 0, reused: 0, skipped: [], warnings, timings: {}, manifest: {}, embedHosts, inputs, validUntil: content.nextPublication, content: contentRecord };
    for (const file of ownFiles) result.manifest[file] = "static";
    for (const part of parts) {
      result.pages += part.pages;
      result.reused += part.reused;
      result.skipped.push(...part.skipped);
      Object.assign(result.manifest, part.manifest);
      for (const [k, v] of Object.entries(part.timings)) result.timings[k] = Math.max(result.timings[k] ?? 0, v);
    }
    bundle.saveCodeCache();
    return result;
  } finally {
    for (const w of workers) w.stop();
  }
}

/** A worker thread (scripts/export/render-worker.mjs; without `renderer`, for the stylesheet only); `call(task, args)` runs a task there. */
function startWorker(renderer) {
  const worker = new Worker(path.join(import.meta.dirname, "export/render-worker.mjs"), {
    workerData: { renderer },
    // Rendering makes many short-lived objects (Markdown trees, React elements): a larger young
    // generation collects them less often; npm run build:static gives this thread the same.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
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
    // Stopping is not a failure: calls still pending (the stylesheet, when the build failed early) are dropped.
    stop: () => {
      worker.removeAllListeners("exit");
      pending.clear();
      void worker.terminate();
    },
  };
}

class OutputRefusal extends Error {
  name = "OutputRefusal";
}

const started = performance.now();
const cacheRoot = process.env.YOMU_CACHE_DIR || path.join(root, ".next", "cache", "yomu");
const manifestFile = path.join(cacheRoot, "export", `${createHash("sha1").update(outDir).digest("hex").slice(0, 16)}.json`);
const refusal = outputRefusal();
if (refusal) {
  console.error(`build:static: will not write the site into ${outDir}: ${refusal}; nothing was written or deleted (choose a new or empty folder, e.g. --out out)`);
  process.exit(1);
}
const work = path.join(root, ".next", "cache", "yomu-export");
fs.mkdirSync(work, { recursive: true });
fs.mkdirSync(path.dirname(outDir), { recursive: true });
const staging = fs.mkdtempSync(`${outDir}.new-`);
let inPlace = false;
try {
  const previous = previousBuild();
  fs.rmSync(manifestFile, { force: true });
  const result = await build(staging, previous);
  const record = () => {
    fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
    const { manifest: files, inputs, validUntil, skipped, content, warnings } = result;
    fs.writeFileSync(manifestFile, JSON.stringify({ outDir, ino: fs.statSync(outDir).ino, files, inputs, validUntil, skipped, content, warnings }));
  };
  if (result.upToDate) {
    record();
    if (!quiet) {
      console.log(`build:static: nothing changed since the last build: ${outName} is up to date (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      console.log(`  ${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(", ")}`);
    }
  } else {
    const removed = previous ? mergeIn(staging, outDir, previous.files, result.manifest) : (swapIn(staging, outDir), 0);
    inPlace = true;
    if (vercel) {
      const config = vercelOutputConfig({ embedHosts: result.embedHosts, basePath });
      fs.writeFileSync(vercelConfigFile, JSON.stringify(config, null, 2) + "\n");
    }
    record();
    if (!quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const total = Object.keys(result.manifest).length;
      const change = previous ? ` (rebuild: ${total - result.reused} written, ${result.reused} unchanged, ${removed} removed)` : "";
      console.log(`build:static: ${result.pages} pages, ${total} files in ${outName}${change} in ${seconds} s`);
      console.log(`  ${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(", ")}`);
      if (process.env.YOMU_BUILD_TIMINGS) console.log(`  ${Object.entries(result.timings).map(([k, v]) => `${k} ${v} ms`).join("\n  ")}`);
    }
  }
  // Even with --quiet, and when nothing changed: a URL without a file is never left out silently.
  const skipped = skippedReport(result.skipped);
  if (skipped) console.warn(skipped);
  // Last, where they are read: what the site is built with but should not be (and, when nothing changed, the last build's).
  for (const warning of result.warnings ?? []) console.warn(`build:static: WARNING: ${warning}`);
} catch (error) {
  // Content errors are the editor's to fix (their message lists every file:line:column), and
  // unsupported route files and a bad site.config.ts the developer's (the message names the file): no stack.
  const explained = ["ContentError", "SiteConfigError", "UnsupportedRouteError", "OutputRefusal"].includes(error?.name);
  console.error(
    explained ? `build:static: ${error.message}` : ((error instanceof OutputStateError ? error.cause : error)?.stack ?? String(error)),
  );
  const state = inPlace
    ? `the new site is in ${outName}, but the build cache does not record it: the next build is a full one`
    : error instanceof OutputStateError
      ? error.message
      : `nothing was written; ${outName} is unchanged`;
  console.error(`build:static: ${state}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
