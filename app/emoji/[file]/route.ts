/** The Twemoji image of each emoji posts show with their titles (lib/emoji), as a file of the site. */
import { allPosts } from "../../../lib/content";
import { emojiFile, emojiSvg } from "../../../lib/emoji/twemoji";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  const files = new Set(allPosts().flatMap((p) => (p.emoji ? [emojiFile(p.emoji)] : [])).filter((f): f is string => f !== undefined));
  return [...files].sort().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const svg = allPosts().some((p) => p.emoji && emojiFile(p.emoji) === file) ? emojiSvg(file) : undefined;
  if (!svg) return new Response("not found", { status: 404 });
  return new Response(svg, { headers: { "content-type": "image/svg+xml" } });
}
