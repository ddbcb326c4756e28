/**
 * Date parsing and formatting in a configurable IANA time zone.
 * Front matter dates arrive as strings (the YAML loader keeps timestamps as text
 * so that a date-only value can be read as midnight in the site time zone).
 */

/**
 * Why a value is no date (the words are the caller's: lib/messages): `value`
 * is the text in question (the offset, for "offset").
 */
export type DateProblem = { reason: "invalid" | "not-text" | "not-a-date" | "not-real" | "offset"; value?: unknown };
export type DateParseResult = { ok: true; date: Date } | ({ ok: false } & DateProblem);

const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;

/** Offset of `timeZone` from UTC at `instant`, in minutes (Tokyo → +540). */
// Creating an Intl.DateTimeFormat costs far more than formatting with one: one per zone.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** Offsets already computed, per zone and second: a date is shown on many pages. */
const offsets = new Map<string, number>();

export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(instant.getTime() / 1000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = computeOffsetMinutes(instant, timeZone);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function computeOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = offsetFormat(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

function wallTimeToInstant(fields: number[], timeZone: string): Date {
  const [y, mo, d, h, mi, s, ms] = fields;
  const guess = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  let offset = timeZoneOffsetMinutes(new Date(guess), timeZone);
  const first = guess - offset * 60000;
  offset = timeZoneOffsetMinutes(new Date(first), timeZone);
  return new Date(guess - offset * 60000);
}

/**
 * Parses `2025-12-10 20:44:31 +0000`, `2025-12-10T20:44:31+09:00`, `2025-12-10 20:44`
 * and `2025-12-10`. Values without an offset are wall-clock time in `timeZone`.
 */
export function parseDate(value: unknown, timeZone: string): DateParseResult {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, reason: "invalid" } : { ok: true, date: value };
  }
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, reason: "not-text", value };
  }
  const m = DATE_RE.exec(value.trim());
  if (!m) {
    return { ok: false, reason: "not-a-date", value };
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (
    mo < 1 || mo > 12 || check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59
  ) {
    return { ok: false, reason: "not-real", value };
  }
  const zone = m[8];
  if (!zone) return { ok: true, date: wallTimeToInstant([y, mo, d, h, mi, s, ms], timeZone) };
  let offset = 0;
  if (zone.toUpperCase() !== "Z") {
    // `+0900`, `+09:00`, `+09`, and YAML's short `-5` / `-5:30`.
    const [, signChar, hours, minutes] = /^([+-])(\d{1,2}?):?(\d{2})?$/.exec(zone)!;
    const sign = signChar === "-" ? -1 : 1;
    const oh = Number(hours || 0);
    const om = Number(minutes ?? 0);
    if (oh > 14 || om > 59) return { ok: false, reason: "offset", value: zone };
    offset = sign * (oh * 60 + om);
  }
  return { ok: true, date: new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60000) };
}

/** ISO 8601 with the offset of `timeZone`: `2025-12-11T05:44:31+09:00`. */
export function toZonedIso(date: Date, timeZone: string): string {
  const offset = timeZoneOffsetMinutes(date, timeZone);
  const local = new Date(date.getTime() + offset * 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

/** `2025年12月11日` for ja. */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { year: "numeric", month: "long", day: "numeric" }).format(date);
}

/** `2025年12月` for ja. */
export function formatYearMonth(date: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { year: "numeric", month: "long" }).format(date);
}

/** Calendar year and month of `date` in `timeZone`. */
export function zonedYearMonth(date: Date, timeZone: string): { year: number; month: number } {
  const iso = toZonedIso(date, timeZone);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}
