/** Posts → what the search index holds for each (server side, at build time). */
import { siteConfig } from "../../site.config";
import type { Post } from "../content/types";
import { formatDate, toZonedIso } from "../text/date";
import type { SearchDocument } from "./build";
import { markdownToSearchText } from "./plain-text";

export function searchDocument(post: Post, config = siteConfig): SearchDocument {
  const date = new Date(post.date);
  return {
    slug: post.slug,
    title: post.title,
    datetime: toZonedIso(date, config.timeZone),
    dateText: formatDate(date, config.language, config.timeZone),
    tags: post.tags,
    categories: post.categories,
    excerpt: post.excerpt.text,
    body: markdownToSearchText(post.body, post.title),
  };
}
