import { describe, expect, it } from "vitest";
import { testMarkdown } from "../testing";

const html = (body: string) => testMarkdown().compileMarkdown(body, "題").html;

describe("a line that starts with an HTML comment below a line of text", () => {
  it("continues the paragraph, the comment hidden (as Zenn shows it)", () => {
    expect(html("一行目。\n<!-- lint-disable -->\n二行目。\n<!-- lint-enable -->三行目の **強調**\n\n次。")).toBe(
      "<p>一行目。\n\n二行目。\n三行目の <strong>強調</strong></p>\n<p>次。</p>",
    );
  });

  it("a comment on its own between blank lines is still a hidden block, and other HTML still interrupts", () => {
    expect(html("一。\n\n<!-- x -->\n\n二。")).toBe("<p>一。</p>\n\n<p>二。</p>");
    expect(html("一。\n<div>箱</div>")).toBe("<p>一。</p>\n<div>箱</div>");
  });
});
