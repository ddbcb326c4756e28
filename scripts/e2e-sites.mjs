#!/usr/bin/env node
/**
 * Builds every site in e2e/sites.mjs (sequentially: two builds at once would fight over 2 cores),
 * then serves them all until killed. Playwright's webServer runs this.
 * E2E_REUSE=1 skips builds whose output already exists (local iteration only).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { outputOf as outputPathOf, sites, workDir } from "../e2e/sites.mjs";

const root = path.resolve(import.meta.dirname, "..");
const work = path.resolve(root, workDir);
fs.mkdirSync(work, { recursive: true });
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

const outputOf = (name) => path.resolve(root, outputPathOf(name));

function envFor(name, site) {
  return {
    ...process.env,
    NODE_ENV: "production",
    CONTENT_DIR: path.resolve(root, site.content),
    NEXT_DIST_DIR: path.relative(root, path.join(work, `next-${name}`)),
    BASE_PATH: site.basePath ?? "",
    SITE_URL: `http://127.0.0.1:${site.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    ...site.env,
  };
}

for (const [name, site] of Object.entries(sites)) {
  if (site.generate) {
    const r = spawnSync(process.execPath, ["scripts/generate-corpus.mjs", ...site.generate], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const output = outputOf(name);
  if (process.env.E2E_REUSE === "1" && fs.existsSync(output)) continue;
  console.log(`[e2e] building ${name} (${site.mode}) from ${site.content}`);
  // Static sites: the same command as `npm run build:static`; server sites: `next build` for `next start`.
  const argv = site.mode === "static" ? ["scripts/build-static.mjs", "--out", output] : [nextBin, "build"];
  const r = spawnSync(process.execPath, argv, { cwd: root, env: envFor(name, site), stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`[e2e] build of ${name} failed`);
    process.exit(r.status ?? 1);
  }
}

const children = [];
for (const [name, site] of Object.entries(sites)) {
  const args =
    site.mode === "static"
      ? ["scripts/serve-static.mjs", outputOf(name), String(site.port), site.basePath ?? ""]
      : [nextBin, "start", "-p", String(site.port), "-H", "127.0.0.1"];
  children.push(spawn(process.execPath, args, { cwd: root, env: envFor(name, site), stdio: "inherit" }));
}
const stop = () => {
  for (const c of children) c.kill();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
