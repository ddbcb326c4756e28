/**
 * TeX → HTML + MathML with KaTeX, at build time. Untrusted input: no `\href`,
 * `\htmlClass` or other commands that reach outside the formula (trust: false),
 * bounded macro expansion and sizes. A formula KaTeX cannot read is a
 * `MathError` with its offset in the TeX source.
 */
import katex from "katex";

export class MathError extends Error {
  override name = "MathError";
  constructor(
    message: string,
    /** Offset of the problem in the TeX source (0 when KaTeX does not say). */
    readonly offset: number,
  ) {
    super(message);
  }
}

const OPTIONS = {
  output: "htmlAndMathml",
  throwOnError: true,
  strict: "ignore",
  trust: false,
  maxExpand: 1000,
  maxSize: 50,
} as const;

export function renderTex(tex: string, display: boolean): string {
  try {
    return katex.renderToString(tex, { ...OPTIONS, displayMode: display });
  } catch (error) {
    if (error instanceof katex.ParseError) {
      const e = error as katex.ParseError & { rawMessage?: string; position?: number };
      throw new MathError(e.rawMessage ?? e.message, e.position ?? 0);
    }
    throw error;
  }
}

/** Where a problem at `offset` of a formula is in the file: the formula's text starts at `start`. */
export function positionIn(tex: string, offset: number, start: { line: number; column: number }): { line: number; column: number } {
  const before = tex.slice(0, Math.max(0, Math.min(offset, tex.length))).split("\n");
  return before.length === 1 ? { line: start.line, column: start.column + before[0].length } : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}
