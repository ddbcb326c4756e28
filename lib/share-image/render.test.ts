import { describe, expect, it } from "vitest";
import { shareImageCard } from "./card";
import { cardFonts } from "./fonts";
import { emojiDataUri } from "../emoji/twemoji";
import { cardSvg, MissingGlyphsError, renderCard } from "./render";

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe("IHDR");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const MIXED = "「生成AI」入門：GPT-5とLlama 4を比べる！？ ひらがな・カタカナ・漢字 2025年";

describe("share image rendering", () => {
  it("draws every character of a title mixing kanji, kana, Latin, digits and 「」！？ with a glyph of the shipped font", async () => {
    const card = shareImageCard({ title: MIXED, siteName: "yomu", date: "2025年12月11日" });
    // cardSvg rejects with MissingGlyphsError when any character would be drawn as tofu.
    const svg = await cardSvg(card, cardFonts());
    // Text is drawn as glyph outlines: no font and no <text> in the image.
    expect(svg).toMatch(/<path [^>]*d="M/);
    expect(svg).not.toMatch(/<text|@font-face/);
  }, 30_000);

  it("names the characters the font has no glyph for instead of drawing tofu", async () => {
    const card = shareImageCard({ title: "新機能リリース 한국어", siteName: "yomu", date: "2025年1月1日" });
    const error = await cardSvg(card, cardFonts()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingGlyphsError);
    expect((error as MissingGlyphsError).characters.sort()).toEqual(["국", "어", "한"].sort());
    expect((error as Error).message).toContain('"한" (U+D55C)');
  }, 30_000);

  it("draws emoji, a Zenn article's and those in a title, from Twemoji's images", async () => {
    const card = shareImageCard({ title: "新機能🚀リリース", siteName: "yomu", date: "2025年1月1日", emoji: "📘" });
    const svg = await cardSvg(card, cardFonts());
    for (const emoji of ["📘", "🚀"]) expect(svg).toContain(emojiDataUri(emoji));
  }, 30_000);

  it("needs no glyph for characters that draw nothing (zero-width space, word joiner)", async () => {
    const card = shareImageCard({ title: "ゼロ\u200B幅\u2060スペース", siteName: "yomu" });
    await expect(cardSvg(card, cardFonts())).resolves.toContain("<svg");
  }, 30_000);

  it("makes a 1200×630 PNG", async () => {
    const png = await renderCard(shareImageCard({ title: MIXED, siteName: "yomu", date: "2025年12月11日" }), cardFonts());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});
