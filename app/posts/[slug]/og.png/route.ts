/** A recent post's share image: its title, the site's name and its date (lib/share-image). */
import { postBySlug } from "../../../../lib/content";
import { atLeastOne } from "../../../../lib/static-params";
import { hasOwnShareImage, postShareImage, postsWithOwnShareImage } from "../../../../lib/share-image";
import { pngResponse } from "../../../../lib/share-image/response";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne("slug", postsWithOwnShareImage().map((p) => p.slug));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = postBySlug((await params).slug);
  // The placeholder of an empty blog, or a post too old for an image of its own.
  if (!post || !hasOwnShareImage(post.slug)) return new Response("not found", { status: 404 });
  return pngResponse(await postShareImage(post));
}
