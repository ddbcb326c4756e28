/**
 * Where yomu's own build time goes, outside Next.js: reading files, parsing
 * front matter and building the index, and compiling Markdown bodies.
 * Usage: jiti scripts/profile-content.ts <contentDir>   → prints JSON
 */
import { performance } from "node:perf_hooks";
import { siteConfig } from "../site.config";
import { buildIndex } from "../lib/content/build-index";
import { readPostFiles } from "../lib/content/load";
import { createMarkdown } from "../lib/markdown";
import { siteMarkdownConfig } from "../lib/site-markdown";

const dir = process.argv[2];
process.env.CONTENT_DIR = dir;
const { markdownToHast } = createMarkdown(siteMarkdownConfig());
const ms = (t: number) => Math.round(performance.now() - t);

let t = performance.now();
const files = readPostFiles(dir);
const readMs = ms(t);

t = performance.now();
const index = buildIndex(files, siteConfig, { includeHidden: false });
const parseMs = ms(t);

t = performance.now();
for (const p of index.posts) if (p.format === "md") markdownToHast(p.body, p.title);
const markdownMs = ms(t);

console.log(JSON.stringify({ posts: files.length, readMs, parseMs, markdownMs, heapMB: Math.round(process.memoryUsage().rss / 1e6) }));
