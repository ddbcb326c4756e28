/**
 * `diff ts` code blocks: highlighted as TypeScript, each line marked as added
 * (`+`), removed (`-`) or context. Runs after sanitizing, around rehype-highlight:
 * `rehypeDiffPrepare` takes the +/- column off `language-diff-ts` code so the
 * language's highlighter sees plain TypeScript; `rehypeDiffLines` splits the
 * highlighted code into lines and puts the column back:
 *
 *   <span class="diff-line diff-add"><span class="diff-sign">+</span>…highlighted…\n</span>
 *
 * The code's text stays exactly what the post wrote (signs included).
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

const DIFF_CLASS = /^language-diff-(.+)$/;

interface DiffData {
  signs: string[];
}

function isCode(node: Element): boolean {
  return node.tagName === "code";
}

export function rehypeDiffPrepare() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (!isCode(node)) return;
      const classes = (node.properties.className as string[] | undefined) ?? [];
      const at = classes.findIndex((c) => DIFF_CLASS.test(String(c)));
      if (at < 0) return;
      const lines = toString(node).replace(/\n$/, "").split("\n");
      const signs = lines.map((l) => (l[0] === "+" || l[0] === "-" || l[0] === " " ? l[0] : ""));
      const code = lines.map((l, i) => l.slice(signs[i].length)).join("\n") + "\n";
      node.properties.className = classes.map((c, i) => (i === at ? `language-${DIFF_CLASS.exec(String(c))![1]}` : c));
      node.children = [{ type: "text", value: code }];
      node.data = { ...node.data, diff: { signs } } as Element["data"];
    });
  };
}

/** Highlighted code split at line ends: each line's nodes, spans re-opened on every line they cross. */
export function splitLines(children: ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  const walk = (nodes: ElementContent[], into: (node: ElementContent, line: number) => void) => {
    for (const node of nodes) {
      if (node.type === "text") {
        const parts = node.value.split("\n");
        parts.forEach((part, i) => {
          if (i > 0) lines.push([]);
          if (part) into({ type: "text", value: part } as Text, lines.length - 1);
        });
      } else if (node.type === "element") {
        const copies = new Map<number, Element>();
        walk(node.children, (child, line) => {
          let copy = copies.get(line);
          if (!copy) {
            copy = { ...node, properties: { ...node.properties }, children: [] };
            copies.set(line, copy);
            into(copy, line);
          }
          copy.children.push(child);
        });
      }
    }
  };
  walk(children, (node, line) => lines[line].push(node));
  return lines;
}

const SIGN_CLASS: Record<string, string> = { "+": "diff-add", "-": "diff-del" };

export function rehypeDiffLines() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const diff = (node.data as { diff?: DiffData } | undefined)?.diff;
      if (!isCode(node) || !diff) return;
      const lines = splitLines(node.children);
      node.children = diff.signs.map((sign, i): Element => ({
        type: "element",
        tagName: "span",
        properties: { className: ["diff-line", ...(SIGN_CLASS[sign] ? [SIGN_CLASS[sign]] : [])] },
        children: [
          ...(sign ? [{ type: "element", tagName: "span", properties: { className: ["diff-sign"] }, children: [{ type: "text", value: sign }] } as Element] : []),
          ...(lines[i] ?? []),
          { type: "text", value: "\n" },
        ],
      }));
    });
  };
}
