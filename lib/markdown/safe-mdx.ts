/**
 * `.mdx` is MDX with components but without JavaScript: next-mdx-remote's
 * blockJS removes expressions; this plugin removes elements and attributes that
 * could run code or load other pages (script, iframe, on* handlers, javascript: URLs).
 */
import type { Root } from "hast";
import { visit, SKIP } from "unist-util-visit";

const BLOCKED_ELEMENTS = new Set(["script", "style", "iframe", "frame", "object", "embed", "link", "meta", "base", "form"]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "srcset"]);
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

interface MdxJsxAttribute {
  type: "mdxJsxAttribute" | "mdxJsxExpressionAttribute";
  name?: string;
  value?: unknown;
}

export function rehypeSafeMdx() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      const n = node as unknown as { type: string; name?: string | null; attributes?: MdxJsxAttribute[] };
      if (n.type !== "mdxJsxFlowElement" && n.type !== "mdxJsxTextElement") return;
      if (n.name && BLOCKED_ELEMENTS.has(n.name.toLowerCase()) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      n.attributes = (n.attributes ?? []).filter((a) => {
        if (a.type !== "mdxJsxAttribute" || !a.name) return false;
        const name = a.name.toLowerCase();
        if (name.startsWith("on") || name === "dangerouslysetinnerhtml" || name === "style") return false;
        if (URL_ATTRIBUTES.has(name) && typeof a.value === "string") return SAFE_URL.test(a.value.replace(/[\s\u0000-\u001f]/g, ""));
        return true;
      });
    });
  };
}
