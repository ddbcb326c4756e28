/**
 * Formulas in Zenn and Qiita layouts (./math-dialect.ts): Qiita's escapes read
 * before the TeX, and a formula KaTeX cannot read shown as code with a warning
 * instead of stopping the build. yomu's own folder keeps its error.
 */
import { describe, expect, it } from "vitest";
import { ContentError } from "../../content/issues";
import { checkNotation } from "../notation-check";
import { testMarkdown } from "../testing";
import { qiitaTex, texCandidates } from "./math-dialect";

const strict = testMarkdown();
const zenn = testMarkdown({ mathDialect: "zenn" });
const qiita = testMarkdown({ mathDialect: "qiita" });

/** The TeX KaTeX rendered, from the annotation it leaves in its MathML. */
const texOf = (html: string) => [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((m) => m[1].replace(/&#x26;/g, "&").replace(/&#x3C;/g, "<"));

describe("qiitaTex: the text MathJax reads on Qiita", () => {
  it("reads a backslash before ASCII punctuation as Markdown does", () => {
    expect(qiitaTex("\\\\{ x \\\\}")).toBe("\\{ x \\}");
    expect(qiitaTex("a\\_1 + b\\*")).toBe("a_1 + b*");
    expect(qiitaTex("\\text{\\\\$}")).toBe("\\text{\\$}");
    expect(qiitaTex("a \\\\\\\\ b")).toBe("a \\\\ b");
  });

  it("keeps a backslash before a letter, a space or a non-ASCII character", () => {
    expect(qiitaTex("\\alpha\\ \\beta")).toBe("\\alpha\\ \\beta");
    expect(qiitaTex("\\漢")).toBe("\\漢");
  });

  it("reads character references", () => {
    expect(qiitaTex("x &gt; 0 &amp;&amp; y &lt; 1")).toBe("x > 0 && y < 1");
    expect(qiitaTex("&#36;5 &#x3C; &#X3e;")).toBe("$5 < >");
    expect(qiitaTex("&notareference; &#0;")).toBe("&notareference; \ufffd");
  });

  it("only formulas between dollars on Qiita are read so; a ```math block is TeX as written", () => {
    expect(texCandidates("\\\\{", "qiita", true)).toEqual(["\\{", "\\\\{"]);
    expect(texCandidates("\\\\{", "qiita", false)).toEqual(["\\\\{"]);
    expect(texCandidates("\\\\{", "zenn", true)).toEqual(["\\\\{"]);
    expect(texCandidates("\\\\{", "strict", true)).toEqual(["\\\\{"]);
    expect(texCandidates("x", "qiita", true)).toEqual(["x"]);
  });
});

describe("formulas in a Qiita layout", () => {
  it("renders the TeX Qiita renders: escapes read first", () => {
    const { html, warnings } = qiita.compileMarkdown("集合 $\\\\{ a, b \\\\}$ と $a\\_1$ と $x &gt; 0$", "");
    expect(texOf(html)).toEqual(["\\{ a, b \\}", "a_1", "x > 0"]);
    expect(warnings).toEqual([]);
  });

  it("`\\\\$` does not end a formula: it is a dollar sign on Qiita", () => {
    expect(texOf(qiita.compileMarkdown("|a|b|\n|-|-|\n|x|$\\text{\\\\$}$|", "").html)).toEqual(["\\text{\\$}"]);
    expect(checkNotation("$\\text{\\\\$}$", { mathDialect: "qiita" })).toEqual([]);
  });

  it("reads `\\{` as a brace of grouping, as Qiita does (no brace shown)", () => {
    const [written] = texOf(qiita.compileMarkdown("$\\{x\\}$", "").html);
    expect(written).toBe("{x}");
  });

  it("a formula KaTeX cannot read once escapes are read is rendered from the TeX as written", () => {
    // Markdown makes \text{\&} into \text{&}, which MathJax shows as & and KaTeX refuses.
    expect(texOf(qiita.compileMarkdown("$\\text{\\&}$", "").html)).toEqual(["\\text{\\&}"]);
  });

  it("$`…`$ is a formula whose TeX is the code as written", () => {
    expect(texCandidates("`x^2 \\{a\\}`", "qiita", true)).toEqual(["x^2 \\{a\\}"]);
    expect(texCandidates("``a`b``", "qiita", true)).toEqual(["a`b"]);
    expect(texOf(qiita.compileMarkdown("式 $`\\{a\\}`$ と", "").html)).toEqual(["\\{a\\}"]);
  });

  it("a ```math block is TeX as written, and $$ blocks are read as text", () => {
    expect(texOf(qiita.compileMarkdown("```math\n\\{x\\}\n```", "").html)).toEqual(["\\{x\\}"]);
    expect(texOf(qiita.compileMarkdown("$$\n\\\\{x\\\\}\n$$", "").html)).toEqual(["\\{x\\}"]);
  });

  it("yomu's own folder reads the TeX as written and stops on what KaTeX cannot read", () => {
    expect(texOf(strict.compileMarkdown("$\\{x\\}$", "").html)).toEqual(["\\{x\\}"]);
    expect(() => strict.compileMarkdown("前\n\n$\\\\{$", "")).toThrow(ContentError);
  });
});

describe("a formula KaTeX cannot read, in a Zenn or Qiita layout", () => {
  for (const [name, markdown] of [["zenn", zenn], ["qiita", qiita]] as const) {
    it(`${name}: inline, shown as its source in code with a warning at its line`, () => {
      const { html, warnings } = markdown.compileMarkdown("一行目\n\n値は $\\nosuchmacro{x}$ です", "");
      expect(html).toBe("<p>一行目</p>\n<p>値は <code>$\\nosuchmacro{x}$</code> です</p>");
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ line: 3, rule: "math" });
      expect(warnings[0].message).toMatch(/Undefined control sequence: \\nosuchmacro.*shown as code/);
    });

    it(`${name}: a display formula becomes a TeX code block; the other formulas render`, () => {
      const { html, warnings } = markdown.compileMarkdown("$$\n\\frac{1}{\n$$\n\n$y$", "");
      expect(html).toContain('<pre><code class="hljs language-tex">\\frac{1}{\n</code></pre>');
      expect(texOf(html)).toEqual(["y"]);
      expect(warnings.map((w) => w.line)).toEqual([2]);
    });

    it(`${name}: the content check reports it as a warning, not an error`, () => {
      const problems = checkNotation("a\n\n$\\nosuchmacro$", { mathDialect: name });
      expect(problems.map((p) => [p.severity, p.line])).toEqual([["warning", 3]]);
    });
  }

  it("yomu's own folder: the content check reports it as an error", () => {
    expect(checkNotation("a\n\n$\\nosuchmacro$").map((p) => [p.severity, p.line])).toEqual([["error", 3]]);
  });

  it("Qiita: the content check reads escapes as the build does", () => {
    expect(checkNotation("$\\\\{$ と $\\\\}$", { mathDialect: "qiita" })).toEqual([]);
    expect(checkNotation("$\\\\{$", {}).map((p) => p.severity)).toEqual(["error"]);
  });
});
