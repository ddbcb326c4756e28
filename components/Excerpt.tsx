import type { Excerpt as ExcerptData } from "../lib/text/excerpt";
import { renderInline } from "../lib/markdown";

/** A hand-written excerpt keeps its inline Markdown; a cut one is plain text. */
export function Excerpt({ excerpt, className }: { excerpt: ExcerptData; className?: string }) {
  if (!excerpt.text) return null;
  return <p className={className}>{excerpt.markdown ? renderInline(excerpt.markdown) : excerpt.text}</p>;
}
