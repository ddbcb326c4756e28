/**
 * The browser scripts of lib/client, bundled at build time (lib/client-scripts.ts):
 * served as prerendered files by `next start`, written into the static export as
 * /assets/<name>.<hash>.js. The hash in the name changes with the code, so the
 * files can be cached for good.
 */
import { clientScriptFile, compileClientScript, pageScriptNames } from "../../../lib/client-scripts";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return pageScriptNames().map((name) => ({ file: clientScriptFile(name) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = pageScriptNames().find((n) => clientScriptFile(n) === file);
  if (!name) return new Response("not found", { status: 404 });
  return new Response(await compileClientScript(name), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}
