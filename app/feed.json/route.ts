import { feedResponse, siteFeed } from "../../lib/feed";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("json", siteFeed());
}
