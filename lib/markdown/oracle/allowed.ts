/**
 * The differences from Zenn's rendering that yomu intends, each with its reason.
 * Everything else the oracle (./zenn-features.ts) finds is a defect.
 */
import type { AllowedDifference } from "./zenn-features";

const unmarked = (text: string | undefined) => (text ?? "").replace(/[*~_]/g, "");
const untagged = (text: string | undefined) => (text ?? "").replace(/<\/?[A-Za-z][^<>]*>/g, "");

export const ALLOWED_DIFFERENCES: readonly AllowedDifference[] = [
  {
    reason: "an embed whose target Zenn's validator refuses (a gist URL with a malformed ?file=, a YouTube id that is not 11 characters): Zenn prints an error in the page, yomu shows the link card",
    matches: (d) => d.kind === "embed" && d.zenn === "refused",
  },
  {
    reason: "yomu reads `**…**` and `~~…~~` next to Japanese punctuation as emphasis (remark-cjk-friendly); Zenn shows the asterisks",
    matches: (d) => d.kind === "text" && d.zenn !== undefined && d.yomu !== undefined && d.zenn !== d.yomu && unmarked(d.zenn) === unmarked(d.yomu),
  },
  {
    reason: "yomu shows GitHub's alerts (`> [!NOTE]` …) as labelled boxes; Zenn shows the marker as text in a quote",
    matches: (d) =>
      (d.kind === "text" && d.zenn !== undefined && d.yomu !== undefined && d.zenn.replace(/^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i, "") === d.yomu) ||
      (d.kind === "callout" && d.zenn === undefined && /^alert:/.test(d.yomu ?? "")),
  },
  {
    reason: "yomu renders a post's HTML (<kbd>, <br>, …) through its allowlist; Zenn shows the tags as text",
    matches: (d) => d.kind === "text" && d.zenn !== undefined && d.yomu !== undefined && d.zenn !== d.yomu && untagged(d.zenn) === d.yomu,
  },
  {
    reason: "a line that is only an HTML comment right below a table: yomu hides it (CommonMark reads it as HTML); Zenn, which reads no HTML blocks, adds it to the table as an empty row",
    matches: (d) => d.kind === "table" && d.zenn !== undefined && d.yomu !== undefined && d.zenn.replace(/ \+\d+ empty$/, "") === d.yomu,
  },
];
