import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import { katexAttributes, katexTagNames } from "./katex-allowlist";
import { ALERT_LABELS } from "./notation-text";
import { TASK_LABELS } from "./task-list-labels";

/** Classes the notation plugins (./notation/) put on each element; nothing else of a post's own. */
const NOTATION_CLASSES = {
  div: [
    "callout", "callout-message", "callout-alert", "callout-body",
    "markdown-alert", ...Object.keys(ALERT_LABELS).map((kind) => `markdown-alert-${kind}`),
    "code-block", "code-block-title", "link-card", "math", "math-display", "diagram",
  ],
  details: ["callout-details"],
  p: ["markdown-alert-title"],
  // diff-*: added after sanitizing by ./notation/diff-lines.ts, listed so the output matches the schema.
  span: ["math", "math-inline", "link-card-service", "link-card-title", "link-card-url", "diff-line", "diff-add", "diff-del", "diff-sign"],
  button: ["code-copy"],
} as const;

const exactly = (names: readonly string[]) => new RegExp(`^(?:${names.join("|")})$`);

/**
 * The one allowlist of post content, for `.md` and `.mdx` alike: GitHub's
 * sanitization rules (no script, no event handlers, no `javascript:` or `data:`
 * links) plus what our own Markdown output needs: the notation's classes and
 * the code blocks' copy button. Anything not listed is removed: an unknown
 * element (svg, math, animate, ...) is replaced by its content, an unknown
 * attribute is dropped. Formulas are the one exception, below.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Ids and names are prefixed after sanitizing, once heading ids exist (./prefix-ids.ts).
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    // rehype-highlight adds `hljs` after sanitizing; listed so the output matches the schema.
    code: [["className", /^language-./, "hljs"]],
    // highlight.js scopes (`hljs-title function_`, `hljs-variable language_`) and embedded languages (`xml` in JSX).
    span: [
      ...(defaultSchema.attributes?.span ?? []),
      ["className", /^hljs-/, /^(?:function|class|inherited_|language|constant)_$/, /^(?:xml|css|javascript|typescript|json|bash|sql|markdown)$/, exactly(NOTATION_CLASSES.span)],
    ],
    div: [...(defaultSchema.attributes?.div ?? []), ["className", exactly(NOTATION_CLASSES.div)], ["role", "note"]],
    details: [["className", exactly(NOTATION_CLASSES.details)]],
    p: [["className", exactly(NOTATION_CLASSES.p)]],
    // The copy button of code blocks (./notation/code-blocks.ts); it does nothing until lib/client/copy-code.ts runs.
    button: [["type", "button"], ["className", exactly(NOTATION_CLASSES.button)]],
    // Images (./notation/images.ts): the size a post asks for (`=250x`), and the loading hints and the picture's formats added after sanitizing.
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "width", "height", "decoding", "fetchpriority"],
    source: [...(defaultSchema.attributes?.source ?? []), "type", "sizes", "media"],
    // Task-list checkboxes get a name after sanitizing (./task-list-labels.ts).
    input: [...(defaultSchema.attributes?.input ?? []), ["ariaLabel", ...Object.values(TASK_LABELS)]],
    // Kept only for hosts in the embed allowlist (site.config.ts embedHosts); rehypeEmbeds (./embeds.ts) decides and rewrites.
    iframe: ["src", "width", "height", "title"],
  },
  // <wbr>: a place a line may break, also put between the phrases of headings after sanitizing (./heading-phrases.ts).
  tagNames: [...(defaultSchema.tagNames ?? []), "iframe", "button", "figure", "figcaption", "wbr"],
  // Every attribute that holds a URL has its schemes listed; a URL with any other scheme is dropped.
  protocols: { ...defaultSchema.protocols, src: ["http", "https"], srcSet: ["http", "https"], action: ["http", "https"] },
  // Removed with their content: a style sheet's text is not post text.
  strip: ["script", "style"],
};

/** The schema with the names of the components `.mdx` posts may use (their props get the `*` rules). */
export function schemaWithComponents(componentNames: readonly string[]): SanitizeSchema {
  return { ...sanitizeSchema, tagNames: [...(sanitizeSchema.tagNames ?? []), ...componentNames] };
}

/** The elements whose content is KaTeX's output, not the post's: `<span class="math math-inline">`, `<div class="math math-display">`. */
export const MATH_CONTAINER_CLASS = "math";

/**
 * What KaTeX's HTML + MathML may hold (./katex-allowlist.ts): only KaTeX's
 * elements, attributes, classes and `style` declarations, and no URL at all.
 * A post never writes into it: formulas are rendered from the post's TeX at
 * build time (./notation/math.ts), after the post's HTML is sanitized, and
 * this schema sanitizes that output before it goes into a math container.
 */
export const katexSchema: SanitizeSchema = {
  tagNames: ["span", ...katexTagNames],
  attributes: katexAttributes,
  protocols: {},
  ancestors: {},
  required: {},
  clobber: [],
  strip: ["script", "style"],
};
