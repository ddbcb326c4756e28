import type { ReactNode } from "react";
import type { PostSummary } from "../lib/content/types";
import { absoluteUrl, postUrl } from "../lib/urls";
import { DateTime } from "./DateTime";
import { EnhancementScript } from "./EnhancementScript";
import { PostEmoji } from "./PostEmoji";
import { Phrases } from "./Phrases";
import { ReaderControls } from "./ReaderControls";
import { ScriptSlot } from "./ScriptSlot";
import { ReadingTime } from "./ReadingTime";
import { ShareLinks } from "./ShareLinks";
import { StatusBadge } from "./StatusBadge";
import { TermLinks } from "./TermLinks";

/**
 * The article. Complete without JavaScript; lib/client/reader.ts adds progress,
 * resume, text size, 縦書き and the current section. It finds the article by
 * `data-slug`, and puts its own UI into the empty `data-reader-ui` slot, which
 * React leaves alone when it hydrates the page under `next start`. The script
 * may run before that hydration and set attributes (aria-pressed, aria-current,
 * the 縦書き body's tabindex and role): suppressHydrationWarning on those
 * elements tells React's development build that this is expected.
 */
export function ArticleView({ post, body, toc, series }: { post: PostSummary; body: ReactNode; toc?: ReactNode; series?: ReactNode }) {
  return (
    <article data-slug={post.slug} data-reading-minutes={post.readingMinutes} className={toc ? "article has-toc" : "article"}>
      <header className="article-header mb-8">
        <PostEmoji emoji={post.emoji} size={64} />
        <h1 className="text-2xl font-bold leading-snug break-keep sm:text-3xl">
          <Phrases text={post.title} />
          <StatusBadge draft={post.draft} scheduled={post.scheduled} />
        </h1>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          <DateTime iso={post.date} />
          {post.updated ? <DateTime iso={post.updated} label="更新: " /> : null}
          {post.author ? <span>{post.author}</span> : null}
          <ReadingTime minutes={post.readingMinutes} />
        </p>
        <div className="mt-3">
          <TermLinks categories={post.categories} tags={post.tags} />
        </div>
        <ReaderControls />
        <ScriptSlot data-reader-ui />
      </header>
      {series}
      {toc}
      <div suppressHydrationWarning className="post-body prose prose-stone max-w-none dark:prose-invert prose-headings:leading-snug prose-a:text-teal-700 dark:prose-a:text-teal-300">
        {body}
      </div>
      <ShareLinks url={absoluteUrl(postUrl(post.slug))} title={post.title} />
      <EnhancementScript name="reader" />
    </article>
  );
}
