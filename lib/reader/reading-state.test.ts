import { describe, expect, it } from "vitest";
import {
  keepsPosition,
  parsePositions,
  parseReadList,
  resumeTarget,
  withoutPosition,
  withPosition,
  withRead,
} from "./reading-state";

describe("saved positions", () => {
  it("reads back what was written, per article", () => {
    let positions = parsePositions(null);
    positions = withPosition(positions, "a", 0.4, 1);
    positions = withPosition(positions, "b", 0.7, 2);
    const again = parsePositions(JSON.stringify(positions));
    expect(again.a).toEqual({ at: 0.4, savedAt: 1 });
    expect(again.b).toEqual({ at: 0.7, savedAt: 2 });
  });

  it("keeps the newest entries when full", () => {
    let positions = parsePositions(null);
    for (let i = 0; i < 5; i++) positions = withPosition(positions, `p${i}`, 0.5, i, 3);
    expect(Object.keys(positions).sort()).toEqual(["p2", "p3", "p4"]);
    // Updating an old one makes it the newest.
    positions = withPosition(positions, "p2", 0.6, 10, 3);
    positions = withPosition(positions, "p5", 0.6, 11, 3);
    expect(Object.keys(positions).sort()).toEqual(["p2", "p4", "p5"]);
  });

  it("forgets one article", () => {
    const positions = withoutPosition(withPosition(withPosition({}, "a", 0.3, 1), "b", 0.2, 2), "a");
    expect(Object.keys(positions)).toEqual(["b"]);
  });

  it("ignores broken or foreign values in storage", () => {
    expect(parsePositions("{not json")).toEqual({});
    expect(parsePositions("[1,2]")).toEqual({});
    const mixed = parsePositions(JSON.stringify({ ok: { at: 0.5, savedAt: 1 }, bad: { at: 7, savedAt: 1 }, worse: "x" }));
    expect(Object.keys(mixed)).toEqual(["ok"]);
  });

  it("treats a slug named __proto__ as an ordinary article", () => {
    const positions = parsePositions(JSON.stringify(withPosition({}, "__proto__", 0.5, 1)));
    expect(Object.keys(positions)).toEqual(["__proto__"]);
    expect(positions["__proto__"]).toEqual({ at: 0.5, savedAt: 1 });
  });

  it("keeps positions of long articles only", () => {
    expect(keepsPosition(1)).toBe(false);
    expect(keepsPosition(2)).toBe(false);
    expect(keepsPosition(3)).toBe(true);
    expect(keepsPosition(25)).toBe(true);
  });

  it("offers to resume only ahead of where the reader is, and not from the very start", () => {
    expect(resumeTarget(undefined, 0)).toBeUndefined();
    expect(resumeTarget({ at: 0.01, savedAt: 1 }, 0)).toBeUndefined();
    expect(resumeTarget({ at: 0.5, savedAt: 1 }, 0)).toBe(0.5);
    // Already there (the browser restored the scroll position on reload).
    expect(resumeTarget({ at: 0.5, savedAt: 1 }, 0.495)).toBeUndefined();
    expect(resumeTarget({ at: 0.5, savedAt: 1 }, 0.7)).toBeUndefined();
  });
});

describe("read list", () => {
  it("adds each article once, newest last, bounded", () => {
    let list = parseReadList(null);
    list = withRead(list, "a");
    list = withRead(list, "b");
    list = withRead(list, "a");
    expect(list).toEqual(["b", "a"]);
    expect(withRead(["a", "b", "c"], "d", 3)).toEqual(["b", "c", "d"]);
  });

  it("ignores broken values in storage", () => {
    expect(parseReadList("{")).toEqual([]);
    expect(parseReadList('{"a":1}')).toEqual([]);
    expect(parseReadList('["a", 3, null, "b"]')).toEqual(["a", "b"]);
  });
});
