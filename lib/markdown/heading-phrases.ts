/**
 * Headings break between phrases (../text/phrases.ts): a <wbr> where one phrase
 * ends and the next begins, read across the heading's inline elements; the
 * stylesheet sets `word-break: keep-all` on headings. Runs after sanitizing and
 * after ids are made: <wbr> holds no text, so ids, the table of contents and
 * search (which reads the Markdown) see the same text as before.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { visit } from "unist-util-visit";
import { phrases } from "../text/phrases";

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Their text is read as one unbroken piece: code, ruby (its reading is not part of the line), formulas. */
const OPAQUE = new Set(["code", "kbd", "samp", "ruby", "math", "svg"]);
/** Stands for an opaque element in the text BudouX reads. */
const OBJECT = "\ufffc";

const isOpaque = (node: Element) => OPAQUE.has(node.tagName) || (Array.isArray(node.properties.className) && node.properties.className.some((c) => String(c).startsWith("katex")));

const wbr = (): Element => ({ type: "element", tagName: "wbr", properties: {}, children: [] });

function breakHeading(heading: Element): void {
  // The heading's text in order, and where each text node starts in it.
  const texts: { node: Text; parent: Element; start: number }[] = [];
  let text = "";
  const read = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type === "text") {
        texts.push({ node: child, parent, start: text.length });
        text += child.value;
      } else if (child.type === "element") {
        if (isOpaque(child)) text += OBJECT;
        else read(child);
      }
    }
  };
  read(heading);
  if (texts.length === 0) return;
  const breaks: number[] = [];
  let at = 0;
  for (const phrase of phrases(text)) {
    if (at > 0) breaks.push(at);
    at += phrase.length;
  }
  if (breaks.length === 0) return;
  // Split each text node at the breaks inside it (a break at its very start goes before it).
  for (const { node, parent, start } of texts) {
    const inside = breaks.filter((b) => b >= start && b < start + node.value.length);
    if (inside.length === 0) continue;
    const pieces: ElementContent[] = [];
    let from = 0;
    for (const b of inside) {
      const cut = b - start;
      if (cut > from) pieces.push({ type: "text", value: node.value.slice(from, cut) });
      pieces.push(wbr());
      from = cut;
    }
    pieces.push({ type: "text", value: node.value.slice(from) });
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
  }
}

export function rehypeHeadingPhrases() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      breakHeading(node);
      return "skip";
    });
  };
}
