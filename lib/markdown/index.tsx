/**
 * The only place that knows how a post body becomes React.
 * `.md` → unified (remark → rehype → React elements), the fast path.
 * `.mdx` → next-mdx-remote with JavaScript blocked, for component posts.
 */
import type { Element, Root as HastRoot } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { compileMDX } from "next-mdx-remote/rsc";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { PluggableList } from "unified";
import { mdxComponents } from "../../components/mdx-components";
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

export interface RenderedBody {
  content: ReactNode;
  /** h2/h3 headings with their ids, for a table of contents. */
  headings: Heading[];
}

export async function renderBody({ body, title, format }: RenderableBody): Promise<RenderedBody> {
  if (format === "md") {
    const { tree, headings } = markdownToHast(body, title);
    return { content: hastToReact(tree), headings };
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
