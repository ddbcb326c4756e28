/**
 * Where a reader is in an article body, along one reading axis: the page's
 * vertical scroll in horizontal writing, the body's own horizontal scroll in
 * vertical writing (縦書き, read right to left). The browser code measures the
 * axis; everything here is arithmetic on those measurements, in pixels along
 * the reading direction.
 */
export interface ReadingAxis {
  /** Where the body starts, in the axis's scroll coordinates. */
  start: number;
  /** The body's extent along the axis. */
  length: number;
  /** Where the visible window starts. */
  viewStart: number;
  /** How much of the axis the window shows. */
  viewLength: number;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** How much of the body has come into view: 0 before it, 1 once its end is on screen. */
export function progressOf(axis: ReadingAxis): number {
  if (axis.length <= 0) return 1;
  return clamp01((axis.viewStart + axis.viewLength - axis.start) / axis.length);
}

/** Where the reader stopped: the fraction of the body before the window's first line. */
export function positionOf(axis: ReadingAxis): number {
  if (axis.length <= 0) return 0;
  return clamp01((axis.viewStart - axis.start) / axis.length);
}

/** The window start that brings the body's `position` (a fraction) to the window's first line; inverse of positionOf. */
export function viewStartFor(axis: Pick<ReadingAxis, "start" | "length">, position: number): number {
  return axis.start + clamp01(position) * axis.length;
}

/** A fraction as the whole percentage a progress bar shows. */
export const percent = (fraction: number) => Math.round(clamp01(fraction) * 100);

/** Minutes left of a `totalMinutes` read once `progress` of it is done: rounded up, never negative. */
export function remainingMinutes(totalMinutes: number, progress: number): number {
  // The epsilon keeps 5 × (1 − 0.8) = 1.0000000000000004 from becoming 2.
  return Math.max(0, Math.ceil(totalMinutes * (1 - clamp01(progress)) - 1e-9));
}

/**
 * The section being read: the last heading that starts at or before the
 * reading line (a fifth into the window), or -1 while the reader is still
 * before the first one. `headingStarts` are ascending positions on the axis.
 */
export function currentSection(headingStarts: readonly number[], axis: ReadingAxis): number {
  const line = axis.viewStart + axis.viewLength / 5;
  let current = -1;
  for (let i = 0; i < headingStarts.length && headingStarts[i] <= line; i++) current = i;
  return current;
}
