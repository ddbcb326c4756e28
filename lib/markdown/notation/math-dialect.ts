/**
 * Formulas as the service a post was written for reads them.
 *
 * - yomu's own folder (`strict`): the TeX between the dollars is KaTeX's; a
 *   formula KaTeX cannot read stops the build (./math.ts).
 * - Qiita: its Markdown (qiita_marker) has no math syntax. `$…$` and `$$…$$`
 *   stay text of the HTML, after Markdown's backslash escapes and character
 *   references are read, and MathJax draws them in the browser. So `$\\{$` is
 *   `\{` there, `$a\_1$` is `a_1` and `$x &gt; 0$` is `x > 0`; a ```` ```math ````
 *   block is code, read as written, and so is `$`…`$` (a code span between
 *   dollars, which Qiita makes a formula).
 * - Zenn and Qiita show a formula they cannot read in the page and publish the
 *   rest: in those layouts such a formula is a warning and shows as code.
 */
import { decodeNamedCharacterReference } from "decode-named-character-reference";
import { MathError, renderTex } from "./katex";
import { t } from "../../messages";

export type MathDialect = "strict" | "zenn" | "qiita";

/** ASCII punctuation escaped with a backslash (CommonMark), or a character reference. */
const ESCAPE_OR_REFERENCE = /\\([!-/:-@[-`{-~])|&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/g;

function reference(name: string): string | undefined {
  if (name[0] !== "#") return decodeNamedCharacterReference(name) || undefined;
  const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  // CommonMark: an invalid code point reads as U+FFFD.
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? "\ufffd" : String.fromCodePoint(code);
}

/** A whole code span: a run of backticks, its text, the same run (CommonMark). */
const CODE_SPAN = /^(`+)(?!`)([\s\S]*?[^`])\1$/;

/** The text MathJax reads on Qiita for the TeX written between dollars: escapes and references read as Markdown reads them. */
export function qiitaTex(written: string): string {
  return written.replace(ESCAPE_OR_REFERENCE, (match, punct: string | undefined, name: string | undefined) => punct ?? reference(name!) ?? match);
}

/**
 * The TeX a formula is rendered from, in the order tried. On Qiita, the text
 * MathJax reads; when KaTeX cannot read that (MathJax is more lenient: `\text{&}`),
 * the TeX as written, which KaTeX reads as the author meant it (`\text{\&}`).
 */
export function texCandidates(written: string, dialect: MathDialect, betweenDollars: boolean): string[] {
  if (dialect !== "qiita" || !betweenDollars) return [written];
  // $`…`$: a code span between dollars is a formula on Qiita, its TeX the code as written.
  const code = CODE_SPAN.exec(written);
  if (code) return [code[2]];
  const read = qiitaTex(written);
  return read === written ? [written] : [read, written];
}

/** A formula that Zenn or Qiita would publish as it is: a warning, not an error. */
export const formulaErrorIsWarning = (dialect: MathDialect) => dialect !== "strict";

export type FormulaResult = { html: string; tex: string } | { error: MathError };

/** A formula's KaTeX HTML, from the first of its candidate TeX texts KaTeX reads; else the first one's error. */
export function renderFormula(written: string, display: boolean, dialect: MathDialect, betweenDollars: boolean): FormulaResult {
  let first: MathError | undefined;
  for (const tex of texCandidates(written, dialect, betweenDollars)) {
    try {
      return { html: renderTex(tex, display), tex };
    } catch (error) {
      if (!(error instanceof MathError)) throw error;
      first ??= error;
    }
  }
  return { error: first! };
}

export const SHOWN_AS_CODE_FIX = t("math.fix.tex-or-dollar");

/** The dialect of a content layout's posts: yomu's own folder is strict. */
export const mathDialectOf = (layout: "yomu" | "zenn" | "qiita"): MathDialect => (layout === "yomu" ? "strict" : layout);
