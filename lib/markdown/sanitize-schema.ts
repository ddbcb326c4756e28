import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

/**
 * GitHub's sanitization rules (no script, no event handlers, no `javascript:`
 * or `data:` links) plus what our own Markdown output needs.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Footnote ids are already prefixed by remark-rehype; prefixing again breaks their links.
  clobber: ["name"],
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.code ?? []), ["className", /^language-./]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", /^hljs-/]],
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "width", "height"],
    "*": [...(defaultSchema.attributes?.["*"] ?? []), "id"],
    // Kept only for hosts in siteConfig.embedHosts; rehypeEmbeds (./embeds.ts) decides and rewrites.
    iframe: ["src", "width", "height", "title"],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), "iframe"],
  protocols: { ...defaultSchema.protocols, src: ["http", "https"] },
};
