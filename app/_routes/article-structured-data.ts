/** The JSON-LD of an article page (a post or a book's chapter): the posting and its breadcrumbs. */
import type { Post } from "../../lib/content/types";
import type { Crumb } from "../../lib/seo/breadcrumbs";
import { blogPosting, breadcrumbList } from "../../lib/seo/json-ld";
import { absoluteUrl, homeUrl, postUrl } from "../../lib/urls";
import { siteConfig } from "../../site.config";

export function articleStructuredData(post: Post, crumbs: Crumb[]) {
  return [
    blogPosting({
      post,
      url: absoluteUrl(postUrl(post.slug)),
      siteName: siteConfig.title,
      siteUrl: absoluteUrl(homeUrl()),
      defaultAuthor: siteConfig.author,
      language: siteConfig.language,
      timeZone: siteConfig.timeZone,
    }),
    breadcrumbList(crumbs, absoluteUrl),
  ];
}
