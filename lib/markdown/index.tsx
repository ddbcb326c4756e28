/**
 * The only place that knows how a post body becomes React.
 * `.md` → unified (remark → rehype → sanitized HTML), the fast path, cached on
 *   disk by content hash; the page inserts the HTML as one string, which keeps
 *   React's render and the page's RSC payload small.
 * `.mdx` → next-mdx-remote with JavaScript blocked, for component posts.
 */
import type { Element, Root as HastRoot } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { compileMDX } from "next-mdx-remote/rsc";
import type { ComponentProps, ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { VFile } from "vfile";
import type { ComponentType } from "react";
import { createCompileMarkdown, type CompileMarkdown, type LazyCompiled } from "./compile";
import type { MarkdownConfig } from "./config";
import type { Heading } from "./headings";
import { footnoteLabels } from "./footnote-labels";
import { createMarkdownToHast, type MarkdownSource, type MarkdownToHast } from "./render-md";
import { remarkPlugins } from "./plugins";
import { mdxRehypePlugins } from "./safe-mdx";
import { checkMdx, remarkKnownComponents } from "./mdx-check";
import { ContentError, type ContentIssue } from "../content/issues";
import { checkNotation } from "./notation-check";
import type { MathDialect } from "./notation/math-dialect";
import type { ImageFileData } from "./notation/images";
import { noFeatures, remarkCollectFeatures, type BodyFeatures } from "./notation/features";
import { warningsOf, type BodyWarning } from "./warnings";

export interface RenderableBody {
  body: string;
  title: string;
  format: "md" | "mdx";
  /** For error messages: the post's file and the file line its body starts on. */
  sourcePath?: string;
  bodyLine?: number;
}

export function hastToReact(tree: HastRoot): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, passKeys: true });
}

export type { Heading } from "./headings";

export type { MarkdownConfig } from "./config";
export type { CompileMarkdown, CompiledMarkdown, LazyCompiled } from "./compile";
export type { MarkdownSource, MarkdownToHast } from "./render-md";

export interface RenderedBody {
  content: ReactNode;
  /** h2/h3 headings with their ids, for a table of contents. */
  headings: Heading[];
  /** What the page must serve for this body: the copy script for code, KaTeX's stylesheet for math. */
  features: BodyFeatures;
}

/**
 * The notation errors of a body (a formula KaTeX cannot read) as a
 * ContentError naming the post file, or undefined when there are none.
 */
function notationError(body: string, sourcePath: string | undefined, bodyLine: number | undefined, language: string, mathDialect?: MathDialect): ContentError | undefined {
  const errors = checkNotation(body, { mathDialect }).filter((p) => p.severity === "error");
  if (errors.length === 0) return undefined;
  return new ContentError(
    errors.map((p) => ({ file: sourcePath ?? "(body)", line: (bodyLine ?? 1) - 1 + p.line, column: p.column, message: p.message, fix: p.fix, text: p.text, severity: "error", rule: "notation" })),
    language,
  );
}

/**
 * A body that cannot be compiled fails with its notation errors (file, line, fix) for
 * every caller alike: the post page, and feeds, which may compile it first.
 */
function withNotationErrors(compile: CompileMarkdown, language: string, mathDialect: MathDialect | undefined): CompileMarkdown {
  const explain = <T,>(run: () => T, body: string, source: MarkdownSource = {}): T => {
    try {
      return run();
    } catch (error) {
      // A missing image (./notation/images.ts) names its file and line; told here in the site's language.
      if (error instanceof ContentError) throw new ContentError(error.issues, language);
      throw notationError(body, source.sourcePath, source.bodyLine, language, mathDialect) ?? error;
    }
  };
  return Object.assign((body: string, title: string, source?: MarkdownSource) => explain(() => compile(body, title, source), body, source), {
    lazily: (body: string, title: string, source?: MarkdownSource): LazyCompiled => {
      const lazy = explain(() => compile.lazily(body, title, source), body, source);
      return { ...lazy, html: () => explain(lazy.html, body, source) };
    },
    key: compile.key,
    excerpt: (markdown: string) => explain(() => compile.excerpt(markdown), markdown),
  });
}

/** The React components `.mdx` posts may use (components/mdx-components.tsx, passed in by the page). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MdxComponents = Record<string, ComponentType<any>>;

/**
 * A `.md` body's HTML, read only when the page is rendered. `compiledFrom` (the
 * compile cache's key) names that HTML exactly: the exporter's page fingerprint
 * (lib/export/fingerprint.ts) sees it instead of the HTML itself.
 */
function CompiledHtml({ html }: { html: () => string; compiledFrom: string }) {
  // Under Next, React hydrates the page after the reading scripts have run, and those mark code
  // blocks too wide for a phone focusable (lib/client/scrollable-blocks.ts): the HTML is the
  // server's to give and the scripts' to enhance, never React's to compare.
  return <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html() }} />;
}

/**
 * An `.mdx` body is a tree of elements React hydrates one by one under Next, after the reading
 * scripts have marked code blocks and tables too wide for a phone focusable
 * (lib/client/scrollable-blocks.ts): those attributes are the scripts' to add, not React's to
 * compare. The server's HTML is the same as without these (the export's included).
 */
