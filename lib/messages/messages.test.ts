import { describe, expect, it } from "vitest";
import { catalogue } from "./catalogue";
import { messageLanguage, said, say, t, wordsOf, type PhraseId } from "./index";
import { ContentError, formatIssueIn } from "../content/issues";

/** Every parameter a template may read, filled in. */
const anything = new Proxy({}, { get: (_, name) => (typeof name === "string" ? `«${name}»` : undefined) }) as Record<string, string>;

describe("the messages' catalogue", () => {
  const ids = Object.keys(catalogue) as PhraseId[];
  // banner.counts reads its counts as numbers: with text for them it says nothing, in both languages.
  const sameInBoth = new Set<PhraseId>(["verbatim", "at-key", "where.key", "banner.counts"]);

  it.each(ids)("%s has Japanese and English words of its own", (id) => {
    const entry = catalogue[id] as { en: (p: unknown) => string; ja: (p: unknown) => string };
    const en = entry.en(anything);
    const ja = entry.ja(anything);
    expect(en).not.toMatch(/undefined|\[object/);
    expect(ja).not.toMatch(/undefined|\[object/);
    if (!sameInBoth.has(id)) expect(ja).not.toBe(en);
    // The Japanese words use every parameter the English words use.
    for (const name of en.match(/«\w+»/g) ?? []) expect(ja).toContain(name);
  });

  it("chooses Japanese for a Japanese site and when no language is known, English otherwise", () => {
    expect(["ja", "ja-JP", undefined, "en", "en-US", "de"].map(messageLanguage)).toEqual(["ja", "ja", "ja", "en", "en", "en"]);
  });

  it("fills phrases inside phrases in the same language", () => {
    const phrase = t("at-key", { key: "tags", detail: t("value.expected-list", { got: t("value.as-item", { value: t("value.mapping"), n: 2 }) }) });
    expect(say(phrase, "en")).toBe("tags: expected a list of names or a space-separated string, got a mapping as item 2");
    expect(say(phrase, "ja")).toBe("tags: 名前のリストか空白区切りの文字列を書くところにマッピング（2番目の項目）があります");
  });

  it("keeps file:line:column and the fix in every language; a ContentError speaks the site's language", () => {
    const issue = { file: "posts/a.md", line: 3, column: 7, severity: "error" as const, ...said(t("date.missing"), t("date.missing.fix")) };
    expect(wordsOf(issue, "en").message).toBe("date is missing");
    expect(formatIssueIn(issue, "ja")).toBe("posts/a.md:3:7: 日付（date）がありません — フロントマターに date: 2025-12-10 20:44:31 +0900 の行を加えるか、ファイル名を YYYY-MM-DD-slug.md にしてください");
    expect(new ContentError([issue], "en").message).toBe("1 content error in 1 file(s):\n  posts/a.md:3:7: date is missing — add a line to the front matter: date: 2025-12-10 20:44:31 +0900, or name the file YYYY-MM-DD-slug.md");
    expect(new ContentError([issue], "ja").message).toMatch(/^コンテンツのエラー1件（1ファイル）:\n {2}posts\/a\.md:3:7: 日付（date）がありません — /);
  });
});
