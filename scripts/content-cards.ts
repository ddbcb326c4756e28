/**
 * `npm run content:cards [-- --refresh]`: fills the link-card title cache
 * (CONTENT_DIR/link-cards.json, lib/content/link-cards.ts) with the title of
 * every card URL in the posts that it does not know yet (all of them with
 * --refresh). Needs the network; the build never does. A URL that cannot be
 * fetched is reported and left out: its card shows its host.
 */
import fs from "node:fs";
import { cardUrls, emptyLinkCards, linkCardsPath, parseLinkCards, titleFromHtml, type LinkCardCache } from "../lib/content/link-cards";
import { contentDir, displayPath, readContent } from "../lib/content/load";

const refresh = process.argv.includes("--refresh");
const dir = contentDir();
const file = linkCardsPath(dir);
const cache: LinkCardCache = fs.existsSync(file) ? parseLinkCards(fs.readFileSync(file, "utf8"), displayPath(file)) : emptyLinkCards();

const urls = [...new Set(readContent(dir).files.flatMap((f) => cardUrls(f.raw)))].filter((u) => refresh || !cache.cards[u]);

async function fetchTitle(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(10_000), headers: { accept: "text/html", "user-agent": "yomu content:cards" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const html = (await response.text()).slice(0, 512 * 1024);
  const title = titleFromHtml(html);
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
if (fetched > 0) {
  const sorted = Object.fromEntries(Object.entries(cache.cards).sort(([a], [b]) => (a < b ? -1 : 1)));
  fs.writeFileSync(file, JSON.stringify({ version: 1, cards: sorted }, null, 2) + "\n");
}
console.log(`content:cards: ${urls.length} URL${urls.length === 1 ? "" : "s"} to fetch, ${fetched} title${fetched === 1 ? "" : "s"} written to ${displayPath(file)}`);
for (const f of failed) console.warn(`content:cards: not fetched (its card shows the host): ${f}`);
