/** Posts → what the search index holds for each (server side, at build time). */
import { siteConfig } from "../../site.config";
import type { Post } from "../content/types";
import { formatDate, toZonedIso } from "../text/date";
import type { IndexedText, SearchDocument } from "./build";
import type { SearchDocMeta } from "./format";
import { markdownToSearchText } from "./plain-text";

/** What a result shows for the post (cheap: no Markdown is read). */
export function searchMeta(post: Post, config = siteConfig): SearchDocMeta {
  const date = new Date(post.date);
  return {
    slug: post.slug,
    title: post.title,
    datetime: toZonedIso(date, config.timeZone),
    dateText: formatDate(date, config.language, config.timeZone),
    tags: post.tags,
    categories: post.categories,
    excerpt: post.excerpt.text,
  };
}

/** The text the postings are made from: title, tags, categories and the body's plain text. */
export function searchText(post: Post): IndexedText {
  return { title: post.title, tags: post.tags, categories: post.categories, body: markdownToSearchText(post.body, post.title) };
}

export function searchDocument(post: Post, config = siteConfig): SearchDocument {
  return { ...searchMeta(post, config), body: searchText(post).body };
}
