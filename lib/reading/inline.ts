/**
 * Inline Markdown → the text a reader sees: the one inline reading shared by
 * search, excerpts, reading time and the content check. Syntax characters must
 * not sit between the letters of a word (`半導**体**`), link targets and HTML
 * tags are not text, character references are decoded. Code spans keep their
 * content, or lose it (`code: "drop"`, for reading time). The notation of
 * lib/markdown/notation-text.ts reads as a reader sees it: ruby as its base
 * text, inline math as its TeX. Pure.
 */
import { notationText } from "../markdown/notation-text";
import { replaceHtmlComments } from "../text/html-comments";

const PHRASING_TAGS = new Set([
  "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark",
  "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** HTML tags out: an inline element's tags vanish, a block element's leave a space between words. */
export function stripTags(text: string): string {
  return text.replace(/<\/?([a-z][\w-]*)(?:\s[^<>]*)?\/?>/gi, (_whole, name: string) =>
    PHRASING_TAGS.has(name.toLowerCase()) ? "" : " ",
  );
}

export interface InlineOptions {
  /** Code spans: their content kept (search, the check) or dropped (reading time). */
  code?: "keep" | "drop";
}

/** Inline Markdown of one block → text. */
export function inlineToText(markdown: string, options: InlineOptions = {}): string {
  const codes: string[] = [];
  let s = replaceCodeSpans(markdown, (code) => {
    codes.push(options.code === "drop" ? " " : code.trim());
    return `\u0000${codes.length - 1}\u0000`;
  });
  // Each pass runs only where its syntax character occurs: most blocks of prose have none of them.
  // Link text holds no brackets here, so each `[` starts at most one scan up to the next bracket.
  if (s.includes("<")) s = s.replace(/<(https?:\/\/[^<>\s]+|[^<>\s@]+@[^<>\s]+)>/g, "$1");
  if (s.includes("[")) {
    s = s
      // An inline footnote `^[…]` (one level of brackets inside) is a note, not the sentence's text.
      .replace(/\^\[(?:[^[\]]|\[[^[\]]*\])*\]/g, "")
      .replace(/!\[([^[\]]*)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+=\d*x\d*)?(?:\s+["'][^"']*["'])?\)/g, "$1")
      .replace(/\[([^[\]]*)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+["'][^"']*["'])?\)/g, "$1")
      .replace(/\[\^[^[\]\s]+\]/g, "")
      .replace(/!?\[([^[\]]+)\]\[[^[\]]*\]/g, "$1");
  }
  if (s.includes("<")) s = stripTags(replaceHtmlComments(s));
  s = unwrapPairs(s, "*", [3, 2, 1]);
  s = unwrapPairs(s, "_", [3, 2, 1], { wordBound: true });
  s = unwrapPairs(s, "~", [2], { exact: true });
  if (s.includes("\\")) s = s.replace(/\\([!-/:-@[-`{-~])/g, "$1");
  s = notationText(s.includes("&") ? decodeEntities(s) : s);
  return codes.length > 0 ? s.replace(/\u0000(\d+)\u0000/g, (_w, i: string) => codes[Number(i)]) : s;
}

const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;

function codePointBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * Removes paired emphasis delimiters as the renderer reads them (CommonMark with
 * remark-cjk-friendly, so `**「強調」**の` pairs): an opening run is followed by
 * a non-space, a closing run preceded by one. `wordBound` (`_`): a run with a
 * letter or digit just outside it neither opens nor closes (`snake_case`,
 * `a__b__c`). `exact` (`~`): the two runs have the same length (`~~a~` stays).
 * Where a closing run can be is a property of the text alone, so it is listed
 * once and found by binary search: no quadratic scans.
 */
function unwrapPairs(text: string, delimiter: string, sizes: readonly number[], rule: { wordBound?: boolean; exact?: boolean } = {}): string {
  if (!text.includes(delimiter)) return text;
  const runFrom = new Int32Array(text.length + 1);
  for (let i = text.length - 1; i >= 0; i--) runFrom[i] = text[i] === delimiter ? runFrom[i + 1] + 1 : 0;
  // Where the run holding position i starts (runStart) and ends (i + runFrom[i]).
  const runStart = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) runStart[i] = i > 0 && text[i] === delimiter && text[i - 1] === delimiter ? runStart[i - 1] : i;
  const closers = new Map<number, number[]>(sizes.map((k) => [k, []]));
  for (let j = 1; j < text.length; j++) {
    if (text[j] !== delimiter || SPACE.test(text[j - 1])) continue;
    if (rule.wordBound && (text[j - 1] === delimiter || WORD.test(codePointAt(text, j + runFrom[j])))) continue;
    if (rule.exact) {
      if (text[j - 1] !== delimiter) closers.get(runFrom[j])?.push(j);
      continue;
    }
    for (const k of sizes) if (runFrom[j] >= k) closers.get(k)!.push(j);
  }
  let out = "";
  let from = 0;
  let i = text.indexOf(delimiter);
  while (i >= 0) {
    let close = -1;
    let size = 0;
    // `_` and `~` open with a whole run, followed by a non-space (`*` as the expressions it replaced).
    const whole = rule.wordBound || rule.exact;
    const opens =
      !(rule.wordBound && WORD.test(codePointBefore(text, i))) &&
      !(whole && (runStart[i] !== i || i + runFrom[i] >= text.length || SPACE.test(text[i + runFrom[i]])));
    if (opens) {
      for (const k of sizes) {
        if (runFrom[i] < k || (rule.exact && runFrom[i] !== k) || i + k >= text.length || SPACE.test(text[i + k])) continue;
        // `_` and `~` pair two runs, never two parts of one (`___` is text).
        const after = whole ? i + runFrom[i] : i + k + 1;
        const j = firstAtLeast(closers.get(k)!, after);
        if (j >= 0) {
          close = j;
          size = k;
          break;
        }
      }
    }
    if (close >= 0) {
      out += text.slice(from, i) + text.slice(i + size, close);
      from = close + size;
      i = text.indexOf(delimiter, from);
    } else {
      i = text.indexOf(delimiter, i + 1);
    }
  }
  return out + text.slice(from);
}

/** The first value ≥ `min` in an ascending list, or -1. */
function firstAtLeast(sorted: number[], min: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : -1;
}

/**
 * Code spans as CommonMark reads them: a run of backticks up to the next run of
 * the same length. One pass finds every run; each length keeps a pointer that
 * only moves forward.
 */
function replaceCodeSpans(text: string, replace: (code: string) => string): string {
  if (!text.includes("`")) return text;
  const runs = new Map<number, number[]>();
  for (let i = text.indexOf("`"); i >= 0; i = text.indexOf("`", i)) {
    let end = i;
    while (text[end] === "`") end++;
    const list = runs.get(end - i) ?? [];
    list.push(i);
    runs.set(end - i, list);
    i = end;
  }
  const next = new Map<number, number>();
  let out = "";
  let from = 0;
  let i = text.indexOf("`");
  while (i >= 0) {
    let end = i;
    while (text[end] === "`") end++;
    const length = end - i;
    const starts = runs.get(length)!;
    let k = next.get(length) ?? 0;
    while (k < starts.length && starts[k] <= i) k++;
    next.set(length, k);
    if (k < starts.length) {
      out += text.slice(from, i) + replace(text.slice(end, starts[k]));
      from = starts[k] + length;
      i = text.indexOf("`", from);
    } else {
      i = text.indexOf("`", end);
    }
  }
  return out + text.slice(from);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
