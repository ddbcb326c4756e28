#!/usr/bin/env node
/**
 * Share-image benchmark: what drawing one image costs (satori layout + sharp
 * PNG), wall-clock and CPU time per image, and the one-off start (loading
 * satori and sharp, reading the font, the first image). The build adds about
 * start + recentPosts × per image on a cold cache, and only reads files on a warm one.
 *
 *   node scripts/bench-share-images.mjs [count]     default 100 images
 */
import { performance } from "node:perf_hooks";
import { createJiti } from "jiti";

const count = Number(process.argv[2] ?? 100);
const jiti = createJiti(import.meta.url);
const { shareImageCard } = await jiti.import("../lib/share-image/card.ts");
const { cardFonts } = await jiti.import("../lib/share-image/fonts.ts");
const { renderCard } = await jiti.import("../lib/share-image/render.ts");

const subjects = ["Llama 4", "GPT-5", "Gemini 3", "Claude", "Blackwell", "量子AI", "エッジ推論"];
const title = (i) => `${subjects[i % subjects.length]}の「性能」、その真意は何か？（第${i + 1}回）2025年の市場と投資を読み解く`;
const card = (i) => shareImageCard({ title: title(i), siteName: "yomu", date: `2025年${(i % 12) + 1}月${(i % 28) + 1}日` });

const cpuMs = (start) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

let cpu = process.cpuUsage();
let t = performance.now();
await renderCard(card(-1), cardFonts());
const start = { wallMs: performance.now() - t, cpuMs: cpuMs(cpu) };

cpu = process.cpuUsage();
t = performance.now();
let bytes = 0;
for (let i = 0; i < count; i++) bytes += (await renderCard(card(i), cardFonts())).length;
const wall = performance.now() - t;
const used = cpuMs(cpu);
const r = (n) => Math.round(n * 10) / 10;
console.log(
  `share images: start ${r(start.wallMs)} ms (cpu ${r(start.cpuMs)} ms); ${count} images: ${r(wall / count)} ms each (cpu ${r(used / count)} ms), ${Math.round(bytes / count / 1024)} KB each`,
);
