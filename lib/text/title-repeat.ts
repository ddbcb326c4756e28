/** Compares loosely: width, case, spacing and surrounding punctuation do not matter. */
function normalizeForComparison(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u3000]+/gu, "")
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
}

/** True when a block's text says nothing but the post title. */
export function isTitleRepeat(blockText: string, title: string): boolean {
  const block = normalizeForComparison(blockText);
  return block.length > 0 && block === normalizeForComparison(title);
}
