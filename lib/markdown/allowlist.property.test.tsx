/**
 * Generated hostile posts through both pipelines: whatever goes in, the HTML
 * that comes out holds only elements and attributes the schema allows, every
 * id is prefixed, and no URL a browser would run.
 */
import fc from "fast-check";
import type { Element, Nodes } from "hast";
import { raw } from "hast-util-raw";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { visit } from "unist-util-visit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { mdxComponents } from "../../components/mdx-components";
import { ContentError } from "../content/issues";
import { isAllowedElement, isAllowedProperty, propertyName, propertyValue, urlScheme } from "./allowlist";
import { testMarkdown } from "./testing";
import { ID_PREFIX } from "./prefix-ids";
import { katexSchema, MATH_CONTAINER_CLASS, sanitizeSchema } from "./sanitize-schema";

// The component renders only its children, so its own markup is not mistaken for the post's;
// the props it receives are checked instead.
const { componentProps } = vi.hoisted(() => ({ componentProps: [] as Record<string, unknown>[] }));
vi.mock("../../components/mdx-components", () => ({
  mdxComponents: {
    Note: (props: Record<string, unknown>) => {
      componentProps.push(props);
      return props.children as ReactElement;
    },
  },
}));

const { compileMarkdown, renderBody } = testMarkdown();

/** Generated posts per pipeline (MDX compiles slower); PROPERTY_RUNS=2000 explores further. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const MDX_RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
/** Room for a loaded machine; alone, both pipelines take a few seconds. */
const TIMEOUT = 60_000 * Math.max(1, RUNS / 100);

// --- generated posts ---------------------------------------------------------

