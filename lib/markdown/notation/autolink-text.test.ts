import { describe, expect, it } from "vitest";
import { testMarkdown } from "../testing";
import { decodeLinkText } from "./autolink-text";

const html = (body: string) => testMarkdown().compileMarkdown(body, "題").html;

describe("an autolink shows its URL decoded", () => {
  it("decodes UTF-8 escapes, keeps reserved ones and what is not UTF-8", () => {
    expect(decodeLinkText("https://example.com/wiki/%E6%97%A5%E6%9C%AC")).toBe("https://example.com/wiki/日本");
    expect(decodeLinkText("https://example.com/a%2Fb%23c%25d%20e")).toBe("https://example.com/a%2Fb%23c%25d e");
    expect(decodeLinkText("https://example.com/%E6%97x%FF%41")).toBe("https://example.com/%E6%97x%FFA");
  });

  it("in the text of a bare URL and of <…>, not of [text](url); the href stays as written", () => {
    const out = html("見て https://example.com/%E6%97%A5 と <https://example.com/%E6%9C%AC> と [https://example.com/%E8%AA](https://example.com/%E8%AA)");
    expect(out).toContain('<a href="https://example.com/%E6%97%A5">https://example.com/日</a>');
    expect(out).toContain('<a href="https://example.com/%E6%9C%AC">https://example.com/本</a>');
    expect(out).toContain('<a href="https://example.com/%E8%AA">https://example.com/%E8%AA</a>');
  });
});
