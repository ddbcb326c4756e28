import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BookView } from "../../../components/BookView";
import { Breadcrumbs } from "../../../components/Breadcrumbs";
import { allBooks, bookBySlug } from "../../../lib/content";
import { bookCover } from "../../../lib/images/site";
import { bookCrumbs } from "../../../lib/seo/breadcrumbs";
import { pageMetadata } from "../../../lib/seo/metadata";
import { atLeastOne, listedInBuilds } from "../../../lib/static-params";
import { zennUser } from "../../../lib/content/load";
import { bookFeedUrl, bookUrl, zennBookUrl } from "../../../lib/urls";
import { siteConfig } from "../../../site.config";

type Props = { params: Promise<{ book: string }> };

// Unlisted params render on request and answer 404 themselves (why: lib/static-params.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return listedInBuilds(() => atLeastOne("book", allBooks().map((b) => b.segment)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const book = bookBySlug((await params).book);
  if (!book) return {};
  return pageMetadata({
    path: bookUrl(book.segment),
    title: book.name,
    description: book.book?.summary || `${siteConfig.title}の本「${book.name}」（全${book.items.length}章）`,
    feed: { title: `${book.name} | ${siteConfig.title} (RSS)`, path: bookFeedUrl(book.segment) },
  });
}

/** The book's page on Zenn, when the author's user name there is known. */
function onZenn(slug: string): string | undefined {
  const user = zennUser();
  return user ? zennBookUrl(user, slug) : undefined;
}

export default async function BookPage({ params }: Props) {
  const book = bookBySlug((await params).book);
  if (!book) notFound();
  return (
    <>
      <Breadcrumbs items={bookCrumbs(book)} />
      <BookView book={book} cover={bookCover(book.book?.cover)} onZenn={onZenn(book.segment)} />
    </>
  );
}
