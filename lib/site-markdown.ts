/**
 * The composition root of the Markdown reading: the site's configuration
 * (site.config.ts, BASE_PATH, the content folder and its link-card titles)
 * given to lib/markdown once per process. The post page, list cards and feeds
 * all render through this one instance.
 */
import { siteConfig } from "../site.config";
import { contentDir } from "./content/load";
import { readLinkCardTitles } from "./content/link-cards";
import { createMarkdown, type Markdown, type MarkdownConfig } from "./markdown";
import { basePath } from "./urls";

export function siteMarkdownConfig(): MarkdownConfig {
  const dir = contentDir();
  return { basePath, embedHosts: siteConfig.embedHosts, linkCardTitles: readLinkCardTitles(dir), language: siteConfig.language, contentDir: dir };
}

let instance: Markdown | undefined;

export function siteMarkdown(): Markdown {
  return (instance ??= createMarkdown(siteMarkdownConfig()));
}
