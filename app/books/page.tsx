import { BookList } from "../../components/BookList";
import { allBooks } from "../../lib/content";
import { pageMetadata } from "../../lib/seo/metadata";
import { booksUrl } from "../../lib/urls";
import { bookEntries } from "../_routes/book-entries";

export const metadata = pageMetadata({ path: booksUrl(), title: "本", description: "このサイトの本の一覧です。" });

export default function BooksPage() {
  const books = allBooks();
  return (
    <section aria-labelledby="books-heading">
      <h1 id="books-heading" className="text-2xl font-bold">
        本
      </h1>
      {books.length === 0 ? <p className="py-10 text-stone-600 dark:text-stone-400">まだありません。</p> : <div className="mt-6"><BookList books={bookEntries(books)} /></div>}
    </section>
  );
}
