/**
 * Pathological formulas (issue 24), generated here: each was a build of minutes
 * and gigabytes, or a stack overflow, and is now a content error at the
 * formula's line, in the build (.md and .mdx) and in the content check.
 */
import { mdxComponents } from "../../../components/mdx-components";
import { describe, expect, it } from "vitest";
import { MAX_FORMULA_CHARS, MAX_MATH_HTML_PER_POST, MAX_MATH_NESTING } from "../../content/limits";
import { ContentError } from "../../content/issues";
import { checkNotation } from "../notation-check";
import { testMarkdown } from "../testing";
import { MathError, renderTex, tooDeepTex } from "./katex";

const { renderBody } = testMarkdown();

async function buildError(body: string, format: "md" | "mdx"): Promise<string> {
  const error = await renderBody({ body, title: "", format, sourcePath: "content/a.md", bodyLine: 5 }, { components: mdxComponents }).catch((e: unknown) => e);
  expect(error, format).toBeInstanceOf(ContentError);
  return (error as ContentError).message;
}

const display = (tex: string) => `段落\n\n$$\n${tex}\n$$\n`;

const PATHOLOGICAL = {
  // 2.7 KB: a macro of 2,600 characters used 40 times (KaTeX's maxExpand allows 1,000 uses): 2 min 42 s and 8.3 GB, a 125 MB page.
  "a macro bomb": "\\def\\a{" + "x".repeat(2600) + "}" + "\\a".repeat(40),
  // 129 characters: macros of macros.
  "nested macros": "\\def\\a{" + "x".repeat(40) + "}\\def\\b{" + "\\a".repeat(10) + "}\\def\\c{" + "\\b".repeat(10) + "}" + "\\c".repeat(9),
  // 2.6 KB each: a stack overflow in the HTML tree processing.
  "\\underbrace{ ×200": "\\underbrace{".repeat(200) + "x" + "}".repeat(200),
  "{ ×2000": "{".repeat(2000) + "x" + "}".repeat(2000),
  "\\frac{ ×2000": "\\frac{".repeat(2000) + "1" + "}{2}".repeat(2000),
  "\\left( ×2000": "\\left(".repeat(2000) + "x" + "\\right)".repeat(2000),
  // Nesting made by a macro shows only in the output.
  "nesting made by a macro": "\\def\\g#1{\\frac{\\frac{\\frac{#1}{2}}{2}}{2}}" + "\\g{".repeat(15) + "x" + "}".repeat(15),
  // 3.9 KB of TeX, 578 KB of HTML.
  "a formula that renders to more HTML than allowed": "\\overbrace{x}".repeat(300),
};

// Generous: the machine may be busy; no test here measures time.
describe("math limits: pathological formulas are content errors at their line", { timeout: 120_000 }, () => {
  it.each(Object.entries(PATHOLOGICAL))("%s", async (_, tex) => {
    expect(() => renderTex(tex, true)).toThrow(MathError);
    for (const format of ["md", "mdx"] as const) expect(await buildError(display(tex), format)).toMatch(/content\/a\.md:8:\d+: /);
    const problems = checkNotation(display(tex)).filter((p) => p.severity === "error");
    expect(problems.map((p) => p.line)).toEqual([4]);
    expect(problems[0].fix).toMatch(/split|close|shorten/);
  });

  it("says which limit, with a fix, and where the nesting goes too deep", () => {
    const [problem] = checkNotation(display(PATHOLOGICAL["{ ×2000"]));
    expect(problem).toMatchObject({ line: 4, column: MAX_MATH_NESTING + 1, message: `groups ({…}, \\left…\\right, \\begin…\\end) are nested more than ${MAX_MATH_NESTING} deep here`, fix: "close some groups sooner, or split the formula" });
    expect(checkNotation(display(PATHOLOGICAL["a macro bomb"]))[0].message).toBe(`the formula's macros expand to more than ${MAX_FORMULA_CHARS} characters`);
    expect(checkNotation(display("x".repeat(MAX_FORMULA_CHARS + 1)))[0]).toMatchObject({ column: MAX_FORMULA_CHARS + 1, message: `the formula is ${MAX_FORMULA_CHARS + 1} characters long; at most ${MAX_FORMULA_CHARS} are allowed` });
  });

  it("the formulas of a post together: past the limit at the formula that passes it", async () => {
    const one = "\\overbrace{x}".repeat(100);
    const size = renderTex(one, false).length;
    const count = Math.floor(MAX_MATH_HTML_PER_POST / size) + 1;
    const body = Array.from({ length: count }, () => `式 $${one}$`).join("\n\n");
    expect(await buildError(body, "md")).toMatch(new RegExp(`content/a\\.md:${5 + 2 * (count - 1)}:\\d+: この記事の数式は合わせて 2 MB を超える HTML になります — 記事を分ける`));
    expect(checkNotation(body).map((p) => [p.line, p.message])).toEqual([[1 + 2 * (count - 1), "the formulas of this post render to more than 2 MB of HTML together"]]);
  });

  it("real formulas stay within the limits: macros, deep but sensible nesting, long aligned derivations", () => {
    const real = [
      "\\def\\R{\\mathbb{R}} f\\colon \\R^n \\to \\R, \\quad \\|x\\|_{\\R^n} = \\sqrt{\\sum_{i=1}^{n} x_i^2}",
      "\\newcommand{\\E}[1]{\\mathbb{E}\\left[#1\\right]} " + "\\E{X_{i}} + ".repeat(50) + "0",
      "\\frac{".repeat(MAX_MATH_NESTING) + "1" + "}{2}".repeat(MAX_MATH_NESTING),
      "\\begin{aligned}" + "f(x) &= \\int_0^\\infty e^{-t^2} \\cos(2xt)\\, dt \\\\ ".repeat(60) + "\\end{aligned}",
      "% a comment with { braces\n" + "{".repeat(5) + "x" + "}".repeat(5),
    ];
    for (const tex of real) expect(() => renderTex(tex, true), tex.slice(0, 40)).not.toThrow();
    expect(tooDeepTex("\\{".repeat(100) + "\\left\\{ x \\right\\}", MAX_MATH_NESTING)).toBeUndefined();
  });
});
