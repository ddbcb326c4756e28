import { describe, expect, it } from "vitest";
import { deepFreeze, isImmutable } from "./immutable";

describe("deepFreeze", () => {
  it("freezes an object and everything in it, and registers each", () => {
    const value = { a: { b: [1, { c: "x" }] }, e: null };
    expect(deepFreeze(value)).toBe(value);
    expect(isImmutable(value)).toBe(true);
    expect(isImmutable(value.a)).toBe(true);
    expect(isImmutable(value.a.b)).toBe(true);
    expect(isImmutable(value.a.b[1] as object)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
  });

  it("leaves objects it did not freeze alone", () => {
    expect(isImmutable({})).toBe(false);
    expect(isImmutable(Object.freeze({ a: {} }))).toBe(false); // frozen by someone else: its children may change
    // A Map, a Date or a typed array can change behind Object.freeze.
    const map = new Map([["k", { v: 1 }]]);
    const date = new Date(0);
    const holder = deepFreeze({ map, date, plain: { a: 1 } });
    expect(Object.isFrozen(holder)).toBe(true);
    expect(isImmutable(holder)).toBe(false); // what holds them is not immutable either
    expect(isImmutable(holder.plain)).toBe(true);
    expect(isImmutable(map)).toBe(false);
    expect(isImmutable(date)).toBe(false);
  });
});
