import type { MetadataRoute } from "next";
import { absoluteUrl, sitemapUrl } from "../lib/urls";

export const dynamic = "force-static";

/** Crawlers may read everything; the sitemap is given as an absolute URL (robots.txt requires it). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl(sitemapUrl()),
  };
}
