import { PageLink } from "./PageLink";
import type { PostSummary } from "../lib/content/types";
import { postUrl } from "../lib/urls";
import { DateTime } from "./DateTime";
import { Phrases } from "./Phrases";

export function RelatedPosts({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-12">
      <h2 id="related-heading" className="text-lg font-bold">
        関連記事
      </h2>
      <ul className="mt-3 space-y-3">
        {posts.map((p) => (
          <li key={p.slug}>
            <PageLink href={postUrl(p.slug)} className="font-medium break-keep hover:underline">
              <Phrases text={p.title} />
            </PageLink>
            <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">
              <DateTime iso={p.date} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
