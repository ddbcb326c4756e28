import type { Metadata } from "next";
import { describe, expect, it } from "vitest";
import { metadata as layoutMetadata, viewport } from "../../app/layout";
import { metadata as notFoundMetadata } from "../../app/not-found";
import { metadata as searchMetadata } from "../../app/search/page";
import { makePost } from "../feed/test-posts";
import { articleMetadata, pageMetadata } from "../seo/metadata";
import { absoluteUrl, postUrl, tagFeedUrl, tagUrl } from "../urls";
import { headHtml, mergeMetadata } from "./head";

const assets = {
  stylesheets: ["/_next/static/chunks/1dz3zwv0gq55t.css"],
  icons: [{ href: "/icon.svg?icon.10sx8gzfeqzqr.svg", sizes: "any", type: "image/svg+xml" }],
};

/** Heads Next 16 printed for the e2e seed site (SITE_URL=http://127.0.0.1:4321), with the origin made this run's. */
const nextPrinted = (html: string) => html.replaceAll("http://127.0.0.1:4321", absoluteUrl(""));

const START =
  '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/chunks/1dz3zwv0gq55t.css" data-precedence="next"/>';
const COLORS =
  '<meta name="theme-color" content="#fafaf9" media="(prefers-color-scheme: light)"/><meta name="theme-color" content="#1c1917" media="(prefers-color-scheme: dark)"/>';
const SITE_FEEDS =
  '<link rel="alternate" type="application/rss+xml" href="http://127.0.0.1:4321/feed.xml" title="yomu (RSS)"/><link rel="alternate" type="application/atom+xml" href="http://127.0.0.1:4321/atom.xml" title="yomu (Atom)"/><link rel="alternate" type="application/feed+json" href="http://127.0.0.1:4321/feed.json" title="yomu (JSON Feed)"/>';
const ICON = '<link rel="icon" href="/icon.svg?icon.10sx8gzfeqzqr.svg" sizes="any" type="image/svg+xml"/>';
const OG_IMAGE = (url: string, alt: string) =>
  `<meta property="og:image" content="${url}"/><meta property="og:image:type" content="image/png"/><meta property="og:image:width" content="1200"/><meta property="og:image:height" content="630"/><meta property="og:image:alt" content="${alt}"/>`;
const TWITTER_IMAGE = (url: string, alt: string) =>
  `<meta name="twitter:image" content="${url}"/><meta name="twitter:image:alt" content="${alt}"/><meta name="twitter:image:type" content="image/png"/><meta name="twitter:image:width" content="1200"/><meta name="twitter:image:height" content="630"/>`;
const MANIFEST = '<link rel="manifest" href="/manifest.webmanifest"/>';
const SITE_IMAGE = "http://127.0.0.1:4321/og.png";

