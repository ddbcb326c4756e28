import type { MetadataRoute } from "next";
import { allBooks, allCategories, allPosts, allSeries, allTags } from "../lib/content";
import { sitemapEntries } from "../lib/seo/sitemap";
import { absoluteUrl } from "../lib/urls";
import { siteConfig } from "../site.config";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries({
    posts: allPosts(),
    tags: allTags(),
    categories: allCategories(),
    series: allSeries(),
    books: allBooks(),
    postsPerPage: siteConfig.postsPerPage,
    absolute: (path) => absoluteUrl(path),
  });
}
