import { describe, expect, it } from "vitest";
import { testMarkdown } from "./testing";

const html = (body: string) => testMarkdown().compileMarkdown(body, "題").html;

describe("code blocks keep a first blank line", () => {
  it("also in a post with HTML (re-parsed), and a post's HTML cannot ask for more", () => {
    expect(html("<kbd>A</kbd>\n\n```\n\nx\n```\n")).toContain("<pre><code>\nx\n</code></pre>");
    expect(html("<kbd>A</kbd>\n\n```\n\n\ny\n```\n")).toContain("<pre><code>\n\ny\n</code></pre>");
    expect(html("```\n\nz\n```\n")).toContain("<pre><code>\nz\n</code></pre>");
  });
});
