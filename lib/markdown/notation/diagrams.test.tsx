/** ```mermaid through both pipelines: `.md` (compileMarkdown) and `.mdx` (renderBody, rendered by React). */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxComponents } from "../../../components/mdx-components";
import type { ContentIssue } from "../../content/issues";
import { createMarkdown } from "../index";
import { checkNotation } from "../notation-check";
import { testMarkdownConfig } from "../testing";

const warnings: ContentIssue[] = [];
const { compileMarkdown, renderBody } = createMarkdown(testMarkdownConfig(), { onWarning: (issue) => warnings.push(issue) });
const md = (body: string) => compileMarkdown(body, "").html;
const mdx = async (body: string) => renderToStaticMarkup((await renderBody({ body, title: "", format: "mdx" }, { components: mdxComponents })).content as ReactElement);

const FLOW = "```mermaid\ngraph LR\n  入力 --> 処理 --> 出力\n```\n";
const SEQUENCE = "```mermaid\nsequenceDiagram\n  利用者->>サーバー: 依頼\n```\n";

describe("diagrams", { timeout: 120_000 }, () => {
  it("a mermaid block becomes an inline svg with role img and a name, in both pipelines", async () => {
    for (const html of [md(`前文\n\n${FLOW}`), await mdx(`前文\n\n${FLOW}`)]) {
      expect(html).toMatch(/<div class="diagram"><svg [^>]*role="img"[^>]*aria-label="フローチャート: 入力、処理、出力"/);
      expect(html).not.toMatch(/<script|<style|<code/);
    }
  });

  it("two diagrams on one page have their own marker ids", () => {
    const html = md(`${FLOW}\n${SEQUENCE}`);
    expect(html).toContain('id="user-content-diagram-1-arrowhead"');
    expect(html).toMatch(/id="user-content-diagram-2-seq-arrow"/);
    expect(html).toContain("url(#user-content-diagram-2-seq-arrow)");
  });

  it("a diagram yomu cannot draw stays a code block, and the build is told where", async () => {
    warnings.length = 0;
    const body = "段落\n\n```mermaid\ngraph TD\n  A --> B[閉じない\n```\n\n```mermaid\ngitGraph\n  commit\n```\n";
    const rendered = await renderBody({ body, title: "", format: "md", sourcePath: "content/a.md", bodyLine: 5 });
    const html = renderToStaticMarkup(rendered.content as ReactElement);
    expect(html).toContain('<code class="hljs language-mermaid">graph TD');
    expect(html).toContain('<code class="hljs language-mermaid">gitGraph');
    expect(html).not.toContain("<svg");
    // The body starts on file line 5: the broken label is on body line 5, the gitGraph header on body line 9.
    expect(warnings.map((w) => [w.file, w.line, w.severity, w.rule])).toEqual([
      ["content/a.md", 9, "warning", "diagram"],
      ["content/a.md", 13, "warning", "diagram"],
    ]);
    expect(warnings[0].message).toMatch(/shown as code: a bracket left open/);
    expect(warnings[1].message).toMatch(/does not draw gitGraph/);
  });

  it("the same warnings come from .mdx", async () => {
    warnings.length = 0;
    await renderBody({ body: "```mermaid\ngitGraph\n  commit\n```\n", title: "", format: "mdx", sourcePath: "content/b.mdx", bodyLine: 3 }, { components: mdxComponents });
    expect(warnings.map((w) => [w.file, w.line])).toEqual([["content/b.mdx", 4]]);
  });

  it("a post's own element that borrows the class name gets no drawing", () => {
    const html = md(`${FLOW}\n<div class="diagram">graph LR\n  入力 --> 処理 --> 出力</div>\n\n<div class="diagram">graph TD\n  X --> Y</div>\n`);
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain("<div>graph TD");
  });

  it("the content check: a syntax error is an error, a type yomu does not draw a warning, both at their line", () => {
    const problems = checkNotation("本文\n\n```mermaid\nsequenceDiagram\n  A->>B\n```\n\n```mermaid\npie\n  \"a\": 1\n```\n\n" + FLOW);
    expect(problems.map((p) => [p.severity, p.line])).toEqual([
      ["error", 5],
      ["warning", 9],
    ]);
    expect(problems[0].message).toBe("the diagram cannot be drawn: a message without its text");
  });
});
