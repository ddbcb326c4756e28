/**
 * Post text is data, never code: the hostile fixtures (e2e/fixtures/editors/hostile)
 * and small cases, rendered through the real pipelines to HTML.
 */
import fs from "node:fs";
import path from "node:path";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxComponents } from "../../components/mdx-components";
import { siteConfig } from "../../site.config";
import { normalizeSource, readFrontMatter } from "../content/front-matter";
import { ContentError } from "../content/issues";
import { parsePost } from "../content/parse";
import { allowedEmbedSrc } from "./embeds";
import { checkMdx } from "./mdx-check";
import { siteMarkdown, siteMarkdownConfig } from "../site-markdown";
import { testMarkdown } from "./testing";
import { toHtml } from "hast-util-to-html";

const hostileDir = path.resolve(__dirname, "../../e2e/fixtures/editors/hostile");
const fixture = (name: string) => readFrontMatter(normalizeSource(fs.readFileSync(path.join(hostileDir, name), "utf8"))).body;

const { renderBody, renderInline } = testMarkdown();
const mdHtml = (markdown: string, embedHosts: string[] = []) => toHtml(testMarkdown({ embedHosts }).markdownToHast(markdown).tree);
async function mdxHtml(body: string, embedHosts: string[] = []) {
  const { content } = await testMarkdown({ embedHosts }).renderBody({ body, title: "t", format: "mdx" }, { components: mdxComponents });
  return renderToStaticMarkup(content as ReactElement);
}

/** What must never appear in rendered post HTML. */
function expectInert(rendered: string) {
  // React adds preload hints for images; they are React's, not the post's.
  const html = rendered.replace(/<link rel="preload" as="image" href="[^"]*"\/>/g, "");
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(?:style|iframe|object|embed|form|meta|link|base)\b/i);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(?:href|src|action|formaction|data)\s*=\s*"\s*(?:javascript|data|vbscript):/i);
  expect(html).not.toMatch(/srcdoc|dangerouslySetInnerHTML|style="/i);
  expect(html).not.toContain("evil.example.com");
}

describe("raw HTML in .md is sanitized", () => {
  it("the hostile fixture keeps its text and loses every way to run code", () => {
    const html = mdHtml(fixture("script-everywhere.md"));
    expectInert(html);
    expect(html).toContain("本文の最初の段落です。");
    expect(html).toContain("最後の段落です。ここまで表示されれば、ページは壊れていません。");
    expect(html).toContain("JavaScriptリンク");
    // Inline code stays visible as text.
    expect(html).toContain("&#x3C;script>window.__pwned='code'&#x3C;/script>");
  });

  it("mixed case, character references and unquoted handlers do not slip through", () => {
    const html = mdHtml(fixture("nested-injection.md"));
    expectInert(html);
    // In .md, braces and Liquid are text.
    expect(html).toContain("{globalThis.__pwned = 1}");
    expect(html).toContain("{{ liquid }}");
  });

  it.each([
    ["[x](javascript:alert(1))", /href/],
    ["[x](data:text/html;base64,PHNjcmlwdD4=)", /href/],
    ["![x](data:image/png;base64,AAAA)", /src/],
    ['<a href="vbscript:msgbox(1)">x</a>', /href/],
    ['<img src="x" onerror="alert(1)">', /onerror/],
  ])("drops the dangerous part of %s", (markdown, attribute) => {
    const html = mdHtml(markdown);
    expect(html).not.toMatch(new RegExp(`${attribute.source}="(?:javascript|data|vbscript)`));
    expect(html).not.toMatch(/onerror/);
  });

  it("keeps ordinary links and images", () => {
    expect(mdHtml("[公式](https://example.com/a) ![図](/img/a.png)")).toBe(
      '<p><a href="https://example.com/a">公式</a> <img src="/img/a.png" alt="図"></p>',
    );
  });
});

