/**
 * Inline footnotes `本文^[注の文]` (Zenn, Pandoc): the note becomes a GFM
 * footnote, numbered with the `[^1]` ones in the order they are referenced.
 * The note may hold inline Markdown (links, code, emphasis); brackets inside
 * it nest. Code spans and math keep their `^[`: only text nodes are read.
 */
import type { FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Root, Text } from "mdast";
import { visit } from "unist-util-visit";

const OPEN = "^[";

/** Where the note that opens at `from` in `nodes[start]` ends: the node and offset of its `]`. */
function findClose(nodes: PhrasingContent[], start: number, from: number): { node: number; offset: number } | undefined {
  let depth = 0;
  for (let n = start; n < nodes.length; n++) {
    const node = nodes[n];
    if (node.type !== "text") continue;
    const value = node.value;
    for (let i = n === start ? from : 0; i < value.length; i++) {
      if (value[i] === "\\") i++;
      else if (value[i] === "[") depth++;
      else if (value[i] === "]" && depth-- === 0) return { node: n, offset: i };
    }
  }
  return undefined;
}

export function remarkInlineFootnotes() {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, (node) => {
      if (node.type === "footnoteDefinition" || node.type === "footnoteReference") taken.add(node.identifier);
    });
    const definitions: FootnoteDefinition[] = [];
    let count = 0;
    const nextId = () => {
      let id: string;
      do id = `inline-${++count}`;
      while (taken.has(id));
      return id;
    };
    visit(tree, (node) => {
      if (!("children" in node) || node.type === "footnoteDefinition") return;
      const parent = node as Parent;
      const kids = parent.children as PhrasingContent[];
      for (let k = 0; k < kids.length; k++) {
        const text = kids[k];
        if (text.type !== "text") continue;
        const at = text.value.indexOf(OPEN);
        if (at < 0 || (at > 0 && text.value[at - 1] === "\\")) continue;
        const close = findClose(kids, k, at + OPEN.length);
        if (!close) continue;
        const content: PhrasingContent[] = [];
        const last = kids[close.node] as Text;
        if (close.node === k) {
          const inner = text.value.slice(at + OPEN.length, close.offset);
          if (inner) content.push({ type: "text", value: inner });
        } else {
          const head = text.value.slice(at + OPEN.length);
          if (head) content.push({ type: "text", value: head });
          content.push(...kids.slice(k + 1, close.node));
          const tail = last.value.slice(0, close.offset);
          if (tail) content.push({ type: "text", value: tail });
        }
        if (content.length === 0) continue;
        const identifier = nextId();
        definitions.push({ type: "footnoteDefinition", identifier, label: identifier, children: [{ type: "paragraph", children: content }] });
        const reference: FootnoteReference = { type: "footnoteReference", identifier, label: identifier };
        const before = text.value.slice(0, at);
        const after = last.value.slice(close.offset + 1);
        const replacement: PhrasingContent[] = [...(before ? [{ type: "text", value: before } as Text] : []), reference, ...(after ? [{ type: "text", value: after } as Text] : [])];
        kids.splice(k, close.node - k + 1, ...replacement);
        // Go on after the reference: the rest of the text may hold another note.
        k += before ? 1 : 0;
      }
    });
    tree.children.push(...definitions);
  };
}
