const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const wordSegmenter = new Intl.Segmenter("ja", { granularity: "word" });

/**
 * Code units that can be part of a grapheme of more than one: marks and other
 * extenders (dakuten, variation selectors, halfwidth sound marks), joiners, CR,
 * Hangul jamo, prepended Arabic signs, Thai and Lao AM, and everything outside
 * the BMP (emoji, flags, modifiers, tags).
 * Text without any is one grapheme per code unit.
 */
const MAY_JOIN = /[\p{M}\u200c\u200d\r\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\ud800-\udfff\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\uff9e\uff9f\u0e33\u0eb3\u{10000}-\u{10ffff}]/u;

/**
 * Cuts `text` to at most `max` graphemes (emoji, combining marks and surrogate
 * pairs stay whole) and appends `…` when something was cut. In Latin-script
 * text the cut moves back to the last word boundary so no word is split.
 */
export function truncateGraphemes(text: string, max: number, ellipsis = "…"): string {
  if (text.length <= max) return text;
  let cut: string;
  let next: string;
  if (!MAY_JOIN.test(text.slice(0, max + 1))) {
    // Every one of the first max + 1 code units is a grapheme of its own: no need to segment.
    cut = text.slice(0, max);
    next = text[max];
  } else {
    // Segment only as far as needed: one grapheme past the cut tells whether anything is cut.
    const graphemes: string[] = [];
    for (const s of segmenter.segment(text)) {
      graphemes.push(s.segment);
      if (graphemes.length > max) break;
    }
    if (graphemes.length <= max) return text;
    cut = graphemes.slice(0, max).join("");
    next = graphemes[max];
  }
  if (isWordChar(cut.at(-1) ?? "") && isWordChar(next)) {
    let boundary = 0;
    for (const seg of wordSegmenter.segment(cut)) {
      if (seg.index + seg.segment.length < cut.length) boundary = seg.index + seg.segment.length;
    }
    if (boundary > cut.length / 2) cut = cut.slice(0, boundary);
  }
  return cut.replace(/[\s、。,.:;・]+$/u, "") + ellipsis;
}

function isWordChar(grapheme: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u.test(grapheme);
}
