/**
 * Query logic, pure and shared by the search page, the tests and the benchmark:
 * parsing a query into terms, choosing which postings to read, decoding them,
 * finding exact matches and ranking.
 */
import { ByteReader } from "./bytes";
import { zoneAt, type Zone } from "./format";
import { normalizeText } from "./normalize";

/** Longest query, in characters, that is searched (the rest is ignored). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 10;

export interface Term {
  /** Normalized text. */
  text: string;
  chars: string[];
}

/**
 * Splits a query into terms: words separated by white space, or "quoted
 * phrases" that keep their spaces. All terms must match (AND).
 */
export function parseQuery(input: string): Term[] {
  const text = normalizeText(input.slice(0, MAX_QUERY_LENGTH)).trim();
  const terms: Term[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const t = (m[1] ?? m[0]).trim();
    if (t === "" || seen.has(t)) continue;
    seen.add(t);
    terms.push({ text: t, chars: Array.from(t) });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** The index keys a term needs: its character, or every bigram in it (offset = index). */
export function termKeys(term: Term): string[] {
  if (term.chars.length === 1) return [term.chars[0]];
  return term.chars.slice(0, -1).map((c, i) => c + term.chars[i + 1]);
}

/**
 * The cheapest set of bigram offsets that covers every character of a term of
 * `length` characters, given what reading each bigram costs. Offset 0 and
 * offset length-2 are always in it.
 */
export function coverOffsets(length: number, cost: (offset: number) => number): number[] {
  const last = length - 2;
  // best[c]: cheapest way to cover characters [0, c); came[c]: offset chosen last.
  const best = new Array<number>(length + 1).fill(Infinity);
  const came = new Array<number>(length + 1).fill(-1);
  const from = new Array<number>(length + 1).fill(-1);
  best[0] = 0;
  for (let c = 0; c < length; c++) {
    if (best[c] === Infinity) continue;
    for (const o of [c - 1, c]) {
      if (o < 0 || o > last) continue;
      const next = Math.min(o + 2, length);
      const total = best[c] + cost(o) + 1e-9; // fewer bigrams on ties
      if (total < best[next]) {
        best[next] = total;
        came[next] = o;
        from[next] = c;
      }
    }
  }
  const offsets: number[] = [];
  for (let c = length; c > 0; c = from[c]) offsets.push(came[c]);
  return offsets.reverse();
}

/** Positions of one bigram, by post. */
export type PositionPostings = Map<number, number[]>;

export function decodePositions(data: Uint8Array): PositionPostings {
  const r = new ByteReader(data);
  const docs = r.uint();
  const out: PositionPostings = new Map();
  let doc = -1;
  for (let i = 0; i < docs; i++) {
    doc += r.uint() + 1;
    const n = r.uint();
    const list = new Array<number>(n);
    let pos = r.uint();
    list[0] = pos;
    for (let j = 1; j < n; j++) list[j] = pos += r.uint();
    out.set(doc, list);
  }
  return out;
}

/** How often a term occurs in each zone of a post. */
export type ZoneCounts = Record<Zone, number>;

const emptyCounts = (): ZoneCounts => ({ title: 0, tags: 0, body: 0 });

/** A single character: which posts contain it, and in which zones. */
export function decodeCharacter(data: Uint8Array): Map<number, ZoneCounts> {
  const r = new ByteReader(data);
  const docs = r.uint();
  const out = new Map<number, ZoneCounts>();
  let doc = -1;
  for (let i = 0; i < docs; i++) {
    doc += r.uint() + 1;
    const value = r.uint();
    const count = Math.floor(value / 8);
    const title = value & 1 ? 1 : 0;
    const tags = value & 2 ? 1 : 0;
    out.set(doc, { title, tags, body: value & 4 ? Math.max(1, count - title - tags) : 0 });
  }
  return out;
}

function contains(sorted: number[], value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Exact occurrences of a phrase: positions p where every covering bigram
 * (offset o) occurs at p + o. `cover` pairs each chosen offset with its postings;
 * it must include offset 0.
 */
export function matchPhrase(cover: { offset: number; postings: PositionPostings }[]): Map<number, ZoneCounts> {
  const sorted = [...cover].sort((a, b) => a.postings.size - b.postings.size);
  const anchor = cover.find((c) => c.offset === 0);
  if (!anchor) throw new Error("a cover must include offset 0");
  const out = new Map<number, ZoneCounts>();
  for (const doc of sorted[0].postings.keys()) {
    const lists = cover.map((c) => ({ offset: c.offset, positions: c.postings.get(doc) }));
    if (lists.some((l) => !l.positions)) continue;
    let counts: ZoneCounts | undefined;
    for (const p of anchor.postings.get(doc)!) {
      if (lists.every((l) => l.offset === 0 || contains(l.positions!, p + l.offset))) {
        counts ??= emptyCounts();
        counts[zoneAt(p)]++;
      }
    }
    if (counts) out.set(doc, counts);
  }
  return out;
}

export const ZONE_WEIGHT: Record<Zone, number> = { title: 8, tags: 5, body: 1 };

const saturate = (count: number) => count / (count + 0.5);

export interface Hit {
  doc: number;
  score: number;
  /** Occurrences of all terms together, by zone. */
  counts: ZoneCounts;
}

/**
 * Posts that match every term, best first: a term in the title or the tags
 * outweighs any number of occurrences in the body; rarer terms count more
 * (idf); newer posts (lower ids) first on ties.
 */
export function rank(termMatches: Map<number, ZoneCounts>[], totalDocs: number): Hit[] {
  if (termMatches.length === 0) return [];
  const [smallest] = [...termMatches].sort((a, b) => a.size - b.size);
  const idf = termMatches.map((m) => Math.log(1 + totalDocs / Math.max(1, m.size)));
  const hits: Hit[] = [];
  for (const doc of smallest.keys()) {
    if (!termMatches.every((m) => m.has(doc))) continue;
    let score = 0;
    const counts = emptyCounts();
    termMatches.forEach((m, i) => {
      const c = m.get(doc)!;
      for (const zone of ["title", "tags", "body"] as Zone[]) {
        score += idf[i] * ZONE_WEIGHT[zone] * saturate(c[zone]);
        counts[zone] += c[zone];
      }
    });
    hits.push({ doc, score, counts });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

