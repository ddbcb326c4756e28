/**
 * The footnotes section's heading (also its 目次 entry) and its back links'
 * screen-reader labels in the site's language: 脚注 and 「参照 1 に戻る」 on a
 * Japanese site, remark-rehype's English ones otherwise. Options of remark-rehype
 * (and of MDX's, which passes them on).
 */
import type { Options } from "remark-rehype";

export function footnoteLabels(language: string): Pick<Options, "footnoteLabel" | "footnoteBackLabel"> {
  if (!/^ja\b/i.test(language)) return {};
  return {
    footnoteLabel: "脚注",
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      `参照 ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ""} に戻る`,
  };
}
