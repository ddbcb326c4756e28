import type { ReactNode } from "react";
import type { PostSummary } from "../lib/content/types";
import { EnhancementScript } from "./EnhancementScript";
import { PostCard } from "./PostCard";

export function PostList({ heading, posts, children }: { heading: ReactNode; posts: PostSummary[]; children?: ReactNode }) {
  return (
    <section aria-labelledby="list-heading">
      <h1 id="list-heading" className="text-2xl font-bold">
        {heading}
      </h1>
      {posts.length === 0 ? (
        <p className="py-10 text-stone-600 dark:text-stone-400">まだ記事がありません。</p>
      ) : (
        <div>
          {posts.map((p) => (
            <PostCard key={p.slug} post={p} />
          ))}
          <EnhancementScript name="read-marks" />
        </div>
      )}
      {children}
    </section>
  );
}
