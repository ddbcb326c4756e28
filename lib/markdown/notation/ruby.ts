/**
 * Ruby: `｜東京《とうきょう》` and `漢字《かんじ》` → `<ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>`.
 * The parentheses show the reading in readers without ruby support.
 * Only ordinary text is read: not code, not math, not link URLs.
 */
import type { Parent, PhrasingContent, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { splitRuby } from "../notation-text";

const element = (tagName: string, value: string) => ({ type: "element", tagName, properties: {}, children: [{ type: "text", value }] });

function rubyNode(base: string, reading: string): PhrasingContent {
  const hChildren = [{ type: "text", value: base }, element("rp", "("), element("rt", reading), element("rp", ")")];
  return { type: "ruby", data: { hName: "ruby", hChildren } } as unknown as PhrasingContent;
}

export function remarkRuby() {
  return (tree: Root) => {
    visit(tree, "text", (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !node.value.includes("《")) return;
      const found = splitRuby(node.value);
      if (found.every((p) => typeof p === "string")) return;
      const parts = found.map((p): PhrasingContent => (typeof p === "string" ? { type: "text", value: p } : rubyNode(p.base, p.reading)));
      parent.children.splice(index, 1, ...(parts as Parent["children"]));
      return [SKIP, index + parts.length];
    });
  };
}
