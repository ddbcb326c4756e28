/**
 * Posts of the sample posts' real size for `npm run bench`: each body is one sample post's own blocks
 * (content/*.md), about a third replaced by blocks of the others and reshuffled, so sizes follow the
 * samples (7–58 KB); tags come from a pool of about 300 with a mild Zipf weighting, categories from 25.
 * A share of posts carries the notation writers use (Zenn/Qiita, GitHub alerts, math, diagrams,
 * footnotes, link cards, a picture), so that the benchmark pays for every feature.
 */
import fs from "node:fs";
import path from "node:path";

const CATEGORIES = [
  "投資分析", "AI最新ニュース", "AI技術ガイド", "業界動向", "企業戦略", "研究開発", "半導体", "クラウド", "セキュリティ",
  "規制と政策", "生成AI活用", "スタートアップ", "市場予測", "データ分析", "機械学習入門", "ロボティクス", "自動運転",
  "ヘルスケア", "金融テクノロジー", "教育とAI", "働き方改革", "オープンソース", "ハードウェア", "インタビュー", "コラム",
];

const TAG_STEMS_JA = [
  "生成AI", "大規模言語モデル", "機械学習", "深層学習", "自然言語処理", "画像生成", "音声認識", "強化学習", "マルチモーダル",
  "オープンソース", "データセンター", "半導体", "エッジAI", "推論", "学習データ", "ファインチューニング", "プロンプト",
  "エージェント", "自動化", "ロボット", "自動運転", "医療AI", "金融", "教育", "規制", "著作権", "プライバシー", "倫理",
  "ガバナンス", "電力消費", "スタートアップ", "資金調達", "決算", "競争戦略", "提携", "買収", "人材", "生産性", "製造業",
  "物流", "翻訳", "多言語", "日本語", "要約", "コード生成", "ベンチマーク", "安全性", "量子化", "蒸留", "スマートフォン",
];
const TAG_STEMS_EN = [
  "GPT", "Claude", "Gemini", "Llama", "Mistral", "Qwen", "DeepSeek", "RAG", "RLHF", "LoRA", "MoE", "AGI", "NLP", "MLOps",
  "AWS", "Azure", "GCP", "Intel", "AMD", "Arm", "TSMC", "Samsung", "SoftBank", "NTT", "CUDA", "H100", "TPU", "HBM",
  "Python", "PyTorch", "JAX", "Rust", "TypeScript", "Kubernetes", "Docker", "Linux", "GitHub", "WebGPU", "ONNX", "SDK",
];
const SPACED_TAGS = ["Machine Learning", "Deep Learning", "Open Source", "Generative AI", "Data Center", "AI Safety", "Cloud Computing", "Edge Computing"];
const SEED_TAGS = ["AI", "最新ニュース", "技術動向", "Meta", "投資", "OpenAI", "Google", "Microsoft", "Amazon", "Apple", "LLM", "NVIDIA", "Anthropic"];

/** About 300 distinct tags: the samples' own first (most frequent), then stems and their variants. */
export function tagPool() {
  const pool = [...SEED_TAGS];
  for (let k = 0; pool.length < 300 && k < 4; k++) {
    const suffix = ["", "動向", "活用", "入門"][k];
    for (let i = 0; i < Math.max(TAG_STEMS_JA.length, TAG_STEMS_EN.length); i++) {
      if (i < TAG_STEMS_JA.length) pool.push(TAG_STEMS_JA[i] + suffix);
      if (i < TAG_STEMS_EN.length) pool.push(k === 0 ? TAG_STEMS_EN[i] : `${TAG_STEMS_EN[i]} ${["", "News", "Tips", "Guide"][k]}`);
      if (k === 0 && i % 6 === 0 && i / 6 < SPACED_TAGS.length) pool.push(SPACED_TAGS[i / 6]);
    }
  }
  return [...new Set(pool)].slice(0, 300);
}

/** The sample posts' titles and Markdown blocks (front matter and the title-repeating first paragraph left out). */
export function readSamples(dir) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort() : [];
  return files.map((f) => {
    const text = fs.readFileSync(path.join(dir, f), "utf8").replace(/\r\n/g, "\n");
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    const front = m?.[1] ?? "";
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(front)?.[1] ?? f;
    const author = /^author:\s*"?(.*?)"?\s*$/m.exec(front)?.[1] ?? "編集部";
    const blocks = (m?.[2] ?? text).split(/\n[ \t]*\n+/).map((b) => b.replace(/\s+$/, "")).filter((b) => b.trim() !== "");
    if (blocks[0]?.trim() === title.trim()) blocks.shift();
    return { title, author, blocks };
  });
}

const MERMAID = [
  ["flowchart LR", "  A[記事を書く] --> B{レビュー}", "  B -->|OK| C[公開]", "  B -->|修正| A"],
  ["graph TD", "  U[利用者] --> F[フロントエンド]", "  F --> API[API]", "  API --> DB[(データベース)]", "  API --> M[モデル推論]"],
  ["sequenceDiagram", "  participant U as 利用者", "  participant S as サーバー", "  U->>S: 質問を送る", "  S-->>U: 回答を返す"],
  ["classDiagram", "  class Model {", "    +String name", "    +infer(input) String", "  }", "  Model <|-- Llama"],
  ["stateDiagram-v2", "  [*] --> 下書き", "  下書き --> 公開: レビュー済み", "  公開 --> [*]"],
  ["erDiagram", "  AUTHOR ||--o{ POST : writes", "  POST }o--o{ TAG : has"],
];

