/**
 * The reader's display preferences: article text size and writing direction,
 * remembered across articles and visits. Stored as one JSON value; anything
 * unreadable in storage falls back to the defaults.
 */
export const TEXT_SIZES = [
  { id: "s", label: "小" },
  { id: "m", label: "中" },
  { id: "l", label: "大" },
  { id: "xl", label: "特大" },
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]["id"];

export interface ReaderPrefs {
  textSize: TextSize;
  vertical: boolean;
}

export const DEFAULT_PREFS: ReaderPrefs = { textSize: "m", vertical: false };

export const isTextSize = (value: unknown): value is TextSize => TEXT_SIZES.some((s) => s.id === value);

export function parsePrefs(raw: string | null): ReaderPrefs {
  let value: unknown;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    return DEFAULT_PREFS;
  }
  if (typeof value !== "object" || value === null) return DEFAULT_PREFS;
  const { textSize, vertical } = value as Record<string, unknown>;
  return {
    textSize: isTextSize(textSize) ? textSize : DEFAULT_PREFS.textSize,
    vertical: typeof vertical === "boolean" ? vertical : DEFAULT_PREFS.vertical,
  };
}

export const serializePrefs = (prefs: ReaderPrefs) => JSON.stringify({ textSize: prefs.textSize, vertical: prefs.vertical });
