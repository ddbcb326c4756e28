import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

/**
 * The one allowlist of post content, for `.md` and `.mdx` alike: GitHub's
 * sanitization rules (no script, no event handlers, no `javascript:` or `data:`
 * links) plus what our own Markdown output needs. Anything not listed is
 * removed: an unknown element (svg, math, animate, ...) is replaced by its
 * content, an unknown attribute is dropped.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Ids and names are prefixed after sanitizing, once heading ids exist (./prefix-ids.ts).
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    // rehype-highlight adds `hljs` after sanitizing; listed so the output matches the schema.
    code: [["className", /^language-./, "hljs"]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", /^hljs-/]],
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "width", "height"],
    // Kept only for hosts in siteConfig.embedHosts; rehypeEmbeds (./embeds.ts) decides and rewrites.
    iframe: ["src", "width", "height", "title"],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), "iframe"],
  // Every attribute that holds a URL has its schemes listed; a URL with any other scheme is dropped.
  protocols: { ...defaultSchema.protocols, src: ["http", "https"], srcSet: ["http", "https"], action: ["http", "https"] },
  // Removed with their content: a style sheet's text is not post text.
  strip: ["script", "style"],
};

/** The schema with the names of the components `.mdx` posts may use (their props get the `*` rules). */
export function schemaWithComponents(componentNames: readonly string[]): SanitizeSchema {
  return { ...sanitizeSchema, tagNames: [...(sanitizeSchema.tagNames ?? []), ...componentNames] };
}
