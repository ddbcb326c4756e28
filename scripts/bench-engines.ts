/**
 * The Markdown engine question, measured: the same real-size posts through
 *   remark (micromark) parse only, yomu's whole .md pipeline (parse → notation → sanitize → highlight → KaTeX → HTML),
 *   markdown-it render (CommonMark + GFM tables), and Zenn's own renderer (zenn-markdown-html: markdown-it + its plugins + shiki).
 * Rounds alternate between engines so that a busy machine slows all of them alike.
 * Usage: jiti scripts/bench-engines.ts <contentDir> [--posts 200] [--rounds 3] [--modules DIR]
 *   --modules: a folder whose node_modules holds markdown-it and zenn-markdown-html (when the project has none).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { toHtml } from "hast-util-to-html";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { readPostFiles } from "../lib/content/load";
import { createMarkdown } from "../lib/markdown";
import { siteMarkdownConfig } from "../lib/site-markdown";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const dir = path.resolve(args[0]);
process.env.CONTENT_DIR = dir;
process.env.YOMU_CACHE = "0";
const limit = Number(opt("posts", "200"));
const rounds = Number(opt("rounds", "3"));
const req = createRequire(path.join(path.resolve(opt("modules", process.cwd())), "package.json"));

const bodies = readPostFiles(dir)
  .filter((f) => f.file.endsWith(".md"))
  .slice(0, limit)
  .map((f) => f.raw.replace(/^---\n[\s\S]*?\n---\n/, ""));
const bytes = bodies.reduce((s, b) => s + Buffer.byteLength(b), 0);

const { markdownToHast } = createMarkdown(siteMarkdownConfig());
const remark = unified().use(remarkParse).use(remarkGfm);
const MarkdownIt = req("markdown-it");
const mdit = new MarkdownIt({ html: true, linkify: true });
const zenn = req("zenn-markdown-html");
const zennHtml: (md: string) => Promise<string> | string = zenn.default ?? zenn.markdownToHtml ?? zenn;

const engines: Record<string, (b: string) => unknown> = {
  "remark parse only (mdast)": (b) => remark.parse(b),
  "yomu .md pipeline (to HTML)": (b) => toHtml(markdownToHast(b).tree),
  "markdown-it render": (b) => mdit.render(b),
  "zenn-markdown-html": (b) => zennHtml(b),
};
const totals: Record<string, number[]> = Object.fromEntries(Object.keys(engines).map((k) => [k, []]));
for (let r = 0; r <= rounds; r++) {
  for (const [name, run] of Object.entries(engines)) {
    const t = performance.now();
    for (const b of bodies) await run(b);
    if (r > 0) totals[name].push(performance.now() - t); // round 0 warms up
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = Object.fromEntries(
  Object.entries(totals).map(([name, xs]) => {
    const ms = median(xs);
    return [name, { msPerPost: +(ms / bodies.length).toFixed(2), mbPerSecond: +(bytes / 1e6 / (ms / 1000)).toFixed(2) }];
  }),
);
console.log(JSON.stringify({ posts: bodies.length, megabytes: +(bytes / 1e6).toFixed(1), rounds, result }, null, 2));
