/**
 * The only place that knows how a post body becomes React.
 * `.md` → unified (remark → rehype → sanitized HTML), the fast path, cached on
 *   disk by content hash; the page inserts the HTML as one string, which keeps
 *   React's render and the page's RSC payload small.
 * `.mdx` → next-mdx-remote with JavaScript blocked, for component posts.
 */
import type { Element, Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { compileMDX } from "next-mdx-remote/rsc";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { PluggableList } from "unified";
import { mdxComponents } from "../../components/mdx-components";
import { siteConfig } from "../../site.config";
import { cached, cacheKey } from "./compile-cache";
import { rehypeCollectHeadings, type Heading } from "./headings";
import { markdownToHast } from "./render-md";
import { rehypeAfterSanitize, remarkPlugins } from "./plugins";
import { rehypeSafeMdx } from "./safe-mdx";

export interface RenderableBody {
  body: string;
  title: string;
  format: "md" | "mdx";
}

export function hastToReact(tree: HastRoot): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, passKeys: true });
}

export type { Heading } from "./headings";

/** What the output depends on besides the body: base path, embed allowlist, and so on. */
const configFingerprint = JSON.stringify({ basePath: process.env.BASE_PATH ?? "", siteConfig });

/** `.md` body → sanitized HTML and its headings, compiled once per content hash. */
export function compileMarkdown(body: string, title: string): { html: string; headings: Heading[] } {
  return cached(cacheKey(configFingerprint, title, body), () => {
    const { tree, headings } = markdownToHast(body, title);
    return { html: toHtml(tree), headings };
  });
}

export interface RenderedBody {
  content: ReactNode;
  /** h2/h3 headings with their ids, for a table of contents. */
  headings: Heading[];
}

export async function renderBody({ body, title, format }: RenderableBody): Promise<RenderedBody> {
  if (format === "md") {
    const { html, headings } = compileMarkdown(body, title);
    return { content: <div dangerouslySetInnerHTML={{ __html: html }} />, headings };
  }
  const headings: Heading[] = [];
  const { content } = await compileMDX({
    source: body,
    components: mdxComponents,
    options: {
      blockJS: true,
      blockDangerousJS: true,
      mdxOptions: {
        remarkPlugins: remarkPlugins as PluggableList,
        rehypePlugins: [
          rehypeSafeMdx,
          ...(rehypeAfterSanitize as unknown as PluggableList),
          [rehypeCollectHeadings, { into: headings }],
        ],
        format: "mdx",
      },
    },
  });
  return { content, headings };
}

/** Inline Markdown (an excerpt like `**Meta**の発表`) → React, without the wrapping paragraph. */
export function renderInline(markdown: string): ReactNode {
  const { tree } = markdownToHast(markdown);
  const children = tree.children.flatMap((n) =>
    n.type === "element" && (n as Element).tagName === "p" ? (n as Element).children : [n],
  );
  return hastToReact({ type: "root", children });
}
