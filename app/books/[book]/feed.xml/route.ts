import { allBooks, bookBySlug } from "../../../../lib/content";
import { bookFeed, feedResponse } from "../../../../lib/feed";
import { atLeastOne } from "../../../../lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = () => atLeastOne("book", allBooks().map((b) => b.segment));

/** `/books/<slug>/feed.xml`: RSS of one book's chapters. */
export async function GET(_request: Request, { params }: { params: Promise<{ book: string }> }) {
  return feedResponse("rss", bookFeed(bookBySlug((await params).book)));
}
