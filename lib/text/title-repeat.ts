const EDGE = /[\p{P}\p{S}]/u;

/** Compares loosely: width, case, spacing and surrounding punctuation do not matter. */
function normalizeForComparison(text: string): string {
  const chars = [...text.normalize("NFKC").toLowerCase().replace(/[\s\u3000]+/gu, "")];
  // Trimmed by index: `/[\p{P}\p{S}]+$/` would rescan a long run of punctuation from each of its characters.
  let start = 0;
  let end = chars.length;
  while (start < end && EDGE.test(chars[start])) start++;
  while (end > start && EDGE.test(chars[end - 1])) end--;
  return chars.slice(start, end).join("");
}

/** True when a block's text says nothing but the post title. */
export function isTitleRepeat(blockText: string, title: string): boolean {
  const block = normalizeForComparison(blockText);
  return block.length > 0 && block === normalizeForComparison(title);
}
