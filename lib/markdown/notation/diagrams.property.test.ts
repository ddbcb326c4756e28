/**
 * Generated diagrams whose labels and styles carry markup, through the `.md`
 * pipeline: whatever a post writes into a diagram, the page gets a drawing of
 * the diagram allowlist's vocabulary (../diagram-allowlist.ts) or a code block,
 * never an element or attribute that runs, loads or styles anything.
 */
import fc from "fast-check";
import type { Element, Nodes } from "hast";
import { raw } from "hast-util-raw";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { isAllowedElement, isAllowedProperty, propertyValue } from "../allowlist";
import { diagramSchema } from "../diagram-allowlist";
import { sanitizeSchema } from "../sanitize-schema";
import { testMarkdown } from "../testing";

const { compileMarkdown } = testMarkdown();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

const PIECES = [
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<foreignObject><div>x</div></foreignObject>",
  '<a href="javascript:alert(1)">a</a>', "<style>@import url(https://e.example/x.css)</style>", "<b>太字</b>", "<br>", "<i>", "</u>",
  "javascript:alert(1)", "url(https://e.example/x)", "onload=alert(1)", "&lt;", "&#x3C;", "&amp;", '"', "'", "[", "]", "(", ")",
  "{", "}", "|", ";", ":", "%%", "-->", "**b**", "${x}", "日本語", " ", "a",
];
const label = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join(""));
const PAINTS = ["#fcc", "red", "url(https://e.example/x)", "url(#x)", "expression(alert(1))", "var(--x)", "rgb(1,2,3)", "red;background:url(https://e.example/y)"];
const paint = fc.constantFrom(...PAINTS);

/** One diagram of each type, with the label where that type puts text. */
const diagram = fc.oneof(
  fc.tuple(label, label, paint).map(([a, b, p]) => `graph TD\n  A["${a.replace(/"/g, "")}"] -->|${b.replace(/\|/g, "")}| B\n  style A fill:${p}`),
  fc.tuple(label, label).map(([a, b]) => `flowchart LR\n  A -- ${a.replace(/-->|--/g, "")} --> B[${b}]`),
  fc.tuple(label, label).map(([a, b]) => `sequenceDiagram\n  participant U as ${a}\n  U->>S: ${b}\n  Note over U,S: ${a}`),
  fc.tuple(label, label).map(([a, b]) => `classDiagram\n  class A {\n    +${a}\n    +m(${b}) void\n  }\n  A <|-- B : ${b}`),
  fc.tuple(label, label).map(([a, b]) => `stateDiagram-v2\n  [*] --> S\n  S --> T : ${a}\n  T : ${b}`),
  fc.tuple(label, label).map(([a, b]) => `erDiagram\n  A ||--o{ B : "${a.replace(/"/g, "")}"\n  A {\n    string ${b.replace(/[{}]/g, "")}\n  }`),
);

function parse(html: string): Nodes {
  return raw({ type: "root", children: [{ type: "raw", value: html }] } as Nodes);
}

const isDiagram = (el: Element) => el.tagName === "div" && Array.isArray(el.properties.className) && el.properties.className.includes("diagram");

/** What yomu itself adds to a drawing after sanitizing: the name and the page's marker ids. */
function addedByYomu(el: Element, property: string, value: unknown): boolean {
  if (el.tagName === "svg") return (property === "role" && value === "img") || property === "ariaLabel";
  return el.tagName === "marker" && property === "id" && /^user-content-diagram-\d+-[a-z-]+$/.test(String(value));
}

function violations(html: string): string[] {
  const found: string[] = [];
  const drawing = new WeakSet<Element>();
  visit(parse(html), "element", (el: Element) => {
    const inDrawing = drawing.has(el);
    if (isDiagram(el) || inDrawing) for (const child of el.children) if (child.type === "element") drawing.add(child);
    const schema = inDrawing ? diagramSchema : sanitizeSchema;
    if (!isAllowedElement(el.tagName, schema)) found.push(`<${el.tagName}>`);
    for (const [property, value] of Object.entries(el.properties)) {
      const checked = typeof value === "string" ? propertyValue(property, value) : value;
      if (!(inDrawing && addedByYomu(el, property, value)) && !isAllowedProperty(el.tagName, property, checked, schema)) found.push(`<${el.tagName} ${property}=${JSON.stringify(value)}>`);
      if (/^on/i.test(property) || property === "style" || /href/i.test(property)) found.push(`<${el.tagName} ${property}> in any case`);
      // The name is text for a screen reader, never read as CSS.
      if (inDrawing && property !== "ariaLabel" && typeof value === "string" && /url\(/i.test(value) && !/^url\(#user-content-diagram-\d+-[a-z-]+\)$/.test(value)) found.push(`<${el.tagName} ${property}=${value}> loads something`);
    }
  });
  return found;
}

describe("a diagram's labels and styles never become active content", () => {
  it("the checker itself finds what it must", () => {
    expect(violations('<div class="diagram"><svg role="img"><a href="https://e.example/">x</a><rect fill="url(https://e.example/x)" onclick="y"></rect><style>x</style></svg></div>')).toEqual([
      "<a>",
      '<a href="https://e.example/">',
      "<a href> in any case",
      '<rect fill="url(https://e.example/x)">',
      "<rect fill=url(https://e.example/x)> loads something",
      '<rect onClick="y">',
      "<rect onClick> in any case",
      "<style>",
    ]);
  });

  it(".md (compileMarkdown)", { timeout: 60_000 * Math.max(2, RUNS / 30) }, () => {
    let drawn = 0;
    fc.assert(
      fc.property(diagram, (source) => {
        const html = compileMarkdown(`前文\n\n\`\`\`mermaid\n${source}\n\`\`\`\n`, "").html;
        if (html.includes("<svg")) drawn++;
        expect(violations(html), source).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    // Most generated diagrams must be drawn, or the property says little.
    expect(drawn).toBeGreaterThan(RUNS / 2);
  });
});
