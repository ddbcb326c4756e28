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
import { realFileInside } from "../path-inside.mjs";
import { ContentError } from "./issues";
import { said, t, verbatim } from "../messages";
import { cardUrlLine, embedLine, embedTarget } from "../markdown/notation-text";

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
    throw new ContentError([{ file, line: 1, column: 1, severity: "error", rule: "link-cards", ...said(t("cards.json", { detail: verbatim((error as Error).message) }), t("cards.json.fix")) }]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError([
      { file, line: 1, column: 1, severity: "error", rule: "link-cards", ...said(issue.path.length > 0 ? t("at-key", { key: issue.path.join("."), detail: verbatim(issue.message) }) : t("cards.shape", { detail: verbatim(issue.message) }), t("cards.shape.fix")) },
    ]);
  }
  return parsed.data;
}

export function linkCardsPath(dir = contentDir()): string {
  return path.join(dir, LINK_CARDS_FILE);
}

/**
 * The cache's text, or undefined when there is none. Read only as a regular
 * file inside the content folder: a `link-cards.json` that is a link to a file
 * elsewhere is a content error, never read (its text would reach the pages, or
 * an error message).
 */
export function readLinkCardsText(dir = contentDir()): string | undefined {
  const file = linkCardsPath(dir);
  const checked = realFileInside(dir, file);
  if (!("problem" in checked)) return fs.readFileSync(checked.real, "utf8");
  if (checked.problem === "missing" && !fs.lstatSync(file, { throwIfNoEntry: false })) return undefined;
  const what = { outside: t("cards.what.outside"), missing: t("cards.what.broken-link"), "not-a-file": t("cards.what.not-a-file") }[checked.problem];
  throw new ContentError([
    { file: displayPath(file), line: 1, column: 1, severity: "error", rule: "link-cards", ...said(t("cards.not-read", { file: LINK_CARDS_FILE, what }), t("cards.not-read.fix", { file: LINK_CARDS_FILE })) },
  ]);
}

/**
 * Writes the cache as a regular file inside the content folder: never through
 * a link (a `link-cards.json` that is one is refused), and never half-written —
 * a new file, created exclusively next to it, then renamed over it.
 */
export function writeLinkCards(cache: LinkCardCache, dir = contentDir()): string {
  const file = linkCardsPath(dir);
  const existing = fs.lstatSync(file, { throwIfNoEntry: false });
  if (existing && !existing.isFile()) {
    throw new ContentError([
      { file: displayPath(file), line: 1, column: 1, severity: "error", rule: "link-cards", ...said(t("cards.not-written", { file: LINK_CARDS_FILE, what: existing.isSymbolicLink() ? t("cards.what.link") : t("cards.what.not-a-file") }), t("cards.not-written.fix", { file: LINK_CARDS_FILE })) },
    ]);
  }
  const sorted = Object.fromEntries(Object.entries(cache.cards).sort(([a], [b]) => (a < b ? -1 : 1)));
  const tmp = path.join(dir, `.${LINK_CARDS_FILE}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, JSON.stringify({ version: 1, cards: sorted }, null, 2) + "\n", { flag: "wx" });
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return file;
}

/** URL → title from the content folder's cache; {} without one. */
export function readLinkCardTitles(dir = contentDir()): Record<string, string> {
  const text = readLinkCardsText(dir);
  if (text === undefined) return {};
  const cache = parseLinkCards(text, displayPath(linkCardsPath(dir)));
  return Object.fromEntries(Object.entries(cache.cards).map(([url, card]) => [url, card.title]));
}

/** The URLs a body shows as link cards (bare URL lines and `@[service](…)` embeds), outside code fences. */
export function cardUrls(body: string): string[] {
  const urls: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const bare = cardUrlLine(line);
    const embed = embedLine(line);
    const url = bare && URL.canParse(bare) ? bare : embed ? embedTarget(embed.service, embed.target)?.url : undefined;
    if (url) urls.push(url);
  }
  return urls;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) => {
    const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

/** A page's title for its card: `og:title`, else `<title>`; whitespace collapsed, at most 300 characters. */
export function titleFromHtml(html: string): string | undefined {
  const og =
    /<meta\s[^>]*property=["']og:title["'][^>]*content=["']([^"']*)["']/i.exec(html)?.[1] ??
    /<meta\s[^>]*content=["']([^"']*)["'][^>]*property=["']og:title["']/i.exec(html)?.[1];
  const title = og ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const clean = title && decodeEntities(title).replace(/\s+/g, " ").trim().slice(0, 300);
  return clean || undefined;
}
