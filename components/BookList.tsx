import type { ImageAsset } from "../lib/images/asset";
import { bookUrl } from "../lib/urls";
import { BookCover } from "./BookCover";
import { PageLink } from "./PageLink";
import { StatusBadge } from "./StatusBadge";

/** What a list shows of a book. */
export interface BookEntry {
  slug: string;
  title: string;
  summary: string;
  chapters: number;
  draft: boolean;
  cover?: ImageAsset;
}

/** Books as cards: cover, title, number of chapters, summary. */
export function BookList({ books, headingLevel = 2 }: { books: BookEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="grid gap-6 sm:grid-cols-2" data-books>
      {books.map((b) => (
        <li key={b.slug} data-book={b.slug} className="flex gap-4">
          {b.cover ? (
            <PageLink href={bookUrl(b.slug)} className="shrink-0" tabIndex={-1} aria-hidden="true">
              <BookCover asset={b.cover} alt="" className="h-auto w-20 rounded border border-stone-200 shadow-sm dark:border-stone-700" />
            </PageLink>
          ) : null}
          <div className="min-w-0">
            <Heading className="font-bold leading-snug">
              <PageLink href={bookUrl(b.slug)} className="hover:text-teal-700 hover:underline dark:hover:text-teal-300">
                {b.title}
              </PageLink>
              <StatusBadge draft={b.draft} scheduled={false} />
            </Heading>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">全{b.chapters}章</p>
            {b.summary ? <p className="mt-1 line-clamp-3 text-sm leading-relaxed text-stone-800 dark:text-stone-200">{b.summary}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
