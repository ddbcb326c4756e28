/**
 * TeX → HTML + MathML with KaTeX, at build time. Untrusted input: no `\href`,
 * `\htmlClass` or other commands that reach outside the formula (trust: false),
 * bounded macro expansion, sizes, nesting and output (lib/content/limits.ts).
 * A formula KaTeX cannot read, or one past a limit, is a `MathError` with its
 * offset in the TeX source.
 */
import katex from "katex";
import { MAX_FORMULA_CHARS, MAX_FORMULA_HTML, MAX_MATH_HTML_DEPTH, MAX_MATH_NESTING } from "../../content/limits";
import { say, t, verbatim, type Phrase } from "../../messages";

export class MathError extends Error {
  override name = "MathError";
  constructor(
    /** What is wrong: KaTeX's own words for a TeX mistake, a phrase for a limit. */
    readonly phrase: Phrase,
    /** Offset of the problem in the TeX source (0 when KaTeX does not say). */
    readonly offset: number,
    /** How to fix it, when it is a limit rather than a TeX mistake. */
    readonly fix?: Phrase,
  ) {
    super(say(phrase, "en"));
  }
}

/** The message of a MathError: a limit says what it is, a TeX mistake is "cannot be read". */
export function mathMessage(error: MathError): Phrase {
  return error.fix ? error.phrase : t("math.unreadable", { detail: error.phrase });
}

/** How to fix a MathError: a limit's own fix, else `tex` (a TeX mistake). */
export function mathFix(error: MathError, tex: Phrase = t("math.fix.tex-or-dollar")): Phrase {
  return error.fix ?? tex;
}

const OPTIONS = {
  output: "htmlAndMathml",
  throwOnError: true,
  strict: "ignore",
  trust: false,
  maxExpand: 1000,
  maxSize: 50,
} as const;

const SHORTER = t("math.fix.shorter");

/** Thrown from inside KaTeX when the macros of a formula expand past MAX_FORMULA_CHARS. */
class ExpansionLimit extends Error {}

export function renderTex(tex: string, display: boolean): string {
  if (tex.length > MAX_FORMULA_CHARS) {
    throw new MathError(t("math.too-long", { length: tex.length, max: MAX_FORMULA_CHARS }), MAX_FORMULA_CHARS, SHORTER);
  }
  const deep = tooDeepTex(tex, MAX_MATH_NESTING);
  if (deep !== undefined) {
    throw new MathError(t("math.too-deep", { max: MAX_MATH_NESTING }), deep, t("math.fix.close-groups"));
  }
  let html: string;
  try {
    html = katex.renderToString(tex, { ...OPTIONS, displayMode: display, macros: expansionBudget(MAX_FORMULA_CHARS - tex.length) });
  } catch (error) {
    if (error instanceof katex.ParseError) {
      const e = error as katex.ParseError & { rawMessage?: string; position?: number };
      throw new MathError(verbatim(e.rawMessage ?? e.message), e.position ?? 0);
    }
    if (error instanceof ExpansionLimit) {
      throw new MathError(t("math.expands", { max: MAX_FORMULA_CHARS }), 0, SHORTER);
    }
    if (error instanceof RangeError) throw new MathError(t("math.too-deep-to-render"), 0, t("math.fix.split"));
    throw error;
  }
  if (html.length > MAX_FORMULA_HTML) {
    throw new MathError(t("math.html-size", { kb: Math.round(html.length / 1024), max: MAX_FORMULA_HTML / 1024 }), 0, SHORTER);
  }
  if (htmlDepth(html) > MAX_MATH_HTML_DEPTH) {
    throw new MathError(t("math.html-depth", { max: MAX_MATH_HTML_DEPTH }), 0, t("math.fix.close-split-shorten"));
  }
  return html;
}

/**
 * KaTeX's `macros` option, counting what the formula's own macros expand to.
 * KaTeX keeps a formula's `\def`s in this object and looks each up when it
 * expands it (built-in macros are elsewhere): the sum of the bodies looked up
 * bounds the text KaTeX reads, which `maxExpand` alone does not.
 */
type Macros = NonNullable<katex.KatexOptions["macros"]>;

function expansionBudget(budget: number): Macros {
  let used = 0;
  return new Proxy({} as Macros, {
    get(target, name) {
      const value = target[name as string];
      if (typeof name === "string" && Object.hasOwn(target, name)) {
        used += sizeOf(value);
        if (used > budget) throw new ExpansionLimit();
      }
      return value;
    },
  });
}

function sizeOf(macro: unknown): number {
  if (typeof macro === "string") return macro.length;
  const tokens = (macro as { tokens?: unknown[] } | null)?.tokens;
  return Array.isArray(tokens) ? tokens.length : 1;
}

/** The offset at which groups `{`, `\left` and `\begin` first nest more than `limit` deep; `%` comments skipped. */
export function tooDeepTex(tex: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === "\\") {
      const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i, i + 8))?.[1] ?? "";
      if (name === "left" || name === "begin") {
        if (++depth > limit) return i;
      } else if ((name === "right" || name === "end") && depth > 0) depth--;
      i += name.length;
    } else if (ch === "{") {
      if (++depth > limit) return i;
    } else if (ch === "}") {
      if (depth > 0) depth--;
    } else if (ch === "%") {
      const end = tex.indexOf("\n", i);
      if (end < 0) break;
      i = end;
    }
  }
  return undefined;
}

/** The deepest nesting of elements in HTML that KaTeX wrote (well formed; its void elements close themselves with `/>` or are listed). */
function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]) depth--;
    else if (!m[3] && !VOID.has(m[2])) max = Math.max(max, ++depth);
  }
  return max;
}

const VOID = new Set(["br", "img", "col", "hr", "input", "meta", "link", "wbr", "area", "base", "embed", "source", "track"]);

/** Where a problem at `offset` of a formula is in the file: the formula's text starts at `start`. */
export function positionIn(tex: string, offset: number, start: { line: number; column: number }): { line: number; column: number } {
  const before = tex.slice(0, Math.max(0, Math.min(offset, tex.length))).split("\n");
  return before.length === 1 ? { line: start.line, column: start.column + before[0].length } : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}
