import { describe, expect, it } from "vitest";
import { isAllowedElement, isAllowedProperty, isAllowedUrl, propertyName, propertyValue, urlScheme } from "./allowlist";
import { sanitizeSchema } from "./sanitize-schema";

describe("urlScheme reads a URL as a browser does", () => {
  it.each([
    ["javascript:alert(1)", "javascript"],
    ["  JaVaScRiPt:alert(1)", "javascript"],
    ["\u0001javascript:alert(1)", "javascript"],
    ["jav\tascript:alert(1)", "javascript"],
    ["java\nscript:alert(1)", "javascript"],
    ["jav&#x09;ascript:alert(1)", "javascript"],
    ["&#106;avascript:alert(1)", "javascript"],
    ["&#x6A;avascript&colon;alert(1)", "javascript"],
    ["&amp;#106;avascript:alert(1)", "javascript"],
    ["data:text/html,x", "data"],
    ["VBScript:msgbox(1)", "vbscript"],
    ["https://example.com/a:b", "https"],
  ])("%j has the scheme %s", (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it.each(["/posts/a:b/", "#見出し", "?q=a:b", "images/a.png", "./x:y", ""])("%j is relative", (url) => {
    expect(urlScheme(url)).toBeUndefined();
  });
});

describe("answers from the schema", () => {
  it("elements: listed ones only, case-sensitive", () => {
    for (const tag of ["a", "p", "img", "details", "iframe"]) expect(isAllowedElement(tag), tag).toBe(true);
    for (const tag of ["svg", "animate", "set", "math", "foreignObject", "script", "style", "form", "A", "*"]) expect(isAllowedElement(tag), tag).toBe(false);
  });

  it("attributes: per element and `*`, with value rules and URL schemes", () => {
    expect(isAllowedProperty("a", "href", "https://example.com/")).toBe(true);
    expect(isAllowedProperty("a", "href", " javascript:x")).toBe(false);
    expect(isAllowedProperty("div", "title", "t")).toBe(true);
    expect(isAllowedProperty("div", "onClick", "x")).toBe(false);
    expect(isAllowedProperty("div", "style", "x")).toBe(false);
    expect(isAllowedProperty("code", "className", ["language-js", "hljs"])).toBe(true);
    expect(isAllowedProperty("code", "className", ["language-js", "evil"])).toBe(false);
    expect(isAllowedProperty("div", "className", ["x"])).toBe(false);
    expect(isAllowedProperty("source", "srcSet", "a.png 1x, https://example.com/b.png 2x")).toBe(true);
    expect(isAllowedProperty("source", "srcSet", "a.png 1x, javascript:x 2x")).toBe(false);
    expect(isAllowedProperty("source", "srcSet", "a.png 1x,java&#x09;script:x 2x")).toBe(false);
    expect(isAllowedProperty("input", "type", "checkbox")).toBe(true);
    expect(isAllowedProperty("input", "type", "text")).toBe(false);
  });

  it("every attribute that holds a URL has its schemes listed", () => {
    const urlAttributes = ["href", "src", "srcSet", "action", "formAction", "cite", "longDesc", "poster", "data", "background", "ping", "xLinkHref", "manifest", "codeBase"];
    const allowedAnywhere = new Set(Object.values(sanitizeSchema.attributes ?? {}).flat().map((d) => (typeof d === "string" ? d : d[0])));
    for (const name of urlAttributes.filter((n) => allowedAnywhere.has(n))) {
      expect(sanitizeSchema.protocols?.[name], name).toBeDefined();
      expect(isAllowedUrl(name, "javascript:alert(1)"), name).toBe(false);
    }
  });

  it("JSX and HTML spellings of an attribute name its hast property", () => {
    expect(propertyName("class")).toBe("className");
    expect(propertyName("className")).toBe("className");
    expect(propertyName("aria-describedby")).toBe("ariaDescribedBy");
    expect(propertyName("srcset")).toBe("srcSet");
    expect(propertyName("data-footnote-ref")).toBe("dataFootnoteRef");
    expect(propertyName("onClick")).toBeUndefined();
    expect(propertyName("xlink:href")).toBeUndefined();
    expect(propertyName("attributeName")).toBeUndefined();
  });

  it("list values are split into the items the schema checks", () => {
    expect(propertyValue("className", " a  b ")).toEqual(["a", "b"]);
    expect(propertyValue("srcSet", "a.png 1x, b.png 2x")).toBe("a.png 1x, b.png 2x");
    expect(propertyValue("open", null)).toBe(true);
    expect(propertyValue("title", "a b")).toBe("a b");
  });
});
