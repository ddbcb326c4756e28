/**
 * `.mdx` is MDX with components but without JavaScript. next-mdx-remote's
 * blockJS removes expressions and import/export; what remains goes through the
 * same allowlist as `.md`: every JSX element (`<div>`, `<svg>`, `<Note>`)
 * becomes a hast element, so rehype-sanitize checks it exactly like the
 * elements Markdown produces, and the components of
 * components/mdx-components.tsx are the only names added to the schema.
 */
import type { Element, ElementContent, Properties, Root } from "hast";
import type { PluggableList } from "unified";
import { visit } from "unist-util-visit";
import { propertyName, propertyValue } from "./allowlist";
import type { MarkdownConfig } from "./config";
import { rehypeCollectHeadings, type Heading } from "./headings";
import { rehypeAfterSanitize, rehypeSanitizePlugins } from "./plugins";

interface MdxJsxAttribute {
  type: "mdxJsxAttribute" | "mdxJsxExpressionAttribute";
  name?: string;
  value?: unknown;
}

interface MdxJsxElement {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name?: string | null;
  attributes?: MdxJsxAttribute[];
  children: ElementContent[];
  position?: Element["position"];
}

function properties(attributes: MdxJsxAttribute[]): Properties {
  const result: Properties = {};
  for (const a of attributes) {
    // A value is a string or absent (`<details open>`); an expression or a spread is JavaScript.
    if (a.type !== "mdxJsxAttribute" || !a.name || (a.value !== null && a.value !== undefined && typeof a.value !== "string")) continue;
    const property = propertyName(a.name);
    if (property) result[property] = propertyValue(property, a.value);
  }
  return result;
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/**
 * JSX elements → hast elements; a fragment (`<>…</>`) → its children. What is
 * written inside an element that has no content (`<img>…</img>`) follows it,
 * as an HTML parser reads it; React would refuse to render it.
 */
export function rehypeMdxJsxToHast() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || !parent || index === undefined) return;
      const jsx = node as unknown as MdxJsxElement;
      if (!jsx.name) {
        parent.children.splice(index, 1, ...jsx.children);
        return index;
      }
      const isVoid = VOID_ELEMENTS.has(jsx.name);
      const element: Element = {
        type: "element",
        tagName: jsx.name,
        properties: properties(jsx.attributes ?? []),
        children: isVoid ? [] : jsx.children,
        position: jsx.position,
      };
      parent.children.splice(index, 1, element, ...(isVoid ? jsx.children : []));
    });
  };
}

/** The rehype plugins of the `.mdx` path, in order; `headings` receives the h2/h3 headings. */
export function mdxRehypePlugins(config: MarkdownConfig, options: { componentNames: readonly string[]; headings?: Heading[] }): PluggableList {
  return [
    rehypeMdxJsxToHast,
    ...rehypeSanitizePlugins({ componentNames: options.componentNames, embedHosts: config.embedHosts }),
    ...rehypeAfterSanitize(config),
    [rehypeCollectHeadings, { into: options.headings }],
  ];
}
