import { describe, expect, it } from "vitest";
import { isInside } from "./path-inside.mjs";

describe("isInside", () => {
  it("holds for the folder itself and what lies below it", () => {
    expect(isInside("/srv/out", "/srv/out")).toBe(true);
    expect(isInside("/srv/out", "/srv/out/")).toBe(true);
    expect(isInside("/srv/out", "/srv/out/tags/a/index.html")).toBe(true);
    expect(isInside("/srv/out", "/srv/out/..dots")).toBe(true);
    expect(isInside("/", "/srv")).toBe(true);
  });

  it("does not hold for a sibling whose name starts with the folder's", () => {
    expect(isInside("/srv/out", "/srv/out-private/secret.txt")).toBe(false);
    expect(isInside("/srv/out", "/srv/outer")).toBe(false);
  });

  it("does not hold for the parent or a path that climbs out", () => {
    expect(isInside("/srv/out", "/srv")).toBe(false);
    expect(isInside("/srv/out", "/srv/out/../out-private")).toBe(false);
    expect(isInside("/srv/out", "/")).toBe(false);
  });
});
