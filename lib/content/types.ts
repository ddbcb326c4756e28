/**
 * A post and its summary, as the post schema (./schema.ts `postSchema`) makes
 * them: the types are inferred, never written twice.
 */
import type { z } from "zod";
import type { postSchema } from "./schema";

export type { PostFormat } from "./schema";

export type Post = z.output<ReturnType<typeof postSchema>>;

/** Fields only a post's own page needs: lists, cards, feeds and the sitemap do without them. */
export const BODY_ONLY_KEYS = ["body", "bodyLine", "extra", "slugAt"] as const;

/** Everything a list, card, feed or sitemap needs; no body. */
export type PostSummary = Omit<Post, (typeof BODY_ONLY_KEYS)[number]>;

// A post's summary is made once: the dev server indexes its unchanged posts again after each save.
const summaries = new WeakMap<Post, PostSummary>();

export function toSummary(post: Post): PostSummary {
  let summary = summaries.get(post);
  if (!summary) {
    // Key by key: a body read from its file (lib/content/index.ts) is not read for a summary.
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(post)) if (!(BODY_ONLY_KEYS as readonly string[]).includes(key)) copy[key] = post[key as keyof Post];
    summaries.set(post, (summary = copy as PostSummary));
  }
  return summary;
}
