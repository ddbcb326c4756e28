import { describe, expect, it } from "vitest";
import { DEFAULT_PREFS, parsePrefs, serializePrefs, TEXT_SIZES } from "./prefs";

describe("reader preferences", () => {
  it("round-trip through storage", () => {
    for (const { id } of TEXT_SIZES) {
      for (const vertical of [false, true]) expect(parsePrefs(serializePrefs({ textSize: id, vertical }))).toEqual({ textSize: id, vertical });
    }
  });

  it("offer at least three text sizes with Japanese labels", () => {
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(3);
    expect(TEXT_SIZES.map((s) => s.label)).toEqual(["小", "中", "大", "特大"]);
  });

  it("fall back to the defaults, field by field, for anything unreadable", () => {
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs("not json")).toEqual(DEFAULT_PREFS);
    expect(parsePrefs("42")).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(JSON.stringify({ textSize: "huge", vertical: true }))).toEqual({ textSize: "m", vertical: true });
    expect(parsePrefs(JSON.stringify({ textSize: "l", vertical: "yes" }))).toEqual({ textSize: "l", vertical: false });
  });
});
