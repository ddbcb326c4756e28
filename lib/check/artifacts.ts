/**
 * Finds what text generators leave behind in a post: end-marker lines, repeated
 * or restarted passages, paragraphs cut off mid-sentence, a character of another
 * script inside a Japanese word, a first paragraph that only repeats the title,
 * a reading time far from the text's length, a missing excerpt. Every finding is
 * a warning with the file line and a short quote; nothing is changed. Pure.
 */
import type { SiteConfig } from "../config/site-config";
import { readFrontMatter, type Position } from "../content/front-matter";
import type { ContentIssue } from "../content/issues";
import { said, t, type Phrase } from "../messages";
import type { Post } from "../content/types";
import { readingMinutes } from "../text/reading-time";
import { isTitleRepeat } from "../text/title-repeat";
import { plainText, splitBlocks, type Block } from "../reading/blocks";

export const ARTIFACT_RULES = [
  "end-marker",
  "repeated-paragraph",
  "restarted-passage",
  "truncated-paragraph",
  "truncated-excerpt",
  "stray-script",
  "title-repeat",
  "reading-time",
  "missing-excerpt",
] as const;
export type ArtifactRule = (typeof ARTIFACT_RULES)[number];

export interface ArtifactOptions {
  /** A front-matter reading time is "far" when it is off by this factor or more ... */
  readingTimeFactor: number;
  /** ... and by at least this many minutes. */
  readingTimeMinutes: number;
}

export const defaultArtifactOptions: ArtifactOptions = { readingTimeFactor: 2, readingTimeMinutes: 3 };

/** Shortest text (in characters, spaces removed) compared for exact repeats and for partial ones. */
const MIN_EXACT = 12;
const MIN_PARTIAL = 24;
/** Two blocks that open with this many identical characters restart the same passage. */
const SHARED_OPENING = 30;
/**
 * How many earlier blocks a block is searched in (and searches) for a partial
 * repeat: comparing every pair would be quadratic in a long post. Exact repeats
 * and shared openings are found anywhere.
 */
const PARTIAL_WINDOW = 256;

