/**
 * Reading-time estimate for mixed Japanese/Chinese and Latin-script text.
 * CJK characters and Latin-script words are counted separately, because a
 * Japanese sentence has no spaces to count words by.
 */

export interface ReadingSpeed {
  cjkCharsPerMinute: number;
  wordsPerMinute: number;
}

export interface TextCounts {
  cjkChars: number;
  words: number;
}

const INDENTED_CODE = /(?:^|\n\n)((?: {4}|\t)[^\n]*(?:\n(?: {4}|\t)[^\n]*)*)/g;
const INLINE_CODE = /`[^`\n]+`/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_TAG = /<\/?[A-Za-z][^>]*>/g;
const MD_LINK_TARGET = /\]\([^)]*\)/g;
const URL = /\b(?:https?|ftp):\/\/[^\s<>()\]]+|\bwww\.[^\s<>()\]]+/gi;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\u3005]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Removes what a reader does not read as prose: code, URLs, markup. */
export function readableText(markdown: string): string {
  return withoutFencedCode(markdown)
    .replace(INDENTED_CODE, "\n")
    .replace(INLINE_CODE, " ")
    .replace(HTML_COMMENT, " ")
    .replace(HTML_TAG, " ")
    .replace(MD_LINK_TARGET, "]")
    .replace(URL, " ");
}

export function countText(markdown: string): TextCounts {
  const text = readableText(markdown);
  const cjkChars = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, " ").match(WORD)?.length ?? 0;
  return { cjkChars, words };
}

/** Whole minutes, rounded up, at least 1. */
export function readingMinutes(markdown: string, speed: ReadingSpeed): number {
  const { cjkChars, words } = countText(markdown);
  const minutes = cjkChars / speed.cjkCharsPerMinute + words / speed.wordsPerMinute;
  return Math.max(1, Math.ceil(minutes));
}

/** `8分で読めます` */
export function formatReadingTime(minutes: number): string {
  return `${minutes}分で読めます`;
}

/** Drops fenced code blocks (``` or ~~~, closed by a fence of the same kind and at least the same length). */
function withoutFencedCode(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      if (m) fence = m[1];
      else out.push(line);
    } else if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) {
      fence = undefined;
    }
  }
  return out.join("\n");
}
