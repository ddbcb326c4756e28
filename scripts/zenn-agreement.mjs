#!/usr/bin/env node
/**
 * How many published articles of Zenn repositories yomu renders as Zenn does,
 * feature by feature (lib/markdown/oracle/zenn-features.ts): each article's body
 * through yomu's `.md` pipeline and through Zenn's own renderer
 * (zenn-markdown-html, a dev dependency), then every difference listed.
 *
 *   node scripts/zenn-agreement.mjs <zenn repository folder or bare git dir>… [--list]
 *
 * A bare git directory is read at HEAD (its tree is copied to a temporary
 * folder, so that `/images/…` resolves as it does in a checkout). Nothing is
 * written into the repositories or the project.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createJiti } from "jiti";

const jiti = createJiti(import.meta.url, { jsx: { runtime: "automatic" } });
const { testMarkdown } = await jiti.import("../lib/markdown/testing.ts");
const { featuresOf, compareFeatures } = await jiti.import("../lib/markdown/oracle/zenn-features.ts");
const { ALLOWED_DIFFERENCES } = await jiti.import("../lib/markdown/oracle/allowed.ts");
const { toHtml } = await import("hast-util-to-html");
const zenn = (await import("zenn-markdown-html")).default;

const args = process.argv.slice(2);
const list = args.includes("--list");
const repos = args.filter((a) => !a.startsWith("--"));
if (repos.length === 0) {
  console.error("usage: node scripts/zenn-agreement.mjs <zenn repository folder or bare git dir>… [--list]");
  process.exit(2);
}

/** A checkout of the repository: the folder itself, or HEAD of a bare git dir copied out. */
function checkout(repo) {
  if (fs.existsSync(path.join(repo, "articles"))) return { root: path.resolve(repo), commit: "" };
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "zenn-agreement-"));
  execFileSync("sh", ["-c", `git --git-dir="${repo}" archive HEAD | tar -x -C "${root}"`]);
  const commit = execFileSync("git", [`--git-dir=${repo}`, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  return { root, commit, temporary: true };
}

/** Front matter and body of a Zenn article; `published: true` only. */
function article(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  if (!/^published:\s*true\s*(#.*)?$/m.test(m[1])) return undefined;
  return { body: text.slice(m[0].length), bodyLine: m[0].split("\n").length };
}

const totals = { articles: 0, agree: 0, byKind: new Map(), reasons: new Map() };
const count = (map, key, field) => {
  const entry = map.get(key) ?? { features: 0, differing: 0, articles: new Set() };
  map.set(key, entry);
  return entry;
};

for (const repo of repos) {
  const { root, commit, temporary } = checkout(repo);
  const markdown = testMarkdown({ contentDir: root });
  const files = fs.readdirSync(path.join(root, "articles")).filter((f) => f.endsWith(".md")).sort();
  let articles = 0;
  let agree = 0;
  for (const name of files) {
    const file = path.join(root, "articles", name);
    const post = article(fs.readFileSync(file, "utf8"));
    if (!post) continue;
    articles++;
    const zennHtml = await zenn(post.body, { embedOrigin: "https://embed.zenn.studio" });
    let yomuHtml;
    let error;
    try {
      yomuHtml = toHtml(markdown.markdownToHast(post.body, "", { sourcePath: file, bodyLine: post.bodyLine }).tree);
    } catch (e) {
      error = e instanceof Error ? e.message.split("\n")[0] : String(e);
    }
    const zf = featuresOf(zennHtml, "zenn");
    const differences = error ? [{ kind: "build", yomu: error }] : compareFeatures(zf, featuresOf(yomuHtml, "yomu"), ALLOWED_DIFFERENCES);
    for (const f of zf) count(totals.byKind, f.kind).features++;
    const defects = differences.filter((d) => !d.allowed);
    for (const d of differences) {
      const entry = count(d.allowed ? totals.reasons : totals.byKind, d.allowed ?? d.kind);
      entry.differing++;
      entry.articles.add(`${repo}:${name}`);
    }
    if (defects.length === 0) agree++;
    else if (list) {
      console.log(`\n${path.basename(path.dirname(repo))}/${name}`);
      for (const d of defects) console.log(`  ${d.kind}: zenn ${JSON.stringify(d.zenn?.slice(0, 160))} | yomu ${JSON.stringify(d.yomu?.slice(0, 160))}`);
    }
  }
  totals.articles += articles;
  totals.agree += agree;
  console.log(`${repo}${commit ? ` @ ${commit}` : ""}: ${agree}/${articles} published articles agree (${((100 * agree) / Math.max(1, articles)).toFixed(1)} %)`);
  if (temporary) fs.rmSync(root, { recursive: true, force: true });
}

console.log(`\nall: ${totals.agree}/${totals.articles} agree (${((100 * totals.agree) / Math.max(1, totals.articles)).toFixed(1)} %)`);
console.log("by feature (Zenn's features; differences; articles with one):");
for (const [kind, e] of [...totals.byKind].sort()) console.log(`  ${kind}: ${e.features} features, ${e.differing} differences, ${e.articles.size} articles`);
if (totals.reasons.size > 0) console.log("intended differences:");
for (const [reason, e] of totals.reasons) console.log(`  ${e.differing} in ${e.articles.size} articles: ${reason}`);
