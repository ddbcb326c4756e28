/**
 * Internal links that lead nowhere: a root-relative link (`/posts/other/`,
 * `/tags/AI/`) to no page of the site, a link to a post's `#見出し` that no
 * heading of that post makes, or a relative link to a file (`other.md`, which
 * the site does not serve). content:check and build:static report them, for
 * every layout (Docusaurus's onBrokenLinks); they are warnings, not errors: a
 * broken link loses nothing of the post.
 */
import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { cached, cacheKey } from "../build-cache";
import type { ContentIssue } from "./issues";
import { said, t, type Phrase } from "../messages";
import type { ContentIndex } from "./build-index";
import type { Post } from "./types";
import { ZENN_ROOT_PATH } from "../markdown/own-links";

/** The site's pages as root-relative paths (decoded, with a trailing slash), besides its posts. */
export function sitePages(index: Pick<ContentIndex, "tags" | "categories" | "summaries" | "series" | "books">): Set<string> {
  const pages = new Set(["/", "/tags/", "/categories/", "/archive/", "/search/", "/series/", "/books/"]);
  for (const t of index.tags) pages.add(`/tags/${t.segment}/`);
  for (const c of index.categories) pages.add(`/categories/${c.segment}/`);
  for (const s of index.series) pages.add(`/series/${s.segment}/`);
  for (const p of index.summaries) pages.add(`/posts/${p.slug}/`);
  for (const b of index.books) {
    pages.add(`/books/${b.segment}/`);
    // A chapter's slug is `<book>/<chapter>`.
    for (const c of b.items) pages.add(`/books/${c.slug}/`);
  }
  return pages;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Worth reading as Markdown: the body has a link that is root-relative, in-page or to a relative file. */
const MAY_LINK_INSIDE = /\]\(\s*<?(?:[/#.]|[^):\s]+\.(?:md|mdx|markdown)\b)|\]:\s*<?[/#]|href\s*=\s*["']?[/#]/i;

interface Found {
  url: string;
  line: number;
  column: number;
}

function linksOf(tree: Root): Found[] {
  const found: Found[] = [];
  visit(tree, (node) => {
    const at = node.position?.start;
    if (!at) return;
    if (node.type === "link" || node.type === "definition") found.push({ url: node.url, line: at.line, column: at.column });
    else if (node.type === "html") {
      for (const m of node.value.matchAll(/<a\s[^>]*?href\s*=\s*["']([^"']*)["']/gi)) {
        const before = node.value.slice(0, m.index);
        const lines = before.split("\n");
        found.push({ url: m[1], line: at.line + lines.length - 1, column: lines.length > 1 ? lines.at(-1)!.length + 1 : at.column + before.length });
      }
    }
  });
  return found;
}

/** The ids rehype-slug gives a body's headings (before yomu's `user-content-` prefix). */
function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, "heading", (node) => void ids.add(slugger.slug(toString(node))));
  // Footnotes (`[^1]` → `#user-content-fn-1`) are ids of their own, written with the prefix: not checked here.
  return ids;
}

/**
 * A body's links and heading ids, read once: kept in the build cache by the body, so that a
 * rebuild after an edit reads only the edited post again (the check itself is cheap).
 */
function linksAndIds(body: string): { links: Found[]; ids: string[] } {
  return cached(cacheKey("links-and-ids", body), () => {
    const tree = parser.parse(body);
    return { links: linksOf(tree), ids: [...headingIds(tree)] };
  });
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Every internal link of the posts that leads nowhere, as warnings at `file:line:column`. */
export function brokenLinks(posts: readonly Post[], pages: ReadonlySet<string>, options: { basePath?: string; zennRelative?: boolean } = {}): ContentIssue[] {
  const basePath = options.basePath ?? "";
  const bySlug = new Map(posts.map((p) => [p.slug, p]));
  const readings = new Map<string, { links: Found[]; ids: Set<string> }>();
  const readingOf = (post: Post) => {
    let reading = readings.get(post.slug);
    if (!reading) {
      const { links, ids } = linksAndIds(post.body);
      readings.set(post.slug, (reading = { links, ids: new Set(ids) }));
    }
    return reading;
  };
  const anchorsOf = (post: Post) => readingOf(post).ids;

  const issues: ContentIssue[] = [];
  for (const post of posts) {
    if (!MAY_LINK_INSIDE.test(post.body)) continue;
    for (const link of readingOf(post).links) {
      const problem = checkLink(link.url.trim(), post);
      if (!problem) continue;
      issues.push({
        file: post.sourcePath,
        line: post.bodyLine - 1 + link.line,
        column: link.column,
        severity: "warning",
        ...said(t("link.broken", { url: link.url, problem: problem.message }), problem.fix),
        rule: "broken-link",
      });
    }
  }
  return issues;

  function checkLink(url: string, post: Post): { message: Phrase; fix: Phrase } | undefined {
    if (url.startsWith("#")) {
      const id = decode(url.slice(1));
      if (!id || id.startsWith("user-content-") || anchorsOf(post).has(id)) return undefined;
      return { message: t("link.no-heading-here"), fix: t("link.no-heading.fix", { example: `#${[...anchorsOf(post)][0] ?? "見出し"}` }) };
    }
    if (url.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
    const [pathPart, hashPart] = splitHash(url);
    if (!url.startsWith("/")) {
      if (/\.(md|mdx|markdown)$/i.test(pathPart)) {
        const name = decode(pathPart.split("/").pop()!).replace(/\.(md|mdx|markdown)$/i, "");
        const target = bySlug.get(name);
        return { message: t("link.source-file"), fix: t("link.source-file.fix", { page: target ? `/posts/${target.slug}/` : "/posts/<slug>/" }) };
      }
      return undefined;
    }
    // In a Zenn repository, `/<user>/articles/<slug>` is Zenn's own address (the rendering makes it absolute).
    if (options.zennRelative && ZENN_ROOT_PATH.test(url)) return undefined;
    let path = decode(pathPart.split("?")[0]);
    if (basePath && (path === basePath || path.startsWith(basePath + "/"))) path = path.slice(basePath.length) || "/";
    // Files (images, feeds, downloads) are not pages; images have a check of their own.
    if (/\/[^/]*\.[a-z0-9]+$/i.test(path) && !path.startsWith("/posts/")) return undefined;
    const page = path.endsWith("/") ? path : path + "/";
    if (/^\/page\/\d+\/$/.test(page) && page !== "/page/1/") return undefined;
    if (!pages.has(page)) return { message: t("link.no-page"), fix: t("link.no-page.fix") };
    const slug = /^\/posts\/([^/]+)\/$/.exec(page)?.[1];
    const id = hashPart && decode(hashPart);
    const target = slug && bySlug.get(slug);
    if (target && id && !id.startsWith("user-content-") && !anchorsOf(target).has(id)) {
      return { message: t("link.no-heading-there", { file: target.sourcePath }), fix: t("link.no-heading.fix", { example: `#${[...anchorsOf(target)][0] ?? "見出し"}` }) };
    }
    return undefined;
  }
}

function splitHash(url: string): [string, string] {
  const i = url.indexOf("#");
  return i < 0 ? [url, ""] : [url.slice(0, i), url.slice(i + 1)];
}