export function findArtifacts(
  post: Post,
  source: string,
  config: SiteConfig,
  options: ArtifactOptions = defaultArtifactOptions,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = post.sourcePath;
  const add = (rule: ArtifactRule, pos: Position, message: Phrase, fix: Phrase, quote?: string) =>
    issues.push({ file, line: pos.line, column: pos.column, severity: "warning", rule, ...said(message, fix), quote });

  const fm = readFrontMatter(source);
  const fileLines = source.split("\n");
  const blocks = splitBlocks(post.body, post.bodyLine, { mdx: post.format === "mdx" });

  // End markers.
  for (const b of blocks) {
    if (b.kind !== "marker") continue;
    add(
      "end-marker",
      { line: b.line, column: b.raw.search(/\S/) + 1 },
      t("artifact.end-marker"),
      t("artifact.end-marker.fix"),
      b.raw.trim(),
    );
  }

  // Repeated paragraphs and restarted passages.
  for (const run of repetitionRuns(blocks)) {
    const first = run.units[0];
    const quote = shorten(first.block.text, 40);
    const earlier = run.earliest === run.latest ? t("artifact.line", { line: run.earliest }) : t("artifact.lines", { from: run.earliest, to: run.latest });
    if (run.units.length === 1 && run.units[0].exact) {
      add("repeated-paragraph", { line: first.block.line, column: 1 }, t("artifact.repeated", { earlier }), t("artifact.repeated.fix"), quote);
    } else if (run.units.length === 1) {
      add(
        "restarted-passage",
        { line: first.block.line, column: 1 },
        t("artifact.restarted", { earlier }),
        t("artifact.restarted.fix"),
        quote,
      );
    } else {
      const last = run.units.at(-1)!.block;
      add(
        run.units.every((u) => u.exact) ? "repeated-paragraph" : "restarted-passage",
        { line: first.block.line, column: 1 },
        t("artifact.passage", { count: run.units.length, from: first.block.line, to: last.endLine, earlier }),
        t("artifact.restarted.fix"),
        quote,
      );
    }
  }

  // Paragraphs cut off mid-sentence.
  for (const b of blocks) {
    if (b.kind !== "paragraph" && b.kind !== "list-item" && b.kind !== "quote") continue;
    const cut = cutOff(b);
    if (!cut) continue;
    const lastLine = b.raw.split("\n").at(-1)!;
    add(
      "truncated-paragraph",
      { line: b.endLine, column: Math.max(1, lastLine.trimEnd().length) },
      t(b.kind === "list-item" ? "artifact.truncated.item" : "artifact.truncated.paragraph", { how: cut }),
      t("artifact.truncated.fix"),
      "…" + tail(b.text, 24),
    );
  }

  // A character of another script inside a word.
  for (const b of blocks) {
    if (["code", "math", "embed", "container", "html", "marker", "rule", "definition"].includes(b.kind)) continue;
    b.raw.split("\n").forEach((line, i) => {
      for (const s of strayScript(maskCodeAndUrls(line))) {
        add("stray-script", { line: b.line + i, column: s.index + 1 }, s.message, s.fix, s.quote);
      }
    });
  }
  for (const key of ["title", "excerpt"] as const) {
    const at = fm.keyPosition(key);
    if (!at) continue;
    const line = fileLines[at.line - 1] ?? "";
    for (const s of strayScript(line)) add("stray-script", { line: at.line, column: s.index + 1 }, t("at-key", { key, detail: s.message }), s.fix, s.quote);
  }

  // A first paragraph or heading that only repeats the title.
  const firstBlock = blocks.find((b) => b.kind !== "html" && b.kind !== "definition");
  if (firstBlock && (firstBlock.kind === "paragraph" || firstBlock.kind === "heading") && isTitleRepeat(firstBlock.text, post.title)) {
    add(
      "title-repeat",
      { line: firstBlock.line, column: 1 },
      t(firstBlock.kind === "heading" ? "artifact.title-repeat.heading" : "artifact.title-repeat.paragraph"),
      t("artifact.title-repeat.fix"),
      shorten(firstBlock.text, 40),
    );
  }

  // A reading time far from the text's length.
  const stated = fm.data?.reading_time;
  if (stated !== undefined && stated !== null) {
    const estimate = readingMinutes(post.body, config.reading);
    const ratio = Math.max(post.readingMinutes, estimate) / Math.max(1, Math.min(post.readingMinutes, estimate));
    if (ratio >= options.readingTimeFactor && Math.abs(post.readingMinutes - estimate) >= options.readingTimeMinutes) {
      add(
        "reading-time",
        fm.positionOf(["reading_time"]),
        t("artifact.reading-time", { stated: post.readingMinutes, estimate }),
        t(estimate > post.readingMinutes ? "artifact.reading-time.fix.longer" : "artifact.reading-time.fix", { estimate }),
        `reading_time: ${String(stated)}`,
      );
    }
  }

  // The excerpt: missing, or cut off.
  if (post.excerpt.source === "front-matter") {
    const at = fm.positionOf(["excerpt"]);
    const text = plainText(String(fm.data?.excerpt ?? ""));
    const cut = cutOffText(text, String(fm.data?.excerpt ?? ""));
    if (cut) add("truncated-excerpt", at, t("artifact.truncated.excerpt", { how: cut }), t("artifact.truncated-excerpt.fix"), "…" + tail(text, 24));
  } else if (post.excerpt.source === "none") {
    add("missing-excerpt", { line: 1, column: 1 }, t("artifact.no-excerpt"), t("artifact.no-excerpt.fix"));
  } else if (post.excerpt.source === "first-paragraph") {
    add(
      "missing-excerpt",
      { line: 1, column: 1 },
      t("artifact.first-paragraph", { length: config.excerptLength }),
      t("artifact.first-paragraph.fix", { separator: config.excerptSeparator }),
      shorten(post.excerpt.text, 40),
    );
  }

  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

interface Unit {
  block: Block;
  key: string;
  exact: boolean;
  matchLine: number;
}

interface Run {
  units: Unit[];
  earliest: number;
  latest: number;
}

/** Comparison key: compatibility forms folded, spaces removed. */
function comparisonKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Consecutive blocks that repeat earlier ones, grouped into passages. */
function repetitionRuns(blocks: Block[]): Run[] {
  const earlier: { block: Block; key: string }[] = [];
  const byKey = new Map<string, Block>();
  const byOpening = new Map<string, Block>();
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const block of blocks) {
    if (block.kind === "marker" || block.kind === "rule") continue;
    const countable = block.kind === "paragraph" || block.kind === "list-item" || block.kind === "quote";
    const key = countable ? comparisonKey(block.text) : "";
    let match: { line: number; exact: boolean } | undefined;
    if (key.length >= MIN_EXACT) {
      const same = byKey.get(key);
      if (same) match = { line: same.line, exact: true };
      else if (key.length >= MIN_PARTIAL) {
        const opening = key.length >= SHARED_OPENING ? byOpening.get(key.slice(0, SHARED_OPENING)) : undefined;
        for (let i = Math.max(0, earlier.length - PARTIAL_WINDOW); i < earlier.length; i++) {
          const e = earlier[i];
          if (opening && opening.line <= e.block.line) break;
          if (e.key.length < MIN_PARTIAL) continue;
          if (e.key.includes(key) || key.includes(e.key)) {
            match = { line: e.block.line, exact: false };
            break;
          }
        }
        if (!match && opening) match = { line: opening.line, exact: false };
      }
    }
    if (match) {
      const unit: Unit = { block, key, exact: match.exact, matchLine: match.line };
      if (run) {
        run.units.push(unit);
        run.earliest = Math.min(run.earliest, match.line);
        run.latest = Math.max(run.latest, match.line);
      } else {
        run = { units: [unit], earliest: match.line, latest: match.line };
        runs.push(run);
      }
    } else {
      run = undefined;
    }
    if (key.length >= MIN_EXACT) {
      if (!byKey.has(key)) byKey.set(key, block);
      if (key.length >= SHARED_OPENING && !byOpening.has(key.slice(0, SHARED_OPENING))) byOpening.set(key.slice(0, SHARED_OPENING), block);
      earlier.push({ block, key });
    }
  }
  return runs;
}

