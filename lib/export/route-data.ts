/**
 * `app/sitemap.ts` and `app/robots.ts` output as files, serialised as Next.js
 * serialises them (next/dist/build/webpack/loaders/metadata/resolve-route-data.js,
 * listed in lib/export/NEXT_CONTRACT.md), so both renderers answer alike. Only
 * the fields yomu's routes can produce are supported; any other stops the build.
 */
import type { MetadataRoute } from "next";

const asArray = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function robotsTxt(data: MetadataRoute.Robots): string {
  let content = "";
  for (const rule of asArray(data.rules)) {
    for (const agent of asArray(rule.userAgent ?? "*")) content += `User-Agent: ${agent}\n`;
    for (const item of asArray(rule.allow)) content += `Allow: ${item}\n`;
    for (const item of asArray(rule.disallow)) content += `Disallow: ${item}\n`;
    if (rule.crawlDelay) content += `Crawl-delay: ${rule.crawlDelay}\n`;
    content += "\n";
  }
  if (data.host) content += `Host: ${data.host}\n`;
  for (const item of asArray(data.sitemap)) content += `Sitemap: ${item}\n`;
  return content;
}

export function sitemapXml(data: MetadataRoute.Sitemap): string {
  for (const item of data) {
    const unsupported = Object.keys(item).filter((key) => !["url", "lastModified", "changeFrequency", "priority", "alternates"].includes(key));
    if (unsupported.length > 0) throw new Error(`app/sitemap.ts: the static exporter does not write the sitemap field "${unsupported[0]}"`);
  }
  const hasAlternates = data.some((item) => Object.keys(item.alternates ?? {}).length > 0);
  let content = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
  content += hasAlternates ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' : ">\n";
  for (const item of data) {
    content += `<url>\n<loc>${item.url}</loc>\n`;
    for (const [language, href] of Object.entries(item.alternates?.languages ?? {})) {
      content += `<xhtml:link rel="alternate" hreflang="${language}" href="${href}" />\n`;
    }
    if (item.lastModified) content += `<lastmod>${item.lastModified instanceof Date ? item.lastModified.toISOString() : item.lastModified}</lastmod>\n`;
    if (item.changeFrequency) content += `<changefreq>${item.changeFrequency}</changefreq>\n`;
    if (typeof item.priority === "number") content += `<priority>${item.priority}</priority>\n`;
    content += "</url>\n";
  }
  return content + "</urlset>\n";
}
