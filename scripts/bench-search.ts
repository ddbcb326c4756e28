/**
 * Search figures for a corpus: plain-text extraction and index build time, the
 * size of the index as served (files, bytes), and for a few queries the bytes
 * and files a search page fetches for a first query, the time to results with
 * those files in memory (decompress, decode, match, rank, first page of
 * results) and once they are loaded, per keystroke while typing the query.
 * Every result count is checked against a brute-force scan of the posts.
 */
import { performance } from "node:perf_hooks";
import { siteConfig } from "../site.config";
import { buildIndex } from "../lib/content/build-index";
import { readPostFiles } from "../lib/content/load";
import { buildSearchIndex } from "../lib/search/build";
import { SearchClient } from "../lib/search/client";
import { searchDocument } from "../lib/search/documents";
import { MANIFEST_FILE } from "../lib/search/format";
import { normalizeText } from "../lib/search/normalize";
import { parseQuery } from "../lib/search/query";

export const QUERIES = ["半導体", "多言語", "マルチモーダル", "anthropic", "llama 4", "存在しない語彙"];
const PAGE_SIZE = 10;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchSearch(contentDir: string, queries = QUERIES) {
  let t = performance.now();
  const content = buildIndex(readPostFiles(contentDir), siteConfig, { includeHidden: false });
  const loadMs = performance.now() - t;

  t = performance.now();
  const documents = content.posts.map((p) => searchDocument(p));
  const textMs = performance.now() - t;

  t = performance.now();
  const built = buildSearchIndex(documents);
  const buildMs = performance.now() - t;

  const kinds: Record<string, { files: number; bytes: number }> = {};
  for (const [name, data] of built.files) {
    const kind = name === MANIFEST_FILE ? "manifest" : name === "keys.bin" ? "keys" : name[0];
    kinds[kind] ??= { files: 0, bytes: 0 };
    kinds[kind].files++;
    kinds[kind].bytes += data.length;
  }

  const zones = documents.map((d) => [d.title, ...d.tags, ...d.categories, d.body].map((z) => normalizeText(z).trim()));
  const manifestBytes = built.files.get(MANIFEST_FILE)!.length;

  const results = [];
  for (const query of queries) {
    // A reader's first query: a fresh page, nothing cached.
    const client = new SearchClient(built.manifest, async (name) => built.files.get(name)!);
    t = performance.now();
    const { hits } = await client.search(query);
    await client.documents(hits.slice(0, PAGE_SIZE).map((h) => h.doc));
    const firstMs = performance.now() - t;

    // Typing it again, one character at a time, with what the first query loaded: the
    // prefixes are new queries (their files are fetched), the full query is not.
    const chars = Array.from(query);
    const keystrokes: number[] = [];
    for (let i = 1; i <= chars.length; i++) {
      t = performance.now();
      const r = await client.search(chars.slice(0, i).join(""));
      await client.documents(r.hits.slice(0, PAGE_SIZE).map((h) => h.doc));
      keystrokes.push(performance.now() - t);
    }
    const loaded: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      const r = await client.search(query);
      await client.documents(r.hits.slice(0, PAGE_SIZE).map((h) => h.doc));
      loaded.push(performance.now() - t);
    }

    const terms = parseQuery(query).map((q) => q.text);
    const expected = zones.filter((z) => terms.every((term) => z.some((text) => text.includes(term)))).length;
    const fresh = new SearchClient(built.manifest, async (name) => built.files.get(name)!);
    const first = await fresh.search(query);
    await fresh.documents(first.hits.slice(0, PAGE_SIZE).map((h) => h.doc));
    results.push({
      query,
      hits: hits.length,
      exact: hits.length === expected,
      bytesFetched: fresh.bytesFetched + manifestBytes,
      filesFetched: fresh.filesFetched + 1,
      firstQueryMs: round(firstMs),
      loadedQueryMs: round(median(loaded)),
      slowestKeystrokeMs: round(Math.max(...keystrokes)),
    });
  }

  return {
    posts: documents.length,
    contentLoadMs: Math.round(loadMs),
    plainTextMs: Math.round(textMs),
    indexBuildMs: Math.round(buildMs),
    indexFiles: built.files.size,
    indexBytes: built.stats.bytes,
    indexBytesUncompressed: built.stats.rawBytes,
    keys: built.stats.keys,
    positions: built.stats.positions,
    files: kinds,
    maxBytesPerQuery: Math.max(...results.map((r) => r.bytesFetched)),
    queries: results,
  };
}
