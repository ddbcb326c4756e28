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
  let s = markdown;
  const codes: string[] = [];
  s = s.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_w, _ticks, code: string) => {
    codes.push(options.code === "drop" ? " " : code.trim());
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = s
    .replace(/<(https?:\/\/[^<>\s]+|[^<>\s@]+@[^<>\s]+)>/g, "$1")
    // An image reads as its alt text, Zenn's width (`=250x`) included.
    .replace(/!\[([^\]]*)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+=\d*x\d*)?(?:\s+["'][^"']*["'])?\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+["'][^"']*["'])?\)/g, "$1")
    .replace(/\[\^[^\]\s]+\]/g, "")
    .replace(/!?\[([^\]]+)\]\[[^\]]*\]/g, "$1");
  s = stripTags(s.replace(/<!--[\s\S]*?-->/g, ""));
  s = withoutEmphasis(s).replace(/\\([!-/:-@[-`{-~])/g, "$1");
  s = notationText(decodeEntities(s));
  return s.replace(/\u0000(\d+)\u0000/g, (_w, i: string) => codes[Number(i)]);
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * Emphasis and strikethrough markers (`*`, `**`, `_`, `__`, `~~`) that open and
 * close a span, removed; unpaired ones stay as written, as on the page. One pass
 * with a stack of open markers per kind: linear in the length of the text,
 * whatever it holds (a regular expression per span was quadratic on a long line
 * of unpaired markers).
 */
function withoutEmphasis(text: string): string {
  const runs: { start: number; length: number; char: string; open: boolean; close: boolean }[] = [];
  for (let i = 0; i < text.length; ) {
    const char = text[i];
    if (char !== "*" && char !== "_" && char !== "~") {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] === char) j++;
    const before = text[i - 1] ?? " ";
    const after = text[j] ?? " ";
    const length = j - i;
    const usable = char === "~" ? length === 2 : length <= 3;
    let open = usable && !SPACE.test(after);
    let close = usable && !SPACE.test(before);
    // `_` inside a word (snake_case) is not emphasis.
    if (char === "_") {
      open &&= !WORD.test(before);
      close &&= !WORD.test(after);
    }
    if (open || close) runs.push({ start: i, length, char, open, close });
    i = j;
  }
  const remove = new Set<number>();
  const openers: Record<string, number[]> = { "*": [], _: [], "~": [] };
  runs.forEach((run, index) => {
    const stack = openers[run.char];
    const top = stack.at(-1);
    if (run.close && top !== undefined && runs[top].length === run.length) {
      stack.pop();
      remove.add(top).add(index);
    } else if (run.open) stack.push(index);
  });
  if (remove.size === 0) return text;
  let out = "";
  let last = 0;
  for (const index of [...remove].sort((a, b) => a - b)) {
    out += text.slice(last, runs[index].start);
    last = runs[index].start + runs[index].length;
  }
  return out + text.slice(last);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
