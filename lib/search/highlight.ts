/**
 * Marks where query terms occur in text as written: matching happens on the
 * normalized text (so `ＡＩ` and `ai` are found by `AI`), the marks land on the
 * original characters.
 */
import { normalizeWithOffsets } from "./normalize";

export interface Segment {
  text: string;
  match: boolean;
}

/** `text` cut into segments; segments with `match` contain one of `terms` (normalized). */
export function highlight(text: string, terms: string[]): Segment[] {
  const needles = terms.map((t) => Array.from(t)).filter((t) => t.length > 0);
  if (text === "" || needles.length === 0) return text === "" ? [] : [{ text, match: false }];
  const { chars, start, end } = normalizeWithOffsets(text);
  const covered = new Uint8Array(chars.length);
  for (const needle of needles) {
    for (let i = 0; i + needle.length <= chars.length; i++) {
      let j = 0;
      while (j < needle.length && chars[i + j] === needle[j]) j++;
      if (j === needle.length) covered.fill(1, i, i + needle.length);
    }
  }
  // Matched normalized characters → ranges of the original text.
  const ranges: [number, number][] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!covered[i]) continue;
    const last = ranges.at(-1);
    if (last && start[i] <= last[1]) last[1] = Math.max(last[1], end[i]);
    else ranges.push([start[i], end[i]]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) segments.push({ text: text.slice(at, from), match: false });
    segments.push({ text: text.slice(from, to), match: true });
    at = to;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** True when any term occurs in the text. */
export const mentions = (text: string, terms: string[]) => highlight(text, terms).some((s) => s.match);