describe("headHtml of merged layout and page metadata", () => {
  it("reproduces Next's head of an article page", () => {
    const post = makePost({
      slug: "llama-4-inference",
      title: "Llama 4の「推論性能2倍」は、何を変えるのか？",
      date: "2025-12-09T08:46:44.000Z",
      author: undefined,
      categories: ["投資分析"],
      tags: ["AI", "最新ニュース", "技術動向", "Meta", "OpenAI", "投資"],
      excerpt: { text: "Meta Llama 4、推論性能2倍にについて詳細に分析します。", source: "first-paragraph" },
    });
    const image = "http://127.0.0.1:4321/posts/llama-4-inference/og.png";
    const metadata = mergeMetadata([layoutMetadata, articleMetadata(post, postUrl(post.slug), { path: "/posts/llama-4-inference/og.png", alt: post.title })]);
    expect(headHtml(metadata, viewport, assets)).toBe(
      nextPrinted(
        `${START}${COLORS}<title>Llama 4の「推論性能2倍」は、何を変えるのか？ | yomu</title><meta name="description" content="Meta Llama 4、推論性能2倍にについて詳細に分析します。"/><meta name="author" content="ALLFORCES編集部"/>${MANIFEST}<meta name="keywords" content="AI,最新ニュース,技術動向,Meta,OpenAI,投資"/><link rel="canonical" href="http://127.0.0.1:4321/posts/llama-4-inference/"/>${SITE_FEEDS}<meta property="og:title" content="Llama 4の「推論性能2倍」は、何を変えるのか？"/><meta property="og:description" content="Meta Llama 4、推論性能2倍にについて詳細に分析します。"/><meta property="og:url" content="http://127.0.0.1:4321/posts/llama-4-inference/"/><meta property="og:site_name" content="yomu"/><meta property="og:locale" content="ja_JP"/>${OG_IMAGE(image, post.title)}<meta property="og:type" content="article"/><meta property="article:published_time" content="2025-12-09T17:46:44+09:00"/><meta property="article:modified_time" content="2025-12-09T17:46:44+09:00"/><meta property="article:author" content="ALLFORCES編集部"/><meta property="article:section" content="投資分析"/><meta property="article:tag" content="AI"/><meta property="article:tag" content="最新ニュース"/><meta property="article:tag" content="技術動向"/><meta property="article:tag" content="Meta"/><meta property="article:tag" content="OpenAI"/><meta property="article:tag" content="投資"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="Llama 4の「推論性能2倍」は、何を変えるのか？"/><meta name="twitter:description" content="Meta Llama 4、推論性能2倍にについて詳細に分析します。"/>${TWITTER_IMAGE(image, post.title)}${ICON}`,
      ),
    );
  });

  it("reproduces a tag page's head, its own feed before the site's", () => {
    const page = pageMetadata({
      path: tagUrl("ai"),
      title: "#AI",
      description: "yomuの「#AI」の記事（3件）",
      feed: { title: "#AI | yomu (RSS)", path: tagFeedUrl("ai") },
    });
    expect(headHtml(mergeMetadata([layoutMetadata, page]), viewport, assets)).toBe(
      nextPrinted(
        `${START}${COLORS}<title>#AI | yomu</title><meta name="description" content="yomuの「#AI」の記事（3件）"/>${MANIFEST}<link rel="canonical" href="http://127.0.0.1:4321/tags/ai/"/><link rel="alternate" type="application/rss+xml" href="http://127.0.0.1:4321/tags/ai/feed.xml" title="#AI | yomu (RSS)"/>${SITE_FEEDS}<meta property="og:title" content="#AI"/><meta property="og:description" content="yomuの「#AI」の記事（3件）"/><meta property="og:url" content="http://127.0.0.1:4321/tags/ai/"/><meta property="og:site_name" content="yomu"/><meta property="og:locale" content="ja_JP"/>${OG_IMAGE(SITE_IMAGE, "yomu")}<meta property="og:type" content="website"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="#AI"/><meta name="twitter:description" content="yomuの「#AI」の記事（3件）"/>${TWITTER_IMAGE(SITE_IMAGE, "yomu")}${ICON}`,
      ),
    );
  });

  it("writes a title with $ patterns as written, from an absolute title or from the layout's template", () => {
    const title = "株価 $' 上昇 $& $1 $$";
    const shown = (page: Metadata) => /<title>(.*?)<\/title>/.exec(headHtml(mergeMetadata([layoutMetadata, page]), viewport, assets))?.[1];
    const escaped = "株価 $&#x27; 上昇 $&amp; $1 $$ | yomu";
    expect(shown(articleMetadata(makePost({ title }), postUrl("x"), { path: "/posts/x/og.png", alt: title }))).toBe(escaped);
    expect(shown({ title })).toBe(escaped);
  });

  it("gives the home page the layout's default title", () => {
    const head = headHtml(mergeMetadata([layoutMetadata, pageMetadata({ path: "/" })]), viewport, assets);
    expect(head).toContain(`${COLORS}<title>yomu</title><meta name="description" content="AIと投資の最新ニュースを、読みやすく。"/>`);
    expect(head).toContain(`<link rel="canonical" href="${absoluteUrl("/")}"/>`);
  });

  it("reproduces the search page's robots tag", () => {
    const head = headHtml(mergeMetadata([layoutMetadata, searchMetadata]), viewport, assets);
    expect(head).toContain(
      nextPrinted(
        `<title>検索 | yomu</title><meta name="description" content="記事のタイトル・タグ・本文を検索します。"/>${MANIFEST}<meta name="robots" content="noindex, follow"/><link rel="canonical" href="http://127.0.0.1:4321/search/"/>`,
      ),
    );
  });

  it("reproduces the not-found page: template title, Open Graph and Twitter from the page and layout", () => {
    const metadata = mergeMetadata([layoutMetadata, notFoundMetadata]);
    expect(headHtml(metadata, viewport, assets, { notFound: true })).toBe(
      nextPrinted(
        `${START}<meta name="robots" content="noindex"/>${COLORS}<title>ページが見つかりません | yomu</title><meta name="description" content="AIと投資の最新ニュースを、読みやすく。"/>${MANIFEST}${SITE_FEEDS}<meta property="og:title" content="ページが見つかりません | yomu"/><meta property="og:description" content="AIと投資の最新ニュースを、読みやすく。"/><meta property="og:site_name" content="yomu"/><meta property="og:locale" content="ja_JP"/>${OG_IMAGE(SITE_IMAGE, "yomu")}<meta property="og:type" content="website"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="ページが見つかりません | yomu"/><meta name="twitter:description" content="AIと投資の最新ニュースを、読みやすく。"/>${TWITTER_IMAGE(SITE_IMAGE, "yomu")}${ICON}`,
      ),
    );
  });
});

