/**
 * The composition root of the Markdown reading: the site's configuration
 * (site.config.ts, BASE_PATH, the content folder and its link-card titles)
 * given to lib/markdown once per process. The post page, list cards and feeds
 * all render through this one instance.
 */
import { siteConfig } from "../site.config";
import { contentDir, contentLayout, zennUser as zennUserSetting } from "./content/load";
import { bookBySlug, postBySlug, postByQiitaId } from "./content";
import type { OwnLinks } from "./markdown/own-links";
import { readLinkCardTitles } from "./content/link-cards";
import { formatIssueIn, type ContentIssue } from "./content/issues";
import { messageLanguage } from "./messages";
import { createMarkdown, type Markdown, type MarkdownConfig } from "./markdown";
import { mathDialectOf } from "./markdown/notation/math-dialect";
import { basePath, bookUrl, postUrl } from "./urls";

export function siteMarkdownConfig(): MarkdownConfig {
  const dir = contentDir();
  return {
    basePath,
    embedHosts: siteConfig.embedHosts,
    linkCardTitles: readLinkCardTitles(dir),
    language: siteConfig.language,
    contentDir: dir,
    ownLinks: ownLinks(dir),
    mathDialect: mathDialectOf(contentLayout(dir).name),
  };
}

/** Links to the author's own Zenn articles (ZENN_USER, else content.zennUser) and Qiita posts lead to this site's pages. */
function ownLinks(dir: string): OwnLinks | undefined {
  const zennUser = zennUserSetting();
  const layout = contentLayout(dir).name;
  const qiita = layout === "qiita";
  const zennRelative = layout === "zenn";
  if (!zennUser && !qiita && !zennRelative) return undefined;
  return {
    zennUser,
    qiita,
    zennRelative,
    resolve(article) {
      if (article.site === "qiita") {
        const post = postByQiitaId(article.id);
        return post ? postUrl(post.slug) : undefined;
      }
      if (article.kind === "articles") return postBySlug(article.slug) ? postUrl(article.slug) : undefined;
      return bookBySlug(article.slug) ? bookUrl(article.slug) : undefined;
    },
  };
}

let instance: Markdown | undefined;
const warned = new Set<string>();

/** A post that renders, but not as written (a diagram shown as code): said once per process, the build goes on. */
function printWarning(issue: ContentIssue): void {
  const text = formatIssueIn(issue, messageLanguage(siteConfig.language));
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(`warning: ${text}`);
}

export function siteMarkdown(): Markdown {
  return (instance ??= createMarkdown(siteMarkdownConfig(), { onWarning: printWarning }));
}
