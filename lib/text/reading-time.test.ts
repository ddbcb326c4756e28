import { describe, expect, it } from "vitest";
import { countText, formatReadingTime, readingMinutes } from "./reading-time";

const speed = { cjkCharsPerMinute: 500, wordsPerMinute: 200 };

describe("reading time", () => {
  it("counts Japanese characters: 1,000 characters is 2 minutes", () => {
    const text = "日本語の文章です。".repeat(125); // 8 CJK chars + 1 punctuation each
    expect(countText(text).cjkChars).toBe(1000);
    expect(readingMinutes(text, speed)).toBe(2);
  });

  it("counts English words: 401 words is 3 minutes (rounded up)", () => {
    const text = Array.from({ length: 401 }, (_, i) => `word${i}`).join(" ");
    expect(countText(text).words).toBe(401);
    expect(readingMinutes(text, speed)).toBe(3);
  });

  it("adds both in mixed text", () => {
    const text = "MetaのLlama 4は多言語で強い。".repeat(100) + " The model is open. ".repeat(50);
    const { cjkChars, words } = countText(text);
    expect(cjkChars).toBe(800); // の は 多 言 語 で 強 い
    expect(words).toBe(300 + 200); // Meta, Llama, 4; The, model, is, open
    expect(readingMinutes(text, speed)).toBe(5); // 1.6 + 2.5 → 5
  });

  it("ignores code blocks, inline code and URLs", () => {
    const code = "```ts\n" + "const x = 1; // 日本語のコメント\n".repeat(200) + "```\n";
    const text = `本文です。\n\n${code}\n\`inline code here\` https://example.com/very/long/path?with=words [リンク](https://example.com/a/b/c)`;
    expect(countText(text)).toEqual({ cjkChars: 7, words: 0 }); // 本文です + リンク
  });

  it("is at least one minute, even for an empty post", () => {
    expect(readingMinutes("", speed)).toBe(1);
    expect(readingMinutes("短い。", speed)).toBe(1);
  });

  it("is shown as 〜分で読めます", () => {
    expect(formatReadingTime(8)).toBe("8分で読めます");
  });

  it("takes time linear in the text on lines of unclosed comments, tags and link targets", () => {
    for (const line of ["<!--a ".repeat(30_000), "</a ".repeat(40_000), "](a ".repeat(40_000)]) {
      readingMinutes(line, speed);
    }
  });
});
