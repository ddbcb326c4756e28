#!/usr/bin/env node
/**
 * Builds a generated corpus (scripts/generate-corpus.mjs) with Jekyll and Hugo,
 * using the minimal equivalent sites in bench/jekyll/ and bench/hugo/, and
 * reports each tool's cold build: wall time, peak memory, HTML pages written.
 *
 *   import { buildBaselines } from "./bench/baselines.mjs";
 *   const r = await buildBaselines("/tmp/corpus", "/tmp/bench-work");
 *   // { jekyll: { available: true, version, seconds, peakMB, pages, ... }
 *   //         | { available: false, reason }, hugo: { ... } }
 *
 *   node bench/baselines.mjs <corpusDir> <workDir> [--only jekyll|hugo|eleventy]   (prints JSON)
 *
 * Each site is copied to <workDir>/<tool>/ (that subfolder is deleted first;
 * nothing else in workDir is touched) and the posts are copied in:
 *   Jekyll: _posts/YYYY-MM-DD-<slug>.md, the date taken from the front matter.
 *   Hugo:   content/posts/<slug>.md unchanged — Hugo 0.111 parses
 *           `2025-12-10 20:44:31 +0000` as is (offset kept), so no conversion.
 * Copying is not timed. The build runs under `/usr/bin/time -f "%e %M"` (wall
 * seconds, peak RSS in KB of the largest process); without /usr/bin/time the
 * wall time is taken here and peak RSS by polling /proc/<pid>/status.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const TIME = "/usr/bin/time";
/** Ruby reads and slugifies UTF-8 names; a C locale breaks Japanese tags. */
const ENV = { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8", JEKYLL_ENV: "production" };

const INSTALL = "apt-get install -y jekyll ruby-jekyll-paginate ruby-jekyll-archives hugo";

/** Markdown files of the corpus, sorted. */
function corpusFiles(corpusDir) {
  return fs
    .readdirSync(corpusDir)
    .filter((f) => /\.(md|markdown)$/i.test(f))
    .sort();
}

/** `YYYY-MM-DD` of the front matter `date:` (as written, in its own offset), else null. */
export function frontMatterDay(text) {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const m = fm && /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(fm[1]);
  return m ? m[1] : null;
}

/** Jekyll wants `_posts/YYYY-MM-DD-slug.md`; the file name without a leading date is the slug. */
export function jekyllPostName(file, text) {
  const base = file.replace(/\.(md|markdown)$/i, "");
  const dated = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(base);
  if (dated) return `${dated[1]}-${dated[2]}.md`;
  return `${frontMatterDay(text) ?? "1970-01-01"}-${base}.md`;
}

function toolVersion(cmd, args, pattern) {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: ENV });
  if (r.error) return { error: r.error.code === "ENOENT" ? `${cmd} not found` : String(r.error.message) };
  if (r.status !== 0) return { error: `${cmd} ${args.join(" ")} exited ${r.status}: ${(r.stderr || r.stdout).trim().slice(-300)}` };
  const m = pattern.exec(r.stdout + r.stderr);
  return { version: m ? m[1] : (r.stdout || r.stderr).trim().split("\n")[0] };
}

function countHtml(dir) {
  let pages = 0;
  let redirects = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".html")) {
        const size = fs.statSync(p).size;
        bytes += size;
        // Hugo writes /page/1/ of every paginated list as a tiny meta-refresh alias.
        if (size < 1024 && fs.readFileSync(p, "utf8").includes('http-equiv="refresh"')) redirects++;
        else pages++;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { pages, redirects, htmlBytes: bytes };
}

/** Runs a command, measuring wall time and peak RSS; stdout+stderr go to logFile. */
function measure(cmd, args, { cwd, logFile }) {
  const useTime = fs.existsSync(TIME);
  const timeFile = `${logFile}.time`;
  const argv = useTime ? [TIME, "-f", "%e %M", "-o", timeFile, cmd, ...args] : [cmd, ...args];
  const log = fs.openSync(logFile, "w");
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), { cwd, env: ENV, stdio: ["ignore", log, log] });
    let peakKB = 0;
    const poll = useTime
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (m) peakKB = Math.max(peakKB, Number(m[1]));
          } catch {
            /* exited */
          }
        }, 50);
    const finish = (code, error) => {
      if (poll) clearInterval(poll);
      fs.closeSync(log);
      const wall = (performance.now() - started) / 1000;
      let seconds = wall;
      if (useTime && fs.existsSync(timeFile)) {
        // The last line is "<seconds> <maxKB>"; earlier lines may say "Command exited with non-zero status".
        const last = fs.readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
        const m = /^([\d.]+) (\d+)$/.exec(last);
        if (m) {
          seconds = Number(m[1]);
          peakKB = Number(m[2]);
        }
      }
      resolve({ code, error, seconds, wallSeconds: wall, peakKB });
    };
    child.on("error", (e) => finish(-1, e));
    child.on("close", (code) => finish(code));
  });
}

function tail(file, n = 15) {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-n).join("\n");
  } catch {
    return "";
  }
}

function prepareJekyll(corpusDir, dir) {
  fs.cpSync(path.join(here, "jekyll"), dir, { recursive: true });
  const posts = path.join(dir, "_posts");
  fs.mkdirSync(posts, { recursive: true });
  const files = corpusFiles(corpusDir);
  for (const f of files) {
    const text = fs.readFileSync(path.join(corpusDir, f), "utf8");
    fs.writeFileSync(path.join(posts, jekyllPostName(f, text)), text);
  }
  return files.length;
}

