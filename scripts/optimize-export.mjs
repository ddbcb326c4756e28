#!/usr/bin/env node
/**
 * Makes the static export as light as a Jekyll or Hugo site: a page that needs
 * no JavaScript (every page but those marked `data-needs-js`, i.e. search) loses
 * the Next.js runtime scripts and the inline RSC payload that repeats the whole
 * article, and its RSC `.txt` files are removed. Links are plain `<a href>`, so
 * navigation is an ordinary page load. JSON-LD scripts are kept.
 *
 * A page whose HTML still depends on scripts (streamed Suspense content) is left
 * untouched and reported.
 *
 * Usage: node scripts/optimize-export.mjs [dir]   (default: $NEXT_DIST_DIR or out)
 */
import fs from "node:fs";
import path from "node:path";

const NEEDS_JS = "data-needs-js";
const STREAMED = /<div hidden id="S:|\$RC\(/;
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;

export function stripRuntime(html) {
  return html
    .replace(SCRIPT, (tag, attrs) => (/type="application\/ld\+json"/.test(attrs) ? tag : ""))
    .replace(SCRIPT_PRELOAD, "");
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "_next") yield* walk(full);
    } else yield full;
  }
}

export function optimizeExport(dir) {
  const stats = { pages: 0, stripped: 0, kept: [], bytesBefore: 0, bytesAfter: 0, rscFilesRemoved: 0 };
  const keepRscIn = new Set();
  const htmlFiles = [];
  for (const file of walk(dir)) if (file.endsWith(".html")) htmlFiles.push(file);
  for (const file of htmlFiles) {
    const html = fs.readFileSync(file, "utf8");
    stats.pages++;
    stats.bytesBefore += Buffer.byteLength(html);
    if (html.includes(NEEDS_JS) || STREAMED.test(html)) {
      if (!html.includes(NEEDS_JS)) stats.kept.push(path.relative(dir, file));
      keepRscIn.add(path.dirname(file));
      stats.bytesAfter += Buffer.byteLength(html);
      continue;
    }
    const out = stripRuntime(html);
    fs.writeFileSync(file, out);
    stats.stripped++;
    stats.bytesAfter += Buffer.byteLength(out);
  }
  for (const file of walk(dir)) {
    const isRsc = file.endsWith(".txt") && (path.basename(file).startsWith("__next.") || path.basename(file) === "index.txt");
    if (isRsc && !keepRscIn.has(path.dirname(file))) {
      fs.rmSync(file);
      stats.rscFilesRemoved++;
    }
  }
  return stats;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? "out");
  const t = Date.now();
  const s = optimizeExport(dir);
  console.log(
    `optimize-export: ${s.stripped}/${s.pages} pages without runtime JS, ${s.rscFilesRemoved} RSC files removed, ` +
      `HTML ${(s.bytesBefore / 1e6).toFixed(1)} MB → ${(s.bytesAfter / 1e6).toFixed(1)} MB in ${Date.now() - t} ms`,
  );
  if (s.kept.length) console.log(`  kept scripts (streamed content): ${s.kept.join(", ")}`);
}
