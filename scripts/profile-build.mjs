#!/usr/bin/env node
/**
 * Where the CPU of `npm run build:static` goes, on every thread: builds a content
 * folder cold (no yomu cache, no site) with V8's sampling profiler on, and, with
 * `--edit`, builds it again after one post's title and body changed (the edit a
 * bench makes). Prints, per build, each thread's self time by area and the yomu
 * functions that asked for the most time (scripts/profile/summarize.mjs).
 *
 * Usage: node scripts/profile-build.mjs --corpus DIR [--edit] [--out FILE.md] [--keep DIR]
 *   --keep: the .cpuprofile files are kept in DIR (one folder per build), to open in Chrome's DevTools.
 * The corpus is copied first when `--edit` is given: the folder itself is left as it was.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { summarize } from "./profile/summarize.mjs";

const root = path.resolve(import.meta.dirname, "..");

/** The flags `npm run build:static` gives node (package.json), to run it without npm's own start-up. */
export function buildStaticNodeFlags() {
  const script = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts["build:static"];
  return script.match(/(?<=^node )(?:--\S+ )*/)[0].trim().split(" ").filter(Boolean);
}

/** The process and thread a profile came from: Node names them CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile. */
function originOf(file) {
  const [, pid, thread] = /\.(\d+)\.(\d+)\.\d+\.cpuprofile$/.exec(file) ?? [];
  return { pid: Number(pid), thread: Number(thread) };
}

/** One profiled `build:static`: the summaries of its threads that did any work (a stylesheet worker among them). */
function profiledBuild(corpus, cache, out, label, keep) {
  const dir = keep ? path.join(keep, label.replace(/\W+/g, "-")) : fs.mkdtempSync(path.join(os.tmpdir(), "yomu-prof-"));
  fs.mkdirSync(dir, { recursive: true });
  try {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [...buildStaticNodeFlags(), "--cpu-prof", `--cpu-prof-dir=${dir}`, "scripts/build-static.mjs", "--out", out], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CONTENT_DIR: corpus, YOMU_CACHE_DIR: cache, SITE_URL: process.env.SITE_URL || "https://bench.example.jp", NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (run.status !== 0) throw new Error(`build:static (${label}) exited with ${run.status}\n${(run.stdout + run.stderr).slice(-2000)}`);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // The build's own threads first; then the processes it forked (the bundler's), which inherit the flag.
    const threads = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((f) => ({ ...originOf(f), file: f }))
      .sort((a, b) => Number(b.pid === run.pid) - Number(a.pid === run.pid) || a.pid - b.pid || a.thread - b.thread)
      .map(({ pid, thread, file }, i, all) => ({
        thread,
        child: pid === run.pid ? undefined : new Set(all.filter((t) => t.pid !== run.pid).map((t) => t.pid).filter((p) => p <= pid)).size,
        ...summarize(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), { root }),
      }));
    return { label, seconds, threads: threads.filter((t) => t.totalMs > 0) };
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (ms, total) => (total > 0 ? `${((100 * ms) / total).toFixed(1)} %` : "–");

/** One build's summaries as Markdown: areas by thread, then the heaviest yomu functions of each thread. */
export function profileMarkdown({ label, seconds, threads }, { top = 12 } = {}) {
  const name = (t) => (t.child ? `bundling process ${t.child}` : t.thread === 0 ? "main thread" : `worker ${t.thread}`);
  const areas = [...new Set(threads.flatMap((t) => t.areas.map((a) => a.name)))];
  const msOf = (t, area) => t.areas.find((a) => a.name === area)?.ms ?? 0;
  const all = (area) => threads.reduce((s, t) => s + msOf(t, area), 0);
  areas.sort((a, b) => all(b) - all(a));
  const total = threads.reduce((s, t) => s + t.totalMs, 0);
  const lines = [
    `### ${label} (${seconds.toFixed(1)} s with the profiler on; sampled ${(total / 1000).toFixed(1)} s on ${threads.length} threads)`,
    "",
    `| area (self time) | ${threads.map((t) => `${name(t)} (ms)`).join(" | ")} | all threads | share |`,
    `|---|${threads.map(() => "---:|").join("")}---:|---:|`,
  ];
  for (const area of areas) lines.push(`| ${area} | ${threads.map((t) => msOf(t, area)).join(" | ")} | ${all(area)} | ${pct(all(area), total)} |`);
  for (const t of threads) {
    lines.push("", `${name(t)}: time by the innermost yomu function on the stack (the library code it called included), of ${t.totalMs} ms:`, "");
    lines.push("| function | ms | share |", "|---|---:|---:|");
    for (const u of t.owners.slice(0, top)) lines.push(`| \`${u.name}\` | ${u.ms} | ${pct(u.ms, t.totalMs)} |`);
  }
  return lines.join("\n");
}

/** Profiles a cold build of `corpus` (and the rebuild after an edit when `edit`); the builds' summaries. */
export function profileBuilds(corpus, { edit = false, keep } = {}) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-profile-"));
  try {
    let content = corpus;
    if (edit) {
      content = path.join(work, "content");
      fs.cpSync(corpus, content, { recursive: true });
    }
    const cache = path.join(work, "cache");
    const out = path.join(work, "site");
    const builds = [profiledBuild(content, cache, out, "cold build", keep)];
    if (edit) {
      const post = fs.readdirSync(content).filter((f) => f.endsWith(".md")).sort()[0];
      const file = path.join(content, post);
      const source = fs.readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "プロファイルのために改題された記事"');
      fs.writeFileSync(file, source + "\n\n追記：この記事はプロファイルのために編集されました。\n");
      builds.push(profiledBuild(content, cache, out, `rebuild after editing ${post}`, keep));
    }
    return builds;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const corpus = opt("corpus");
  if (!corpus) {
    console.error("usage: node scripts/profile-build.mjs --corpus DIR [--edit] [--out FILE.md] [--keep DIR]");
    process.exit(2);
  }
  const text = profileBuilds(path.resolve(corpus), { edit: args.includes("--edit"), keep: opt("keep") && path.resolve(opt("keep")) }).map((b) => profileMarkdown(b)).join("\n\n") + "\n";
  const outFile = opt("out");
  if (outFile) fs.writeFileSync(outFile, text);
  process.stdout.write(text);
}
