/**
 * What KaTeX's HTML + MathML output needs from the allowlist
 * (./sanitize-schema.ts), and nothing more: its elements, its attributes with
 * the values it writes, its class names, and `style` where KaTeX sets it,
 * checked by a strict pattern of KaTeX's own properties and values.
 * Formulas are rendered before sanitizing (./notation/math.ts), so the
 * sanitizer checks KaTeX's output like any post HTML; the allowlist test
 * renders ./notation/katex-corpus.ts and checks that nothing of it is lost.
 *
 * Left out on purpose: `annotation-xml`, `maction`, `mglyph`, `semantics`'
 * other children, links and every SVG element but `svg`, `path` and `line`
 * (KaTeX draws roots, arrows, braces and strikes with them).
 */
import type { Options as SanitizeSchema } from "rehype-sanitize";

/** Class names KaTeX writes (its stylesheet's selectors and the atom classes). */
const KATEX_CLASS_NAMES = [
  "katex", "katex-display", "katex-html", "katex-mathml", "katex-accent", "katex-base", "katex-fix", "katex-hdashline",
  "katex-hline", "katex-inner", "katex-newline", "katex-overlay", "katex-overline", "katex-root", "katex-rule",
  "katex-sizing", "katex-smash", "katex-sout", "katex-stretchy", "katex-strut", "katex-tag", "katex-thinbox",
  "katex-underline", "katex-vbox",
  "mord", "mop", "mbin", "mrel", "mopen", "mclose", "mpunct", "minner", "mspace", "mtight", "mfrac", "msupsub", "mtable",
  "mover", "munder", "mult", "mtr-glue", "mml-eqn-num", "mainrm",
  "accent-body", "accent-full", "accentunder", "amsrm", "angl", "anglpad", "arraycolsep", "boldsymbol", "boxpad", "brace-center",
  "brace-left", "brace-right", "cancel-lap", "cancel-pad", "cd-arrow-pad", "cd-label-left", "cd-label-right",
  "cd-vert-arrow", "clap", "col-align-c", "col-align-l", "col-align-r", "delim-size1", "delim-size4", "delimcenter",
  "delimsizing", "delimsizinginner", "eqn-num", "fbox", "fcolorbox", "colorbox", "fleqn", "fontsize-ensurer", "frac-line",
  "halfarrow-left", "halfarrow-right", "hide-tail", "large-op", "leqno", "llap", "rlap", "nobreak", "nulldelimiter",
  "op-limits", "op-symbol", "overline-line", "underline-line", "pstrut", "reflectbox", "small-op", "sqrt", "svg-align",
  "text", "vcenter", "vertical-separator", "vlist", "vlist-r", "vlist-s", "vlist-t", "vlist-t2", "x-arrow", "x-arrow-pad",
  "mathbb", "mathbf", "mathboldfrak", "mathboldsf", "mathcal", "mathfrak", "mathit", "mathitsf", "mathnormal", "mathrm",
  "mathscr", "mathsf", "mathsfit", "mathtt", "textbb", "textbf", "textboldfrak", "textboldsf", "textfrak", "textit",
  "textitsf", "textrm", "textscr", "textsf", "texttt",
  "latin_fallback", "cyrillic_fallback", "brahmic_fallback", "georgian_fallback", "cjk_fallback", "hangul_fallback",
];

const oneOf = (names: readonly string[]) => new RegExp(`^(?:${names.map((n) => n.replace(/[-]/g, "\\-")).join("|")})$`);

/** Any KaTeX class, plus `size1`–`size11` and `reset-size1`–`reset-size11`. */
export const KATEX_CLASS = new RegExp(`${oneOf(KATEX_CLASS_NAMES).source}|^(?:reset-)?size(?:[1-9]|1[01])$`);

/** A length as KaTeX writes one; at most two integer digits keeps a post's span from being moved far outside the text. */
const LENGTH = String.raw`-?(?:\d{1,2}(?:\.\d+)?|\.\d+)(?:em|ex|pt|px|mu|%)?`;
const COLOR = String.raw`(?:#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,20})`;
const DECLARATION = [
  String.raw`(?:height|width|min-width|top|bottom|left|vertical-align|margin-left|margin-right|margin-top|padding-left|border-bottom-width|border-top-width|border-right-width|border-width)\s*:\s*${LENGTH}`,
  String.raw`margin\s*:\s*${LENGTH}(?:\s+${LENGTH}){0,3}`,
  String.raw`(?:color|background-color|border-color)\s*:\s*${COLOR}`,
  String.raw`(?:border-style|border-right-style)\s*:\s*(?:solid|dashed)`,
  String.raw`position\s*:\s*relative`,
  String.raw`border\s*:\s*${LENGTH}\s+(?:solid|dashed)\s+${COLOR}`,
  // \pmb (poor man's bold)
  String.raw`text-shadow\s*:\s*${LENGTH}\s+${LENGTH}\s+${LENGTH}`,
].join("|");

