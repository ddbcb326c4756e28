/**
 * `.mdx` is MDX with components but without JavaScript: next-mdx-remote's
 * blockJS removes expressions and import/export; this plugin removes what could
 * still run code or load other pages: script-like elements (script, style,
 * object, embed, form, ...), on* handlers, style and dangerouslySetInnerHTML,
 * expression values, and URLs other than http(s)/mailto/tel/relative, in JSX
 * and in Markdown links and images alike. `<iframe>` stays only for hosts in
 * `siteConfig.embedHosts`, with a fixed attribute set (see ./embeds.ts).
 */
import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { siteConfig } from "../../site.config";
import { allowedEmbedSrc, embedProperties } from "./embeds";

const BLOCKED_ELEMENTS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "link",
  "meta",
  "base",
  "form",
  "portal",
  "noscript",
  "template",
]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "background", "data", "cite", "ping"]);
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

/** Whether a URL may appear in a post: no javascript:, data:, vbscript: or other schemes. */
export function isSafeUrl(value: string): boolean {
  return SAFE_URL.test(value.replace(/[\s\u0000-\u001f\u007f]/g, ""));
}

interface MdxJsxAttribute {
  type: "mdxJsxAttribute" | "mdxJsxExpressionAttribute";
  name?: string;
  value?: unknown;
}

interface MdxJsxElement {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name?: string | null;
  attributes: MdxJsxAttribute[];
  children: unknown[];
}

function safeAttributes(attributes: MdxJsxAttribute[]): MdxJsxAttribute[] {
  return attributes.filter((a) => {
    if (a.type !== "mdxJsxAttribute" || !a.name) return false;
    // A value is a string or absent (boolean attribute); anything else is an expression.
    if (a.value !== null && a.value !== undefined && typeof a.value !== "string") return false;
    const name = a.name.toLowerCase();
    if (name.startsWith("on") || name === "dangerouslysetinnerhtml" || name === "style" || name === "srcdoc") return false;
    if (URL_ATTRIBUTES.has(name) && typeof a.value === "string") return isSafeUrl(a.value);
    return true;
  });
}

export function rehypeSafeMdx(options: { embedHosts?: readonly string[] } = {}) {
  const hosts = options.embedHosts ?? siteConfig.embedHosts;
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "element") {
        const el = node as Element;
        for (const key of Object.keys(el.properties ?? {})) {
          const value = el.properties[key];
          const lower = key.toLowerCase();
          if (lower.startsWith("on") || (URL_ATTRIBUTES.has(lower) && typeof value === "string" && !isSafeUrl(value))) {
            delete el.properties[key];
          }
        }
        return;
      }
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const n = node as unknown as MdxJsxElement;
      const name = n.name?.toLowerCase();
      if (name === "iframe") {
        const src = allowedEmbedSrc(n.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "src")?.value, hosts);
        if (src) {
          const props = Object.fromEntries(
            n.attributes.filter((a) => a.type === "mdxJsxAttribute" && a.name).map((a) => [a.name!, a.value]),
          );
          n.attributes = Object.entries(embedProperties(src, props)).map(([key, value]) => ({
            type: "mdxJsxAttribute",
            name: key,
            value: value === true ? null : value,
          }));
          n.children = [];
          return SKIP;
        }
      }
      if (name && BLOCKED_ELEMENTS.has(name) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      n.attributes = safeAttributes(n.attributes ?? []);
    });
  };
}
