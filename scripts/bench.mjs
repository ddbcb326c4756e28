#!/usr/bin/env node
/**
 * `npm run bench`: builds generated corpora of N posts (default 100, 1000, 10000) of the
 * sample posts' real size (scripts/generate-corpus.mjs --real-size: 7–58 KB, about 25 MB per
 * 1,000 posts, with the full notation, diagrams and pictures) with yomu's static export and,
 * when installed, with Jekyll, Hugo and Eleventy, and
 * writes the figures to bench/RESULTS.md. Figures are reported, never asserted.
 *
 * Options: --sizes 100,1000   --no-baselines   --no-next (skip `next build`, run for ≤ 1,000 posts)
 *          --no-search   --no-dev (skip `next dev`)   --no-profile (skip the profiled builds at 1,000 posts)
 *          --out bench/RESULTS.md
 */
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { generateCorpus } from "./generate-corpus.mjs";
import { buildStaticNodeFlags, profileBuilds, profileMarkdown } from "./profile-build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const work = path.join(root, ".bench");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt("sizes", "100,1000,10000").split(",").map(Number);
const outFile = path.resolve(root, opt("out", "bench/RESULTS.md"));
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** bash's `times`, run after the command: the CPU its process and every process it ran used. */
const CPU_TIMES = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm;

/**
 * Runs a command, sampling the resident memory of its whole process group; `cpuSeconds` is the
 * user + system time of the command and its children (all threads), which a busy machine
 * disturbs less than the wall-clock seconds.
 */
function measure(command, argv, env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const script = '"$@"; status=$?; times >&2; exit $status';
    const child = spawn("bash", ["-c", script, "bash", command, ...argv], { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    let peakKB = 0;
    const timer = setInterval(() => {
      try {
        const out = execSync(`ps -o rss= -g ${child.pid}`, { encoding: "utf8" });
        peakKB = Math.max(peakKB, out.split("\n").reduce((s, l) => s + (Number(l.trim()) || 0), 0));
      } catch {
        /* the group is gone */
      }
    }, 200);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) return reject(new Error(`${command} ${argv.join(" ")} exited with ${code}\n${log.slice(-3000)}`));
      const children = [...log.matchAll(CPU_TIMES)].at(-1);
      const cpuSeconds = children ? Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4]) : null;
      resolve({ seconds, cpuSeconds, peakMB: Math.round(peakKB / 1024), log });
    });
  });
}

function countFiles(dir, pred) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && pred(e.name)) n++;
  return n;
}

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** Bytes a browser transfers for a page: HTML + the scripts it runs + its CSS, gzip. */
export function pageWeight(siteDir, pagePath) {
  const html = fs.readFileSync(path.join(siteDir, pagePath));
  const text = html.toString();
  const assets = new Set();
  for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (!/noModule/i.test(m[0])) assets.add(m[1]);
  for (const m of text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) assets.add(m[1]);
  let js = 0;
  let css = 0;
  for (const a of assets) {
    const file = path.join(siteDir, a.replace(/^\/[^_]*?(?=\/_next\/)/, "").split("?")[0]);
    if (!fs.existsSync(file)) continue;
    if (a.endsWith(".css")) css += gz(fs.readFileSync(file));
    else js += gz(fs.readFileSync(file));
  }
  const inlineScripts = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((s, m) => s + m[1].length, 0);
  const htmlGz = gz(html);
  return { htmlGz, jsGz: js, cssGz: css, totalGz: htmlGz + js + css, inlineScriptBytes: inlineScripts };
}

/** `npm run build:static` (yomu's exporter) into distDir; step timings from its report. */
async function buildYomu(corpus, distDir, cache) {
  const env = { CONTENT_DIR: corpus, YOMU_CACHE_DIR: cache, SITE_URL: "https://bench.example.jp", NEXT_TELEMETRY_DISABLED: "1" };
  // The flags `npm run build:static` gives node (package.json), without npm's own start-up in the timing.
  const r = await measure(process.execPath, [...buildStaticNodeFlags(), "scripts/build-static.mjs", "--out", distDir], env);
  const step = (name) => Number(new RegExp(`\\b${name} (\\d+) ms`).exec(r.log)?.[1] ?? NaN) / 1000;
  r.steps = { bundle: step("bundle"), content: step("content"), assets: Math.max(step("css"), step("client")), render: step("render") };
  return r;
}

