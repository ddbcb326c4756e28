/**
 * What the reader's browser remembers about articles, as pure functions on the
 * stored JSON: where each long article was left (resume), and which articles
 * were read to the end (read marks). Both lists are bounded; the oldest
 * entries go first. Unreadable stored values count as empty.
 */

/** Articles shorter than this are not worth resuming: their position is not kept. */
export const RESUME_MIN_MINUTES = 3;
/** A position this close to the start has nothing to resume. */
export const RESUME_MIN_POSITION = 0.03;
/** Progress at which an article counts as read to the end. */
export const FINISHED_PROGRESS = 0.97;

export const MAX_POSITIONS = 200;
export const MAX_READ = 2000;

export interface SavedPosition {
  /** Fraction of the body before the first line on screen (lib/reader/position.ts positionOf). */
  at: number;
  /** When it was saved, ms since the epoch. */
  savedAt: number;
}

export type SavedPositions = Record<string, SavedPosition>;

const parse = (raw: string | null): unknown => {
  try {
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
};

const isPosition = (value: unknown): value is SavedPosition => {
  const v = value as SavedPosition | null;
  return typeof v === "object" && v !== null && typeof v.at === "number" && v.at >= 0 && v.at <= 1 && typeof v.savedAt === "number";
};

export function parsePositions(raw: string | null): SavedPositions {
  const value = parse(raw);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  // A prototype-free object: a slug such as "__proto__" is an ordinary key.
  const positions: SavedPositions = Object.create(null);
  for (const [slug, position] of Object.entries(value)) if (isPosition(position)) positions[slug] = position;
  return positions;
}

/** The positions with `slug`'s set to `at` (the newest entry), the oldest dropped beyond `max`. */
export function withPosition(positions: SavedPositions, slug: string, at: number, savedAt: number, max = MAX_POSITIONS): SavedPositions {
  const entries = Object.entries(positions).filter(([s]) => s !== slug);
  entries.push([slug, { at, savedAt }]);
  entries.sort((a, b) => a[1].savedAt - b[1].savedAt);
  return Object.assign(Object.create(null), Object.fromEntries(entries.slice(-max)));
}

export function withoutPosition(positions: SavedPositions, slug: string): SavedPositions {
  return Object.assign(Object.create(null), Object.fromEntries(Object.entries(positions).filter(([s]) => s !== slug)));
}

/** Whether an article of this length has its position kept at all. */
export const keepsPosition = (readingMinutes: number) => readingMinutes >= RESUME_MIN_MINUTES;

/** The saved position worth offering to a reader who is now at `current`, if any. */
export function resumeTarget(saved: SavedPosition | undefined, current: number): number | undefined {
  if (!saved || saved.at < RESUME_MIN_POSITION || saved.at <= current + 0.01) return undefined;
  return saved.at;
}

export function parseReadList(raw: string | null): string[] {
  const value = parse(raw);
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];
}

/** The list with `slug` as its newest entry, the oldest dropped beyond `max`. */
export function withRead(list: readonly string[], slug: string, max = MAX_READ): string[] {
  return [...list.filter((s) => s !== slug), slug].slice(-max);
}