const SCHEMES = ["javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "https://example.com/a", "mailto:a@example.com"];
const RELATIVE = ["/posts/a/", "#見出し", "images/a.png", "?q=1"];
const SPLICES = ["", "&#x09;", "&#9;", "\t", "\n", "&Tab;", "&NewLine;", "&#10;"];

/** A URL with the tricks browsers forgive: references, tabs and line breaks inside the scheme, case, leading spaces. */
const url = fc.oneof(
  fc.constantFrom(...RELATIVE),
  fc
    .record({
      base: fc.constantFrom(...SCHEMES),
      at: fc.nat({ max: 9 }),
      splice: fc.constantFrom(...SPLICES),
      encodeFirst: fc.boolean(),
      letterCase: fc.constantFrom("as-is", "upper", "mixed"),
      lead: fc.constantFrom("", " ", "  ", "&#32;", "&#x20;"),
    })
    .map(({ base, at, splice, encodeFirst, letterCase, lead }) => {
      const colon = base.indexOf(":");
      let scheme = base.slice(0, colon);
      if (letterCase === "upper") scheme = scheme.toUpperCase();
      if (letterCase === "mixed") scheme = [...scheme].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join("");
      const cut = Math.min(at, scheme.length);
      scheme = scheme.slice(0, cut) + splice + scheme.slice(cut);
      if (encodeFirst) scheme = `&#${scheme.charCodeAt(0)};${scheme.slice(1)}`;
      return lead + scheme + base.slice(colon);
    }),
);

const text = fc.stringMatching(/^[a-zA-Z0-9あ-んア-ン ]{1,10}$/);

const ELEMENTS = [
  // allowed
  "a", "p", "div", "span", "img", "details", "summary", "h2", "code", "pre", "table", "tr", "td", "ul", "li",
  "blockquote", "picture", "source", "input", "q", "del", "iframe",
  // not allowed
  "svg", "animate", "set", "animateTransform", "animateMotion", "math", "mi", "maction", "annotation-xml",
  "foreignObject", "use", "image", "script", "style", "object", "embed", "form", "button", "textarea",
  "template", "noscript", "base", "meta", "link", "select", "video", "frame", "custom-el", "Note",
];
const URL_ATTRIBUTES = ["href", "src", "srcset", "xlink:href", "action", "formaction", "data", "poster", "background", "cite", "longdesc", "values", "to", "from", "by"];
const OTHER_ATTRIBUTES = [
  "id", "name", "class", "className", "style", "onclick", "onerror", "onload", "onbegin", "onClick", "title", "role",
  "tabindex", "width", "aria-describedby", "for", "type", "open", "srcdoc", "target", "rel", "ping", "begin", "dur",
  "dangerouslySetInnerHTML", "data-x", "lang",
];

const attribute = fc.oneof(
  fc.tuple(fc.constantFrom(...URL_ATTRIBUTES), url),
  fc.tuple(fc.constant("attributeName"), fc.constantFrom("href", "xlink:href", "src")),
  fc.tuple(fc.constantFrom(...OTHER_ATTRIBUTES), fc.oneof(text, url, fc.constantFrom("main", "checkbox", "language-js hljs evil"))),
);
const attributes = fc.array(attribute, { maxLength: 4 }).map((list) => list.map(([name, value]) => ` ${name}="${value}"`).join(""));

/** Markup that is both raw HTML for `.md` and well-formed JSX for `.mdx`: quoted values, every tag closed. */
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.tuple(text, url).map(([t, u]) => `[${t}](${u})`),
    fc.tuple(text, url).map(([t, u]) => `![${t}](${u})`),
    fc.tuple(fc.constantFrom(...ELEMENTS), attributes).map(([tag, attrs]) => `<${tag}${attrs} />`),
    fc
      .tuple(fc.constantFrom(...ELEMENTS), attributes, fc.array(tie("node"), { minLength: 1, maxLength: 3 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join("")}</${tag}>`),
  ),
}));

/** TeX, ordinary and hostile: commands that would reach outside the formula if KaTeX trusted them. */
const tex = fc.constantFrom(
  "x^2",
  "\\frac{a}{b}",
  "\\sqrt[3]{x}",
  "\\color{red}{x}",
  "\\href{javascript:alert(1)}{x}",
  "\\url{javascript:alert(1)}",
  "\\htmlStyle{background:url(x)}{y}",
  "\\htmlId{main}{z}",
  "\\includegraphics{https://example.com/a.png}",
  "\\text{<img src=x onerror=alert(1)>}",
  "\\overrightarrow{AB}",
  "\\begin{pmatrix} a \\\\ b \\end{pmatrix}",
);

/** The notation of Zenn, Qiita, Aozora Bunko and GitHub, with generated (hostile) content inside. */
const notation = fc.oneof(
  fc.tuple(fc.constantFrom("message", "message alert", "details", "unknown"), node).map(([name, inner]) => `:::${name}\n${inner}\n:::`),
  fc.tuple(text, node).map(([title, inner]) => `::::details ${title}\n:::message\n${inner}\n:::\n::::`),
  fc.tuple(fc.constantFrom("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"), node).map(([kind, inner]) => `> [!${kind}]\n> ${inner}`),
  fc.tuple(text, text).map(([base, reading]) => `｜${base}《${reading}》と漢字《かんじ》`),
  fc.tuple(fc.constantFrom("ts:src/a.ts", "diff js", "diff_ruby:a.rb", ":<b>x</b>", "js:\"><img>"), node).map(([info, code]) => "```" + info + "\n+ " + code + "\n- x\n```"),
  tex.map((t) => `本文 $${t}$ と $5`),
  tex.map((t) => `$$\n${t}\n$$`),
  fc.tuple(fc.constantFrom("youtube", "speakerdeck", "card", "codepen"), fc.oneof(url, fc.constantFrom("dQw4w9WgXcQ", "https://example.com/x"))).map(([service, target]) => `@[${service}](${target})`),
  url.map((u) => `<span class="math math-inline">${u}</span>`),
  fc.constantFrom("https://example.com/path?q=1", "<https://example.com/>", "www.example.com"),
);

const block = fc.oneof(
  node,
  fc.array(node, { minLength: 1, maxLength: 4 }).map((inline) => inline.join(" ")),
  text.map((t) => `## ${t}`),
  fc.tuple(text, text).map(([t, n]) => `${t}[^1]\n\n[^1]: ${n}`),
  notation,
);
const post = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => blocks.join("\n\n") + "\n");

// --- what the output may hold --------------------------------------------------

function parse(html: string): Nodes {
  return raw({ type: "root", children: [{ type: "raw", value: html }] } as Nodes);
}

/** Properties a browser reads as a URL (or, in SVG animation, as a value for one), whatever the schema says. */
const URL_PROPERTIES = new Set(["href", "src", "srcSet", "action", "formAction", "xLinkHref", "data", "poster", "background", "cite", "longDesc", "ping", "values", "to", "from", "by"]);

const isMathContainer = (el: Element) =>
  (el.tagName === "span" || el.tagName === "div") && Array.isArray(el.properties.className) && el.properties.className.includes(MATH_CONTAINER_CLASS);

/**
 * Everything in rendered post HTML that the allowlist does not allow. Inside a
 * math container, the content is KaTeX's and is held to the KaTeX schema.
 */
function violations(html: string): string[] {
  const found: string[] = [];
  const mathContent = new WeakSet<Element>();
  visit(parse(html), "element", (el: Element) => {
    // React adds preload hints for images; they are React's, not the post's.
    if (el.tagName === "link" && String(el.properties.rel) === "preload" && el.properties.as === "image") return;
    const schema = mathContent.has(el) ? katexSchema : sanitizeSchema;
    if (isMathContainer(el) || mathContent.has(el)) for (const child of el.children) if (child.type === "element") mathContent.add(child);
    if (!isAllowedElement(el.tagName, schema)) found.push(`<${el.tagName}>`);
    // No embed host is allowed by default, so no iframe may survive.
    if (el.tagName === "iframe") found.push("<iframe> with no embed host allowed");
    for (const [property, value] of Object.entries(el.properties)) {
      const checked = typeof value === "string" ? propertyValue(property, value) : value;
      if (!isAllowedProperty(el.tagName, property, checked, schema)) found.push(`<${el.tagName} ${property}=${JSON.stringify(value)}>`);
      const scheme = URL_PROPERTIES.has(property) && typeof value === "string" ? urlScheme(value) : undefined;
      if (scheme && ["javascript", "vbscript", "data"].includes(scheme)) found.push(`<${el.tagName} ${property}=${JSON.stringify(value)}> runs script`);
    }
    for (const key of ["id", "name"]) {
      const value = el.properties[key];
      if (value !== undefined && !String(value).startsWith(ID_PREFIX)) found.push(`<${el.tagName} ${key}=${JSON.stringify(value)}> without ${ID_PREFIX}`);
    }
  });
  return found;
}

/** Props a component received that the `*` attribute rules would not allow. */
function componentViolations(): string[] {
  const found: string[] = [];
  for (const props of componentProps.splice(0)) {
    for (const [name, value] of Object.entries(props)) {
      if (name === "children") continue;
      const property = propertyName(name) ?? name;
      if (!isAllowedProperty("Note", property, typeof value === "string" ? propertyValue(property, value) : value)) found.push(`<Note ${name}>`);
    }
  }
  return found;
}

describe("any post, through either pipeline, yields only allowlisted HTML", () => {
  it("the checker itself finds what it must", () => {
    expect(violations('<svg><a href="jav&#x09;ascript:x" onclick="y" id="main">t</a></svg>')).toEqual([
      "<svg>",
      '<a href="jav\\tascript:x">',
      '<a href="jav\\tascript:x"> runs script',
      '<a onClick="y">',
      '<a id="main"> without user-content-',
    ]);
    // In a math container, KaTeX's vocabulary and nothing else; outside it, none of it.
    expect(violations('<span class="math"><svg><path d="M0 0"></path><a href="#x">t</a></svg><span style="position:fixed">u</span></span><svg></svg>')).toEqual([
      "<a>",
      '<a href="#x">',
      '<span style="position:fixed">',
      "<svg>",
    ]);
  });

  it(".md (compileMarkdown)", () => {
    fc.assert(
      fc.property(post, (body) => {
        expect(violations(compileMarkdown(body, "").html), body).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  let compiled = 0;
  let refused = 0;
  afterAll(() => {
    // Most generated posts must be valid MDX, or the property says little.
    expect(compiled).toBeGreaterThan(refused);
  });

  it(".mdx (renderBody, rendered by React)", async () => {
    await fc.assert(
      fc.asyncProperty(post, async (body) => {
        let html: string;
        try {
          html = renderToStaticMarkup((await renderBody({ body, title: "", format: "mdx" }, { components: mdxComponents })).content as ReactElement);
        } catch (error) {
          // A post MDX cannot read is a content error naming the place, never a crash.
          expect(error, body).toBeInstanceOf(ContentError);
          refused++;
          return;
        }
        compiled++;
        expect(violations(html), body).toEqual([]);
        expect(componentViolations(), body).toEqual([]);
      }),
      { numRuns: MDX_RUNS },
    );
  }, TIMEOUT);
});
