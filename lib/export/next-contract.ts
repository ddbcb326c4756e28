/**
 * Every behaviour yomu's static exporter (scripts/build-static.mjs,
 * scripts/export/*, lib/export/*) copies from Next.js instead of calling it:
 * what it is, where Next does it, where yomu copies it, and the Next version
 * it was checked against. `next` is pinned to that version in package.json;
 * next-contract.test.ts fails when the installed Next differs, so an upgrade
 * starts by re-checking each entry here against the new version's files.
 *
 * Paths under `next` are relative to node_modules/next/, paths under `yomu` to
 * the repository root. The parity test (e2e/export-parity.spec.ts) compares
 * the result with `next start` over every URL the two builds serve.
 */

/** The Next.js version every entry below was checked against. */
export const NEXT_CONTRACT_VERSION = "16.4.6";

export interface CopiedBehaviour {
  /** What Next does that the exporter reproduces, and how faithfully. */
  behaviour: string;
  /** Where Next does it. */
  next: string[];
  /** Where yomu copies it. */
  yomu: string[];
}

export const copiedBehaviours: CopiedBehaviour[] = [
  {
    behaviour:
      "Head tags and their order: charset, viewport, stylesheets, theme-color, color-scheme, title, description, " +
      "author, manifest, keywords, robots, canonical, alternates (feeds), Open Graph, Twitter, icons; tag spelling " +
      "(charSet, self-closing void elements) as React renders Next's elements. Only the Metadata/Viewport keys " +
      "yomu uses are supported; any other key throws.",
    next: ["dist/lib/metadata/metadata.js", "dist/lib/metadata/metadata-elements.js", "dist/lib/metadata/generate/utils.js"],
    yomu: ["lib/export/head.ts"],
  },
  {
    behaviour:
      "Metadata resolution: layers merge shallowly from the root layout to the page; a title template applies " +
      "to later layers (Next skips the template of a layout in the page's own segment: not reproduced, yomu has " +
      "one layout); Open Graph implies a Twitter card, and Twitter falls back to Open Graph's and the page's " +
      "title and description.",
    next: [
      "dist/lib/metadata/resolve-metadata.js",
      "dist/lib/metadata/resolvers/resolve-title.js",
      "dist/lib/metadata/resolvers/resolve-opengraph.js",
    ],
    yomu: ["lib/export/head.ts"],
  },
  {
    behaviour:
      "Viewport defaults (width=device-width, initial-scale=1) and the order of the viewport content; robots " +
      "values ({ index: false } → noindex) and the googlebot tag.",
    next: ["dist/lib/metadata/default-metadata.js", "dist/lib/metadata/resolvers/resolve-basics.js"],
    yomu: ["lib/export/head.ts"],
  },
  {
    behaviour:
      "URLs in metadata: resolved against metadataBase; with trailingSlash, same-origin page URLs in canonical, " +
      "alternates and og:url get a final '/', URLs of files (FILE_REGEX) do not.",
    next: ["dist/lib/metadata/resolvers/resolve-url.js"],
    yomu: ["lib/export/head.ts"],
  },
  {
    behaviour:
      "Stylesheets: Next gives its CSS links precedence \"next\"; React hoists them right after the charset and " +
      "viewport metas with data-precedence=\"next\".",
    next: ["dist/server/app-render/render-css-resource.js"],
    yomu: ["lib/export/head.ts", "lib/export/render-site.tsx"],
  },
  {
    behaviour:
      "The not-found page: rendered with the root layout and app/not-found.tsx, with <meta name=\"robots\" " +
      "content=\"noindex\"/> ahead of the metadata, written to 404.html. Next's export also writes " +
      "404/index.html when trailingSlash is on; yomu does not (hosts and scripts/serve-static.mjs use 404.html).",
    next: ["dist/server/app-render/app-render.js", "dist/export/index.js"],
    yomu: ["lib/export/render-site.tsx", "lib/export/head.ts"],
  },
  {
    behaviour:
      "notFound(): throws an error whose digest starts with NEXT_HTTP_ERROR_FALLBACK;404. The exporter writes no " +
      "file for such a page (a static host answers 404 there with 404.html, as next start answers 404) and " +
      "build:static lists it; Next's export writes the not-found page at that path instead. For a prerendered " +
      "page that calls it, next start sends an empty error document titled with the page's own metadata and " +
      "renders the not-found page in the browser: the title there differs from 404.html's.",
    next: ["dist/client/components/not-found.js", "dist/client/components/http-access-fallback/http-access-fallback.js"],
    yomu: ["lib/export/navigation.ts", "lib/export/render-site.tsx", "scripts/export/skipped.mjs"],
  },
  {
    behaviour:
      "useSearchParams() in a prerendered page bails out to client rendering: the nearest Suspense fallback is " +
      "written to the HTML with an empty-digest <template data-dgst=\"\"> marking the bailout as intended, and " +
      "the browser renders the rest.",
    next: [
      "dist/client/components/navigation.js",
      "dist/client/components/navigation-dynamic-rendering.js",
      "dist/shared/lib/lazy-dynamic/bailout-to-csr.js",
      "dist/server/app-render/create-error-handler.js",
    ],
    yomu: ["lib/export/navigation.ts", "lib/export/render-site.tsx"],
  },
  {
    behaviour: "next/link renders a plain <a> with the base path added to a string href (no prefetch, no router in the export).",
    next: ["dist/client/app-dir/link.js", "dist/client/add-base-path.js"],
    yomu: ["lib/export/static-link.tsx", "scripts/export/bundle.mjs"],
  },
  {
    behaviour:
      "App Router file conventions: layout, page, route, not-found, sitemap and robots at the root; _private " +
      "folders are not routes; (group) folders leave the URL; @slot and (.)intercepting folders, template, " +
      "default, loading, error, global-error, global-not-found, forbidden, unauthorized, metadata image files " +
      "other than root icons, static sitemap.xml/robots.txt/manifest, and middleware/proxy are refused.",
    next: [
      "dist/build/webpack/loaders/next-app-loader/index.js",
      "dist/shared/lib/router/utils/app-paths.js",
      "dist/lib/metadata/is-metadata-route.js",
    ],
    yomu: ["scripts/export/app-routes.mjs"],
  },
  {
    behaviour:
      "Route segment config and route exports under output: export: force-dynamic, revalidate times and " +
      "dynamicParams = true in a layout or route handler are refused (dynamicParams inherited from layouts); a " +
      "dynamic page sets dynamicParams, and with true answers unlisted params with notFound(), which the export's " +
      "404 page stands for (checked by the parity test); a GET route handler must be " +
      "static (force-static, error, revalidate = false or generateStaticParams); generateViewport, a layout's " +
      "generateMetadata or generateStaticParams, non-GET handlers and generateSitemaps are refused.",
    next: [
      "dist/build/segment-config/app/app-segment-config.js",
      "dist/build/static-paths/app.js",
      "dist/server/route-modules/app-route/module.js",
      "dist/server/route-modules/app-route/helpers/is-static-gen-enabled.js",
    ],
    yomu: ["scripts/export/route-config.mjs"],
  },
  {
    behaviour:
      "Static params: every generateStaticParams entry is one page; a page receives its params percent-encoded; " +
      "with output: export an empty list is an error (yomu's routes return a placeholder, lib/static-params.ts, " +
      "whose page calls notFound()).",
    next: ["dist/build/static-paths/app.js", "dist/build/static-paths/utils.js"],
    yomu: ["lib/export/render-site.tsx", "lib/static-params.ts"],
  },
  {
    behaviour:
      "trailingSlash: true: a page is written as <path>/index.html and linked as <path>/; a route handler's " +
      "body is written at its own path (feed.xml, search-index/<file>).",
    next: ["dist/export/worker.js", "dist/export/routes/app-route.js", "dist/server/config-shared.js"],
    yomu: ["lib/export/render-site.tsx", "next.config.ts"],
  },
  {
    behaviour:
      "basePath (BASE_PATH): prefixed to links, stylesheets, scripts and icons; trimmed of slashes by " +
      "lib/base-path.mjs for next.config.ts and the exporter alike.",
    next: ["dist/server/config-shared.js", "dist/client/add-base-path.js"],
    yomu: ["lib/base-path.mjs", "scripts/build-static.mjs", "lib/urls.ts", "lib/export/static-link.tsx"],
  },
  {
    behaviour:
      "Icons: app/icon.(svg|png|ico) and app/favicon.ico become <link rel=\"icon\"> tags last in <head>, svg with " +
      "sizes=\"any\", with a content-hash query. Next's query is ?<name>.<hash>.<ext>, yomu's ?v=<hash> (the " +
      "parity test leaves icon links aside).",
    next: ["dist/build/webpack/loaders/metadata/discover.js", "dist/build/webpack/loaders/next-metadata-image-loader.js"],
    yomu: ["scripts/build-static.mjs", "lib/export/head.ts"],
  },
  {
    behaviour:
      "app/sitemap.ts and app/robots.ts: their return values serialised to sitemap.xml and robots.txt " +
      "(urlset with lastmod/changefreq/priority and language alternates; User-Agent, Allow, Disallow, " +
      "Crawl-delay, Host, Sitemap lines). lib/export/route-data.test.ts compares the output with Next's byte for byte.",
    next: ["dist/build/webpack/loaders/metadata/resolve-route-data.js"],
    yomu: ["lib/export/route-data.ts", "lib/export/render-site.tsx"],
  },
  {
    behaviour: "public/ is served at the site root: copied into the export as it is.",
    next: ["dist/export/index.js"],
    yomu: ["scripts/build-static.mjs"],
  },
  {
    behaviour:
      "The document: <!DOCTYPE html>, the root layout's <html>, the head tags inserted at the start of its " +
      "<head>; page scripts are the exporter's own (declared with <PageScript>, lib/page-scripts.ts), not " +
      "Next's runtime; the Content-Security-Policy <meta> right after the charset is the export's own.",
    next: ["dist/server/app-render/app-render.js"],
    yomu: ["lib/export/render-site.tsx"],
  },
];
