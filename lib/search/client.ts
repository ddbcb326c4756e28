/**
 * Runs queries against the static index, fetching only the files a query needs
 * and keeping what it fetched for the next keystroke. The same code runs in the
 * browser (fetch) and in tests and the benchmark (files in memory or on disk).
 */
import { ByteReader } from "./bytes";
import {
  DIRECTORY_FILE, bucketFile, bucketOf, docsFile, isGzip, postingsFile, type SearchDocMeta, type SearchManifest,
} from "./format";
import {
  coverOffsets, decodeCharacter, decodePositions, matchPhrase, parseQuery, rank, termKeys, type Hit,
  type PositionPostings, type Term, type ZoneCounts,
} from "./query";

/** Returns a file of the index, as served (possibly gzip-compressed). */
export type Fetcher = (name: string) => Promise<Uint8Array>;

export interface SearchOutcome {
  query: string;
  terms: Term[];
  hits: Hit[];
}

async function gunzip(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export class SearchClient {
  /** Bytes received so far (as served, before decompression). */
  bytesFetched = 0;
  filesFetched = 0;
  private readonly files = new Map<string, Promise<Uint8Array>>();
  private readonly buckets = new Map<number, Promise<Map<string, Uint8Array>>>();
  private directory?: Promise<Map<string, { file: number; bytes: number }>>;
  private readonly decoded = new Map<string, unknown>();

  constructor(
    readonly manifest: SearchManifest,
    private readonly fetcher: Fetcher,
  ) {}

  private file(name: string): Promise<Uint8Array> {
    let f = this.files.get(name);
    if (!f) {
      f = this.fetcher(name).then((raw) => {
        this.bytesFetched += raw.length;
        this.filesFetched++;
        return isGzip(raw) ? gunzip(raw) : raw;
      });
      f.catch(() => this.files.delete(name));
      this.files.set(name, f);
    }
    return f;
  }

  /** Large keys → their own files. Read once, before the first query. */
  private largeKeys() {
    this.directory ??= this.file(DIRECTORY_FILE).then((data) => {
      const r = new ByteReader(data);
      const out = new Map<string, { file: number; bytes: number }>();
      for (let n = r.uint(); n > 0; n--) out.set(r.string(), { file: r.uint(), bytes: r.uint() });
      return out;
    });
    return this.directory;
  }

  private bucket(i: number): Promise<Map<string, Uint8Array>> {
    let b = this.buckets.get(i);
    if (!b) {
      b = this.file(bucketFile(i)).then((data) => new ByteReader(data).namedBytes());
      b.catch(() => this.buckets.delete(i));
      this.buckets.set(i, b);
    }
    return b;
  }

  /** The postings of a key, or undefined when no post contains it. */
  private async postings<T>(key: string, decode: (data: Uint8Array) => T): Promise<T | undefined> {
    if (this.decoded.has(key)) return this.decoded.get(key) as T;
    const large = (await this.largeKeys()).get(key);
    const data = large
      ? await this.file(postingsFile(large.file))
      : (await this.bucket(bucketOf(key, this.manifest.buckets))).get(key);
    const value = data && decode(data);
    this.decoded.set(key, value);
    return value;
  }

  /** What reading a key would cost now, in bytes. */
  private cost(key: string, large: Map<string, { file: number; bytes: number }>): number {
    if (this.decoded.has(key)) return 0;
    const l = large.get(key);
    if (l) return this.files.has(postingsFile(l.file)) ? 0 : l.bytes;
    return this.buckets.has(bucketOf(key, this.manifest.buckets)) ? 0 : this.manifest.bucketBytes;
  }

  /** Posts containing a term, with per-zone counts. */
  private async matchTerm(term: Term): Promise<Map<number, ZoneCounts>> {
    const keys = termKeys(term);
    if (term.chars.length === 1) return (await this.postings(keys[0], decodeCharacter)) ?? new Map();
    const large = await this.largeKeys();
    const offsets = coverOffsets(term.chars.length, (o) => this.cost(keys[o], large));
    const lists = await Promise.all(offsets.map((o) => this.postings<PositionPostings>(keys[o], decodePositions)));
    if (lists.some((l) => !l)) return new Map();
    return matchPhrase(offsets.map((offset, i) => ({ offset, postings: lists[i]! })));
  }

  async search(query: string): Promise<SearchOutcome> {
    const terms = parseQuery(query);
    if (terms.length === 0 || this.manifest.docs === 0) return { query, terms, hits: [] };
    const matches = await Promise.all(terms.map((t) => this.matchTerm(t)));
    return { query, terms, hits: rank(matches, this.manifest.docs) };
  }

  /** What the results show for these posts (by id), in the same order. */
  async documents(ids: number[]): Promise<SearchDocMeta[]> {
    const per = this.manifest.docsPerFile;
    const groups = [...new Set(ids.map((id) => Math.floor(id / per)))];
    const loaded = new Map<number, SearchDocMeta[]>();
    await Promise.all(
      groups.map(async (g) => {
        const data = await this.file(docsFile(g));
        loaded.set(g, JSON.parse(new TextDecoder().decode(data)) as SearchDocMeta[]);
      }),
    );
    return ids.map((id) => loaded.get(Math.floor(id / per))![id % per]);
  }

  /** The text of a post's body (for a snippet), or undefined when the index has none for it. */
  async bodyText(doc: SearchDocMeta): Promise<string | undefined> {
    if (!doc.text) return undefined;
    return new TextDecoder().decode(await this.file(doc.text));
  }
}
