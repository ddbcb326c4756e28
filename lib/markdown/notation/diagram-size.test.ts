/**
 * A diagram too large to lay out in reasonable time is shown as code with a
 * warning at its line, by a bound on its source (not a timer): the build never
 * waits on it, and every machine makes the same page.
 */
import { say } from "../../messages";
import { describe, expect, it } from "vitest";
import { MAX_DIAGRAM_CONNECTIONS, MAX_DIAGRAM_LINES } from "../../content/limits";
import type { ContentIssue } from "../../content/issues";
import { createMarkdown } from "../index";
import { checkNotation } from "../notation-check";
import { testMarkdownConfig } from "../testing";
import { readDiagram, type DiagramProblem } from "./mermaid-syntax";

/** A flowchart of `n` connections among n/2 nodes, each node linked to two others (a dense graph). */
const dense = (n: number) => ["flowchart TD", ...Array.from({ length: n }, (_, i) => `  n${i >> 1} --> n${(i * 7 + 3) % Math.max(1, n >> 1)}`)].join("\n");

describe("diagram size", () => {
  it("a flowchart with at most the bound's connections is read for drawing; one more is shown as code", () => {
    expect(readDiagram(dense(MAX_DIAGRAM_CONNECTIONS))).toMatchObject({ kind: "flowchart", text: dense(MAX_DIAGRAM_CONNECTIONS) });
    const problem = readDiagram(dense(MAX_DIAGRAM_CONNECTIONS + 1)) as DiagramProblem;
    expect(problem).toMatchObject({ kind: "unsupported", line: 0 });
    expect(say(problem.message, "en")).toBe(`the diagram has ${MAX_DIAGRAM_CONNECTIONS + 1} connections; yomu lays out at most ${MAX_DIAGRAM_CONNECTIONS} at build time (a larger layout can take minutes): it is shown as code`);
  });

  it("counts the connections of class, state and ER diagrams, not arrows inside quoted labels", () => {
    const er = ["erDiagram", ...Array.from({ length: MAX_DIAGRAM_CONNECTIONS + 1 }, (_, i) => `  T${i} ||--o{ U${i} : has`)].join("\n");
    expect((readDiagram(er) as DiagramProblem).kind).toBe("unsupported");
    const quoted = ["flowchart LR", `  A["${"-->".repeat(MAX_DIAGRAM_CONNECTIONS + 1)}"] --> B`].join("\n");
    expect("message" in readDiagram(quoted)).toBe(false);
  });

  it("a sequence diagram is bounded by its lines only (its layout is linear)", () => {
    const messages = (n: number) => ["sequenceDiagram", ...Array.from({ length: n }, (_, i) => `  A${i % 5}->>A${(i + 1) % 5}: m${i}`)].join("\n");
    expect("message" in readDiagram(messages(MAX_DIAGRAM_CONNECTIONS * 2))).toBe(false);
    expect(say((readDiagram(messages(MAX_DIAGRAM_LINES)) as DiagramProblem).message, "en")).toMatch(/has 2001 lines/);
  });

  it("in a post: a code block and a warning at the diagram's line, in the build and in the content check", () => {
    const warnings: ContentIssue[] = [];
    const { compileMarkdown } = createMarkdown(testMarkdownConfig(), { onWarning: (w) => warnings.push(w) });
    const body = `前文\n\n\`\`\`mermaid\n${dense(MAX_DIAGRAM_CONNECTIONS + 1)}\n\`\`\`\n`;
    const compiled = compileMarkdown(body, "");
    expect(compiled.html).toContain('<code class="hljs language-mermaid">flowchart TD');
    expect(compiled.html).not.toContain("<svg");
    expect(compiled.warnings.map((w) => [w.line, w.rule])).toEqual([[4, "diagram"]]);
    expect(checkNotation(body).map((p) => [p.severity, p.line])).toEqual([["warning", 4]]);
  });
});