/** Characters a sentence, a quotation or a heading-like line may end with. */
const TERMINAL = /[。．.！!？?」』）)】〕〉》"”'’…‥：:;；♪☆★〜～\]>|\p{Extended_Pictographic}]$/u;
const SENTENCE_END_INSIDE = /[。！？!?]|\.\s/u;

/** How a block stops short ("mid-sentence", "inside **bold**", ...), or undefined when it ends properly. */
function cutOff(block: Block): Phrase | undefined {
  const raw = block.raw.trim();
  if (/^(?:(?:[-*+]|\d+[.)])\s*)?(?:\*\*|__)[^*_]+(?:\*\*|__)(?:\s*[:：])?$/.test(raw)) return undefined; // a bold pseudo-heading
  if (/^\s*(?:[-*+]|\d+[.)])?\s*!?\[[^\]]*\]\([^)]*\)\s*$/.test(raw)) return undefined; // a lone link or image
  const text = block.text;
  if (!text) return undefined;
  const unbalanced = unbalancedMarkup(raw);
  if (unbalanced) return t("artifact.cut.inside", { markup: unbalanced });
  if (TERMINAL.test(text)) return undefined;
  if (endsWithUrl(text)) return undefined;
  const length = [...text].length;
  if (block.kind === "list-item") {
    return SENTENCE_END_INSIDE.test(text) || length >= 60 ? t("artifact.cut.mid-sentence") : undefined;
  }
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
  return length >= (cjk ? 20 : 40) || SENTENCE_END_INSIDE.test(text) ? t("artifact.cut.mid-sentence") : undefined;
}