function prepareHugo(corpusDir, dir) {
  fs.cpSync(path.join(here, "hugo"), dir, { recursive: true });
  const posts = path.join(dir, "content", "posts");
  fs.mkdirSync(posts, { recursive: true });
  const files = corpusFiles(corpusDir);
  for (const f of files) fs.copyFileSync(path.join(corpusDir, f), path.join(posts, f.replace(/\.markdown$/i, ".md")));
  return files.length;
}

/** Eleventy comes from npm, pinned in bench/eleventy/package.json, installed once beside the work folder (not timed). */
function eleventyModules(workDir) {
  const pinned = JSON.parse(fs.readFileSync(path.join(here, "eleventy", "package.json"), "utf8")).dependencies["@11ty/eleventy"];
  const dir = path.join(path.resolve(workDir), `eleventy-modules-${pinned}`);
  const cli = path.join(dir, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  if (!fs.existsSync(cli)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(here, "eleventy", "package.json"), path.join(dir, "package.json"));
    const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock"], { cwd: dir, encoding: "utf8" });
    if (r.status !== 0) return { error: `npm install @11ty/eleventy@${pinned} failed: ${(r.stderr || r.stdout).trim().slice(-300)}` };
  }
  return { dir, cli, version: pinned };
}

function prepareEleventy(corpusDir, dir, workDir) {
  fs.cpSync(path.join(here, "eleventy"), dir, { recursive: true });
  fs.symlinkSync(path.join(eleventyModules(workDir).dir, "node_modules"), path.join(dir, "node_modules"));
  const files = corpusFiles(corpusDir);
  for (const f of files) fs.copyFileSync(path.join(corpusDir, f), path.join(dir, "posts", f));
  return files.length;
}

const TOOLS = {
  jekyll: {
    version: () => toolVersion("jekyll", ["--version"], /jekyll ([\d.]+)/),
    prepare: prepareJekyll,
    // Source and destination inside the tool's own work folder; a fresh folder, so no .jekyll-cache: a cold build.
    command: (dir) => ["jekyll", ["build", "--source", path.join(dir, "site"), "--destination", path.join(dir, "out")]],
  },
  hugo: {
    version: () => toolVersion("hugo", ["version"], /v([\d.]+)/),
    prepare: prepareHugo,
    command: (dir) => ["hugo", ["--source", path.join(dir, "site"), "--destination", path.join(dir, "out")]],
  },
  eleventy: {
    version: (workDir) => eleventyModules(workDir),
    prepare: prepareEleventy,
    command: (dir) => [process.execPath, [path.join(dir, "site", "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--quiet", `--input=${path.join(dir, "site")}`, `--output=${path.join(dir, "out")}`]],
  },
};

async function buildOne(name, corpusDir, workDir) {
  const tool = TOOLS[name];
  const v = tool.version(workDir);
  if (v.error) return { available: false, reason: `${v.error} (Debian: ${INSTALL})` };
  const dir = path.join(path.resolve(workDir), name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const posts = tool.prepare(path.resolve(corpusDir), path.join(dir, "site"), workDir);
  const [cmd, args] = tool.command(dir);
  const logFile = path.join(dir, "build.log");
  const r = await measure(cmd, args, { cwd: name === "eleventy" ? path.join(dir, "site") : dir, logFile });
  if (r.error || r.code !== 0) {
    return {
      available: false,
      version: v.version,
      reason: `${cmd} build failed (${r.error ? r.error.message : `exit ${r.code}`}); log ${logFile}:\n${tail(logFile)}`,
    };
  }
  const out = path.join(dir, "out");
  return {
    available: true,
    version: v.version,
    posts,
    seconds: Math.round(r.seconds * 100) / 100,
    peakMB: Math.round((r.peakKB / 1024) * 10) / 10,
    ...countHtml(out),
    outDir: out,
    log: logFile,
  };
}

/**
 * Builds corpusDir with each tool (one after the other, never in parallel) under
 * workDir/<tool>/. Never throws for a missing or failing tool: that tool's
 * entry is `{ available: false, reason }`.
 * @param {string} corpusDir folder of generated `post-*.md`
 * @param {string} workDir scratch folder (created; only its jekyll/ and hugo/ are replaced)
 * @param {{ tools?: ("jekyll"|"hugo")[] }} [options]
 */
export async function buildBaselines(corpusDir, workDir, options = {}) {
  if (!fs.existsSync(corpusDir)) throw new Error(`corpus not found: ${corpusDir}`);
  fs.mkdirSync(workDir, { recursive: true });
  const result = {};
  for (const name of options.tools ?? Object.keys(TOOLS)) {
    if (!TOOLS[name]) throw new Error(`unknown tool: ${name}`);
    result[name] = await buildOne(name, corpusDir, workDir);
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const only = args.indexOf("--only");
  const tools = only >= 0 ? [args.splice(only, 2)[1]] : undefined;
  const [corpusDir, workDir] = args;
  if (!corpusDir || !workDir) {
    console.error("usage: node bench/baselines.mjs <corpusDir> <workDir> [--only jekyll|hugo|eleventy]");
    process.exit(2);
  }
  const result = await buildBaselines(corpusDir, workDir, { tools });
  console.log(JSON.stringify(result, null, 2));
}
