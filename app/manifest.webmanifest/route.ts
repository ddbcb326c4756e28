/** The web app manifest (lib/offline/manifest.ts), linked from every page by the root layout. */
import { webAppManifest } from "../../lib/offline/manifest";
import { withBasePath } from "../../lib/urls";
import { siteConfig } from "../../site.config";

export const dynamic = "force-static";

export function GET() {
  const manifest = webAppManifest({ title: siteConfig.title, description: siteConfig.description, language: siteConfig.language, withBasePath: (p) => withBasePath(p) });
  return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/manifest+json; charset=utf-8" } });
}
