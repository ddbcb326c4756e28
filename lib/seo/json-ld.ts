/**
 * Structured data (schema.org as JSON-LD) for articles, and its serialisation
 * into a <script> element that no front-matter value can break out of.
 */
import type { PostSummary } from "../content";
import { toZonedIso } from "../text/date";
import type { Crumb } from "./breadcrumbs";

export type JsonLd = Record<string, unknown>;

export interface BlogPostingInput {
  post: PostSummary;
  url: string;
  siteName: string;
  siteUrl: string;
  defaultAuthor: string;
  language: string;
  timeZone: string;
}

export function blogPosting({ post, url, siteName, siteUrl, defaultAuthor, language, timeZone }: BlogPostingInput): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    ...(post.excerpt.text ? { description: post.excerpt.text } : {}),
    datePublished: toZonedIso(new Date(post.date), timeZone),
    dateModified: toZonedIso(new Date(post.updated ?? post.date), timeZone),
    author: { "@type": "Person", name: post.author ?? defaultAuthor },
    publisher: { "@type": "Organization", name: siteName, url: siteUrl },
    ...(post.tags.length > 0 ? { keywords: post.tags } : {}),
    ...(post.categories.length > 0 ? { articleSection: post.categories } : {}),
    inLanguage: language,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
  };
}

/** The trail of lib/seo/breadcrumbs.ts, each crumb's path made absolute by `absolute`. */
export function breadcrumbList(crumbs: readonly Crumb[], absolute: (path: string) => string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: absolute(c.path) })),
  };
}

/**
 * JSON for the inside of `<script type="application/ld+json">`. The HTML parser
 * ends the element at the first `</script` whatever the JSON means, and `<!--`
 * changes how it looks for that end; escaping `<`, `>` and `&` as `\u003c` etc.
 * keeps every such sequence out while the JSON value stays the same. U+2028/2029
 * are escaped for old JavaScript parsers that read JSON-LD as script.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
