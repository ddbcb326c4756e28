/**
 * The words around the first match in a post's text, for a result that matches
 * only in the body: a few dozen characters of the paragraph the match is in,
 * never cut inside a character, marked as the title and excerpt are (highlight.ts).
 */
import { highlight, type Segment } from "./highlight";

export interface Snippet {
  segments: Segment[];
  /** The paragraph goes on before / after the snippet (shown as …). */
  cutBefore: boolean;
  cutAfter: boolean;
}

let graphemes: Intl.Segmenter | undefined;
const segmenter = () => (graphemes ??= new Intl.Segmenter("ja", { granularity: "grapheme" }));

/** `count` graphemes back from `index` in `text`, not before `floor`. */
function back(text: string, index: number, count: number, floor: number): number {
  // Read a little more than needed: the first grapheme read may be the end of a longer one.
  for (let span = count * 2 + 8; ; span *= 2) {
    const from = Math.max(floor, index - span);
    const starts = [...segmenter().segment(text.slice(from, index))].map((s) => from + s.index);
    if (starts.length > count) return starts[starts.length - count];
    if (from === floor) return floor;
  }
}

/** `count` graphemes on from `index`, not after `ceiling`. */
function on(text: string, index: number, count: number, ceiling: number): number {
  for (let span = count * 2 + 8; ; span *= 2) {
    const to = Math.min(ceiling, index + span);
    const starts = [...segmenter().segment(text.slice(index, to))].map((s) => index + s.index);
    // The grapheme after the count ends the window, and was read whole when it is not the last one read.
    if (starts.length > count + 1) return starts[count];
    if (to === ceiling) return starts.length > count ? starts[count] : ceiling;
  }
}

/**
 * The snippet of `text` around the first occurrence of any of `terms`
 * (normalized, as parseQuery gives them): `before` graphemes before it, `length`
 * in all; undefined when none occurs.
 */
export function snippet(text: string, terms: string[], { before = 30, length = 100 } = {}): Snippet | undefined {
  let at = 0;
  let match: { start: number; end: number } | undefined;
  for (const s of highlight(text, terms)) {
    if (s.match) {
      match = { start: at, end: at + s.text.length };
      break;
    }
    at += s.text.length;
  }
  if (!match) return undefined;
  // Within the paragraph (the text separates blocks with blank lines).
  const paragraphStart = text.lastIndexOf("\n", match.start - 1) + 1;
  const newline = text.indexOf("\n", match.end);
  const paragraphEnd = newline < 0 ? text.length : newline;
  const start = back(text, match.start, before, paragraphStart);
  const end = Math.max(match.end, on(text, start, length, paragraphEnd));
  const window = text.slice(start, end);
  return {
    segments: highlight(window, terms),
    cutBefore: start > paragraphStart,
    cutAfter: end < paragraphEnd,
  };
}
