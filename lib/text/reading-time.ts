/**
 * Reading-time estimate for mixed Japanese/Chinese and Latin-script text.
 * CJK characters and Latin-script words are counted separately, because a
 * Japanese sentence has no spaces to count words by.
 */
import { replaceHtmlComments } from "./html-comments";
import { splitBlocks, type Block } from "../reading/blocks";
import { inlineToText, stripTags } from "../reading/inline";

export interface ReadingSpeed {
  cjkCharsPerMinute: number;
  wordsPerMinute: number;
}

export interface TextCounts {
  cjkChars: number;
  words: number;
}

const URL = /\b(?:https?|ftp):\/\/[^\s<>()\]]+|\bwww\.[^\s<>()\]]+/gi;

/** What a reader reads as prose, through the one block reading (lib/reading): no code, URLs or markup. */
function readable(block: Block): string {
  switch (block.kind) {
    case "code":
    case "math":
    case "embed":
    case "rule":
    case "definition":
    case "marker":
      return "";
    case "html":
      return stripTags(replaceHtmlComments(block.raw, " "));
    default:
      return inlineToText(block.inline, { code: "drop" });
  }
}

/** Removes what a reader does not read as prose: code, URLs, markup. Takes the Markdown, or its blocks when the caller has them. */
export function readableText(markdown: string | readonly Block[]): string {
  return (typeof markdown === "string" ? splitBlocks(markdown) : markdown)
    .map((block) => readable(block).replace(URL, " "))
    .join("\n");
}

/**
 * One pass over the code points (a regex match per character allocated an array
 * as long as the post, which dominated the parse of a long Japanese post).
 */
export function countText(markdown: string | readonly Block[]): TextCounts {
  const text = readableText(markdown);
  let cjkChars = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i)!;
      i++;
    }
    if (isCjk(code)) {
      cjkChars++;
      inWord = false;
    } else if (isWordChar(code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord && isJoiner(code) && isWordChar(text.codePointAt(i + 1) ?? 0)) {
      // don't, it's, 4.5, e-mail: one word
    } else {
      inWord = false;
    }
  }
  return { cjkChars, words };
}

function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana (incl. ー)
    (c >= 0x3400 && c <= 0x4dbf) || // extension A
    c === 0x3005 || // 々
    (c >= 0x31f0 && c <= 0x31ff) || // katakana phonetic extensions
    (c >= 0xff66 && c <= 0xff9f) || // half-width katakana
    (c >= 0xac00 && c <= 0xd7af) || // hangul syllables
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0x20000 && c <= 0x3ffff) // extensions B and later
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xff00 && c <= 0xff65) return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}

function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d; // ' ’ . -
}

/** Whole minutes, rounded up, at least 1. */
export function readingMinutes(markdown: string | readonly Block[], speed: ReadingSpeed): number {
  const { cjkChars, words } = countText(markdown);
  const minutes = cjkChars / speed.cjkCharsPerMinute + words / speed.wordsPerMinute;
  return Math.max(1, Math.ceil(minutes));
}

/** `8分で読めます` */
export function formatReadingTime(minutes: number): string {
  return `${minutes}分で読めます`;
}