/** `style` as KaTeX writes it: `;`-separated declarations of the properties above, nothing else (no url(), no expressions). */
export const KATEX_STYLE = new RegExp(String.raw`^\s*(?:(?:${DECLARATION})\s*;?\s*)+$`);

const MATHML_LENGTH = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:em|ex|pt|px|mu|%|width)?$/;
const BOOLEAN = /^(?:true|false)$/;

export const katexTagNames = [
  "math", "semantics", "annotation", "mrow", "mi", "mo", "mn", "mtext", "mspace", "msup", "msub", "msubsup",
  "mfrac", "msqrt", "mroot", "mstyle", "mpadded", "mphantom", "menclose", "munder", "mover", "munderover", "mtable",
  "mtr", "mtd", "svg", "path", "line",
];

/** Attributes per element, for the schema's `attributes` (merged with what other output needs there). */
export const katexAttributes: NonNullable<SanitizeSchema["attributes"]> = {
  span: [["className", KATEX_CLASS], ["style", KATEX_STYLE], ["ariaHidden", "true"]],
  math: [["xmlns", "http://www.w3.org/1998/Math/MathML"], ["display", "block"]],
  annotation: [["encoding", "application/x-tex"]],
  mi: [["mathvariant", /^[a-z-]{1,30}$/]],
  mo: [["mathvariant", "normal"], ["lspace", MATHML_LENGTH], ["rspace", MATHML_LENGTH], ["stretchy", BOOLEAN], ["fence", BOOLEAN], ["separator", BOOLEAN], ["minsize", MATHML_LENGTH], ["maxsize", MATHML_LENGTH]],
  mtext: [["mathvariant", /^[a-z-]{1,30}$/]],
  mfrac: [["linethickness", MATHML_LENGTH]],
  mstyle: [["style", KATEX_STYLE], ["scriptlevel", /^[0-2]$/], ["displaystyle", BOOLEAN], ["mathcolor", new RegExp(`^${COLOR}$`)], ["mathsize", MATHML_LENGTH]],
  mpadded: [["width", MATHML_LENGTH], ["height", MATHML_LENGTH], ["depth", MATHML_LENGTH], ["lspace", MATHML_LENGTH], ["voffset", MATHML_LENGTH], ["mathbackground", new RegExp(`^${COLOR}$`)], ["style", KATEX_STYLE], ["className", KATEX_CLASS]],
  mspace: [["width", MATHML_LENGTH], ["height", MATHML_LENGTH], ["mathbackground", new RegExp(`^${COLOR}$`)]],
  munder: [["accentunder", BOOLEAN]],
  mover: [["accent", BOOLEAN]],
  menclose: [["notation", /^[a-z ]{1,60}$/]],
  mtable: [["rowspacing", /^[\d.a-z% ]{1,100}$/], ["columnalign", /^[a-z ]{1,200}$/], ["columnspacing", /^[\d.a-z% ]{1,100}$/], ["columnlines", /^[a-z ]{1,200}$/], ["rowlines", /^[a-z ]{1,200}$/], ["width", MATHML_LENGTH]],
  mtd: [["className", KATEX_CLASS], ["width", MATHML_LENGTH]],
  svg: [["xmlns", "http://www.w3.org/2000/svg"], ["width", MATHML_LENGTH], ["height", MATHML_LENGTH], ["viewBox", /^[\d. -]{1,40}$/], ["preserveAspectRatio", /^(?:none|x(?:Min|Mid|Max)Y(?:Min|Mid|Max)(?: slice)?)$/], ["style", KATEX_STYLE]],
  // Path data: commands and numbers only, nothing that could name a URL.
  path: [["d", /^[MmLlHhVvCcSsQqTtAaZz\d\s,.eE+-]*$/]],
  line: [["x1", MATHML_LENGTH], ["y1", MATHML_LENGTH], ["x2", MATHML_LENGTH], ["y2", MATHML_LENGTH], ["strokeWidth", MATHML_LENGTH]],
};
