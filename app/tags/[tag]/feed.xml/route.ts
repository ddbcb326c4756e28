import { allTags, tagBySegment } from "../../../../lib/content";
import { feedResponse, termFeed } from "../../../../lib/feed";
import { atLeastOne } from "../../../../lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne("tag", allTags().map((t) => t.segment));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return feedResponse("rss", termFeed("tag", tagBySegment((await params).tag)));
}
