/**
 * Image problems in a post body, with body line and column, for the content
 * check (lib/check/run.ts, rule "image"): a local image that is missing (the
 * build stops on it, ./notation/images.ts) and an image without alt text
 * (a warning: screen readers and search have nothing to read).
 */
import type { Image, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { locateImage } from "../images/locate";
import { said, t } from "../messages";
import { isLocalImageSrc } from "../images/resolve";
import type { NotationProblem } from "./notation-check";
import { remarkSizedImages } from "./notation/images";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const readSizedImages = remarkSizedImages();

export function checkImages(body: string, sourcePath: string, contentRoot: string): NotationProblem[] {
  const problems: NotationProblem[] = [];
  const tree = parser.parse(body) as Root;
  readSizedImages(tree);
  visit(tree, "image", (node: Image) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (isLocalImageSrc(node.url)) {
      const located = locateImage(node.url, sourcePath, contentRoot);
      if (!("asset" in located)) problems.push({ severity: "error", ...at, message: located.message, fix: located.fix, text: located.text });
    }
    if (!node.alt?.trim()) {
      problems.push({
        severity: "warning",
        ...at,
        ...said(t("image.no-alt", { src: node.url }), t("image.no-alt.fix")),
      });
    }
  });
  return problems;
}
