import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { buildIndex } from "../content/build-index";
import { bodyTextFiles, buildSearchIndex, type BuildOptions, type SearchDocument } from "./build";
import { SearchClient } from "./client";
import { searchDocument } from "./documents";
import { textFile } from "./format";
import { normalizeText } from "./normalize";
import { parseQuery } from "./query";

function doc(slug: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    slug,
    title: slug,
    datetime: "2025-12-10T05:44:31+09:00",
    dateText: "2025年12月10日",
    tags: [],
    categories: [],
    excerpt: "",
    body,
    ...extra,
  };
}

function clientFor(docs: SearchDocument[], options?: BuildOptions) {
  const built = buildSearchIndex(docs, options);
  const fetched: string[] = [];
  const client = new SearchClient(built.manifest, async (name) => {
    const data = built.files.get(name);
    if (!data) throw new Error(`no file ${name}`);
    fetched.push(name);
    return data;
  });
  const slugs = async (q: string) => {
    const { hits } = await client.search(q);
    return (await client.documents(hits.map((h) => h.doc))).map((d) => d.slug);
  };
  return { built, client, fetched, slugs };
}

const japanese = [
  doc("semiconductor", "TSMCの半導体工場が拡張される。"),
  doc("shares-characters", "売上の半分は導体と絶縁体の事業による。"),
  doc("multilingual", "Llama 4は多言語に対応した。"),
  doc("many-languages", "多くの言語で評価した。"),
  doc("multimodal", "本文には出てこない。", { tags: ["マルチモーダル"] }),
  doc("all-bigrams-apart", "マルチモデルの話とモーダルの話。マルチモ、そしてモーダル。"),
  doc("anthropic", "ClaudeはAnthropicのモデル。", { title: "Anthropicの戦略" }),
  doc("full-width", "ＡＩの進化とｱﾝｿﾛﾋﾟｯｸ。"),
  doc("tags", "本文。", { tags: ["機械", "学習"] }),
];

describe("search on a small index", () => {
  for (const options of [{}, { externalBytes: 16, bucketBytes: 64 }] as BuildOptions[]) {
    const label = options.externalBytes ? "(postings in files of their own)" : "(postings in buckets)";

    it(`finds exactly the posts containing a Japanese word, not posts sharing its characters ${label}`, async () => {
      const { slugs } = clientFor(japanese, options);
      expect(await slugs("半導体")).toEqual(["semiconductor"]);
      expect(await slugs("多言語")).toEqual(["multilingual"]);
      // all-bigrams-apart contains every bigram of マルチモーダル, but not the word.
      expect(await slugs("マルチモーダル")).toEqual(["multimodal"]);
      expect(await slugs("言語")).toEqual(["multilingual", "many-languages"]);
    });

    it(`is case- and width-insensitive ${label}`, async () => {
      const { slugs } = clientFor(japanese, options);
      expect(await slugs("anthropic")).toEqual(["anthropic"]);
      expect(await slugs("ANTHROPIC")).toEqual(["anthropic"]);
      expect(await slugs("ai")).toEqual(["full-width"]);
      expect(await slugs("アンソロピック")).toEqual(["full-width"]);
    });
  }

  it("finds single characters, in any zone", async () => {
    const { slugs } = clientFor(japanese);
    expect(await slugs("絶")).toEqual(["shares-characters"]);
    expect(await slugs("略")).toEqual(["anthropic"]);
  });

  it("needs every term; a phrase never spans two tags", async () => {
    const { slugs } = clientFor(japanese);
    expect(await slugs("機械 学習")).toEqual(["tags"]);
    expect(await slugs("機械学習")).toEqual([]);
    expect(await slugs("半導体 多言語")).toEqual([]);
    expect(await slugs('"llama 4は"')).toEqual(["multilingual"]);
  });

  it("works for a site without posts", async () => {
    const { built, slugs } = clientFor([]);
    expect(built.manifest.docs).toBe(0);
    expect(built.files.size).toBeGreaterThan(0);
    expect(await slugs("多言語")).toEqual([]);
  });

  it("answers a query nothing contains with no result", async () => {
    const { slugs } = clientFor(japanese);
    expect(await slugs("存在しない語彙")).toEqual([]);
    expect(await slugs("   ")).toEqual([]);
  });

  it("ranks title and tag matches above body matches", async () => {
    const { slugs } = clientFor([
      doc("body-many", "量子 量子 量子 量子 量子コンピュータ 量子 量子"),
      doc("title", "関係ない。", { title: "量子の話" }),
      doc("tag", "関係ない。", { tags: ["量子"] }),
      doc("body-once", "量子。"),
    ]);
    expect(await slugs("量子")).toEqual(["title", "tag", "body-many", "body-once"]);
  });

  it("reads only the files a query needs", async () => {
    const docs = Array.from({ length: 300 }, (_, i) => doc(`p${i}`, `記事${i}の本文。話題${i % 17}について。`));
    const { built, client, fetched } = clientFor(docs, { bucketBytes: 2048 });
    expect(built.manifest.buckets).toBeGreaterThan(10);
    await client.search("話題3");
    expect(fetched.length).toBeLessThan(8);
    expect(client.bytesFetched).toBeLessThan(built.stats.bytes / 4);
  });

  it("serves compressed files and also reads them when a server has already decompressed them", async () => {
    const built = buildSearchIndex(japanese);
    const plain = new SearchClient(built.manifest, async (name) => {
      const data = built.files.get(name)!;
      return name.endsWith(".bin") ? new Uint8Array(gunzipSync(data)) : data;
    });
    const { hits } = await plain.search("多言語");
    expect(hits).toHaveLength(1);
  });

  it("keeps what it fetched: the next keystroke reads nothing new", async () => {
    const { client, fetched } = clientFor(japanese);
    await client.search("マルチモーダル");
    const before = fetched.length;
    await client.search("マルチモーダル");
    expect(fetched.length).toBe(before);
  });
});

