import type { BookEntry } from "../../components/BookList";
import type { Series } from "../../lib/content";
import { bookCover } from "../../lib/images/site";

/** What the book lists show of each book. */
export function bookEntries(books: readonly Series[]): BookEntry[] {
  return books.map((b) => ({
    slug: b.segment,
    title: b.name,
    summary: b.book?.summary ?? "",
    chapters: b.items.length,
    draft: b.book?.published === false,
    cover: bookCover(b.book?.cover),
  }));
}
