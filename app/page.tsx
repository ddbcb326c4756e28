import { BookList } from "../components/BookList";
import { PagedPostList } from "../components/PagedPostList";
import { PageLink } from "../components/PageLink";
import { allBooks, allPosts, paginate } from "../lib/content";
import { pageMetadata } from "../lib/seo/metadata";
import { booksUrl, homeUrl } from "../lib/urls";
import { siteConfig } from "../site.config";
import { bookEntries } from "./_routes/book-entries";

export const metadata = pageMetadata({ path: homeUrl() });

export default function HomePage() {
  const books = allBooks();
  return (
    <>
      <PagedPostList heading="新着記事" page={paginate(allPosts(), 1, siteConfig.postsPerPage)!} hrefFor={homeUrl} />
      {books.length > 0 ? (
        <section aria-labelledby="home-books-heading" className="mt-12">
          <h2 id="home-books-heading" className="mb-4 flex items-baseline justify-between text-xl font-bold">
            本
            <PageLink href={booksUrl()} className="text-sm font-normal hover:underline">
              すべての本
            </PageLink>
          </h2>
          <BookList books={bookEntries(books)} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