const scriptMarkedBlocks: MdxComponents = {
  pre: (props: ComponentProps<"pre">) => <pre {...props} suppressHydrationWarning />,
  table: (props: ComponentProps<"table">) => <table {...props} suppressHydrationWarning />,
};

/** Bounds the memory of a long-running dev server whose excerpts keep changing. */
const MAX_INLINE_TREES = 20_000;

export interface Markdown {
  /** A post body → React, its headings and what its page must serve. */
  renderBody(post: RenderableBody, options?: { components?: MdxComponents }): Promise<RenderedBody>;
  /** Inline Markdown (an excerpt like `**Meta**の発表`) → React, without the wrapping paragraph. */
  renderInline(markdown: string): ReactNode;
  /** A `.md` body → sanitized HTML, cached on disk by content hash (pages and feeds share it). */
  compileMarkdown: CompileMarkdown;
  /** A `.md` body → sanitized HTML AST, uncached. */
  markdownToHast: MarkdownToHast;
}

/**
 * The Markdown reading of one site: processors built once from `config`.
 * The composition root (lib/site-markdown.ts) makes the site's; tests make their own.
 */
export function createMarkdown(config: MarkdownConfig, options: { onWarning?: (issue: ContentIssue) => void } = {}): Markdown {
  const markdownToHast = createMarkdownToHast(config);
  // A post's warnings (a diagram shown as code) in file lines, for whoever builds the pages.
  const report = (warnings: BodyWarning[], sourcePath: string | undefined, bodyLine: number | undefined) => {
    for (const w of warnings) {
      options.onWarning?.({ file: sourcePath ?? "(body)", line: (bodyLine ?? 1) - 1 + w.line, column: w.column, message: w.message, fix: w.fix, text: w.text, severity: "warning", rule: w.rule });
    }
  };
  const compileMarkdown = withNotationErrors(createCompileMarkdown(config, markdownToHast), config.language, config.mathDialect);
  const mdxRemarkPlugins = remarkPlugins(config);

  async function renderBody(
    { body, title, format, sourcePath, bodyLine }: RenderableBody,
    { components = {} }: { components?: MdxComponents } = {},
  ): Promise<RenderedBody> {
    if (format === "md") {
      let compiled: LazyCompiled;
      compiled = compileMarkdown.lazily(body, title, { sourcePath, bodyLine });
      const { key, html, headings, features, warnings } = compiled;
      report(warnings, sourcePath, bodyLine);
      return { content: <CompiledHtml html={html} compiledFrom={key} />, headings, features };
    }
    const headings: Heading[] = [];
    const features = noFeatures();
    const componentNames = Object.keys(components);
    let mdxFile: VFile | undefined;
    const { content } = await compileMDX({
      source: body,
      components: { ...scriptMarkedBlocks, ...components },
      options: {
        blockJS: true,
        blockDangerousJS: true,
        mdxOptions: {
          // The title goes where remarkDropTitleRepeat looks for it (the .md path sets it on the VFile).
          remarkPlugins: [
            () => (_tree: unknown, file: VFile) => void Object.assign((mdxFile = file).data, { title, sourcePath, bodyLine }),
            ...mdxRemarkPlugins,
            [remarkKnownComponents, { names: componentNames }],
            [remarkCollectFeatures, { into: features }],
          ],
          rehypePlugins: mdxRehypePlugins(config, { componentNames, headings }),
          format: "mdx",
          remarkRehypeOptions: footnoteLabels(config.language),
        },
      },
    }).catch(async (error: unknown) => {
      // A missing image (./notation/images.ts) already names its file and line; next-mdx-remote rewraps it.
      const imageError = (mdxFile?.data as ImageFileData | undefined)?.imageError;
      if (imageError) throw new ContentError(imageError.issues, config.language);
      const notation = notationError(body, sourcePath, bodyLine, config.language, config.mathDialect);
      if (notation) throw notation;
      // Say where: path:line:column of the post file, not of next-mdx-remote's internals.
      const problem = (await checkMdx(body, componentNames)).find((p) => p.severity === "error");
      if (!problem) throw error;
      const line = (bodyLine ?? 1) - 1 + problem.line;
      throw new ContentError([
        { file: sourcePath ?? "(mdx)", line, column: problem.column, message: problem.message, fix: problem.fix, text: problem.text, severity: "error", rule: "mdx" },
      ], config.language);
    });
    if (mdxFile) report(warningsOf(mdxFile), sourcePath, bodyLine);
    return { content, headings, features };
  }

  // A post's card appears on the home, tag, category and search pages alike, so each
  // excerpt is compiled once per process, not once per list it appears in.
  const inlineTrees = new Map<string, HastRoot>();
  function renderInline(markdown: string): ReactNode {
    let root = inlineTrees.get(markdown);
    if (!root) {
      const { tree } = markdownToHast(markdown);
      const children = tree.children.flatMap((n) =>
        n.type === "element" && (n as Element).tagName === "p" ? (n as Element).children : [n],
      );
      root = { type: "root", children };
      if (inlineTrees.size >= MAX_INLINE_TREES) inlineTrees.clear();
      inlineTrees.set(markdown, root);
    }
    return hastToReact(root);
  }

  return { renderBody, renderInline, compileMarkdown, markdownToHast };
}
