/**
 * An emoji's Twemoji name, from its code points alone: pure, so that pages and
 * cards can point at the emoji's file without reading the package (lib/emoji/twemoji.ts does).
 */

const RGI_EMOJI = new RegExp("^\\p{RGI_Emoji}$", "v");
const PICTOGRAPH = /^\p{Extended_Pictographic}\ufe0f?$/u;

/**
 * The emoji of an `emoji:` value without zero-width joiners left at its ends
 * (`🐙` for `🐙\u200d`): invisible, and Zenn accepts them (its check counts emoji).
 */
export const trimEmoji = (text: string): string => text.replace(/^[\s\u200d]+|[\s\u200d]+$/g, "");

/** One emoji, as Zenn's `emoji:` holds (`📘`, `✏️`, `✏`, `👩‍💻`, `🇯🇵`). */
export const isEmoji = (text: string): boolean => RGI_EMOJI.test(text) || PICTOGRAPH.test(text);

const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16)).join("-");

/**
 * Twemoji's file name without `.svg` (`📘` → `1f4d8`): the code points without U+FE0F,
 * the emoji presentation selector, except in sequences joined by U+200D, which keep it.
 */
export function twemojiName(emoji: string): string {
  const text = emoji.trim();
  return codePoints(text.includes("\u200d") ? text : text.replace(/\ufe0f/g, ""));
}

/** The path of an emoji's image on the site (app/emoji/[file]/route.ts). */
export const emojiImagePath = (emoji: string) => `/emoji/${twemojiName(emoji)}.svg`;