describe("iframes only from allowlisted hosts", () => {
  const youtube = '<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315" srcdoc="<script>x</script>" onload="alert(1)" allow="camera; microphone"></iframe>';

  it("the site's default allowlist is empty: every iframe is removed", () => {
    expect(siteConfig.embedHosts).toEqual([]);
    expect(siteMarkdownConfig().embedHosts).toBe(siteConfig.embedHosts);
    expect(toHtml(siteMarkdown().markdownToHast(youtube).tree)).not.toContain("<iframe");
    expect(mdHtml(youtube)).not.toContain("<iframe");
  });

  it("an allowlisted https host keeps its iframe, with a fixed sandboxed attribute set", () => {
    const html = mdHtml(youtube, ["www.youtube-nocookie.com"]);
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width="560" height="315"');
    expect(html).not.toMatch(/srcdoc|onload|camera/);
  });

  it("other hosts, http, look-alike hosts and credentials are refused", () => {
    const hosts = ["www.youtube.com"];
    expect(allowedEmbedSrc("https://www.youtube.com/embed/x", hosts)).toBe("https://www.youtube.com/embed/x");
    expect(allowedEmbedSrc("http://www.youtube.com/embed/x", hosts)).toBeUndefined();
    expect(allowedEmbedSrc("https://www.youtube.com.evil.example/embed", hosts)).toBeUndefined();
    expect(allowedEmbedSrc("https://evil.example/?u=https://www.youtube.com/", hosts)).toBeUndefined();
    expect(allowedEmbedSrc("https://www.youtube.com@evil.example/", hosts)).toBeUndefined();
    expect(allowedEmbedSrc("javascript:alert(1)//www.youtube.com", hosts)).toBeUndefined();
    expect(mdHtml('<iframe src="https://evil.example.com/x"></iframe>', hosts)).not.toContain("iframe");
  });

  it("the port is part of the host: a name alone allows only the default port", () => {
    expect(allowedEmbedSrc("https://www.youtube.com:8443/embed/x", ["www.youtube.com"])).toBeUndefined();
    expect(allowedEmbedSrc("https://www.youtube.com:443/embed/x", ["www.youtube.com"])).toBe("https://www.youtube.com/embed/x");
    expect(allowedEmbedSrc("https://www.youtube.com:8443/embed/x", ["www.youtube.com:8443"])).toBe("https://www.youtube.com:8443/embed/x");
    expect(allowedEmbedSrc("https://www.youtube.com/embed/x", ["www.youtube.com:8443"])).toBeUndefined();
    expect(allowedEmbedSrc("https://www.youtube.com:9443/embed/x", ["www.youtube.com:8443"])).toBeUndefined();
    expect(allowedEmbedSrc("https://WWW.YouTube.com/embed/x", ["www.youtube.com:443"])).toBe("https://www.youtube.com/embed/x");
    // An entry that is more than host[:port] allows nothing.
    expect(allowedEmbedSrc("https://evil.example/embed", ["www.youtube.com@evil.example"])).toBeUndefined();
    expect(mdHtml('<iframe src="https://www.youtube.com:8443/embed/x"></iframe>', ["www.youtube.com"])).not.toContain("iframe");
  });

  it("works the same in .mdx", async () => {
    expect(await mdxHtml('<iframe src="https://evil.example.com/x"></iframe>\n')).not.toContain("iframe");
    const html = await mdxHtml('<iframe src="https://player.vimeo.com/video/1" srcdoc="x" onLoad="alert(1)"></iframe>\n', ["player.vimeo.com"]);
    expect(html).toContain('<iframe src="https://player.vimeo.com/video/1"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"');
    expect(html).not.toMatch(/srcdoc|onload/i);
  });
});

