import fs from "node:fs";
import { createRequire } from "node:module";
import katex from "katex";
import { describe, expect, it } from "vitest";
import { testMarkdown } from "./testing";

const { compileMarkdown } = testMarkdown();
import { KATEX_CLASS, KATEX_STYLE } from "./katex-allowlist";
import { KATEX_CORPUS } from "./notation/katex-corpus";
import { renderTex } from "./notation/katex";

/** KaTeX's HTML as the browser serializes it, for comparing with our output. */
function normalize(html: string): string {
  return html.replace(/&#x[0-9A-F]+;/gi, (e) => String.fromCodePoint(parseInt(e.slice(3, -1), 16))).replace(/\s+/g, " ").replace(/ =/g, "=").replace(/;"/g, '"');
}

describe("the KaTeX allowlist keeps KaTeX's output whole", () => {
  it.each(KATEX_CORPUS.map((c) => [c.tex.slice(0, 60), c] as const))("%s", (_name, { tex, display }) => {
    const direct = renderTex(tex, !!display);
    const body = display ? `$$\n${tex}\n$$` : `式 $${tex}$ です`;
    const html = compileMarkdown(body, "").html;
    const inner = display ? html.replace(/^<div class="math math-display">|<\/div>$/g, "") : html.replace(/^<p>式 <span class="math math-inline">|<\/span> です<\/p>$/g, "");
    // Same elements, attributes and classes: the sanitizer removed nothing KaTeX wrote.
    const tags = (s: string) => [...normalize(s).matchAll(/<([a-z]+)((?: [a-zA-Z-]+="[^"]*")*)/g)].map((m) => `${m[1]}${m[2]}`);
    expect(tags(inner)).toEqual(tags(direct));
  });

  it("every class of KaTeX's stylesheet is allowed", () => {
    const css = fs.readFileSync(createRequire(import.meta.url).resolve("katex/dist/katex.css"), "utf8");
    const fontFormats = new Set(["woff", "woff2", "ttf", "com", "katex-version"]);
    const classes = new Set([...css.matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]).filter((c) => !fontFormats.has(c)));
    expect([...classes].filter((c) => !KATEX_CLASS.test(c))).toEqual([]);
  });

  it("style: KaTeX's properties and values only", () => {
    for (const ok of ["height:0.6833em;", "margin-right:0.0576em;vertical-align:-0.25em;", "border: 0.04em solid red", "color:#cc0000;", "position:relative;top:-3.063em;", "margin:0 -0.02em"]) {
      expect(KATEX_STYLE.test(ok), ok).toBe(true);
    }
    for (const bad of ["position:fixed", "background:url(x)", "color:expression(alert(1))", "top:-999em", "height:1em;x:y", "behavior:url(a.htc)", "width:calc(100vw)"]) {
      expect(KATEX_STYLE.test(bad), bad).toBe(false);
    }
  });

  it("KaTeX is the version the stylesheet route serves", () => {
    expect(katex.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
