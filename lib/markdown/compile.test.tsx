/**
 * A `.md` body's page gets its headings and features without its HTML, which
 * is read only when the page is rendered: the exporter skips rendering pages
 * whose fingerprint is unchanged, and the fingerprint sees the compile key.
 */
import { isValidElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../export/fingerprint";
import { testMarkdown } from "./testing";

const md = testMarkdown();
const BODY = "## 見出し\n\n本文と`code`。\n\n```ts\nconst a = 1;\n```\n";

describe("a body compiled lazily", () => {
  it("has the headings and features of the whole compile, and its HTML when asked", () => {
    const lazy = md.compileMarkdown.lazily(BODY, "題");
    const whole = md.compileMarkdown(BODY, "題");
    expect(lazy.headings).toEqual(whole.headings);
    expect(lazy.features).toEqual(whole.features);
    expect(lazy.html()).toBe(whole.html);
  });

  it("is keyed by everything its HTML is made from", () => {
    const key = md.compileMarkdown.lazily(BODY, "題").key;
    expect(md.compileMarkdown.lazily(BODY, "題").key).toBe(key);
    expect(md.compileMarkdown.lazily(BODY + "追記", "題").key).not.toBe(key);
    expect(md.compileMarkdown.lazily(BODY, "別の題").key).not.toBe(key);
    expect(testMarkdown({ basePath: "/blog" }).compileMarkdown.lazily(BODY, "題").key).not.toBe(key);
  });

  it("renders the same HTML into the page, and fingerprints by its key", async () => {
    const rendered = await md.renderBody({ body: BODY, title: "題", format: "md" });
    expect(renderToStaticMarkup(rendered.content as ReactElement)).toBe(`<div>${md.compileMarkdown(BODY, "題").html}</div>`);
    expect(isValidElement(rendered.content)).toBe(true);
    const again = await md.renderBody({ body: BODY, title: "題", format: "md" });
    const edited = await md.renderBody({ body: BODY + "追記", title: "題", format: "md" });
    expect(fingerprint(again.content)).toBe(fingerprint(rendered.content));
    expect(fingerprint(edited.content)).not.toBe(fingerprint(rendered.content));
  });
});

describe("an excerpt", () => {
  it("is inline Markdown as HTML, with the site's settings", () => {
    expect(md.compileMarkdown.excerpt("**Meta**の[発表](/posts/a/)")).toBe('<p><strong>Meta</strong>の<a href="/posts/a/">発表</a></p>');
    expect(testMarkdown({ basePath: "/blog" }).compileMarkdown.excerpt("[発表](/posts/a/)")).toContain('href="/blog/posts/a/"');
  });
});
