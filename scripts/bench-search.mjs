#!/usr/bin/env node
/**
 * Search benchmark (scripts/bench-search.ts): index build time and size, bytes
 * fetched per query, time to results.
 *
 *   node scripts/bench-search.mjs                      generated corpora of 1,000 and 10,000 posts
 *   node scripts/bench-search.mjs --sizes 100,1000     other sizes
 *   node scripts/bench-search.mjs --corpus <dir>       an existing content folder
 *   --json                                             one JSON line per corpus (npm run bench reads the last)
 */
import path from "node:path";
import { createJiti } from "jiti";
import { generateCorpus } from "./generate-corpus.mjs";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes("--json");
const root = path.resolve(import.meta.dirname, "..");

const jiti = createJiti(import.meta.url);
const { benchSearch } = await jiti.import("./bench-search.ts");

const corpora = [];
if (opt("corpus")) corpora.push(path.resolve(opt("corpus")));
else {
  for (const n of (opt("sizes") ?? "1000,10000").split(",").map(Number)) {
    const dir = path.join(root, ".bench", `search-corpus-${n}`);
    generateCorpus(dir, n);
    corpora.push(dir);
  }
}

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
/** Pads by display width: CJK characters take two columns. */
const pad = (text, width) => text + " ".repeat(Math.max(0, width - [...text].reduce((w, c) => w + (c.codePointAt(0) >= 0x2e80 ? 2 : 1), 0)));
for (const dir of corpora) {
  const r = await benchSearch(dir);
  if (json) {
    console.log(JSON.stringify(r));
    continue;
  }
  console.log(`\n${r.posts} posts (${path.relative(root, dir) || dir})`);
  console.log(`  content load ${r.contentLoadMs} ms, plain text ${r.plainTextMs} ms, index build ${r.indexBuildMs} ms`);
  console.log(`  index: ${r.indexFiles} files, ${(r.indexBytes / 1e6).toFixed(1)} MB as served (${(r.indexBytesUncompressed / 1e6).toFixed(1)} MB uncompressed), ${r.keys} keys, ${r.positions} positions`);
  console.log(`  ${"query".padEnd(14)} ${"hits".padStart(6)} exact ${"fetched".padStart(9)} files  first  loaded  keystroke`);
  for (const q of r.queries) {
    console.log(
      `  ${pad(q.query, 14)} ${String(q.hits).padStart(6)} ${q.exact ? " yes " : " NO  "} ${kb(q.bytesFetched).padStart(9)} ${String(q.filesFetched).padStart(5)} ${`${q.firstQueryMs}`.padStart(6)} ${`${q.loadedQueryMs}`.padStart(7)} ${`${q.slowestKeystrokeMs}`.padStart(10)}  ms`,
    );
  }
  console.log(JSON.stringify(r));
}
