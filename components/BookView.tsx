import type { Series } from "../lib/content/series";
import type { ImageAsset } from "../lib/images/asset";
import { bookFeedUrl, postUrl, withBasePath } from "../lib/urls";
import { BookCover } from "./BookCover";
import { PageLink } from "./PageLink";
import { ReadingTime } from "./ReadingTime";
import { StatusBadge } from "./StatusBadge";

/**
 * A Zenn book's page: cover, title, summary, topics and its chapters in order.
 * A book sold on Zenn (`price:` above 0) says so, with its price and, when the
 * author's Zenn user name is known, a link to the book there (`onZenn`).
 */
export function BookView({ book, cover, onZenn }: { book: Series; cover?: ImageAsset; onZenn?: string }) {
  const info = book.book!;
  const minutes = book.items.reduce((sum, p) => sum + p.readingMinutes, 0);
  return (
    <article data-book-page={book.segment}>
      <header className="flex flex-col gap-6 sm:flex-row">
        {cover ? (
          <BookCover asset={cover} alt={`『${book.name}』の表紙`} eager className="h-auto w-40 self-start rounded border border-stone-200 shadow dark:border-stone-700" />
        ) : null}
        <div className="min-w-0">
          <p className="text-sm text-stone-600 dark:text-stone-400">本</p>
          <h1 className="text-2xl font-bold leading-snug sm:text-3xl">
            {book.name}
            <StatusBadge draft={!info.published} scheduled={false} />
          </h1>
          {info.summary ? <p className="mt-3 leading-relaxed whitespace-pre-line">{info.summary}</p> : null}
          {info.price > 0 ? (
            <p className="mt-3 flex flex-wrap items-baseline gap-x-3 text-sm" data-book-price>
              <span className="rounded border border-amber-700 px-1.5 py-0.5 font-medium text-amber-800 dark:border-amber-400 dark:text-amber-300">有料</span>
              <span>Zenn で {info.price.toLocaleString("ja-JP")}円</span>
              {onZenn ? (
                <a href={onZenn} className="text-teal-700 underline hover:no-underline dark:text-teal-300">
                  Zenn で見る
                </a>
              ) : null}
            </p>
          ) : null}
          <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
            <span>全{book.items.length}章</span>
            {minutes > 0 ? <ReadingTime minutes={minutes} /> : null}
            <a href={withBasePath(bookFeedUrl(book.segment))} className="hover:underline">
              RSS
            </a>
          </p>
          {info.topics.length > 0 ? (
            <ul aria-label="トピック" className="mt-3 flex flex-wrap gap-2 text-sm">
              {info.topics.map((t) => (
                <li key={t} className="rounded-full border border-stone-300 px-2.5 py-0.5 dark:border-stone-600">
                  {t}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>
      <section aria-labelledby="chapters-heading" className="mt-10">
        <h2 id="chapters-heading" className="text-lg font-bold">
          目次
        </h2>
        <ol className="mt-3 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-700 dark:border-stone-700" data-chapters>
          {book.items.map((p, i) => (
            <li key={p.slug} className="flex gap-3 py-3">
              <span className="w-14 shrink-0 text-sm text-stone-600 tabular-nums dark:text-stone-400">第{i + 1}章</span>
              <span className="min-w-0">
                <PageLink href={postUrl(p.slug)} className="font-medium hover:text-teal-700 hover:underline dark:hover:text-teal-300">
                  {p.title}
                </PageLink>
                <StatusBadge draft={p.draft} scheduled={p.scheduled} />
                <span className="mt-0.5 flex gap-x-3 text-xs text-stone-600 dark:text-stone-400">
                  <ReadingTime minutes={p.readingMinutes} />
                </span>
              </span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