describe("mergeMetadata", () => {
  const layout: Metadata = { title: { default: "Site", template: "%s | Site" }, description: "site" };

  it("applies a layout's title template to later layers only", () => {
    expect(mergeMetadata([layout]).title).toBe("Site");
    expect(mergeMetadata([layout, {}]).title).toBe("Site");
    expect(mergeMetadata([layout, { title: "Page" }]).title).toBe("Page | Site");
    expect(mergeMetadata([layout, { title: { absolute: "Alone" } }]).title).toBe("Alone");
    expect(mergeMetadata([layout, { title: { default: "Section", template: "%s – Section" } }, { title: "Page" }]).title).toBe(
      "Page – Section",
    );
    // A plain title in between ends the template, as in Next.
    expect(mergeMetadata([layout, { title: "Section" }, { title: "Page" }]).title).toBe("Page");
  });

  it("replaces nested objects whole", () => {
    const merged = mergeMetadata([
      { openGraph: { siteName: "Site", locale: "ja_JP" }, alternates: { canonical: "/a/" } },
      { openGraph: { title: "Page" } },
    ]);
    expect(merged.openGraph).toEqual({ title: "Page" });
    expect(merged.alternates).toEqual({ canonical: "/a/" });
  });
});

describe("headHtml", () => {
  const bare = { stylesheets: [], icons: [] };

  it("escapes title text and attribute values", () => {
    const head = headHtml({ title: `A "quoted" <b> & 'x'`, description: `<script>"&"</script>` }, {}, bare);
    expect(head).toContain("<title>A &quot;quoted&quot; &lt;b&gt; &amp; &#x27;x&#x27;</title>");
    expect(head).toContain('<meta name="description" content="&lt;script&gt;&quot;&amp;&quot;&lt;/script&gt;"/>');
  });

  it("resolves relative URLs against metadataBase, with Next's trailing slash for pages", () => {
    const head = headHtml(
      {
        metadataBase: new URL("https://example.jp/blog/"),
        alternates: { canonical: "/posts/a", types: { "application/rss+xml": "/feed.xml" } },
        openGraph: { url: "https://example.jp/" },
      },
      {},
      bare,
    );
    expect(head).toContain('<link rel="canonical" href="https://example.jp/blog/posts/a/"/>');
    expect(head).toContain('<link rel="alternate" type="application/rss+xml" href="https://example.jp/blog/feed.xml"/>');
    expect(head).toContain('<meta property="og:url" content="https://example.jp/"/>');
  });

  it("renders Open Graph images, and Twitter's from them as Next does", () => {
    const base = { metadataBase: new URL("https://example.jp/blog/") };
    const og = headHtml({ ...base, openGraph: { images: ["/a.png", { url: "https://cdn.example/b.png", width: 10, alt: "B" }] } }, {}, bare);
    expect(og).toContain(
      '<meta property="og:image" content="https://example.jp/blog/a.png"/><meta property="og:image" content="https://cdn.example/b.png"/><meta property="og:image:width" content="10"/><meta property="og:image:alt" content="B"/>',
    );
    // No twitter key: the card is made from Open Graph, images included, so it is large.
    expect(og).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(og).toContain('<meta name="twitter:image" content="https://example.jp/blog/a.png"/><meta name="twitter:image" content="https://cdn.example/b.png"/><meta name="twitter:image:alt" content="B"/><meta name="twitter:image:width" content="10"/>');
    // A twitter key without images or card: it takes the images, its card stays the default "summary".
    const both = headHtml({ ...base, openGraph: { images: "/a.png" }, twitter: { title: "T" } }, {}, bare);
    expect(both).toContain('<meta name="twitter:card" content="summary"/><meta name="twitter:title" content="T"/>');
    expect(both).toContain('<meta name="twitter:image" content="https://example.jp/blog/a.png"/>');
    const own = headHtml({ ...base, openGraph: { images: "/a.png" }, twitter: { images: "/t.png" } }, {}, bare);
    expect(own).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(own).toContain('<meta name="twitter:image" content="https://example.jp/blog/t.png"/>');
    expect(own).not.toContain('<meta name="twitter:image" content="https://example.jp/blog/a.png"/>');
  });

  it("renders authors with links, the manifest as given, robots with googlebot, and the viewport keys given", () => {
    const head = headHtml(
      {
        authors: [{ name: "A", url: "https://a.example/" }, { name: "B" }],
        manifest: "/blog/manifest.webmanifest",
        keywords: "one",
        robots: { index: true, follow: false, "max-snippet": 50, googleBot: { index: false } },
      },
      { width: 400, initialScale: 2, themeColor: "#000", colorScheme: "dark" },
      bare,
    );
    expect(head).toBe(
      '<meta charSet="utf-8"/><meta name="viewport" content="width=400, initial-scale=2"/><meta name="theme-color" content="#000"/><meta name="color-scheme" content="dark"/>' +
        '<link rel="author" href="https://a.example/"/><meta name="author" content="A"/><meta name="author" content="B"/><link rel="manifest" href="/blog/manifest.webmanifest"/><meta name="keywords" content="one"/>' +
        '<meta name="robots" content="index, nofollow, max-snippet:50"/><meta name="googlebot" content="noindex"/>',
    );
  });

  it("throws on a key it cannot render", () => {
    expect(() => headHtml({ verification: { google: "abc" } }, {}, bare)).toThrow(/"verification"/);
    expect(() => mergeMetadata([{ openGraph: { videos: "/a.mp4" } }])).toThrow(/"openGraph\.videos"/);
    expect(() => headHtml({ openGraph: { images: [{ url: "https://a.example/a.png", foo: 1 } as never] } }, {}, bare)).toThrow(/"images\[\]\.foo"/);
    expect(() => headHtml({ openGraph: { images: "/og.png" } }, {}, bare)).toThrow(/metadataBase is not set/);
    expect(() => headHtml({}, { colorScheme: "dark", foo: 1 } as never, bare)).toThrow(/"foo"/);
    expect(() => headHtml({ verification: undefined }, {}, bare)).not.toThrow();
  });
});
