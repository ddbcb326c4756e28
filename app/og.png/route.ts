/** The site's share image (its description and name), for list pages and for posts without an image of their own. */
import { pngResponse } from "../../lib/share-image/response";
import { siteShareImage } from "../../lib/share-image";

export const dynamic = "force-static";

export async function GET() {
  return pngResponse(await siteShareImage());
}
