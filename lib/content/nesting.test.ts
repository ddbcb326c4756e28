import fc from "fast-check";
import type { Node, Parent } from "mdast";
import { describe, expect, it } from "vitest";
import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { findTooDeep } from "./nesting";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const parseMarkdown = (markdown: string) => parser.parse(markdown);
const mdx = createProcessor({ format: "mdx", remarkPlugins: [remarkGfm] });

/** Blockquotes, list items and footnote definitions around the deepest node, as the Markdown (or MDX) parser builds them. */
function parsedDepth(markdown: string, options: { mdx?: boolean } = {}): number {
  let deepest = 0;
  const stack: [Node, number][] = [[options.mdx ? (mdx.parse(markdown) as Node) : parseMarkdown(markdown), 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const here = depth + (["blockquote", "listItem", "footnoteDefinition"].includes(node.type) ? 1 : 0);
    deepest = Math.max(deepest, here);
    for (const child of (node as Parent).children ?? []) stack.push([child, here]);
  }
  return deepest;
}

/** The depth the scan counts (it stops one level past the limit it is given). */
function scannedDepth(markdown: string, options = {}): number {
  for (let limit = 0; ; limit++) if (!findTooDeep(markdown, limit, options)) return limit;
}

describe("findTooDeep", () => {
  it("reports the first marker past the limit, with its line and column", () => {
    expect(findTooDeep("本文\n\n" + ">".repeat(40) + " 引用", 32)).toEqual({ kind: "markdown", line: 2, column: 33, depth: 33 });
    expect(findTooDeep("> ".repeat(32) + "x", 32)).toBeUndefined();
    const indented = Array.from({ length: 40 }, (_, i) => "  ".repeat(i) + "- 項目").join("\n");
    expect(findTooDeep(indented, 32)).toMatchObject({ kind: "markdown", line: 32, column: 65 });
  });

  it("counts lists nested by indentation, tabs, numbers and quotes alike", () => {
    expect(scannedDepth("- a\n  - b\n    - c")).toBe(3);
    expect(scannedDepth("1. a\n   1. b\n      1. c")).toBe(3);
    expect(scannedDepth("- a\n\t- b\n\t\t- c")).toBe(3);
    expect(scannedDepth("> - > - x")).toBe(4);
    expect(scannedDepth("- a\n\n  - b\n\n    - c")).toBe(3);
  });

  it("does not count code, thematic breaks or a paragraph's `2.` line", () => {
    expect(scannedDepth("```\n" + "> ".repeat(50) + "\n```\n")).toBe(0);
    expect(scannedDepth("    > > > > > > code")).toBe(0);
    expect(scannedDepth("- - - -\n* * *")).toBe(0);
    expect(scannedDepth("段落の途中で\n2. と書いても\n3. 一つの段落")).toBe(0);
  });

  it("counts raw HTML elements left open, not those in code spans, comments or that close themselves", () => {
    const divs = "<div>".repeat(40) + "x" + "</div>".repeat(40);
    expect(findTooDeep(divs, 32)).toEqual({ kind: "html", line: 0, column: 32 * 5 + 1, depth: 33 });
    expect(findTooDeep("<div>\n\n".repeat(40), 32)).toMatchObject({ kind: "html", line: 64 });
    expect(scannedDepth("<div><section>x</section></div> <span>a</span>")).toBe(2);
    expect(scannedDepth("`<div>` ".repeat(50) + "\n\n<!-- " + "<div>".repeat(50) + " -->")).toBe(0);
    expect(scannedDepth("<ul>" + "<li>項目".repeat(50) + "</ul><p>a<p>b<br><img src=x>")).toBe(1);
    expect(scannedDepth("<Note />".repeat(50) + "\n" + "<Note\n  title='x'\n/>\n".repeat(50), { mdx: true })).toBe(1);
    expect(scannedDepth("<>".repeat(40), { mdx: true })).toBe(40);
  });

  it("an unclosed inline comment ends with its paragraph", () => {
    expect(scannedDepth("本文 <!-- 閉じていない\n\n" + "<div>".repeat(5))).toBe(5);
  });

  it("never counts fewer levels than the Markdown parser builds", () => {
    const piece = fc.constantFrom("> ", ">", "- ", "* ", "+ ", "1. ", "2. ", "10) ", "-", "1.", " ", "  ", "   ", "    ", "\t", " \t", "[^a]: ", "-    ");
    const content = fc.constantFrom(
      "x", "", "```", "~~~", "``` js", "# h", "---", "***", "===", "<div>", "</div>", "<span>", "<!--", "-->", "<!-- c -->", "<pre>", "</pre>",
      "<?", "?>", "text", "2. y", "- ", "    code", "| a |", "|---|", "[x]: /u", "[^a]: x",
    );
    const line = fc.tuple(fc.array(piece, { maxLength: 8 }), content).map(([prefix, text]) => prefix.join("") + text);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), (lines) => {
        const markdown = lines.join("\n");
        const parsed = parsedDepth(markdown);
        if (parsed > 0) expect(findTooDeep(markdown, parsed - 1), JSON.stringify(markdown)).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("in MDX, which has no indented code, counts markers after any indentation", () => {
    expect(scannedDepth("        > > x", { mdx: true })).toBe(2);
    expect(scannedDepth("        > > x")).toBe(0);
    expect(scannedDepth("<div>\n> > x\n</div>", { mdx: true })).toBe(2);
  });

  it("never counts fewer levels than the MDX parser builds", () => {
    const piece = fc.constantFrom("> ", ">", "- ", "* ", "1. ", "2. ", "10) ", " ", "  ", "    ", "      ", "\t", "[^a]: ", "-      ");
    const content = fc.constantFrom("x", "", "```", "~~~", "# h", "---", "===", "<div>", "</div>", "<Note />", "2. y", "- ", "    code", "| a |", "|---|");
    const line = fc.tuple(fc.array(piece, { maxLength: 8 }), content).map(([prefix, text]) => prefix.join("") + text);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const markdown = lines.join("\n");
        let parsed: number;
        try {
          parsed = parsedDepth(markdown, { mdx: true });
        } catch {
          return; // not valid MDX: rendering stops with an error of its own
        }
        if (parsed > 0) expect(findTooDeep(markdown, parsed - 1, { mdx: true }), JSON.stringify(markdown)).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it("takes time linear in the input", () => {
    const staircase = Array.from({ length: 30 }, (_, i) => "  ".repeat(i) + "- x").join("\n") + "\n";
    const inputs = ["> - ".repeat(50_000), "<div>`a ".repeat(50_000), "  ".repeat(100_000) + "- x", staircase.repeat(3000)];
    for (const input of inputs) {
      findTooDeep(input, 32);
    }
  });
});