/** The same site through `next build` (what `next start` serves), cold, for comparison. */
async function buildNext(corpus, distDir) {
  fs.rmSync(distDir, { recursive: true, force: true });
  const env = { CONTENT_DIR: corpus, NEXT_DIST_DIR: path.relative(root, distDir), YOMU_CACHE: "0", SITE_URL: "https://bench.example.jp", NEXT_TELEMETRY_DISABLED: "1" };
  const r = await measure(process.execPath, [nextBin, "build"], env);
  fs.rmSync(distDir, { recursive: true, force: true });
  return r;
}

function profile(corpus) {
  try {
    // lib/markdown renders React: jiti must read its JSX.
    const out = execSync(`${path.join(root, "node_modules/.bin/jiti")} scripts/profile-content.ts ${corpus}`, { cwd: root, encoding: "utf8", env: { ...process.env, YOMU_CACHE: "0", JITI_JSX: "1" } });
    return JSON.parse(out.trim().split("\n").at(-1));
  } catch (e) {
    return { error: String(e).slice(0, 200) };
  }
}

/** Markdown throughput of yomu's pipeline against remark's parser alone, markdown-it and Zenn's renderer (scripts/bench-engines.ts). */
function engines(corpus) {
  try {
    const out = execSync(`${path.join(root, "node_modules/.bin/jiti")} scripts/bench-engines.ts ${corpus} --posts 200 --rounds 3`, { cwd: root, encoding: "utf8", env: { ...process.env, JITI_JSX: "1" } });
    return JSON.parse(out.slice(out.indexOf("{")));
  } catch (e) {
    return { error: String(e).slice(0, 300) };
  }
}

async function benchSize(n) {
  const corpus = path.join(work, `corpus-${n}`);
  const distDir = path.join(work, `site-${n}`);
  console.log(`\n[bench] ${n} posts`);
  generateCorpus(corpus, n, 42, { realSize: true });
  const cache = path.join(work, `cache-${n}`);
  // Cold: no site, no yomu cache (parsed posts, compiled bodies, search index, last build's
  // manifest) and no cached renderer, stylesheet or search script.
  for (const dir of [distDir, cache, path.join(root, ".next", "cache", "yomu-export")]) fs.rmSync(dir, { recursive: true, force: true });
  const prof = profile(corpus);
  console.log(`[bench] profile`, prof);
  const engine = n === Math.min(...sizes) || n === 1000 ? engines(corpus) : null;
  if (engine) console.log(`[bench] engines`, JSON.stringify(engine));
  const cold = await buildYomu(corpus, distDir, cache);
  const pages = countFiles(distDir, (f) => f.endsWith(".html"));
  const files = countFiles(distDir, () => true);
  console.log(`[bench] cold build ${cold.seconds.toFixed(1)} s, peak ${cold.peakMB} MB, ${pages} pages`, cold.steps);
  // What an editor does: nothing (the build is run again), then one post's title and body changed.
  const unchanged = await buildYomu(corpus, distDir, cache);
  console.log(`[bench] rebuild with nothing changed ${unchanged.seconds.toFixed(2)} s`);
  const edited = path.join(corpus, "post-00001.md");
  const source = fs.readFileSync(edited, "utf8").replace(/^title: .*$/m, 'title: "ベンチマークのために改題された記事"');
  fs.writeFileSync(edited, source + "\n\n追記：この記事はベンチマークのために編集されました。\n");
  const warm = await buildYomu(corpus, distDir, cache);
  console.log(`[bench] warm rebuild ${warm.seconds.toFixed(1)} s`, warm.steps);
  const weight = pageWeight(distDir, "posts/post-00001/index.html");
  const searchWeight = pageWeight(distDir, "search/index.html");
  let next = null;
  if (!args.includes("--no-next") && n <= 1000) {
    next = await buildNext(corpus, path.join(work, `next-${n}`));
    console.log(`[bench] next build: ${next.seconds.toFixed(1)} s, peak ${next.peakMB} MB`);
  }
  let baselines = null;
  if (!args.includes("--no-baselines") && fs.existsSync(path.join(root, "bench/baselines.mjs"))) {
    const { buildBaselines } = await import(path.join(root, "bench/baselines.mjs"));
    baselines = await buildBaselines(corpus, path.join(work, `baselines-${n}`));
    console.log(`[bench] baselines`, JSON.stringify(baselines));
  }
  let search = null;
  if (!args.includes("--no-search") && fs.existsSync(path.join(root, "scripts/bench-search.mjs"))) {
    try {
      const out = execSync(`node scripts/bench-search.mjs --corpus ${corpus} --json`, { cwd: root, encoding: "utf8" });
      search = JSON.parse(out.trim().split("\n").at(-1));
    } catch (e) {
      search = { error: String(e).slice(0, 300) };
    }
  }
  let profiles = null;
  if (!args.includes("--no-profile") && n === 1000) {
    try {
      profiles = profileBuilds(corpus, { edit: true });
    } catch (e) {
      profiles = { error: String(e).slice(0, 300) };
    }
    console.log(`[bench] profiled`);
  }
  let dev = null;
  if (!args.includes("--no-dev")) {
    dev = await benchDev(corpus, n);
    console.log(`[bench] next dev`, JSON.stringify(dev));
  }
  return { n, prof, engine, cold, unchanged, warm, pages, files, weight, searchWeight, next, baselines, search, profiles, dev };
}

