import { PageLink } from "./PageLink";
import type { PostSummary } from "../lib/content/types";
import { postUrl } from "../lib/urls";
import { DateTime } from "./DateTime";
import { Excerpt } from "./Excerpt";
import { PostEmoji } from "./PostEmoji";
import { Phrases } from "./Phrases";
import { ReadingTime } from "./ReadingTime";
import { ReadMark } from "./ReadMark";
import { StatusBadge } from "./StatusBadge";
import { TermLinks } from "./TermLinks";

/** The one post card used by every list. */
export function PostCard({ post, headingLevel = 2 }: { post: PostSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-b border-stone-200 py-6 dark:border-stone-700" data-post={post.slug}>
      <Heading className="text-xl font-bold leading-snug break-keep">
        <PageLink href={postUrl(post.slug)} className="hover:text-teal-700 hover:underline dark:hover:text-teal-300">
          <PostEmoji emoji={post.emoji} size={28} />
          <Phrases text={post.title} />
        </PageLink>
        <StatusBadge draft={post.draft} scheduled={post.scheduled} />
      </Heading>
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400">
        <DateTime iso={post.date} />
        <ReadingTime minutes={post.readingMinutes} />
        <ReadMark slug={post.slug} />
      </p>
      <Excerpt excerpt={post.excerpt} className="mt-2 leading-relaxed text-stone-800 dark:text-stone-200" />
      <div className="mt-3">
        <TermLinks categories={post.categories} tags={post.tags} />
      </div>
    </article>
  );
}
