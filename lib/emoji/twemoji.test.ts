import { describe, expect, it } from "vitest";
import { emojiDataUri, emojiFile, emojiSvg } from "./twemoji";

describe("Twemoji files", () => {
  it("names the file of an emoji, with or without its presentation selector, and of joined sequences", () => {
    expect(emojiFile("📘")).toBe("1f4d8.svg");
    expect(emojiFile("✏️")).toBe("270f.svg");
    expect(emojiFile("🗓")).toBe("1f5d3.svg");
    expect(emojiFile("👩‍💻")).toBe("1f469-200d-1f4bb.svg");
    expect(emojiFile("🏳️‍🌈")).toBe("1f3f3-fe0f-200d-1f308.svg");
  });

  it("has no file for text that is not an emoji, and serves no other file", () => {
    expect(emojiFile("あ")).toBeUndefined();
    expect(emojiFile("")).toBeUndefined();
    expect(emojiSvg("../package.json")).toBeUndefined();
    expect(emojiSvg("1f4d8.svg")).toMatch(/^<svg/);
    expect(emojiDataUri("📘")).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});

describe("emoji names", () => {
  it("tells one emoji from other text", async () => {
    const { isEmoji } = await import("./name");
    for (const e of ["📘", "✏️", "✏", "👩‍💻", "🇯🇵", "1️⃣"]) expect(isEmoji(e), e).toBe(true);
    for (const t of ["ab", "📘📘", "あ", "", "1"]) expect(isEmoji(t), t).toBe(false);
  });
});
