import { describe, expect, it, vi } from "vitest";
import { makePost } from "../feed/test-posts";
import { cardKey, newestSlugs, postShareImage, postText, siteShareImage } from "./index";

describe("share image keys", () => {
  const text = { title: "投資の話", siteName: "yomu", date: "2025年12月11日" };

  it("are the same for the same card, font and renderers", () => {
    expect(cardKey(text, "font@1 satori@1 sharp@1")).toBe(cardKey({ ...text }, "font@1 satori@1 sharp@1"));
  });

  it("change with the title, the site's name, the date, the font or a renderer", () => {
    const base = cardKey(text, "font@1 satori@1 sharp@1");
    const others = [
      cardKey({ ...text, title: "投資の話！" }, "font@1 satori@1 sharp@1"),
      cardKey({ ...text, siteName: "yomu2" }, "font@1 satori@1 sharp@1"),
      cardKey({ ...text, date: "2025年12月12日" }, "font@1 satori@1 sharp@1"),
      cardKey(text, "font@2 satori@1 sharp@1"),
      cardKey(text, "font@1 satori@1 sharp@2"),
    ];
    expect(new Set([base, ...others]).size).toBe(6);
  });
});

describe("which posts get an image of their own", () => {
  it("are the newest, up to the limit", () => {
    const posts = ["c", "b", "a"].map((slug) => makePost({ slug }));
    expect([...newestSlugs(posts, 2)]).toEqual(["c", "b"]);
    expect(newestSlugs(posts, 0).size).toBe(0);
    expect(newestSlugs(posts, 10).size).toBe(3);
  });

  it("show the post's date in the site's time zone", () => {
    // 20:44 UTC on the 10th is the 11th in Tokyo.
    expect(postText(makePost({ title: "題", date: "2025-12-10T20:44:31.000Z" }))).toMatchObject({ title: "題", date: "2025年12月11日" });
  });
});

describe("a post whose title the font cannot draw", () => {
  it("shares the site's image, and the build says which file and which characters", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const png = await postShareImage(makePost({ title: "한 新機能リリース", sourcePath: "content/rocket.md" }));
      expect(Buffer.from(png).equals(Buffer.from(await siteShareImage()))).toBe(true);
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0][0])).toMatch(/^content\/rocket\.md: the title has "한", which the share-image font .* cannot draw; the post shares the site's image — write the title without it/);
    } finally {
      warn.mockRestore();
    }
  }, 30_000);
});
