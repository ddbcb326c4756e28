/**
 * Zenn's own renderer (zenn-markdown-html) as the oracle of yomu's `.md`
 * rendering: both HTMLs are read into one list of features a reader sees
 * (headings, code blocks and their file names, math, callouts, details,
 * images and captions, footnotes, tables, embeds, the prose), so that they
 * compare although their markup differs. Used by the oracle test
 * (./zenn-oracle.test.ts) and by scripts/zenn-agreement.mjs on real articles.
 * Pure: HTML in, features out.
 *
 * Mermaid diagrams are left out on both sides (another part of yomu draws them).
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { raw } from "hast-util-raw";
import { toString } from "hast-util-to-string";
import { outlineDepths } from "../heading-outline";
import { EMBED_SERVICES } from "../notation-text";

export type FeatureKind = "heading" | "code" | "math" | "callout" | "details" | "image" | "caption" | "footnote" | "footnote-ref" | "table" | "embed" | "text";

export interface Feature {
  kind: FeatureKind;
  /** What must be equal on both sides. */
  value: string;
  /** An image's width when the Markdown asked for one (`=250x`); only Zenn's side knows it was asked. */
  width?: string;
}

export type Side = "zenn" | "yomu";

/** The messages zenn-markdown-html prints for embed targets it refuses (whitespace removed; Figma's in 0.4 and 0.5 wording). */
const ZENN_EMBED_ERROR =
  /^(?:YouTubeのvideoIDが不正です|SlideShareのkeyが不正です|SpeakerDeckのkeyが不正です|DocswellのスライドURLが不正です|jsfiddleのURLが不正です|CodePenのURLが不正です|URLが不正です|「https:\/\/codesandbox\.io\/embed\/」から始まる正しいURLを入力してください|StackBlitzのembed用のURLを指定してください|「https:\/\/blueprintue\.com\/render\/」から始まる正しいURLを指定してください|埋め込みに対応しているFigmaURLを指定してください|ファイルまたはプロトタイプのFigmaURLを指定してください|ツイートページのURLを指定してください|GitHubGistのページURLを指定してください|GitHubのファイルURLまたはパーマリンクを指定してください|埋め込みURLは\d+文字以内にする必要があります)$/;

const BLOCKS = new Set(["p", "li", "td", "th", "dt", "dd", "blockquote", "div", "section", "aside", "details", "figure", "ol", "ul", "table", "tr", "thead", "tbody"]);
const TEXT_BLOCKS = new Set(["p", "li", "td", "th", "dt", "dd", "blockquote"]);

const classes = (node: Element): string[] => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? (c as string).split(/\s+/) : [];
};
const has = (node: Element, name: string) => classes(node).includes(name);
const isElement = (node: RootContent | ElementContent | undefined): node is Element => node?.type === "element";
const squash = (text: string) => text.replace(/\s+/g, "");
const oneSpace = (text: string) => text.replace(/\s+/g, " ").trim();

function parse(html: string): Root {
  return raw({ type: "root", children: [{ type: "raw", value: html }] } as unknown as Root) as Root;
}

function find(node: Element, test: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function findAll(node: Element | Root, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) out.push(child);
    else findAll(child, test, out);
  }
  return out;
}

const hidden = (node: Element) => /display:\s*none/.test(String(node.properties?.style ?? ""));

/** Services by the label yomu's cards show ("YouTube" → youtube). */
const SERVICE_BY_LABEL = new Map(Object.entries(EMBED_SERVICES).filter(([name]) => name !== "x").map(([name, s]) => [s.label, name]));

/** The part of an embed both renderers keep: a YouTube video's id, a card's URL; for players yomu does not load, only the service. */
function embedKey(kind: string, written: string): string {
  let url = written;
  try {
    url = decodeURI(written);
  } catch {
    /* a stray % stays */
  }
  if (kind === "youtube") {
    const m = /(?:[?&]v=|\/embed\/|youtu\.be\/)([\w-]+)/.exec(url);
    return `youtube:${m ? m[1] : url}`;
  }
  if (kind === "card" || kind === "tweet" || kind === "github" || kind === "gist") return `${kind}:${url.replace(/\/$/, "")}`;
  return kind;
}

