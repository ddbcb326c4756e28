import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderAtom, renderJson, renderRss, type FeedChannel, type FeedEntry } from "./render";

const hostile = 'A ]]> B ]]> C </script><script>alert("x")</script> & D\u0001';

function entry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    title: "Llama 4 の性能",
    url: "https://example.jp/posts/llama/",
    published: new Date("2025-12-10T20:44:31Z"),
    updated: new Date("2025-12-12T01:00:00Z"),
    author: "編集部",
    categories: [{ name: "投資分析", url: "https://example.jp/categories/%E6%8A%95%E8%B3%87%E5%88%86%E6%9E%90/" }],
    tags: [{ name: "AI", url: "https://example.jp/tags/ai/" }],
    summaryText: "要約です。",
    summaryHtml: "<p><strong>要約</strong>です。</p>",
    contentHtml: '<p>本文 <a href="https://example.jp/posts/other/">リンク</a></p>',
    ...overrides,
  };
}

function channel(entries: FeedEntry[]): FeedChannel {
  return {
    title: "yomu",
    description: "説明",
    pageUrl: "https://example.jp/",
    feedUrls: { rss: "https://example.jp/feed.xml", atom: "https://example.jp/atom.xml", json: "https://example.jp/feed.json" },
    language: "ja",
    author: "編集部",
    timeZone: "Asia/Tokyo",
    entries,
    emptyUpdated: new Date(0),
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: false as unknown as string });
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
};
const list = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);

describe("RSS 2.0", () => {
  it("lists entries with absolute links, dates, categories, author and full content", () => {
    const rss = parse(renderRss(channel([entry(), entry({ url: "https://example.jp/posts/two/", title: "二つ目" })]))).rss;
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel.link).toBe("https://example.jp/");
    expect(rss.channel["atom:link"]["@href"]).toBe("https://example.jp/feed.xml");
    const items = list(rss.channel.item);
    expect(items).toHaveLength(2);
    const first = items[0];
    expect(first.title).toBe("Llama 4 の性能");
    expect(first.link).toBe("https://example.jp/posts/llama/");
    expect(new Date(first.pubDate).toISOString()).toBe("2025-12-10T20:44:31.000Z");
    expect(first["dc:creator"]).toBe("編集部");
    expect(list(first.category).map((c: { "#text": string }) => c["#text"])).toEqual(["投資分析", "AI"]);
    expect(first["content:encoded"]).toContain('<a href="https://example.jp/posts/other/">');
    expect(first.description).toContain("<strong>要約</strong>");
  });

  it("stays well-formed whatever a title or body contains, and gives the text back unchanged", () => {
    const xml = renderRss(channel([entry({ title: hostile, contentHtml: `<pre><code>${hostile}</code></pre>`, summaryHtml: hostile })]));
    const item = parse(xml).rss.channel.item;
    const expected = hostile.replace("\u0001", "");
    expect(item.title).toBe(expected);
    expect(item.description).toBe(expected);
    expect(item["content:encoded"]).toBe(`<pre><code>${expected}</code></pre>`);
  });

  it("declares the namespaces it uses when the feed carries excerpts only", () => {
    const xml = renderRss(channel([entry({ contentHtml: undefined })]));
    expect(xml).toMatch(/<rss [^>]*xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/"/);
    const item = parse(xml).rss.channel.item;
    expect(item["content:encoded"]).toBeUndefined();
    expect(item.description).toContain("要約");
  });

  it("is valid with no entries", () => {
    const rss = parse(renderRss(channel([]))).rss;
    expect(rss.channel.title).toBe("yomu");
    expect(rss.channel.item).toBeUndefined();
  });
});

describe("Atom", () => {
  it("has ids, self link, published and updated instants, and HTML content", () => {
    const feed = parse(renderAtom(channel([entry()]))).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("https://example.jp/");
    expect(list(feed.link).find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe("https://example.jp/atom.xml");
    const e = feed.entry;
    expect(e.id).toBe("https://example.jp/posts/llama/");
    expect(new Date(e.published).toISOString()).toBe("2025-12-10T20:44:31.000Z");
    expect(new Date(e.updated).toISOString()).toBe("2025-12-12T01:00:00.000Z");
    expect(e.author.name).toBe("編集部");
    expect(list(e.category).map((c: Record<string, string>) => c["@term"])).toEqual(["投資分析", "AI"]);
    expect(e.content["@type"]).toBe("html");
  });

  it("escapes titles, which Atom declares as HTML", () => {
    const e = parse(renderAtom(channel([entry({ title: "Vec<String> & co ]]> x ]]> y" })]))).feed.entry;
    expect(e.title["#text"]).toBe("Vec&lt;String&gt; &amp; co ]]&gt; x ]]&gt; y");
  });
});

describe("JSON Feed 1.1", () => {
  it("has the 1.1 version, language, authors and dates with the site's offset", () => {
    const feed = JSON.parse(renderJson(channel([entry()])));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.language).toBe("ja");
    expect(feed.feed_url).toBe("https://example.jp/feed.json");
    expect(feed.authors).toEqual([{ name: "編集部", url: "https://example.jp/" }]);
    const [item] = feed.items;
    expect(item.id).toBe("https://example.jp/posts/llama/");
    expect(item.url).toBe("https://example.jp/posts/llama/");
    expect(item.date_published).toBe("2025-12-11T05:44:31+09:00");
    expect(item.date_modified).toBe("2025-12-12T10:00:00+09:00");
    expect(item.authors).toEqual([{ name: "編集部" }]);
    expect(item.author).toBeUndefined();
    expect(item.tags).toEqual(["投資分析", "AI"]);
    expect(item.summary).toBe("要約です。");
    expect(item.content_html).toContain("<a href=");
  });

  it("keeps titles and content exactly (no XML escaping leaks into JSON)", () => {
    const item = JSON.parse(renderJson(channel([entry({ title: hostile, contentHtml: hostile })]))).items[0];
    expect(item.title).toBe(hostile);
    expect(item.content_html).toBe(hostile);
  });

  it("falls back to the excerpt HTML when there is no full content", () => {
    const item = JSON.parse(renderJson(channel([entry({ contentHtml: undefined })]))).items[0];
    expect(item.content_html).toBe("<p><strong>要約</strong>です。</p>");
  });
});

describe("hostile term names in attributes", () => {
  it("a tag with < and \" stays well-formed XML and reads back as written", () => {
    const tag = { name: '<b>"タグ"</b> & ]]>', url: 'https://example.jp/tags/"x"/' };
    const atom = parse(renderAtom(channel([entry({ tags: [tag], categories: [] })]))).feed.entry;
    expect(atom.category["@label"]).toBe(tag.name);
    expect(atom.category["@term"]).toBe(tag.name);
    const rss = parse(renderRss(channel([entry({ tags: [tag], categories: [] })]))).rss.channel.item;
    expect(rss.category["#text"]).toBe(tag.name);
    expect(rss.category["@domain"]).toBe(tag.url);
  });
});
