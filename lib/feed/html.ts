/**
 * HTML for feed readers: the sanitized post body or excerpt, with every link and
 * image made absolute (a feed reader has no base URL of ours) and nothing that
 * could break the XML it is embedded in.
 */
import { toHtml } from "hast-util-to-html";
import type { Markdown, MarkdownSource } from "../markdown";

const TAG = /<[a-zA-Z][\w-]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;
// srcset: the single-URL srcset of a post image's <source> (lib/markdown/notation/images.ts).
const URL_ATTRIBUTE = /(\s(?:href|src|poster|srcset)=")([^"]*)"/g;
const decodeAttribute = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|quot|lt|gt);/g, (_, name: string) => ({ amp: "&", quot: '"', lt: "<", gt: ">" })[name]!);
const encodeAttribute = (value: string) => value.replace(/&/g, "&#x26;").replace(/"/g, "&#x22;");

/**
 * Resolves relative and root-relative URLs against the page the HTML belongs to,
 * in HTML that hast-util-to-html wrote: only inside tags
 * (text never holds a raw `<`), only double-quoted values (the only kind it writes).
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html.replace(TAG, (tag) =>
    tag.replace(URL_ATTRIBUTE, (whole, start: string, raw: string) => {
      const value = decodeAttribute(raw);
      if (value.startsWith("#")) return whole;
      try {
        return `${start}${encodeAttribute(new URL(value, pageUrl).href)}"`;
      } catch {
        return whole;
      }
    }),
  );
}

/**
 * The whole body of a `.md` post as HTML (the title-repeat paragraph dropped, as
 * on the page): the page's compiled HTML, from the build cache, with absolute URLs.
 */
export function bodyHtml(md: Markdown, markdown: string, title: string, pageUrl: string, source: MarkdownSource = {}): string {
  return absolutizeHtml(md.compileMarkdown(markdown, title, source).html, pageUrl);
}

/** An excerpt as HTML: its inline Markdown rendered (from the build cache), or its plain text escaped. */
export function excerptHtml(md: Markdown, excerpt: { markdown?: string; text: string }, pageUrl: string): string {
  if (excerpt.markdown) return absolutizeHtml(md.compileMarkdown.excerpt(excerpt.markdown), pageUrl);
  return excerpt.text ? toHtml({ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: excerpt.text }] }) : "";
}

/** Characters XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(value: string): string {
  return value.replace(XML_INVALID, "");
}

/**
 * The text of a CDATA section: a `]]>` inside would end it early and break the XML,
 * so each one is split across two sections. The text a reader gets back is exactly
 * the input (less the characters XML forbids).
 */
export function cdataSafe(value: string): string {
  return xmlSafeText(value).replaceAll("]]>", "]]]]><![CDATA[>");
}
