import { allBooks, bookBySlug } from "../../../../lib/content";
import { bookFeed, feedResponse } from "../../../../lib/feed";

export const dynamic = "force-static";
export const dynamicParams = false;

// No placeholder when there is no book: both renderers then have no such file (a placeholder's 404 would differ).
export const generateStaticParams = () => allBooks().map((b) => ({ book: b.segment }));

/** `/books/<slug>/feed.xml`: RSS of one book's chapters. */
export async function GET(_request: Request, { params }: { params: Promise<{ book: string }> }) {
  return feedResponse("rss", bookFeed(bookBySlug((await params).book)));
}
