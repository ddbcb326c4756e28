import { describe, expect, it } from "vitest";
import { testMarkdown } from "../testing";

const html = (body: string) => testMarkdown().compileMarkdown(body, "題").html;

describe("a comment line inside a paragraph", () => {
  it("keeps the paragraph whole and hides the comment (as Zenn shows it)", () => {
    expect(html("一行目。\n<!-- lint-disable -->\n二行目。\n<!-- lint-enable -->\n\n次。")).toBe("<p>一行目。\n二行目。</p>\n\n<p>次。</p>");
  });

  it("a comment with a blank line around it still separates paragraphs", () => {
    expect(html("一。\n\n<!-- x -->\n\n二。")).toBe("<p>一。</p>\n\n<p>二。</p>");
    expect(html("一。\n<!-- x -->\n\n二。")).toBe("<p>一。</p>\n\n<p>二。</p>");
  });
});
