/** The dev server's banner in the site's language: every message and the banner's own words. */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parsePost } from "../lib/content/parse";
import { siteConfig } from "../site.config";
import { BrokenPost, ContentErrors } from "./ContentErrors";

const { issues } = parsePost("posts/a.md", "---\ntitle: x\ndate: 2025-02-30\ntilte: y\n---\n\n:::message\n箱\n", siteConfig);
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe("the dev banner", () => {
  it("speaks Japanese on a Japanese site, each problem once", () => {
    const shown = text(renderToStaticMarkup(<ContentErrors issues={[...issues, ...issues]} language="ja-JP" />));
    expect(shown).toContain("コンテンツのエラー：エラー1件、警告1件");
    expect(shown).toContain("posts/a.md:3:7: date: 「2025-02-30」は暦にない日付か時刻です — 日付を YYYY-MM-DD HH:MM:SS +0900");
    expect(shown).toContain("警告1件（npm run content:check で全項目を確認できます）");
    expect(shown.match(/posts\/a\.md:3:7/g)).toHaveLength(1);
    expect(shown).not.toMatch(/ is | expected /);
  });

  it("speaks English on an English site", () => {
    const shown = text(renderToStaticMarkup(<ContentErrors issues={issues} language="en" />));
    expect(shown).toContain("Content problems: 1 error, 1 warning");
    expect(shown).toContain('posts/a.md:3:7: date: "2025-02-30" is not a real calendar date or time — write the date as YYYY-MM-DD HH:MM:SS +0900');
    expect(shown).toContain('unknown key "tilte" is kept but not used — did you mean "title"? rename the key');
    expect(text(renderToStaticMarkup(<BrokenPost file="posts/a.md" issues={issues} language="en" />))).toContain("This post cannot be shown");
  });
});
