/**
 * The posts' own images (lib/images): each original under its content-hashed
 * name and its AVIF/WebP variants, prerendered for `next start` and written as
 * files by the static exporter.
 */
import { postImages, postImageFile } from "../../../lib/images/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [...postImages().keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const found = await postImageFile((await params).file);
  if (!found) return new Response("not found", { status: 404 });
  return new Response(new Blob([found.body as BlobPart]), {
    headers: { "content-type": found.contentType, "cache-control": "public, max-age=31536000, immutable" },
  });
}
