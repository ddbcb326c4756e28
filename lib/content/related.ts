import { termKey } from "./taxonomy";
import type { PostSummary } from "./types";

/**
 * Up to `limit` posts ranked by the number of shared tags, then by recency.
 * `byTag` maps a tag key to its posts (newest first), so the work is
 * proportional to the size of this post's tags, not to the whole blog.
 */
export function relatedPosts(
  post: PostSummary,
  byTag: Map<string, PostSummary[]>,
  limit = 5,
): PostSummary[] {
  const shared = new Map<string, { post: PostSummary; count: number }>();
  for (const key of new Set(post.tags.map(termKey))) {
    for (const other of byTag.get(key) ?? []) {
      if (other.slug === post.slug) continue;
      const entry = shared.get(other.slug);
      if (entry) entry.count++;
      else shared.set(other.slug, { post: other, count: 1 });
    }
  }
  return [...shared.values()]
    .sort((a, b) => b.count - a.count || (a.post.date < b.post.date ? 1 : a.post.date > b.post.date ? -1 : 0))
    .slice(0, limit)
    .map((e) => e.post);
}