describe(".mdx runs no JavaScript", () => {
  it("the hostile fixture renders its text and components, and nothing that runs", async () => {
    const before = (globalThis as { __pwned?: unknown }).__pwned;
    const html = await mdxHtml(fixture("mdx-javascript.mdx"));
    expect((globalThis as { __pwned?: unknown }).__pwned).toBe(before);
    expect(before).toBeUndefined();
    expectInert(html);
    expect(html).toContain("MDXの最初の段落です。");
    expect(html).toContain("式は取り除かれます。");
    expect(html).toContain('<aside class="not-prose');
    expect(html).toContain("安全な注記");
    expect(html).toContain("MDXの最後の段落です。");
    expect(html).not.toContain("leaked");
  });

  it("the SVG fixture: animated, set and xlink hrefs and hidden schemes are gone, the text stays", async () => {
    const html = await mdxHtml(fixture("svg-animation.mdx"));
    expectInert(html);
    expect(html).not.toMatch(/<(?:svg|animate|set|math|maction)\b|javascript|xlink:?href=/i);
    for (const text of ["animateで書き換えたリンク", "setで書き換えたリンク", "数式の中のテキスト", "SVGの最後の段落です。"]) expect(html).toContain(text);
    expect(html).not.toMatch(/\sid="(?!user-content-)/);
  });

  it("a component that does not exist is a build error at the post's own line", async () => {
    const error = await renderBody({ body: "\n段落。\n\n<Chart data=\"x\" />\n", title: "t", format: "mdx", sourcePath: "content/a.mdx", bodyLine: 6 }, { components: mdxComponents }).catch((e) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message} — ${i.fix}`)).toEqual([
      "content/a.mdx:9:1: <Chart> is not a component posts can use — use one of <Note>, or plain Markdown / lowercase HTML",
    ]);
  });

  it("an MDX syntax error is a build error with path:line:column", async () => {
    const error = await renderBody({ body: "\n<Note>\n閉じていない\n", title: "t", format: "mdx", sourcePath: "content/b.mdx", bodyLine: 5 }, { components: mdxComponents }).catch((e) => e);
    expect(error).toBeInstanceOf(ContentError);
    const [issue] = (error as ContentError).issues;
    expect(`${issue.file}:${issue.line}:${issue.column}`).toBe("content/b.mdx:6:1");
    expect(issue.message).toMatch(/^MDX cannot be read: Expected a closing tag for `<Note>`/);
  });

  it("drops a first paragraph that only repeats the title, as .md does", async () => {
    const { content } = await renderBody({ body: "同じタイトル\n\n本文です。\n", title: "同じタイトル", format: "mdx" }, { components: mdxComponents });
    expect(renderToStaticMarkup(content as ReactElement)).toBe("<p>本文です。</p>");
  });

  it("checkMdx warns about JavaScript that rendering removes", async () => {
    const problems = await checkMdx("import x from 'y'\n\n本文 {1 + 1}\n", ["Note"]);
    expect(problems.map((p) => [p.severity, p.line, p.column])).toEqual([
      ["warning", 1, 1],
      ["warning", 3, 4],
    ]);
  });
});

describe("titles, authors, tags and excerpts are text", () => {
  const raw = fs.readFileSync(path.join(hostileDir, "script-everywhere.md"), "utf8");
  const { post } = parsePost("hostile.md", raw, siteConfig);

  it("are read as plain strings, markup included", () => {
    expect(post!.title).toMatch(/^<\/title><\/script><script>window.__pwned='title'<\/script>/);
    expect(post!.tags[0]).toBe("<script>window.__pwned='tag'</script>");
  });

  it("an excerpt's inline Markdown renders, its HTML and javascript: link do not", () => {
    const html = renderToStaticMarkup(<>{renderInline(post!.excerpt.markdown!)}</>);
    expect(html).toContain("<strong>太字</strong>");
    expectInert(html);
    expect(post!.excerpt.text).toBe("太字の要約とリンク。");
  });
});

const pipelines = [
  ["md", async (body: string) => mdHtml(body)],
  ["mdx", (body: string) => mdxHtml(body)],
] as const;

describe("one allowlist for .md and .mdx", () => {
  const animate = '<svg><a><animate attributeName="href" values="javascript:alert(document.domain)" /><text x="10" y="20">click</text></a></svg>';
  const set = '<svg><a><set attributeName="href" to="javascript:alert(document.domain)" /><text x="10" y="20">click</text></a></svg>';

  it.each(pipelines)("%s: SVG animation cannot give a link a javascript: href; the text stays", async (_, html) => {
    for (const body of [animate, set]) {
      const out = await html(body + "\n");
      expect(out).not.toMatch(/<(?:svg|animate|set|text)\b/);
      expect(out).not.toMatch(/javascript:|attributeName|values=|to=/i);
      expect(out).toContain("click");
    }
  });

  it.each(pipelines)("%s: unknown elements are removed, their text kept; style sheets go entirely", async (_, html) => {
    const out = await html(
      '<div><math><mi>x</mi><maction actiontype="statusline">y</maction></math><svg><foreignObject><p>in</p></foreignObject><use href="#a" /></svg><custom-el>c</custom-el><style>body {}</style></div>\n',
    );
    expect(out).not.toMatch(/<(?:math|mi|maction|svg|foreignObject|use|custom-el|style)\b/i);
    expect(out).toMatch(/x.*y.*in.*c/s);
    expect(out).not.toContain("body {}");
  });

  it.each(pipelines)("%s: attributes outside the allowlist are dropped, allowed ones kept", async (_, html) => {
    const out = await html('<div class="x" style="color:red" role="button" data-x="1" tabindex="0" title="t" lang="ja">d</div>\n');
    expect(out).toBe('<div tabindex="0" title="t" lang="ja">d</div>');
  });

  it.each(pipelines)("%s: URLs with a scheme hidden by references, whitespace or case are dropped", async (_, html) => {
    const urls = ["jav&#x09;ascript:alert(1)", "java\nscript:alert(1)", "&#106;avascript:alert(1)", "  JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:msgbox(1)"];
    for (const url of urls) {
      const out = await html(`<a href="${url}">a</a> <img src="${url}" alt="i" /> <picture><source srcset="${url} 1x, https://example.com/a.png 2x" /><source srcset="https://example.com/a.png 1x, ${url} 2x" /></picture>\n`);
      expect(out, url).not.toMatch(/href=|src=|srcset="[^"]*(?:script|data|msgbox)/i);
    }
    expect(await html('<a href="https://example.com/">a</a>\n')).toContain('href="https://example.com/"');
  });

  it("mdx: what is written inside an empty element follows it instead of crashing React", async () => {
    const out = await mdxHtml('<p><img src="a.png" alt="図">説明</img><br>改行</br><source>x</source></p>\n');
    expect(out).toContain('<p><img src="a.png" alt="図"/>説明<br/>改行<source/>x</p>');
  });

  it("a component's props get the same attribute rules", async () => {
    const out = await mdxHtml('<Note title="題" onClick="alert(1)" style="x" className="evil">本文</Note>\n');
    expect(out).toContain("題");
    expect(out).not.toMatch(/onclick|alert|evil/i);
  });
});

describe("ids from posts are prefixed", () => {
  const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  const fragmentLinks = (html: string) => [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => decodeURIComponent(m[1]));

  it.each(pipelines)("%s: an author's id and name, and a heading called main, never become the page's ids", async (_, html) => {
    const out = await html('<p id="main" name="getElementById">p</p>\n\n## main\n\n<a name="top">a</a>\n');
    expect(ids(out)).toEqual(["user-content-main", "user-content-main"]);
    expect(out).toContain('name="user-content-getElementById"');
    expect(out).toContain('name="user-content-top"');
  });

  it.each(pipelines)("%s: in-page links, footnotes and the table of contents point at ids that exist", async (format, html) => {
    const body = "## 見出し\n\n### Second part\n\n[上へ](#見出し) と [次](#second-part) と脚注[^1]。\n\n[^1]: 注です。\n";
    const out = await html(body);
    const present = new Set(ids(out));
    expect([...present].every((id) => id.startsWith("user-content-"))).toBe(true);
    const links = fragmentLinks(out);
    expect(links).toEqual(expect.arrayContaining(["user-content-見出し", "user-content-second-part", "user-content-fn-1", "user-content-fnref-1"]));
    for (const id of links) expect(present, id).toContain(id);
    const { headings } = await renderBody({ body, title: "t", format }, { components: mdxComponents });
    expect(headings.map((h) => h.id)).toEqual(expect.arrayContaining(["user-content-見出し", "user-content-second-part"]));
    for (const h of headings) expect(present, h.id).toContain(h.id);
  });
});
