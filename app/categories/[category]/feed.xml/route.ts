import { allCategories, categoryBySegment } from "../../../../lib/content";
import { feedResponse, termFeed } from "../../../../lib/feed";
import { atLeastOne } from "../../../../lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne("category", allCategories().map((c) => c.segment));
}

export async function GET(_request: Request, { params }: { params: Promise<{ category: string }> }) {
  return feedResponse("rss", termFeed("category", categoryBySegment((await params).category)));
}
