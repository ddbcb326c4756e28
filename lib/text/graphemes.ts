const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const wordSegmenter = new Intl.Segmenter("ja", { granularity: "word" });

/**
 * Cuts `text` to at most `max` graphemes (emoji, combining marks and surrogate
 * pairs stay whole) and appends `…` when something was cut. In Latin-script
 * text the cut moves back to the last word boundary so no word is split.
 */
export function truncateGraphemes(text: string, max: number, ellipsis = "…"): string {
  if (text.length <= max) return text;
  // Segment only as far as needed: one grapheme past the cut tells whether anything is cut.
  const graphemes: string[] = [];
  for (const s of segmenter.segment(text)) {
    graphemes.push(s.segment);
    if (graphemes.length > max) break;
  }
  if (graphemes.length <= max) return text;
  let cut = graphemes.slice(0, max).join("");
  const next = graphemes[max];
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
