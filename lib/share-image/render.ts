/**
 * Draws a share image: the card (lib/share-image/card.ts) laid out and turned
 * into an SVG by satori, rasterized to a PNG by sharp. Both load on first use
 * only: a build whose images are all cached never loads them.
 */
import { INVISIBLE, type CardElement } from "./card";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "./refs";
import { emojiDataUri } from "../emoji/twemoji";
import type { CardFont } from "./fonts";

/** The card has characters the font has no glyph for: drawn, they would be empty boxes (tofu). */
export class MissingGlyphsError extends Error {
  override name = "MissingGlyphsError";
  constructor(readonly characters: string[]) {
    super(`the share-image font has no glyph for ${characters.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ")}`);
  }
}

type Satori = typeof import("satori").default;
type Sharp = typeof import("sharp").default;
let libraries: Promise<{ satori: Satori; sharp: Sharp }> | undefined;
const load = () =>
  (libraries ??= Promise.all([import("satori"), import("sharp")]).then(([satori, sharp]) => ({ satori: satori.default, sharp: sharp.default })));

/** The SVG of a card; throws MissingGlyphsError rather than drawing a character as tofu. */
export async function cardSvg(card: CardElement, fonts: CardFont[]): Promise<string> {
  const { satori } = await load();
  const missing = new Set<string>();
  const styleErrors: string[] = [];
  const svg = await satori(card as unknown as Parameters<Satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts,
    // satori asks for more fonts exactly when none of `fonts` covers a character; an emoji is drawn from Twemoji.
    loadAdditionalAsset: async (language, segment) => {
      const image = language === "emoji" ? emojiDataUri(segment) : undefined;
      if (image) return image;
      for (const char of segment.replace(INVISIBLE, "")) missing.add(char);
      return [];
    },
    onStyleError: (error) => styleErrors.push(error.message),
  });
  if (styleErrors.length > 0) throw new Error(`lib/share-image/card.ts: ${styleErrors.join("; ")}`);
  if (missing.size > 0) throw new MissingGlyphsError([...missing]);
  return svg;
}

/** sharp's PNG settings (part of the cache key). */
export const PNG_OPTIONS = { compressionLevel: 6 } as const;

/** The card as a 1200×630 PNG. */
export async function renderCard(card: CardElement, fonts: CardFont[]): Promise<Uint8Array> {
  const svg = await cardSvg(card, fonts);
  const { sharp } = await load();
  return new Uint8Array(await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer());
}
