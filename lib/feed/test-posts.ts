/** Posts for feed, sitemap and metadata tests. */
import type { Post } from "../content";

export function makePost(overrides: Partial<Post> = {}): Post {
  return {
    slug: "hello",
    title: "こんにちは",
    date: "2025-12-10T20:44:31.000Z",
    updated: undefined,
    categories: ["投資分析"],
    tags: ["AI", "Meta"],
    author: "編集部",
    emoji: undefined,
    excerpt: { text: "最初の段落です。", markdown: "**最初**の段落です。", source: "front-matter" },
    readingMinutes: 3,
    draft: false,
    dateSource: "front-matter",
    qiitaId: undefined,
    scheduled: false,
    format: "md",
    sourcePath: "content/hello.md",
    body: "本文です。\n\n[次の記事](/posts/next/) と ![図](/img/figure.png)\n",
    bodyLine: 10,
    extra: {},
    slugAt: { line: 1, column: 1 },
    ...overrides,
  };
}