describe("search over posts shaped like the sample posts agrees with a brute-force scan", () => {
  const fixture = path.resolve(__dirname, "../../e2e/fixtures/seeds-like");
  const content = buildIndex(
    fs
      .readdirSync(fixture)
      .filter((f) => f.endsWith(".md"))
      .map((f) => ({ file: f, raw: fs.readFileSync(path.join(fixture, f), "utf8"), mtimeMs: 0 })),
    siteConfig,
    { includeHidden: false },
  );
  const docs = content.posts.map((p) => searchDocument(p));
  // Zones as the index sees them: the title, each tag or category alone, the body.
  const zones = docs.map((d) => [d.title, ...d.tags, ...d.categories, d.body].map((z) => normalizeText(z).trim()));
  const bruteForce = (q: string) => {
    const terms = parseQuery(q).map((t) => t.text);
    return docs.filter((_d, i) => terms.every((t) => zones[i].some((z) => z.includes(t)))).map((d) => d.slug).sort();
  };

  it("for words some of the posts contain (kanji, katakana, an English name in lower case)", async () => {
    const { slugs } = clientFor(docs);
    for (const q of ["発酵", "自転車", "サワードウ", "raspberry"]) {
      const expected = bruteForce(q);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(expected.length, q).toBeLessThan(docs.length);
      expect((await slugs(q)).sort(), q).toEqual(expected);
    }
  });

  it("for 400 random substrings of the posts, alone and in pairs", async () => {
    let seed = 12345;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const sample = () => {
      const z = zones[Math.floor(random() * zones.length)];
      const text = Array.from(z[Math.floor(random() * z.length)]);
      const length = 1 + Math.floor(random() * 8);
      const start = Math.floor(random() * Math.max(1, text.length - length));
      return text.slice(start, start + length).join("").trim().replace(/"/g, "");
    };
    for (const options of [{}, { externalBytes: 64, bucketBytes: 512 }] as BuildOptions[]) {
      const { slugs } = clientFor(docs, options);
      for (let i = 0; i < 200; i++) {
        const q = i % 4 === 3 ? `${sample()} ${sample()}` : sample();
        if (parseQuery(q).length === 0) continue;
        expect((await slugs(q)).sort(), q).toEqual(bruteForce(q));
      }
    }
  });
});

describe("body texts for snippets", () => {
  it("are files of the index, named in the results, read only when asked for", async () => {
    const body = "量子の話は本文にだけある。";
    const texts = await bodyTextFiles(new Map([[textFile("0123456789abcdef0123"), body]]));
    const docs = [doc("quantum", body, { text: textFile("0123456789abcdef0123") }), doc("other", "別の本文。")];
    const { client, fetched } = clientFor(docs, { texts });
    const { hits } = await client.search("量子");
    const [found] = await client.documents(hits.map((h) => h.doc));
    expect(found.text).toBe("t0123456789abcdef.bin");
    expect(fetched).not.toContain(found.text);
    expect(await client.bodyText(found)).toBe(body);
    expect(await client.bodyText((await client.documents([1]))[0])).toBeUndefined();
  });
});