function zennEmbed(node: Element): string | undefined {
  const kind = classes(node).find((c) => c.startsWith("zenn-embedded-") || (c.startsWith("embed-") && c !== "embed-block"));
  if (!kind) return undefined;
  const name = kind.replace(/^zenn-embedded-|^embed-/, "");
  const iframe = find(node, (e) => e.tagName === "iframe");
  const content = iframe?.properties?.dataContent;
  const url = typeof content === "string" ? decodeURIComponent(content) : String(iframe?.properties?.src ?? "");
  return embedKey(name, url);
}

function yomuEmbed(node: Element): string {
  const link = find(node, (e) => e.tagName === "a");
  const label = link && find(link, (e) => has(e, "link-card-service"));
  const kind = (label && SERVICE_BY_LABEL.get(toString(label))) || "card";
  return embedKey(kind, String(link?.properties?.href ?? ""));
}

/**
 * `x.png` for `/images/x-0123456789ab.png` (yomu's hashed copy) and `/images/x.png`; remote URLs as
 * they are. A local file's name is read as yomu names its copy (lib/images/asset.ts: the stem's
 * letters, digits, `_` and `-`; an SVG is published drawn as PNG), so that only the image compares.
 */
function imageKey(src: string, side: Side): string {
  if (/^https?:\/\//.test(src)) return src;
  const base = src.split(/[?#]/)[0].split("/").pop() ?? src;
  if (side === "yomu") return base.replace(/-[0-9a-f]{12}(\.[a-z]+)$/i, "$1");
  let name = base;
  try {
    name = decodeURIComponent(base);
  } catch {
    /* a stray % stays */
  }
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return name;
  const stem = name.slice(0, dot).replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "image";
  const ext = name.slice(dot + 1).toLowerCase();
  return `${stem}.${ext === "jpeg" ? "jpg" : ext === "svg" ? "png" : ext}`;
}

/** TeX as written, whitespace collapsed: Zenn keeps it in `<eqn>`/`<eq>`, yomu in KaTeX's annotation. */
function texOf(node: Element): string {
  const annotation = find(node, (e) => e.tagName === "annotation");
  return oneSpace(toString(annotation ?? node));
}

function headingLevel(node: Element): number | undefined {
  const m = /^h([1-6])$/.exec(node.tagName);
  return m ? Number(m[1]) : undefined;
}

/** The features of one rendered body, in document order. */
export function featuresOf(html: string, side: Side): Feature[] {
  const features: Feature[] = [];
  const headings: { index: number; level: number }[] = [];
  let text = "";
  const flushText = () => {
    const value = squash(text);
    // Zenn's message in place of an embed whose target its validator refuses ("…のURLを指定してください").
    if (side === "zenn" && value.length < 80 && ZENN_EMBED_ERROR.test(value)) features.push({ kind: "embed", value: "refused" });
    else if (value) features.push({ kind: "text", value });
    text = "";
  };

  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        text += node.value;
        continue;
      }
      if (!isElement(node) || hidden(node)) continue;
      if (visit(node)) continue;
      const block = BLOCKS.has(node.tagName);
      if (block) flushText();
      walk(node.children);
      if (block || TEXT_BLOCKS.has(node.tagName)) flushText();
    }
  };

  /** A feature element: recorded, and true when its content is not prose. */
  const visit = (node: Element): boolean => {
    const level = headingLevel(node);
    if (level) {
      flushText();
      headings.push({ index: features.length, level });
      features.push({ kind: "heading", value: oneSpace(toString(node)) });
      return true;
    }
    if (node.tagName === "button" || has(node, "msg-symbol") || (side === "zenn" && node.tagName === "a" && node.properties?.ariaHidden)) return true;
    // Mermaid: another part of yomu draws it.
    if (has(node, "zenn-embedded-mermaid") || has(node, "language-mermaid") || has(node, "mermaid") || has(node, "diagram")) return true;
    // A fenced block is in a container on both sides; an indented one is a bare <pre> on Zenn.
    if (has(node, side === "zenn" ? "code-block-container" : "code-block") || node.tagName === "pre") {
      if (find(node, (e) => has(e, "language-mermaid"))) return true;
      flushText();
      const title = find(node, (e) => has(e, side === "zenn" ? "code-block-filename" : "code-block-title"));
      const code = find(node, (e) => e.tagName === "code");
      // yomu highlights a plain ```diff as hljs's diff language: its lines are marked as well.
      const diff = !!find(node, (e) => has(e, side === "zenn" ? "diff" : "diff-line") || (side === "yomu" && has(e, "language-diff")));
      const body = toString(code ?? node).replace(/\n+$/, "");
      features.push({ kind: "code", value: `${title ? toString(title).trim() : ""}|${diff ? "diff" : ""}|${body}` });
      return true;
    }
    if (side === "zenn" ? node.tagName === "embed-katex" || has(node, "zenn-katex") : has(node, "math-display") || has(node, "math-inline")) {
      const displayMode = (e: Element) => e.tagName === "embed-katex" && Object.keys(e.properties ?? {}).some((k) => /^display-?mode$/i.test(k));
      const display = side === "zenn" ? displayMode(node) || !!find(node, displayMode) : has(node, "math-display");
      if (display) flushText();
      features.push({ kind: "math", value: `${display ? "display" : "inline"}:${texOf(node)}` });
      return true;
    }
    if (side === "zenn" ? node.tagName === "aside" && has(node, "msg") : has(node, "callout-message") || has(node, "callout-alert")) {
      flushText();
      features.push({ kind: "callout", value: has(node, "alert") || has(node, "callout-alert") ? "alert" : "message" });
      return false;
    }
    if (side === "yomu" && has(node, "markdown-alert-title")) {
      features.push({ kind: "callout", value: `alert:${toString(node)}` });
      return true;
    }
    if (node.tagName === "details") {
      flushText();
      const summary = find(node, (e) => e.tagName === "summary");
      features.push({ kind: "details", value: oneSpace(summary ? toString(summary) : "") });
      walk(node.children.filter((c) => c !== summary));
      flushText();
      return true;
    }
    if (node.tagName === "img") {
      // An image ends the run of text before it on both sides (yomu's figure is a block).
      flushText();
      features.push({ kind: "image", value: imageKey(String(node.properties?.src ?? ""), side), width: side === "zenn" ? (node.properties?.width as string | undefined)?.toString() : node.properties?.width?.toString() });
      if (side === "zenn" && typeof node.properties?.title === "string") features.push({ kind: "caption", value: squash(node.properties.title) });
      return true;
    }
    if (node.tagName === "figcaption") {
      features.push({ kind: "caption", value: squash(toString(node)) });
      return true;
    }
    if (side === "zenn" && node.tagName === "em" && isCaption(node)) {
      features.push({ kind: "caption", value: squash(toString(node)) });
      return true;
    }
    if (node.tagName === "sup" && (has(node, "footnote-ref") || find(node, (e) => e.properties?.dataFootnoteRef !== undefined))) {
      features.push({ kind: "footnote-ref", value: "" });
      return true;
    }
    if (node.tagName === "section" && has(node, "footnotes")) {
      flushText();
      for (const item of findAll(node, (e) => e.tagName === "li")) features.push({ kind: "footnote", value: squash(proseOf(item)) });
      return true;
    }
    if (node.tagName === "table") {
      flushText();
      const rows = findAll(node, (e) => e.tagName === "tr");
      const cells = (r: Element) => r.children.filter((c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th"));
      const cols = Math.max(0, ...rows.map((r) => cells(r).length));
      // Rows with no text in any cell are counted apart (Zenn makes one of a comment line below a table).
      const empty = rows.filter((r) => cells(r).every((c) => toString(c).trim() === "" && !find(c, (e) => e.tagName === "img"))).length;
      features.push({ kind: "table", value: `${rows.length - empty}x${cols}${empty ? ` +${empty} empty` : ""}` });
      return false;
    }
    if (side === "zenn" ? node.tagName === "span" && has(node, "embed-block") : has(node, "link-card")) {
      flushText();
      const key = side === "zenn" ? zennEmbed(node) : yomuEmbed(node);
      if (key) features.push({ kind: "embed", value: key });
      return true;
    }
    return false;
  };

  const isMath = (e: Element) => (side === "zenn" ? e.tagName === "embed-katex" || has(e, "zenn-katex") : has(e, "math-display") || has(e, "math-inline"));
  /** A footnote's prose: without its formulas (compared as math) and its back link. */
  const proseOf = (node: Element): string =>
    node.children
      .map((c) => {
        if (c.type === "text") return c.value;
        if (!isElement(c) || hidden(c) || has(c, "footnote-backref") || c.properties?.dataFootnoteBackref !== undefined) return "";
        if (isMath(c)) {
          features.push({ kind: "math", value: `inline:${texOf(c)}` });
          return "";
        }
        return proseOf(c);
      })
      .join("");

  const isCaption = (em: Element): boolean => {
    const parent = parents.get(em);
    if (!parent) return false;
    const siblings = parent.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
    const at = siblings.indexOf(em);
    const br = siblings[at - 1];
    const img = siblings[at - 2];
    return isElement(br) && br.tagName === "br" && isElement(img) && img.tagName === "img";
  };

  const tree = parse(html);
  const parents = new Map<Element, Element>();
  const link = (node: Element | Root) => node.children.forEach((c) => isElement(c) && (node.type === "element" && parents.set(c, node), link(c)));
  link(tree);
  walk(tree.children);
  flushText();
  const depths = outlineDepths(headings.map((h) => h.level));
  headings.forEach((h, i) => (features[h.index].value = `h${depths[i]}:${features[h.index].value}`));
  return features;
}

export interface Difference {
  kind: FeatureKind;
  zenn?: string;
  yomu?: string;
  /** Set when the difference is intended (./zenn-oracle.ts ALLOWED). */
  allowed?: string;
}

/** An intended difference: its reason, when the pair (or lone feature) is one. */
export interface AllowedDifference {
  reason: string;
  matches: (d: Difference) => boolean;
}

/** The differences of two feature lists, kind by kind, in order (a longest common subsequence per kind). */
export function compareFeatures(zenn: Feature[], yomu: Feature[], allowed: readonly AllowedDifference[] = []): Difference[] {
  const out: Difference[] = [];
  const kinds = new Set([...zenn, ...yomu].map((f) => f.kind));
  for (const kind of kinds) {
    const a = zenn.filter((f) => f.kind === kind);
    const b = yomu.filter((f) => f.kind === kind);
    const same = (x: Feature, y: Feature) => x.value === y.value && (kind !== "image" || !x.width || x.width === y.width);
    const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0;
    let j = 0;
    const pending: Difference[] = [];
    const settle = () => {
      // Pair a lone Zenn feature with a lone yomu feature at the same place: one difference, both sides named.
      const zs = pending.filter((d) => d.zenn !== undefined);
      const ys = pending.filter((d) => d.yomu !== undefined);
      const n = Math.max(zs.length, ys.length);
      for (let k = 0; k < n; k++) out.push({ kind, zenn: zs[k]?.zenn, yomu: ys[k]?.yomu });
      pending.length = 0;
    };
    const show = (f: Feature) => (f.width ? `${f.value} =${f.width}x` : f.value);
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && same(a[i], b[j])) {
        settle();
        i++;
        j++;
      } else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) pending.push({ kind, zenn: show(a[i++]) });
      else pending.push({ kind, yomu: show(b[j++]) });
    }
    settle();
  }
  for (const d of out) {
    const rule = allowed.find((r) => r.matches(d));
    if (rule) d.allowed = rule.reason;
  }
  return out;
}