/**
 * What an editor waits for with `npm run dev`: the first page after starting the server with
 * no cache (no Next folder, no parsed posts), then a post edited, added and deleted, each
 * followed at once by a request for its page. Each answer is checked, not just timed.
 */
async function benchDev(corpus, n) {
  // The dev server's folder of the browser tests: tsconfig.json already lists its types.
  const distDir = path.join(root, ".e2e", "next-dev");
  const cache = path.join(work, `dev-cache-${n}`);
  for (const dir of [distDir, cache]) fs.rmSync(dir, { recursive: true, force: true });
  const port = 4391;
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, CONTENT_DIR: corpus, YOMU_CACHE_DIR: cache, NEXT_DIST_DIR: path.relative(root, distDir), NEXT_TELEMETRY_DISABLED: "1" };
  const start = performance.now();
  const server = spawn(process.execPath, [nextBin, "dev", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const timed = async (url) => {
    const t = performance.now();
    const response = await fetch(base + url);
    const body = await response.text();
    return { status: response.status, body, seconds: (performance.now() - t) / 1000 };
  };
  try {
    let first;
    for (;;) {
      try {
        first = await timed("/");
        break;
      } catch {
        if (performance.now() - start > 300_000) throw new Error(`next dev did not answer within 5 minutes\n${log.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const firstPage = (performance.now() - start) / 1000;
    if (first.status !== 200) throw new Error(`next dev: / answered ${first.status}\n${log.slice(-2000)}`);
    const article = await timed("/posts/post-00002/");
    const shown = (answer, text) => (answer.body.includes(text) ? answer.seconds : null);

    const editedFile = path.join(corpus, "post-00002.md");
    const original = fs.readFileSync(editedFile, "utf8");
    fs.writeFileSync(editedFile, original.replace(/^title: .*$/m, 'title: "開発サーバーで改題した記事"'));
    const edited = shown(await timed("/posts/post-00002/"), "開発サーバーで改題した記事");
    fs.writeFileSync(editedFile, original);

    const newFile = path.join(corpus, "zz-bench-new.md");
    fs.writeFileSync(newFile, '---\ntitle: "開発サーバーで足した記事"\ndate: 2025-01-01 10:00:00 +0900\n---\n\n本文です。\n');
    const added = shown(await timed("/posts/zz-bench-new/"), "開発サーバーで足した記事");
    fs.rmSync(newFile);
    const gone = await timed("/posts/zz-bench-new/");
    return { firstPage, article: article.status === 200 ? article.seconds : null, edited, added, deleted: gone.status === 404 ? gone.seconds : null };
  } finally {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 500));
    for (const dir of [distDir, cache]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function machine() {
  const v = (cmd) => {
    try {
      return execSync(cmd, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n")[0];
    } catch {
      return "not installed";
    }
  };
  return {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    next: JSON.parse(fs.readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")).version,
    jekyll: v("jekyll --version"),
    hugo: v("hugo version"),
    eleventy: `Eleventy ${JSON.parse(fs.readFileSync(path.join(root, "bench/eleventy/package.json"), "utf8")).dependencies["@11ty/eleventy"]}`,
    load: os.loadavg().map((l) => l.toFixed(1)).join(" "),
  };
}

const f1 = (x) => (x == null ? "–" : Number(x).toFixed(1));
const kb = (b) => (b / 1024).toFixed(1);

function report(results, m) {
  const lines = [
    "# yomu benchmark results",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. Figures are measured, never asserted; the machine is shared, so timings are noisy (load average at the end: ${m.load}).`,
    "",
    `Machine: ${m.cpus}, ${m.memory}; Node ${m.node}; Next.js ${m.next}; ${m.jekyll}; ${m.hugo}; ${m.eleventy}.`,
    "",
    "Corpus: `scripts/generate-corpus.mjs --real-size`, posts of the sample posts' sizes (7–58 KB, about 25 MB per 1,000 posts), about 300 tags and 25 categories, with code titles, diffs, math, callouts, details, diagrams, footnotes, link cards, tables, ruby, alerts and a picture in every tenth post.",
    "",
    "## Static build (`npm run build:static`: yomu's exporter, scripts/build-static.mjs)",
    "",
    "Steps of the cold build: bundle = route modules bundled for Node; content = read, parse and check every post (main thread);",
    "assets = stylesheet (on a worker thread) and search script (rolldown), built while the main thread reads the content (timed until it is free again);",
    "render = every page, feed and search-index file, on one thread per core (the main thread and workers take tasks from one shared queue).",
    "",
    "CPU = user + system seconds of the build and the processes it ran, on all threads (a busy machine disturbs it less than the wall-clock time).",
    "",
    "| posts | cold build (s) | CPU (s) | per post (ms) | peak memory (MB) | pages | files | warm rebuild after editing one post (s) | warm / cold | bundle (s) | content (s) | assets (s) | render (s) | \`next build\`, cold (s) | next build / yomu |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.n} | ${f1(r.cold.seconds)} | ${f1(r.cold.cpuSeconds)} | ${((r.cold.seconds * 1000) / r.n).toFixed(1)} | ${r.cold.peakMB} | ${r.pages} | ${r.files} | ${f1(r.warm.seconds)} | ${Math.round((100 * r.warm.seconds) / r.cold.seconds)}% | ${f1(r.cold.steps.bundle)} | ${f1(r.cold.steps.content)} | ${f1(r.cold.steps.assets)} | ${f1(r.cold.steps.render)} | ${f1(r.next?.seconds)} | ${r.next ? (r.next.seconds / r.cold.seconds).toFixed(1) + "×" : "–"} |`,
    );
  }
  const big = results.find((r) => r.n === 1000);
  const huge = results.find((r) => r.n === 10000);
  if (big && huge) lines.push("", `Growth 1,000 → 10,000 posts: ${(huge.cold.seconds / big.cold.seconds).toFixed(1)}× the time for 10× the posts.`);
  lines.push("", "## Where yomu's own time goes (outside Next.js, one process, no cache)", "", "| posts | read files (ms) | parse + index (ms) | Markdown → HTML, all bodies (ms) |", "|---:|---:|---:|---:|");
  for (const r of results) lines.push(`| ${r.n} | ${r.prof.readMs ?? "–"} | ${r.prof.parseMs ?? "–"} | ${r.prof.markdownMs ?? "–"} |`);
  const measured = results.filter((r) => r.engine?.result);
  if (measured.length > 0) {
    lines.push("", "## Markdown throughput by engine (the same real-size bodies, one process, no cache; rounds alternate)", "", "| posts measured | engine | ms per post | MB/s |", "|---:|---|---:|---:|");
    for (const r of measured) for (const [name, x] of Object.entries(r.engine.result)) lines.push(`| ${r.engine.posts} | ${name} | ${x.msPerPost} | ${x.mbPerSecond} |`);
  }
  for (const r of results.filter((x) => x.engine?.error)) lines.push("", `Engine comparison at ${r.n} posts not measured: ${r.engine.error}`);
  lines.push(
    "",
    "## Against Jekyll, Hugo and Eleventy (same corpus, same run)",
    "",
    "| posts | yomu (s) | Jekyll (s) | Hugo (s) | Eleventy (s) | yomu / Jekyll | yomu / Hugo | yomu / Eleventy | yomu peak (MB) | Jekyll peak (MB) | Hugo peak (MB) | Eleventy peak (MB) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    const tool = (name) => (r.baselines?.[name]?.available ? r.baselines[name] : null);
    const [j, h, e] = [tool("jekyll"), tool("hugo"), tool("eleventy")];
    const ratio = (t) => (t ? (r.cold.seconds / t.seconds).toFixed(2) : "–");
    lines.push(
      `| ${r.n} | ${f1(r.cold.seconds)} | ${f1(j?.seconds)} | ${f1(h?.seconds)} | ${f1(e?.seconds)} | ${ratio(j)} | ${ratio(h)} | ${ratio(e)} | ${r.cold.peakMB} | ${j?.peakMB ?? "–"} | ${h?.peakMB ?? "–"} | ${e?.peakMB ?? "–"} |`,
    );
  }
  lines.push(
    "",
    "## Where editors wait: rebuilds against Hugo's full build (same corpus, same run)",
    "",
    "Edit = one post's title and body changed, then `npm run build:static` again; nothing changed = the same command run again.",
    "",
    "| posts | rebuild after the edit (s) | CPU of the edit rebuild (s) | Hugo, full build (s) | edit rebuild / Hugo | rebuild with nothing changed (s) | peak memory of the edit rebuild (MB) |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    const h = r.baselines?.hugo;
    const hs = h?.available ? h.seconds : null;
    lines.push(`| ${r.n} | ${r.warm.seconds.toFixed(2)} | ${f1(r.warm.cpuSeconds)} | ${f1(hs)} | ${hs ? (r.warm.seconds / hs).toFixed(2) : "–"} | ${r.unchanged.seconds.toFixed(2)} | ${r.warm.peakMB} |`);
  }
  for (const r of results.filter((x) => x.profiles)) {
    lines.push(
      "",
      `## Where the CPU goes: profiles of a ${r.n.toLocaleString("en")}-post build (scripts/profile-build.mjs)`,
      "",
      "V8's sampling profiler on every thread of a cold build and of the rebuild after one post's title and body changed. Areas",
      "are self time by package or file (scripts/profile/summarize.mjs); the second table of a thread gives each sample to the",
      "innermost yomu function on its stack, the library code it called included. The profiler slows the build down.",
      "",
    );
    if (r.profiles.error) lines.push(`Not measured: ${r.profiles.error}`);
    else lines.push(r.profiles.map((b) => profileMarkdown(b)).join("\n\n"));
  }
  if (results.some((r) => r.dev)) {
    const secs = (x) => (x == null ? "not shown" : x.toFixed(2));
    lines.push(
      "",
      "## Writing with `npm run dev`",
      "",
      "First page = from starting `next dev` with no cache (no Next folder, no parsed posts) until `/` has arrived. Then one post",
      "retitled, one added and that one deleted, each saved and its page requested at once: the time of that request, checked",
      "to show the change (\"not shown\" when it did not).",
      "",
      "| posts | first page after start, cold (s) | first article (s) | edited post, next request (s) | new post, next request (s) | deleted post 404, next request (s) |",
      "|---:|---:|---:|---:|---:|---:|",
    );
    for (const r of results.filter((x) => x.dev)) {
      lines.push(`| ${r.n} | ${r.dev.firstPage.toFixed(1)} | ${secs(r.dev.article)} | ${secs(r.dev.edited)} | ${secs(r.dev.added)} | ${secs(r.dev.deleted)} |`);
    }
  }
  lines.push("", "## Page weight (gzip, what a browser transfers)", "", "| posts | page | HTML | JS | CSS | total | inline script bytes |", "|---:|---|---:|---:|---:|---:|---:|");
  for (const r of results) {
    for (const [name, w] of [["article", r.weight], ["search (the one page with JS)", r.searchWeight]]) {
      lines.push(`| ${r.n} | ${name} | ${kb(w.htmlGz)} KB | ${kb(w.jsGz)} KB | ${kb(w.cssGz)} KB | ${kb(w.totalGz)} KB | ${w.inlineScriptBytes} |`);
    }
  }
  if (results.some((r) => r.search)) {
    lines.push("", "## Search", "", "```json", ...results.map((r) => JSON.stringify({ posts: r.n, ...r.search })), "```");
  }
  return lines.join("\n") + "\n";
}

fs.mkdirSync(work, { recursive: true });
const m = machine();
const results = [];
for (const n of sizes) results.push(await benchSize(n));
const text = report(results, machine());
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, text);
console.log("\n" + text);
