import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentSection, percent, positionOf, progressOf, remainingMinutes, viewStartFor, type ReadingAxis } from "./position";

/** 横書き: the body starts 400 px down the page and is 10,000 px long; the window is 800 px tall. */
const horizontal = (scrollY: number): ReadingAxis => ({ start: 400, length: 10_000, viewStart: scrollY, viewLength: 800 });
/**
 * 縦書き: the body scrolls itself, right to left; Chromium reports scrollLeft from 0 down to
 * -(scrollWidth - clientWidth), so the distance read is -scrollLeft.
 */
const vertical = (scrollLeft: number, scrollWidth = 6_000, clientWidth = 700): ReadingAxis => ({
  start: 0,
  length: scrollWidth,
  viewStart: -scrollLeft,
  viewLength: clientWidth,
});

describe("progress through the body", () => {
  it("horizontal: the part of the body that has come into view", () => {
    expect(progressOf(horizontal(0))).toBeCloseTo(0.04);
    expect(progressOf(horizontal(4_600))).toBeCloseTo(0.5);
    // The end of the body is at the bottom of the window: all read.
    expect(progressOf(horizontal(9_600))).toBe(1);
    expect(progressOf(horizontal(20_000))).toBe(1);
  });

  it("horizontal: zero while the body is still below the window", () => {
    expect(progressOf({ start: 2_000, length: 5_000, viewStart: 0, viewLength: 800 })).toBe(0);
  });

  it("vertical: the same measure along the horizontal scroll, right to left", () => {
    expect(progressOf(vertical(0))).toBeCloseTo(700 / 6_000);
    expect(progressOf(vertical(-2_650))).toBeCloseTo(0.5625);
    expect(progressOf(vertical(-(6_000 - 700)))).toBe(1);
  });

  it("an empty body counts as read", () => {
    expect(progressOf({ start: 0, length: 0, viewStart: 0, viewLength: 500 })).toBe(1);
  });

  it("stays within 0–100 % for any measurement", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (start, length, viewStart, viewLength) => {
        const p = progressOf({ start, length, viewStart, viewLength });
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("percent rounds to whole numbers within 0–100", () => {
    expect(percent(0.904)).toBe(90);
    expect(percent(0.905)).toBe(91);
    expect(percent(-1)).toBe(0);
    expect(percent(7)).toBe(100);
  });
});

describe("position ↔ scroll offset", () => {
  it("a position saved in one window is restored to the same first line", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 100, max: 3_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, length, viewLength, fraction) => {
          const viewStart = viewStartFor({ start, length }, fraction);
          expect(positionOf({ start, length, viewStart, viewLength })).toBeCloseTo(fraction, 9);
        },
      ),
    );
  });

  it("vertical: restoring gives the scrollLeft (negative) that shows the same text", () => {
    const saved = positionOf(vertical(-3_000));
    expect(saved).toBeCloseTo(0.5);
    // After a text-size change the body is longer: the same fraction lands further along.
    expect(-viewStartFor({ start: 0, length: 9_000 }, saved)).toBeCloseTo(-4_500);
  });

  it("before the body is position 0, past its end 1", () => {
    expect(positionOf(horizontal(0))).toBe(0);
    expect(positionOf(horizontal(50_000))).toBe(1);
  });
});

describe("time left", () => {
  it("rounds up what is left of the reading time", () => {
    expect(remainingMinutes(5, 0)).toBe(5);
    expect(remainingMinutes(5, 0.5)).toBe(3);
    expect(remainingMinutes(5, 0.8)).toBe(1);
    expect(remainingMinutes(5, 1)).toBe(0);
    expect(remainingMinutes(12, 0.95)).toBe(1);
  });
});

describe("current section", () => {
  const starts = [1_000, 3_000, 6_000];
  it("is the last heading at or before a fifth into the window", () => {
    expect(currentSection(starts, horizontal(0))).toBe(-1);
    expect(currentSection(starts, horizontal(900))).toBe(0);
    expect(currentSection(starts, horizontal(2_900))).toBe(1);
    expect(currentSection(starts, horizontal(9_000))).toBe(2);
  });
  it("works the same on the vertical axis", () => {
    expect(currentSection([0, 2_000], vertical(-1_900))).toBe(1);
    expect(currentSection([0, 2_000], vertical(-100))).toBe(0);
  });
});
