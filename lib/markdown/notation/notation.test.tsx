import { mdxComponents } from "../../../components/mdx-components";
/**
 * The notation's HTML, through both pipelines where it matters: `.md`
 * (compileMarkdown) and `.mdx` (renderBody, rendered by React).
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../content/issues";
import { testMarkdown } from "../testing";
import { DOLLAR_CASES } from "./dollar-cases.fixture";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import type { Element } from "hast";

const { compileMarkdown, markdownToHast, renderBody } = testMarkdown();
const md = (body: string) => compileMarkdown(body, "").html;
const mdx = async (body: string) => renderToStaticMarkup((await renderBody({ body, title: "", format: "mdx" }, { components: mdxComponents })).content as ReactElement);
const both = async (body: string) => [md(body), await mdx(body)];

describe("callouts", () => {
  it("message and message alert are notes with different classes", async () => {
    for (const html of await both(":::message\n本文\n:::\n\n:::message alert\n警告\n:::\n")) {
      expect(html).toContain('<div class="callout callout-message" role="note"><p>本文</p></div>');
      expect(html).toContain('<div class="callout callout-alert" role="note"><p>警告</p></div>');
    }
  });

  it("details: the rest of the line is the summary; ::::details nests :::message", async () => {
    for (const html of await both("::::details 詳しく見る\n:::message\n中\n:::\n外\n::::\n\n後")) {
      expect(html.replace(/\n/g, "")).toContain(
        '<details class="callout-details"><summary>詳しく見る</summary><div class="callout-body"><div class="callout callout-message" role="note"><p>中</p></div><p>外</p></div></details>',
      );
      expect(html).toContain("<p>後</p>");
    }
  });

  it("keeps Markdown inside (lists, code) and leaves ::: lines in code alone", () => {
    const html = md(":::message\n- a\n- b\n\n```\n:::\n```\n:::\n");
    expect(html).toContain("<li>a</li>");
    expect(html).toMatch(/<code>:::\n<\/code>/);
  });

  it("an unknown name keeps its content in a plain box", () => {
    expect(md(":::tip\n中身\n:::")).toBe('<div class="callout"><p>中身</p></div>');
  });

  it("a details title is text, never markup", () => {
    expect(md(":::details <img src=x onerror=alert(1)>\nx\n:::")).toContain("<summary>&#x3C;img src=x onerror=alert(1)></summary>");
  });

  it("GitHub alerts get their Japanese label; the marker line goes", async () => {
    const labels = { NOTE: "注記", TIP: "ヒント", IMPORTANT: "重要", WARNING: "警告", CAUTION: "注意" };
    for (const [kind, label] of Object.entries(labels)) {
      for (const html of await both(`> [!${kind}]\n> 本文です`)) {
        expect(html.replace(/\n/g, "")).toBe(
          `<div class="markdown-alert markdown-alert-${kind.toLowerCase()}" role="note"><p class="markdown-alert-title">${label}</p><p>本文です</p></div>`,
        );
      }
    }
  });

  it("a blockquote with text after the marker is a plain blockquote", () => {
    expect(md("> [!NOTE] 本文")).toContain("<blockquote>");
  });
});

describe("ruby", () => {
  it("｜base《reading》 and kanji《reading》 become ruby with rp parentheses", async () => {
    for (const html of await both("｜東京《とうきょう》と漢字《かんじ》")) {
      expect(html).toBe("<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>と<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby></p>");
    }
  });

  it("not in code", () => {
    expect(md("`漢字《かんじ》`")).toBe("<p><code>漢字《かんじ》</code></p>");
  });
});

describe("code blocks", () => {
  it("lang:path shows the file name outside the code and a copy button", async () => {
    for (const html of await both("```ts:src/app.ts\nconst a = 1;\n```")) {
      expect(html).toMatch(
        /^<div class="code-block"><div class="code-block-title">src\/app.ts<\/div><button type="button" class="code-copy">コピー<\/button><pre><code class="hljs language-ts">/,
      );
    }
  });

  it("diff ts and diff_ts: added and removed lines marked, the language still highlighted, the text unchanged", async () => {
    const source = "- const a = 1;\n+ const a = 2;\n  keep();";
    for (const info of ["diff ts", "diff_ts"]) {
      for (const html of await both("```" + info + "\n" + source + "\n```")) {
        expect(html).toContain('class="hljs language-ts"');
        expect(html).toContain('<span class="diff-line diff-del"><span class="diff-sign">-</span> <span class="hljs-keyword">const</span>');
        expect(html).toContain('<span class="diff-line diff-add"><span class="diff-sign">+</span>');
        expect(html).toContain('<span class="diff-line"><span class="diff-sign"> </span>');
        const text = html.replace(/^.*?<code[^>]*>|<\/code>.*$/gs, "").replace(/<[^>]+>/g, "");
        expect(text).toBe(source + "\n");
      }
    }
  });

  it("a comment across lines stays highlighted on each line", () => {
    const html = md("```diff js\n+ /* one\n+ two */\n```");
    expect(html).toContain('<span class="diff-sign">+</span><span class="hljs-comment"> two */</span>');
  });

  it("plain diff keeps diff highlighting", () => {
    expect(md("```diff\n+a\n```")).toContain('<span class="hljs-addition">+a</span>');
  });

  it("reports the code feature only when there is a code block", () => {
    expect(compileMarkdown("```\nx\n```", "").features).toEqual({ code: true, math: false });
    expect(compileMarkdown("`x`", "").features).toEqual({ code: false, math: false });
    expect(compileMarkdown('<pre><code class="code-copy">x</code></pre>', "").features.code).toBe(false);
  });
});

describe("math", () => {
  it("inline and display math render with KaTeX, HTML and MathML", async () => {
    for (const html of await both("式 $E=mc^2$ です。\n\n$$\n\\frac{a}{b}\n$$\n")) {
      expect(html).toContain('<span class="math math-inline"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">');
      expect(html).toContain('<annotation encoding="application/x-tex">E=mc^2</annotation>');
      expect(html).toContain('<div class="math math-display"><span class="katex-display">');
      expect(html).toContain("<mfrac>");
    }
  });

  it("$ in prose stays text, by the same rule as notation-text's findInlineMath", () => {
    for (const [text, formulas] of DOLLAR_CASES) {
      const { tree } = markdownToHast(text);
      const found: string[] = [];
      visit(tree, "element", (el: Element) => {
        if (el.tagName === "annotation") found.push(String((el.children[0] as { value: string }).value));
      });
      expect(found, text).toEqual(formulas);
    }
  });

  it("reports the math feature", () => {
    expect(compileMarkdown("$x$", "").features).toEqual({ code: false, math: true });
    expect(compileMarkdown("1ドル=150円、$5", "").features.math).toBe(false);
  });

  it("untrusted commands stay inside the formula: no link, no class, no style of the post's choosing", () => {
    const html = md("$\\href{javascript:alert(1)}{x} \\htmlStyle{position:fixed}{y}$");
    // The TeX stays readable as the formula's annotation text; no attribute carries it.
    expect(html).not.toMatch(/href="|style="[^"]*position:fixed|="javascript:/);
    expect(html).toContain('<annotation encoding="application/x-tex">');
  });

  it("a post's own math-looking span gets no KaTeX and loses the class", () => {
    expect(md('<span class="math math-inline">x</span>')).toBe("<p><span>x</span></p>");
  });

  it("a formula KaTeX cannot read is a ContentError naming file:line:column, in both pipelines", async () => {
    for (const format of ["md", "mdx"] as const) {
      const error = await renderBody({ body: "段落\n\n本文 $\\frac{1}{$ です", title: "", format, sourcePath: "content/a.md", bodyLine: 5 }, { components: mdxComponents }).catch((e: unknown) => e);
      expect(error, format).toBeInstanceOf(ContentError);
      expect((error as ContentError).message).toMatch(/content\/a\.md:7:\d+: 数式を読めません/);
    }
  });
});

describe("link cards and embeds", () => {
  it("a bare URL alone on a line is a card: host, path and a cached title", () => {
    expect(md("https://example.com/posts/1")).toBe(
      '<div class="link-card"><a href="https://example.com/posts/1"><span class="link-card-title">example.com</span><span class="link-card-url">example.com/posts/1</span></a></div>',
    );
  });

  it("as on Zenn: each URL line of a paragraph is a card, other lines stay text; lists, quotes, message boxes and <…> keep links", () => {
    const cards = (markdown: string) => [...md(markdown).matchAll(/<div class="link-card"><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(cards("https://a.example/\nhttps://b.example/")).toEqual(["https://a.example/", "https://b.example/"]);
    const mixed = md("前の行\nhttps://a.example/\n後の行");
    expect(mixed).toMatch(/^<p>前の行<\/p>\n?<div class="link-card">.*<\/div>\n?<p>後の行<\/p>$/s);
    expect(cards(":::details 開く\nhttps://d.example/\n:::")).toEqual(["https://d.example/"]);
    for (const link of ["<https://a.example/>", "[https://a.example/](https://a.example/)", "- https://a.example/", "> https://a.example/", ":::message\nhttps://a.example/\n:::", "見て https://a.example/"]) {
      expect(cards(link), link).toEqual([]);
      expect(md(link), link).toContain('href="https://a.example/"');
    }
  });

  it("an @[service](…) line is a card also among other lines of its paragraph, and in a list", () => {
    const html = md("前の文\n@[card](https://a.example/)\n後の文\n\n- @[youtube](abcdefghijk)");
    expect(html).toMatch(/^<p>前の文<\/p>\n?<div class="link-card"><a href="https:\/\/a.example\/">.*<\/div>\n?<p>後の文<\/p>/s);
    expect(html).toMatch(/<li>\n?<div class="link-card"><a href="https:\/\/www.youtube.com\/watch\?v=abcdefghijk">/);
  });

  it("a bare tweet, YouTube or GitHub file URL is a card naming its service", () => {
    expect(md("https://x.com/someone/status/123")).toContain('<span class="link-card-service">X (Twitter)</span>');
    expect(md("https://www.youtube.com/watch?v=abcdefghijk")).toContain('<span class="link-card-service">YouTube</span>');
    expect(md("https://github.com/owner/repo/blob/main/src/a.ts")).toContain('<span class="link-card-service">GitHub</span>');
    expect(md("https://github.com/owner/repo")).not.toContain("link-card-service");
    expect(md("https://github.com/owner/repo/blob/main/a.md#a-heading")).not.toContain("link-card-service");
    expect(md("https://github.com/owner/repo/blob/main/a.ts#L3-L9")).toContain('<span class="link-card-service">GitHub</span>');
  });

  it("a URL inside a sentence or a link with other text is not a card", () => {
    expect(md("see https://example.com/")).not.toContain("link-card");
    expect(md("[example](https://example.com/)")).not.toContain("link-card");
  });

  it("@[youtube](id) and @[speakerdeck](id) are cards to the service, with no request to it", async () => {
    for (const html of await both("@[youtube](dQw4w9WgXcQ)\n\n@[speakerdeck](abc123)")) {
      expect(html).toContain(
        '<div class="link-card"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"><span class="link-card-service">YouTube</span><span class="link-card-title">YouTube の動画</span><span class="link-card-url">www.youtube.com/watch?v=dQw4w9WgXcQ</span></a></div>',
      );
      expect(html).toContain('href="https://speakerdeck.com/player/abc123"');
      expect(html).not.toMatch(/<iframe|<img/);
    }
  });

  it("an unknown service or a javascript: target stays as written", () => {
    expect(md("@[unknown](x)")).not.toContain("link-card");
    expect(md("@[card](javascript:alert(1))")).not.toMatch(/link-card|javascript:/);
  });
});

describe("as Zenn and Qiita write it", () => {
  it("a code title keeps its spaces: everything after the first colon", async () => {
    for (const html of await both("```bash:nest g コマンド一覧\nnest g\n```\n\n```ruby: check.rb\nx\n```")) {
      expect(html).toContain('<div class="code-block-title">nest g コマンド一覧</div>');
      expect(html).toContain('<div class="code-block-title">check.rb</div>');
    }
  });

  it("$$…$$ inside a sentence is display math, taken out of its paragraph", async () => {
    for (const html of await both("前の文 $$x^2$$ 後の文")) {
      expect(html).toMatch(/^<p>前の文 ?<\/p>\n?<div class="math math-display">.*<\/div>\n?<p> ?後の文<\/p>$/s);
    }
  });

  it("Qiita's ```math block is display math", async () => {
    for (const html of await both("```math\n\\frac{1}{2}\n```")) {
      expect(html).toMatch(/^<div class="math math-display">/);
      expect(html).not.toContain("code-block");
    }
  });

  it("Qiita's :::note info|warn|alert: an alert box of that colour with a Japanese label", async () => {
    for (const html of await both(":::note info\n補足の本文\n:::\n\n:::note warn\n注意の本文\n:::\n\n:::note alert\n警告の本文\n:::")) {
      expect(html).toContain('<div class="markdown-alert markdown-alert-note" role="note"><p class="markdown-alert-title">補足</p><p>補足の本文</p></div>');
      expect(html).toContain('<div class="markdown-alert markdown-alert-warning" role="note"><p class="markdown-alert-title">注意</p><p>注意の本文</p></div>');
      expect(html).toContain('<div class="markdown-alert markdown-alert-caution" role="note"><p class="markdown-alert-title">警告</p><p>警告の本文</p></div>');
    }
  });

  it("inline footnotes ^[…] are footnotes, numbered with [^1] in reference order", async () => {
    for (const html of await both("本文^[注は [リンク](https://example.com/) も持てる]と[^a]と^[二つ目]。\n\n[^a]: 定義した注")) {
      const items = [...html.matchAll(/<li id="user-content-fn-[^"]+">\s*<p>(.*?) ?<a href="#user-content-fnref/gs)].map((m) => m[1]);
      expect(items).toEqual(['注は <a href="https://example.com/">リンク</a> も持てる', "定義した注", "二つ目"]);
      expect(html).not.toContain("^[");
    }
    expect(md("`^[code]` と $a^[b]$")).not.toContain("footnote");
  });

  it("footnotes are labelled in the site's language: 脚注 and 参照 1 に戻る, or English", async () => {
    const body = "本文[^1]\n\n[^1]: 注";
    for (const html of await both(body)) {
      expect(html).toMatch(/<h2 class="sr-only" id="user-content-footnote-label">脚注<\/h2>/);
      expect(html).toContain('aria-label="参照 1 に戻る"');
    }
    const english = testMarkdown({ language: "en" }).compileMarkdown(body, "").html;
    expect(english).toContain(">Footnotes</h2>");
    expect(english).toContain('aria-label="Back to reference 1"');
    expect(testMarkdown().compileMarkdown(body, "").headings).toContainEqual({ depth: 2, id: "user-content-footnote-label", text: "脚注" });
  });

  it("headings: one h1 (the title), no skipped level, ids kept", async () => {
    const levels = (html: string) => [...html.matchAll(/<h(\d) id="([^"]+)"/g)].map((m) => `h${m[1]}#${m[2]}`);
    for (const html of await both("# 一\n\n## 二\n\n#### 四\n\n## 二b\n\n# 一b")) {
      expect(levels(html)).toEqual(["h2#user-content-一", "h3#user-content-二", "h4#user-content-四", "h3#user-content-二b", "h2#user-content-一b"]);
    }
    expect(levels(md("## 章\n\n#### 節\n\n### 項"))).toEqual(["h2#user-content-章", "h3#user-content-節", "h3#user-content-項"]);
  });
});
