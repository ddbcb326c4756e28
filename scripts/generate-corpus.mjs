#!/usr/bin/env node
/**
 * Writes a deterministic corpus of N seed-shaped posts for tests and benchmarks:
 * Jekyll front matter with `+0000` dates spread over two years, Japanese and
 * English tags (with spaces, symbols and width variants), several categories,
 * and Japanese bodies assembled from the sample posts' paragraphs.
 *
 * Usage: node scripts/generate-corpus.mjs <outDir> <count> [--seed N] [--real-size]
 * The same arguments always give the same files. `--real-size` (what `npm run bench` measures):
 * posts of the sample posts' sizes, tag pool and notation mix (scripts/lib/real-size-posts.mjs);
 * without it, light posts of 2–9 KB for the browser tests.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { checkOutputFolder, MARKERS, markOutputFolder, projectFolders } from "./lib/output-folder.mjs";
import { readSamples, realSizePost, tagPool } from "./lib/real-size-posts.mjs";

const root = path.resolve(import.meta.dirname, "..");
const CORPUS_FILE = /^post-\d{5}\.md$/;

export const TAGS = [
  "AI", "LLM", "Meta", "OpenAI", "Google", "NVIDIA", "Anthropic", "投資", "最新ニュース", "技術動向",
  "半導体", "多言語", "マルチモーダル", "機械 学習", "Machine Learning", "C++", "C#", "Node.js", "生成AI",
  "データセンター", "規制", "オープンソース", "Apple", "Microsoft", "Amazon", "ロボティクス", "エッジAI", "量子コンピュータ",
];
export const CATEGORIES = ["投資分析", "AI最新ニュース", "AI技術ガイド", "市場動向", "Deep Dive"];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function seedParagraphs() {
  const dir = path.join(root, "content");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".md")) : [];
  const paragraphs = [];
  for (const f of files) {
    const body = fs.readFileSync(path.join(dir, f), "utf8").split(/^---$/m).slice(2).join("---");
    for (const p of body.split(/\n\s*\n/)) {
      const t = p.trim();
      if (t.length > 40 && !t.startsWith("#") && !t.includes("---END---")) paragraphs.push(t);
    }
  }
  return paragraphs.length > 0 ? paragraphs : ["生成AIの進化は、投資家と技術者の双方に新しい問いを投げかけています。"];
}

const pad = (n) => String(n).padStart(2, "0");

export function generatePost(i, random, paragraphs) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const start = Date.UTC(2024, 0, 1);
  const twoYears = 730 * 24 * 3600 * 1000;
  const date = new Date(start + Math.floor(random() * twoYears));
  const dateText = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(TAGS)))];
  const category = pick(CATEGORIES);
  const subject = pick(["Llama 4", "GPT-5", "Gemini 3", "Claude", "Blackwell", "量子AI", "エッジ推論"]);
  const title = `${subject}の${pick(["性能", "戦略", "市場", "影響", "課題"])}、その真意は何か？（第${i + 1}回）`;
  const sections = 2 + Math.floor(random() * 4);
  const blocks = [title, ""];
  for (let s = 0; s < sections; s++) {
    blocks.push(`## ${subject}と${pick(["投資家", "技術者", "社会", "規制", "市場"])}の視点 ${s + 1}`, "");
    const count = 2 + Math.floor(random() * 3);
    for (let p = 0; p < count; p++) blocks.push(pick(paragraphs), "");
    if (random() < 0.15) blocks.push("```ts", `const model = "${subject}";`, "console.log(model.length);", "```", "");
    // The notation editors use (README, "Writing posts"), in a share of the posts, so that the benchmark pays for it.
    const notation = random();
    if (notation < 0.08) blocks.push("```ts:src/model.ts", `export const name = "${subject}";`, "```", "");
    else if (notation < 0.12) blocks.push("```diff ts", `- const version = 3;`, `+ const version = 4;`, "```", "");
    else if (notation < 0.2) blocks.push(`成長率は $g = \\frac{r_1 - r_0}{r_0}$ で表せます。`, "", "$$", "E = mc^2", "$$", "");
    else if (notation < 0.28) blocks.push(`｜東京《とうきょう》と大阪《おおさか》の${subject}関連企業。`, "");
    else if (notation < 0.34) blocks.push(":::message", `${subject}の情報は執筆時点のものです。`, ":::", "", "> [!NOTE]", "> 投資判断はご自身で。", "");
  }
  // Every tenth post shows a picture next to it (the image pipeline: hashed copy, AVIF/WebP variants, caption).
  if (i % 10 === 9) blocks.push(`![${subject}の推移](./images/chart.png "図：${subject}の推移")`, "");
  const slug = `post-${String(i + 1).padStart(5, "0")}`;
  const text = [
    "---",
    "layout: post",
    `title: "${title}"`,
    `date: ${dateText}`,
    `categories: ["${category}"]`,
    `tags: [${tags.map((t) => JSON.stringify(t)).join(", ")}]`,
    'author: "ALLFORCES編集部"',
    "---",
    "",
    ...blocks,
  ].join("\n");
  return { slug, text, date: date.toISOString(), title, tags, categories: [category] };
}

/**
 * Writes the corpus into `outDir`, replacing the posts of a corpus written there
 * before. Throws, writing and deleting nothing, for a folder that is not new,
 * empty or a corpus (scripts/lib/output-folder.mjs).
 */
export function generateCorpus(outDir, count, seed = 42, { realSize = false } = {}) {
  const refusal = checkOutputFolder(outDir, {
    root,
    protect: projectFolders(root),
    marker: MARKERS.corpus,
    // A corpus written before corpora were marked holds nothing but its posts.
    writtenBefore: (entries) => entries.every((name) => CORPUS_FILE.test(name)),
  });
  if (refusal) throw new Error(`will not write the corpus into ${path.resolve(outDir)}: ${refusal}; nothing was written or deleted (choose a new or empty folder)`);
  const random = rng(seed);
  const paragraphs = realSize ? null : seedParagraphs();
  const samples = realSize ? readSamples(path.join(root, "content")) : null;
  const tags = realSize ? tagPool() : null;
  if (realSize && samples.length === 0) throw new Error("--real-size needs the sample posts in content/");
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of fs.readdirSync(outDir)) if (CORPUS_FILE.test(name)) fs.rmSync(path.join(outDir, name));
  markOutputFolder(outDir, MARKERS.corpus);
  const posts = [];
  for (let i = 0; i < count; i++) {
    const post = realSize ? realSizePost(i, random, samples, tags) : generatePost(i, random, paragraphs);
    fs.writeFileSync(path.join(outDir, `${post.slug}.md`), post.text);
    posts.push(post);
  }
  if (count >= 10) {
    fs.mkdirSync(path.join(outDir, "images"), { recursive: true });
    fs.copyFileSync(path.join(root, "bench", "corpus-chart.png"), path.join(outDir, "images", "chart.png"));
  }
  return posts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [outDir, countText] = process.argv.slice(2);
  const seedIndex = process.argv.indexOf("--seed");
  if (!outDir || !countText) {
    console.error("usage: node scripts/generate-corpus.mjs <outDir> <count> [--seed N] [--real-size]");
    process.exit(2);
  }
  const seed = seedIndex > 0 ? Number(process.argv[seedIndex + 1]) : 42;
  try {
    const posts = generateCorpus(path.resolve(outDir), Number(countText), seed, { realSize: process.argv.includes("--real-size") });
    console.log(`wrote ${posts.length} posts to ${outDir}`);
  } catch (error) {
    console.error(`generate-corpus: ${error.message}`);
    process.exit(1);
  }
}
