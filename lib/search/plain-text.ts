/**
 * Markdown → the plain text a reader sees, fast enough for 10,000 posts at build
 * time (a line scanner with a few regular expressions, about 100× faster than a
 * full remark parse). Search only needs the words and their order: syntax
 * characters must not sit between the letters of a word (`半導**体**`), link
 * targets and HTML tags must not be searchable, code stays (it is on the page).
 */
import { isTitleRepeat } from "../text/title-repeat";

const PHRASING_TAGS = new Set([
  "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark",
  "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function stripTags(text: string): string {
  return text.replace(/<\/?([a-z][\w-]*)(?:\s[^<>]*)?\/?>/gi, (_whole, name: string) =>
    PHRASING_TAGS.has(name.toLowerCase()) ? "" : " ",
  );
}

/** Inline Markdown of one line → text. */
export function inlineToText(line: string): string {
  let s = line;
  // Code spans keep their content literally.
  const codes: string[] = [];
  s = s.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_w, _ticks, code: string) => {
    codes.push(code.trim());
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = s
    .replace(/<(https?:\/\/[^<>\s]+|[^<>\s@]+@[^<>\s]+)>/g, "$1")
    .replace(/!\[([^\]]*)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+["'][^"']*["'])?\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+["'][^"']*["'])?\)/g, "$1")
    .replace(/\[\^[^\]\s]+\]/g, "")
    .replace(/!?\[([^\]]+)\]\[[^\]]*\]/g, "$1");
  s = stripTags(s.replace(/<!--[\s\S]*?-->/g, ""));
  s = s
    .replace(/(\*{1,3})(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}])(_{1,3})(?=\S)([\s\S]*?\S)\1(?![\p{L}\p{N}])/gu, "$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1");
  s = decodeEntities(s);
  return s.replace(/\u0000(\d+)\u0000/g, (_w, i: string) => codes[Number(i)]);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;

/**
 * Plain text of a Markdown body, blocks separated by blank lines. A first block
 * that only repeats `title` is left out, as the article page leaves it out.
 */
export function markdownToSearchText(markdown: string, title?: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->/g, "").split("\n");
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join("\n"));
    current = [];
  };
  let fence: string | undefined;
  for (const raw of lines) {
    if (fence) {
      if (raw.trim().startsWith(fence)) {
        fence = undefined;
        flush();
      } else current.push(raw);
      continue;
    }
    const open = FENCE.exec(raw);
    if (open) {
      flush();
      fence = open[1];
      continue;
    }
    if (raw.trim() === "") {
      flush();
      continue;
    }
    if (RULE.test(raw) || (SETEXT.test(raw) && current.length > 0) || DEFINITION.test(raw)) {
      flush();
      continue;
    }
    if (TABLE_DELIMITER.test(raw) && raw.includes("-") && raw.includes("|")) continue;
    let line = raw
      .replace(/^(\s*>)+\s?/, "")
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, "")
      .replace(/^\s{0,3}\[\^[^\]]+\]:\s*/, "");
    const heading = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+\s*)?$/.exec(line);
    if (heading) {
      flush();
      current.push(inlineToText(heading[1]));
      flush();
      continue;
    }
    if (line.includes("|")) line = line.replace(/^\s*\||\|\s*$/g, "").replace(/\s*\|\s*/g, " ");
    current.push(inlineToText(line));
  }
  flush();
  const texts = blocks.map((b) => b.trim()).filter((b) => b !== "");
  if (title !== undefined && texts.length > 0 && isTitleRepeat(texts[0], title)) texts.shift();
  return texts.join("\n\n");
}
