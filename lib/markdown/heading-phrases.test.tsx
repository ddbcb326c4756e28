import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { testMarkdown } from "./testing";

const md = testMarkdown();

describe("headings break between phrases", () => {
  it("puts <wbr> between the phrases of a heading, in .md and .mdx alike", async () => {
    const body = "## 次なる一手は何か\n\n本文の次なる一手は何か。\n";
    const html = md.compileMarkdown(body, "題").html;
    expect(html).toContain("次なる<wbr>一手は<wbr>何か</h2>");
    // Only headings: the paragraph is unchanged.
    expect(html).toContain("<p>本文の次なる一手は何か。</p>");
    const mdx = await md.renderBody({ body, title: "題", format: "mdx" });
    expect(renderToStaticMarkup(mdx.content as ReactElement)).toContain("次なる<wbr/>一手は<wbr/>何か</h2>");
  });

  it("leaves the id, the table of contents and code, ruby and formulas in headings as they were", () => {
    const compiled = md.compileMarkdown("## 次なる一手は`コードの中身`で決まる\n\n## ｜漢字《かんじ》を読むための工夫\n\n## 式$x^2$を含む見出しの例\n", "題");
    expect(compiled.headings.map((h) => h.text)).toEqual(["次なる一手はコードの中身で決まる", expect.stringContaining("漢字"), expect.stringContaining("見出しの例")]);
    expect(compiled.headings[0].id).toBe("user-content-次なる一手はコードの中身で決まる");
    expect(compiled.html).toContain("<code>コードの中身</code>");
    expect(compiled.html).not.toMatch(/<rt>[^<]*<wbr>/);
    expect(compiled.html).toContain("</code>で<wbr>決まる");
    const formula = /<span class="katex">.*?<\/span>を/s.exec(compiled.html)?.[0];
    expect(formula).toBeDefined();
    expect(formula).not.toContain("<wbr>");
  });
});
