import { describe, expect, it } from "vitest";
import { formatDate, formatYearMonth, parseDate, toZonedIso, zonedYearMonth } from "./date";

const TOKYO = "Asia/Tokyo";
const ok = (v: unknown, tz = TOKYO) => {
  const r = parseDate(v, tz);
  if (!r.ok) throw new Error(r.reason);
  return r.date.toISOString();
};

describe("parseDate", () => {
  it("reads the seeds' Jekyll strings with +0000", () => {
    expect(ok("2025-12-10 20:44:31 +0000")).toBe("2025-12-10T20:44:31.000Z");
    expect(ok("2025-12-09 16:42:55 +0000")).toBe("2025-12-09T16:42:55.000Z");
  });

  it("reads other offsets, Z and ISO 8601", () => {
    expect(ok("2025-12-10 20:44:31 +0900")).toBe("2025-12-10T11:44:31.000Z");
    expect(ok("2025-12-10T20:44:31-05:00")).toBe("2025-12-11T01:44:31.000Z");
    expect(ok("2025-12-10T20:44:31Z")).toBe("2025-12-10T20:44:31.000Z");
    expect(ok("2025-12-10T20:44:31.250+09:00")).toBe("2025-12-10T11:44:31.250Z");
  });

  it("reads a date without offset as wall-clock time in the site time zone", () => {
    expect(ok("2025-12-10")).toBe("2025-12-09T15:00:00.000Z");
    expect(ok("2025-12-10 09:30")).toBe("2025-12-10T00:30:00.000Z");
    expect(ok("2025-07-01", "America/New_York")).toBe("2025-07-01T04:00:00.000Z");
    expect(ok("2025-01-01", "America/New_York")).toBe("2025-01-01T05:00:00.000Z");
  });

  it("accepts Date objects", () => {
    expect(ok(new Date("2025-01-02T03:04:05Z"))).toBe("2025-01-02T03:04:05.000Z");
  });

  it("rejects impossible dates and non-dates with the reason", () => {
    const reasons = { "2025-02-30": "not-real", "2025-13-01": "not-real", "2025-12-10 25:00": "not-real", yesterday: "not-a-date", "": "not-text", "2025-12-10 10:00 +1500": "offset" };
    for (const [bad, reason] of Object.entries(reasons)) expect(parseDate(bad, TOKYO), bad).toMatchObject({ ok: false, reason });
    for (const bad of [20251210, null, ["2025-12-10"]]) expect(parseDate(bad, TOKYO), String(bad)).toMatchObject({ ok: false, reason: "not-text" });
  });
});

describe("display in the site time zone", () => {
  it("shifts 20:44 UTC to the next day in Tokyo", () => {
    const d = new Date("2025-12-10T20:44:31Z");
    expect(formatDate(d, "ja", TOKYO)).toBe("2025年12月11日");
    expect(toZonedIso(d, TOKYO)).toBe("2025-12-11T05:44:31+09:00");
  });

  it("shows 2025-12-09 16:42:55 +0000 as 2025年12月10日", () => {
    expect(formatDate(new Date("2025-12-09T16:42:55Z"), "ja", TOKYO)).toBe("2025年12月10日");
  });

  it("formats year-month and reports the zoned calendar month", () => {
    const d = new Date("2025-11-30T16:00:00Z");
    expect(formatYearMonth(d, "ja", TOKYO)).toBe("2025年12月");
    expect(zonedYearMonth(d, TOKYO)).toEqual({ year: 2025, month: 12 });
    expect(toZonedIso(d, "America/New_York")).toBe("2025-11-30T11:00:00-05:00");
  });
});
