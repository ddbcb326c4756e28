/**
 * The files of the static search index (lib/search/format.ts), written at build
 * time: into the export as /search-index/<file>, and served as prerendered
 * files by `next start`.
 */
import { searchIndexFile, siteSearchIndex } from "../../../lib/search/site-index";

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await siteSearchIndex()).files.keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const data = await searchIndexFile(file);
  if (!data) return new Response("not found", { status: 404 });
  return new Response(new Blob([data as BlobPart]), {
    headers: {
      "content-type": file.endsWith(".json") ? "application/json; charset=utf-8" : "application/octet-stream",
    },
  });
}
