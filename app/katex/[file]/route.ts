/**
 * KaTeX's stylesheet and fonts (lib/katex-assets.ts), from the installed
 * package: prerendered for `next start`, written as files by the static exporter.
 */
import { katexFile, katexFiles } from "../../../lib/katex-assets";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return katexFiles().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const found = katexFile((await params).file);
  if (!found) return new Response("not found", { status: 404 });
  return new Response(new Blob([found.body as BlobPart]), { headers: { "content-type": found.contentType } });
}
