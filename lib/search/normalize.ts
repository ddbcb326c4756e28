/**
 * The one normalization search uses at index time, at query time and for
 * highlighting: Unicode NFKC (full-width Ａ → A, half-width ｶ → カ), lower case,
 * every run of white space as one space. Nothing else: kana are not folded and
 * no word segmentation is applied, so a query matches exactly the text it names.
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\u3000]+/gu, " ");
}

export interface NormalizedWithOffsets {
  /** Normalized text as code points. */
  chars: string[];
  /** For each normalized code point, the UTF-16 range of the original text it came from. */
  start: number[];
  end: number[];
}

let graphemes: Intl.Segmenter | undefined;

/**
 * Normalizes grapheme by grapheme and remembers where each normalized code
 * point came from, so that matches found in normalized text can be marked in
 * the text as written.
 */
export function normalizeWithOffsets(text: string): NormalizedWithOffsets {
  graphemes ??= new Intl.Segmenter("ja", { granularity: "grapheme" });
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let lastWasSpace = false;
  for (const { segment, index } of graphemes.segment(text)) {
    const normalized = normalizeText(segment);
    for (const ch of normalized) {
      if (ch === " ") {
        if (lastWasSpace) {
          end[end.length - 1] = index + segment.length;
          continue;
        }
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      chars.push(ch);
      start.push(index);
      end.push(index + segment.length);
    }
  }
  return { chars, start, end };
}
