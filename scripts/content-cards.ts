/**
 * `npm run content:cards [-- --refresh]`: fills the link-card title cache
 * (CONTENT_DIR/link-cards.json, lib/content/link-cards.ts) with the title of
 * every card URL in the posts that it does not know yet (all of them with
 * --refresh). Needs the network; the build never does. A URL that cannot be
 * fetched is reported and left out: its card shows its host. Only public
 * addresses are fetched (lib/content/safe-fetch.ts).
 */
import { cardUrls, emptyLinkCards, linkCardsPath, parseLinkCards, readLinkCardsText, titleFromHtml, writeLinkCards, type LinkCardCache } from "../lib/content/link-cards";
import { ContentError, formatIssueIn } from "../lib/content/issues";
import { messageLanguage } from "../lib/messages";
import { siteConfig } from "../site.config";
import { contentDir, displayPath, readContent } from "../lib/content/load";
import { fetchPublicPage } from "../lib/content/safe-fetch";

const refresh = process.argv.includes("--refresh");
const dir = contentDir();
const file = linkCardsPath(dir);
/** A content error (a linked link-cards.json) is printed as the build prints one, without a stack. */
function orExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const issue of error.issues) console.error(`content:cards: ${formatIssueIn(issue, messageLanguage(siteConfig.language))}`);
    process.exit(1);
  }
}

const text = orExit(() => readLinkCardsText(dir));
const cache: LinkCardCache = text === undefined ? emptyLinkCards() : parseLinkCards(text, displayPath(file));

const urls = [...new Set(readContent(dir).files.flatMap((f) => cardUrls(f.raw)))].filter((u) => refresh || !cache.cards[u]);

async function fetchTitle(url: string): Promise<string> {
  const page = await fetchPublicPage(url);
  if (page.status < 200 || page.status >= 300) throw new Error(`HTTP ${page.status}`);
  if (!/\b(?:text\/html|application\/xhtml\+xml)\b/i.test(page.contentType)) throw new Error(`not an HTML page (${page.contentType || "no content type"})`);
  const title = titleFromHtml(page.text);
  if (!title) throw new Error("the page has no <title>");
  return title;
}

let fetched = 0;
const failed: string[] = [];
const today = new Date().toISOString().slice(0, 10);
for (let i = 0; i < urls.length; i += 4) {
  await Promise.all(
    urls.slice(i, i + 4).map(async (url) => {
      try {
        cache.cards[url] = { title: await fetchTitle(url), fetched: today };
        fetched++;
      } catch (error) {
        failed.push(`${url}: ${(error as Error).message}`);
      }
    }),
  );
}
if (fetched > 0) orExit(() => writeLinkCards(cache, dir));
console.log(`content:cards: ${urls.length} URL${urls.length === 1 ? "" : "s"} to fetch, ${fetched} title${fetched === 1 ? "" : "s"} written to ${displayPath(file)}`);
for (const f of failed) console.warn(`content:cards: not fetched (its card shows the host): ${f}`);
