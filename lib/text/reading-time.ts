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

const FENCED_CODE = /^(\s{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1?\2[`~]*[ \t]*(?=\n|$)|$)/gm;
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
  return markdown
    .replace(FENCED_CODE, "\n")
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
