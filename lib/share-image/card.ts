/**
 * The layout of a share image (Open Graph / Twitter card): the title large,
 * the site's mark and name at the bottom left, the date at the bottom right.
 * Plain element objects (what satori reads, like React elements without
 * React), so that the tree itself — text, sizes, colours — can key the cache.
 */
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "./refs";

export interface ShareImageText {
  /** The large text: a post's title, or the site's description for the site image. */
  title: string;
  siteName: string;
  /** Shown as written, e.g. `2025年12月11日`; none on the site image. */
  date?: string;
  /** A Zenn article's emoji, drawn large above the title (satori draws it from Twemoji: lib/share-image/render.ts). */
  emoji?: string;
}

export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

/** The family name the card asks for; lib/share-image/fonts.ts registers the shipped font under it. */
export const CARD_FONT_FAMILY = "Noto Sans JP";

const PADDING = 72;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - 2 * PADDING;
const TITLE_LINE_HEIGHT = 1.45;
/** Height left for the title above the footer row. */
const TITLE_BOX_HEIGHT = 360;

const colors = { background: "#fafaf9", text: "#1c1917", muted: "#57534e", accent: "#0f766e", onAccent: "#ffffff" };

const el = (type: string, style: Record<string, string | number>, children?: CardElement["props"]["children"]): CardElement => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/**
 * Width of `text` in ems, roughly: full-width characters (kanji, kana, full-width
 * punctuation) take one em, others about half. Only picks a font size; the
 * line breaking itself is satori's.
 */
export function estimateEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 1 : 0.56;
  return ems;
}

/** The largest title size at which the title fits in the lines the box holds (the smallest size then clamps). */
export function titleFontSize(title: string): number {
  const sizes = [72, 64, 56, 48];
  for (const size of sizes) {
    const perLine = TEXT_WIDTH / size;
    const lines = Math.floor(TITLE_BOX_HEIGHT / (size * TITLE_LINE_HEIGHT));
    // A line rarely fills to the last em: it breaks between words.
    if (estimateEms(title) <= perLine * lines * 0.85) return size;
  }
  return sizes.at(-1)!;
}

/** Characters that draw nothing (zero-width spaces, joiners, variation selectors): a font needs no glyph for them. */
export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

const WORD_JOINER = "\u2060";
const words = new Intl.Segmenter("ja", { granularity: "word" });

/**
 * `text` with a word joiner between the characters of each word (Intl.Segmenter),
 * so that a line breaks between words — 決算|を, not 決|算 — while the line
 * breaker still applies the Japanese rules (no 」、。！？ at the start of a line).
 */
export function keepWordsTogether(text: string): string {
  return [...words.segment(text)].map(({ segment }) => [...segment].join(WORD_JOINER)).join("");
}

export function shareImageCard({ title, siteName, date, emoji }: ShareImageText): CardElement {
  const text = title.replace(INVISIBLE, "").trim();
  const size = titleFontSize(text);
  const lines = Math.floor(TITLE_BOX_HEIGHT / (size * TITLE_LINE_HEIGHT));
  const mark = el(
    "div",
    {
      display: "flex",
      alignItems: "center",
      justifyContent: "center",
      width: 56,
      height: 56,
      borderRadius: 12,
      backgroundColor: colors.accent,
      color: colors.onAccent,
      fontSize: 32,
    },
    "読",
  );
  const footer = el("div", { display: "flex", alignItems: "center", justifyContent: "space-between" }, [
    el("div", { display: "flex", alignItems: "center", gap: 20 }, [
      mark,
      el("div", { fontSize: 36, color: colors.text }, siteName.replace(INVISIBLE, "")),
    ]),
    ...(date ? [el("div", { fontSize: 32, color: colors.muted }, date)] : []),
  ]);
  const heading = el(
    "div",
    {
      display: "block",
      maxHeight: TITLE_BOX_HEIGHT,
      fontSize: size,
      lineHeight: TITLE_LINE_HEIGHT,
      color: colors.text,
      // A word longer than a line still breaks rather than overflowing.
      overflowWrap: "break-word",
      // An opening bracket's glyph is blank on its left half: hang it so the title's edge stays straight.
      ...(/^[「『（【〈《〔［｛]/u.test(text) ? { textIndent: -size / 2 } : {}),
      lineClamp: lines,
    },
    keepWordsTogether(text),
  );
  // The title centred in the space above the footer.
  const titleArea = el(
    "div",
    { display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1, paddingBottom: 24 },
    emoji ? [el("div", { display: "flex", fontSize: 96, lineHeight: 1, marginBottom: 24 }, emoji), heading] : heading,
  );
  return el(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      boxSizing: "border-box",
      padding: PADDING,
      backgroundColor: colors.background,
      borderTop: `16px solid ${colors.accent}`,
      fontFamily: CARD_FONT_FAMILY,
      fontWeight: 700,
    },
    [titleArea, footer],
  );
}
