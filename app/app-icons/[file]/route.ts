/** The web app manifest's icons (lib/offline/manifest.ts): 192 and 512 pixel PNGs of app/icon.svg. */
import { appIconPng } from "../../../lib/offline/app-icon";
import { appIconFile, appIconSizes } from "../../../lib/offline/urls";
import { pngResponse } from "../../../lib/share-image/response";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return appIconSizes.map((size) => ({ file: appIconFile(size) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const size = appIconSizes.find((s) => appIconFile(s) === file);
  if (!size) return new Response("not found", { status: 404 });
  return pngResponse(await appIconPng(size));
}
