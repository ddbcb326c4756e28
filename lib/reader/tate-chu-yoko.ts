/**
 * 縦中横 (tate-chu-yoko): in vertical Japanese text, a number of one or two
 * half-width digits stands upright as one character cell (12月, 第3章); longer
 * numbers and Latin words lie on their side with the words around them
 * (2025年, Llama 4). Browsers do this only for text marked up for it
 * (`text-combine-upright: all`), so the browser code splits text nodes into
 * these runs.
 */
export interface TextRun {
  text: string;
  upright: boolean;
}

// A run of 1–2 digits, not part of a longer number (3.5, 1,000, 10:30) and not
// next to a Latin word, even across spaces ("Llama 4", "4K", "GPT-4o").
const UPRIGHT = /(?<![0-9A-Za-z.,:_-] *)[0-9]{1,2}(?![0-9])(?! *[0-9A-Za-z])(?![.,:_-][0-9A-Za-z])/g;

export function tateChuYokoRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(UPRIGHT)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), upright: false });
    runs.push({ text: match[0], upright: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), upright: false });
  return runs;
}
