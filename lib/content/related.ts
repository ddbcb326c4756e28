import { termKey } from "./taxonomy";
import type { PostSummary } from "./types";

/**
 * Related posts: up to `limit` posts ranked by the number of shared tags, then
 * by recency. Posts are numbered by their place in `summaries` (newest first),
 * each tag holds its posts' numbers, and counting runs over one reused array,
 * so a post costs the length of its tags' lists in integer additions and no
 * allocation or sort of everything it shares a tag with (at 10,000 posts a
 * popular tag lists thousands).
 */
export function createRelated(
  summaries: PostSummary[],
  byTag: Map<string, PostSummary[]>,
  position: Map<string, number> = new Map(summaries.map((p, i) => [p.slug, i])),
) {
  const members = new Map<string, Int32Array>();
  for (const [key, posts] of byTag) {
    members.set(key, Int32Array.from(posts.map((p) => position.get(p.slug) ?? -1).filter((i) => i >= 0)));
  }
  const counts = new Uint16Array(summaries.length);
  const touched = new Int32Array(summaries.length);

  return function related(post: PostSummary, limit = 5): PostSummary[] {
    const self = position.get(post.slug);
    let n = 0;
    for (const key of new Set(post.tags.map(termKey))) {
      for (const i of members.get(key) ?? []) {
        if (i === self) continue;
        if (counts[i]++ === 0) touched[n++] = i;
      }
    }
    // Best `limit` by (count desc, position asc), by insertion into a short list.
    const best: number[] = [];
    const better = (a: number, b: number) => counts[a] > counts[b] || (counts[a] === counts[b] && a < b);
    for (let t = 0; t < n; t++) {
      const i = touched[t];
      if (best.length === limit && !better(i, best[limit - 1])) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && better(i, best[at - 1])) at--;
      best.splice(at, 0, i);
      if (best.length > limit) best.pop();
    }
    const result = best.map((i) => summaries[i]);
    for (let t = 0; t < n; t++) counts[touched[t]] = 0;
    return result;
  };
}
