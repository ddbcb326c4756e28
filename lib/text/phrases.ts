/**
 * Where a Japanese title or heading may break: between phrases (文節), as
 * BudouX reads them — 次なる|一手は|何か, never 次なる一|手は. The page marks
 * these places with <wbr> and sets `word-break: keep-all`, so a line breaks
 * only there (or at a space, or anywhere when one phrase is longer than the line).
 */
import { jaModel, Parser } from "budoux";

let parser: Parser | undefined;
const memo = new Map<string, readonly string[]>();
/** A list page renders the same titles again and again; far more than a site has. */
const MEMO_LIMIT = 50_000;

/** Kana and kanji: text without them needs no phrase breaks (spaces do it). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A boundary between two of these would split a Latin word or a number. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u;
/** A boundary here would split a character (a surrogate pair, a mark, a joined emoji). */
const SPLITS_AFTER = /[\ud800-\udbff\u200d]$/;
const SPLITS_BEFORE = /^[\udc00-\udfff\u200d\p{M}]/u;

/** `text` cut into phrases (joined, they are `text` again). */
export function phrases(text: string): readonly string[] {
  if (!CJK.test(text)) return [text];
  const known = memo.get(text);
  if (known) return known;
  parser ??= new Parser(jaModel);
  const out: string[] = [];
  // BudouX counts UTF-16 units and knows nothing of Latin words.
  for (const chunk of parser.parse(text)) {
    const last = out.at(-1);
    const joins = last !== undefined && (SPLITS_AFTER.test(last) || SPLITS_BEFORE.test(chunk) || (WORD_CHAR.test(last.at(-1)!) && WORD_CHAR.test(chunk[0])));
    if (joins) {
      out[out.length - 1] = last + chunk;
    } else {
      out.push(chunk);
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, out);
  return out;
}