/** The last word (whitespace is collapsed to single spaces) holds a URL: `…https://example.com`. */
function endsWithUrl(text: string): boolean {
  return /(?:https?:\/\/|www\.)\S/.test(text.slice(text.lastIndexOf(" ") + 1));
}

function cutOffText(text: string, raw: string): Phrase | undefined {
  if (!text) return undefined;
  const unbalanced = unbalancedMarkup(raw);
  if (unbalanced) return t("artifact.cut.inside", { markup: unbalanced });
  if (TERMINAL.test(text)) return undefined;
  return /[、，,]$/.test(text) || SENTENCE_END_INSIDE.test(text) ? t("artifact.cut.mid-sentence") : undefined;
}

function unbalancedMarkup(raw: string): string | undefined {
  const count = (re: RegExp) => raw.match(re)?.length ?? 0;
  if (count(/\*\*/g) % 2 === 1) return "**bold**";
  if (count(/「/g) > count(/」/g)) return "「quotation」";
  if (count(/『/g) > count(/』/g)) return "『quotation』";
  if (count(/（/g) > count(/）/g)) return "（parenthesis）";
  return undefined;
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Runs of characters of a script that has no business inside Japanese or English words (Greek is used as symbols: β版). */
const FOREIGN_RUN = /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Greek}]+/gu;

const SCRIPT_NAMES: [string, RegExp][] = [
  ["Arabic", /\p{Script=Arabic}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Bopomofo", /\p{Script=Bopomofo}/u],
];

function scriptName(ch: string): string {
  return SCRIPT_NAMES.find(([, re]) => re.test(ch))?.[0] ?? "another";
}

function codePoints(s: string): string {
  return [...s].map((c) => "U+" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")).join(" ");
}

/**
 * Inline code and URLs are not prose; blank them out (same length, so columns stay right).
 * A link target stops at the next `]` or `(`, so a line of unclosed `](` is scanned once.
 */
function maskCodeAndUrls(line: string): string {
  return line.replace(/`[^`]*`|\bhttps?:\/\/\S+|\]\([^()\]]*\)/g, (m) => " ".repeat(m.length));
}

function strayScript(line: string): { index: number; message: Phrase; fix: Phrase; quote: string }[] {
  const out: { index: number; message: Phrase; fix: Phrase; quote: string }[] = [];
  for (const m of line.matchAll(FOREIGN_RUN)) {
    const run = m[0];
    const index = m.index;
    const end = index + run.length;
    const before = line[index - 1] ?? "";
    const next = line.codePointAt(end);
    const after = next === undefined ? "" : String.fromCodePoint(next);
    const length = [...run].length;
    // Only the 8 characters around the run: spreading the whole line for each run would be quadratic.
    const quote = `${[...line.slice(Math.max(0, index - 16), index)].slice(-8).join("")}【${run}】${[...line.slice(end, end + 16)].slice(0, 8).join("")}`;
    const script = scriptName(run);
    if (length <= 3 && (JAPANESE.test(before) || JAPANESE.test(after))) {
      out.push({
        index,
        message: t("artifact.stray-in-japanese", { script, run, codePoints: codePoints(run), count: length }),
        fix: t("artifact.stray-in-japanese.fix"),
        quote,
      });
    } else if (length <= 3 && script === "Cyrillic" && (LATIN_LETTER.test(before) || LATIN_LETTER.test(after))) {
      out.push({
        index,
        message: t("artifact.cyrillic-in-latin", { run, codePoints: codePoints(run) }),
        fix: t("artifact.cyrillic-in-latin.fix"),
        quote,
      });
    }
  }
  return out;
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join("") + "…";
}

function tail(text: string, max: number): string {
  return [...text].slice(-max).join("");
}
