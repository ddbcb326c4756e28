export interface Timed {
  name: string;
  ms: number;
}

export interface ThreadSummary {
  totalMs: number;
  /** Self time by area of the build, most first. */
  areas: Timed[];
  /** Time by the innermost yomu function on the stack, most first. */
  owners: Timed[];
}

export const AREAS: [string, RegExp][];
export function areaOf(module: string): string;
export function makeModuleOf(root: string): (callFrame: { url: string; lineNumber: number; functionName: string }) => string;
export function summarize(
  profile: { nodes: { id: number; callFrame: { url: string; lineNumber: number; functionName: string }; children?: number[] }[]; samples: number[]; timeDeltas: number[] },
  options?: { root?: string },
): ThreadSummary;
