/**
 * The link-card title cache: `link-cards.json` in the content folder, committed
 * with the posts, filled by `npm run content:cards` when online. The build only
 * reads it: a card without a cached title shows its host instead, and the
 * build never needs the network.
 *
 *   { "version": 1, "cards": { "https://example.com/post": { "title": "…", "fetched": "2025-01-01" } } }
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { contentDir, displayPath } from "./load";
import { ContentError } from "./issues";

export const LINK_CARDS_FILE = "link-cards.json";

const schema = z.object({
  version: z.literal(1),
  cards: z.record(z.string().url(), z.object({ title: z.string().max(300), fetched: z.string().optional() })),
});

export type LinkCardCache = z.infer<typeof schema>;

export const emptyLinkCards = (): LinkCardCache => ({ version: 1, cards: {} });

/** The cache's text → its cards; a broken file is a content error naming it. */
export function parseLinkCards(text: string, file: string): LinkCardCache {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ContentError([{ file, line: 1, column: 1, severity: "error", rule: "link-cards", message: `not valid JSON: ${(error as Error).message}`, fix: "delete the file and run npm run content:cards again" }]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError([
      { file, line: 1, column: 1, severity: "error", rule: "link-cards", message: `${issue.path.join(".") || "the file"}: ${issue.message}`, fix: 'write { "version": 1, "cards": { "<url>": { "title": "…" } } }, or delete the file' },
    ]);
  }
  return parsed.data;
}

export function linkCardsPath(dir = contentDir()): string {
  return path.join(dir, LINK_CARDS_FILE);
}

/** URL → title from the content folder's cache; {} without one. */
export function readLinkCardTitles(dir = contentDir()): Record<string, string> {
  const file = linkCardsPath(dir);
  if (!fs.existsSync(file)) return {};
  const cache = parseLinkCards(fs.readFileSync(file, "utf8"), displayPath(file));
  return Object.fromEntries(Object.entries(cache.cards).map(([url, card]) => [url, card.title]));
}