/** One notation block of the kind writers use, chosen by `r` in [0, 1). */
function notationBlock(r, random, subject, n) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  if (r < 0.16) return ["```ts:src/models/" + subject.replace(/\W+/g, "-").toLowerCase() + ".ts", `export const model = { name: "${subject}", version: ${n % 9} };`, "export function tokens(text: string): number {", "  return [...text].length;", "}", "```"].join("\n");
  if (r < 0.22) return ["```diff ts", "- const context = 8192;", "+ const context = 131072;", "```"].join("\n");
  if (r < 0.32) return `推論コストは $C = \\alpha N^{\\beta}$ で近似でき、学習量は次のとおりです。\n\n$$\n\\sum_{i=1}^{n} \\frac{t_i}{\\lambda} = ${n % 7 + 1}\n$$`;
  if (r < 0.42) return `:::message\n${subject}の数値は執筆時点の公開情報に基づきます。\n:::`;
  if (r < 0.48) return `:::details ${subject}の補足\n評価条件の詳細は次のとおりです。\n\n- 入力長: 4,096 トークン\n- 温度: 0.2\n:::`;
  if (r < 0.60) return "```mermaid\n" + pick(MERMAID).join("\n") + "\n```";
  if (r < 0.70) return `詳しくは公式発表[^note-${n}]と補足^[${subject}の資料は英語のみです。]を参照してください。\n\n[^note-${n}]: ${subject}の発表資料より。`;
  if (r < 0.78) return `https://example.com/ai/${n}`;
  if (r < 0.84) return `| 指標 | ${subject} | 従来モデル |\n|---|---:|---:|\n| 精度 | ${80 + (n % 15)}% | 71% |\n| 速度 | ${n % 5 + 2}倍 | 1倍 |`;
  if (r < 0.88) return `｜推論《すいろん》と｜学習《がくしゅう》の費用の差。`;
  if (r < 0.92) return `> [!NOTE]\n> 投資判断はご自身の責任で行ってください。`;
  return `:::message alert\n${subject}の提供条件は変わることがあります。\n:::`;
}

/**
 * The post number `i` (0-based) of a real-size corpus. `samples` from readSamples, `tags` from tagPool.
 * Returns the same shape as the light generator: { slug, text, date, title, tags, categories }.
 */
export function realSizePost(i, random, samples, tags) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (list, k) => {
    const weights = list.map((_, j) => 1 / Math.pow(j + 1, 0.7));
    const total = weights.reduce((a, b) => a + b, 0);
    const chosen = new Set();
    while (chosen.size < Math.min(k, list.length)) {
      let r = random() * total;
      let j = 0;
      for (; j < list.length - 1; j++) if ((r -= weights[j]) < 0) break;
      chosen.add(list[j]);
    }
    return [...chosen];
  };
  const base = samples[(i + int(0, samples.length - 1)) % samples.length];
  const all = samples.flatMap((s) => s.blocks);
  const blocks = base.blocks.map((b) => (random() < 0.3 ? pick(all) : b));
  const rot = int(0, Math.max(0, blocks.length - 1));
  const body = blocks.slice(rot).concat(blocks.slice(0, rot));
  for (let s = int(1, 6); s > 0; s--) {
    const x = int(0, body.length - 1);
    const y = int(0, body.length - 1);
    [body[x], body[y]] = [body[y], body[x]];
  }
  const subject = pick(["Llama 4", "GPT-5", "Gemini 3", "Claude", "Blackwell", "Qwen 3", "エッジ推論"]);
  // About one notation block per 3 KB of text, as in notation-rich technical posts.
  const inserts = Math.max(2, Math.round(body.join("").length / 3000));
  for (let k = 0; k < inserts; k++) body.splice(int(1, body.length), 0, notationBlock(random(), random, subject, i * 31 + k));
  if (i % 10 === 9) body.splice(int(1, body.length), 0, `![${subject}の推移](./images/chart.png "図：${subject}の推移")`);
  const title = `${pick(["", "", "速報：", "解説：", "考察：", "続報："])}${base.title}（その${i + 1}）`;
  const start = Date.UTC(2021, 0, 1);
  const date = new Date(start + Math.floor(random() * 5 * 365 * 24 * 3600) * 1000);
  const p2 = (x) => String(x).padStart(2, "0");
  const dateText = `${date.getUTCFullYear()}-${p2(date.getUTCMonth() + 1)}-${p2(date.getUTCDate())} ${p2(date.getUTCHours())}:${p2(date.getUTCMinutes())}:${p2(date.getUTCSeconds())} +0000`;
  const postTags = weighted(tags, int(2, 6));
  const categories = weighted(CATEGORIES, int(1, 2));
  const text = [
    "---",
    "layout: post",
    `title: ${JSON.stringify(title)}`,
    `date: ${dateText}`,
    `categories: ${JSON.stringify(categories)}`,
    `tags: ${JSON.stringify(postTags)}`,
    `author: ${JSON.stringify(base.author)}`,
    `excerpt: ${JSON.stringify(`**${base.title}**について詳細に分析します。`)}`,
    `reading_time: ${Math.max(1, Math.round([...body.join("")].length / 600))}`,
    "---",
    "",
    title,
    "",
    body.join("\n\n"),
    "",
  ].join("\n");
  return { slug: `post-${String(i + 1).padStart(5, "0")}`, text, date: date.toISOString(), title, tags: postTags, categories };
}
