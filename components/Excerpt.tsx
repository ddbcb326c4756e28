import type { Excerpt as ExcerptData } from "../lib/text/excerpt";
import { siteMarkdown } from "../lib/site-markdown";

/** A hand-written excerpt keeps its inline Markdown; a cut one is plain text. */
export function Excerpt({ excerpt, className }: { excerpt: ExcerptData; className?: string }) {
  if (!excerpt.text) return null;
  return <p className={className}>{excerpt.markdown ? siteMarkdown().renderInline(excerpt.markdown) : excerpt.text}</p>;
}
