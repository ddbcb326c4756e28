/**
 * Tag and category names → stable, Unicode-safe URL segments.
 *
 * Identity: NFKC + lower case + whitespace runs as `-`, so `AI`, `ai`, `ＡＩ`
 * and `machine learning` / `machine-learning` are one term each.
 * Segment: the identity with URL-unsafe characters replaced by `-`. When a
 * replacement loses information (`C++` and `C#` would both give `c`), or the
 * result is empty or dot-only, a short hash of the identity is appended, so two
 * terms never share a URL and the URL never depends on which other terms exist.
 * The same goes for an identity that case-insensitive file systems (macOS,
 * Windows) would confuse with another (`ς` and `σ`, `ı` and `i`): the segment
 * is a folder name.
 */

/**
 * Characters kept in a segment: letters, marks, digits, `-`, `_`. A `.` is not
 * kept: `/tags/node.js` looks like a file to Next.js (no trailing slash is
 * added) and to static hosts, which then answer 404.
 */
const UNSAFE = /[^\p{L}\p{M}\p{N}\-_]/gu;

// The index groups every post's terms again after each save in development: the same names each time.
const keys = new Map<string, string>();

export function termKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.normalize("NFKC").toLowerCase().trim().replace(/\s+/gu, "-");
    if (keys.size > 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

// Every card links its tags: the same few names are turned into segments thousands of times.
const segments = new Map<string, string>();

export function termSegment(name: string): string {
  let segment = segments.get(name);
  if (segment === undefined) {
    segment = computeSegment(name);
    if (segments.size > 50_000) segments.clear();
    segments.set(name, segment);
  }
  return segment;
}

function computeSegment(name: string): string {
  const key = termKey(name);
  const replaced = key.replace(UNSAFE, "-");
  const base = replaced.replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
  const lossy = replaced !== key || base !== replaced || base === "" || caseFold(base) !== base;
  if (!lossy) return base;
  return `${base || "t"}-${hash(key)}`;
}

/** One key for names a case-insensitive file system treats as one (`Foo`, `foo`; `ς`, `σ`). */
export function caseFold(name: string): string {
  return name.normalize("NFC").toUpperCase().toLowerCase().normalize("NFC");
}

/** FNV-1a 32-bit, base 36: short, stable, dependency-free. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, "0");
}

/**
 * Route params arrive percent-encoded under `next start` and decoded in other
 * paths; decoding is idempotent for our segments (they contain no `%`).
 */
export function decodeSegment(param: string): string {
  let value = param;
  try {
    value = decodeURIComponent(param);
  } catch {
    /* malformed escape: keep the raw text, which will simply not match */
  }
  return value.normalize("NFC");
}

export interface Term<T> {
  key: string;
  segment: string;
  /** The most common spelling among the posts (ties: first seen, i.e. newest). */
  name: string;
  items: T[];
}

/** Groups items by term; spelling variants of one term merge. */
export function groupByTerm<T>(items: T[], namesOf: (item: T) => string[]): Term<T>[] {
  const groups = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const name of namesOf(item)) {
      const key = termKey(name);
      if (!key) continue;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { items: [], spellings: new Map() }));
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!seen.has(key)) {
        group.items.push(item);
        seen.add(key);
      }
    }
  }
  return [...groups].map(([key, g]) => {
    let name = "";
    let best = 0;
    for (const [spelling, count] of g.spellings) if (count > best) [name, best] = [spelling, count];
    return { key, segment: termSegment(key), name, items: g.items };
  });
}

const collator = new Intl.Collator("ja");

/** By post count (most first), then by name in Japanese collation. */
export function sortTermsByCount<T>(terms: Term<T>[]): Term<T>[] {
  return [...terms].sort((a, b) => b.items.length - a.items.length || collator.compare(a.name, b.name));
}
