import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { normalizeBasePath } from "./lib/base-path.mjs";
import { securityHeaders } from "./lib/security-headers.mjs";
import { siteUrlProblem } from "./lib/site-url.mjs";
import { siteConfig } from "./site.config";
import { describeContent } from "./lib/content/load";

/** `BASE_PATH=/blog` serves the site under a sub-path (e.g. a project site). */
const basePath = normalizeBasePath(process.env.BASE_PATH);

const nextConfig: NextConfig = {
  // Folders with index.html: the export works on any plain file server.
  trailingSlash: true,
  poweredByHeader: false,
  basePath: basePath || undefined,
  // Inlined into every bundle, so lib/urls.ts knows the base path on the server and in the browser.
  env: { BASE_PATH: basePath },
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: { unoptimized: true },
  // Type errors are caught by `npm run typecheck` (part of `npm test`), which is faster than Next's own pass.
  typescript: { ignoreBuildErrors: true },
  // Build-time Markdown, YAML and feed libraries run in Node as they are: bundling them
  // (highlight.js grammars above all) was most of Turbopack's compile time.
  serverExternalPackages: [
    "@mdx-js/mdx",
    "hast-util-to-html",
    "hast-util-to-jsx-runtime",
    "hast-util-to-string",
    "highlight.js",
    "lowlight",
    "mdast-util-to-string",
    "next-mdx-remote",
    "rehype-highlight",
    "hast-util-raw",
    "rehype-sanitize",
    "rehype-slug",
    "remark-cjk-friendly",
    "remark-cjk-friendly-gfm-strikethrough",
    "remark-gfm",
    "remark-parse",
    "remark-rehype",
    // Share images: satori carries WebAssembly, sharp a native library.
    "satori",
    "sharp",
    // Bundles lib/client scripts at build time (app/assets/[file]/route.ts); a native module.
    "rolldown",
    "unified",
    "unist-util-visit",
    "vfile",
    "yaml",
    "zod",
    "beautiful-mermaid",
    "budoux",
    "katex",
    "micromark-core-commonmark",
    "micromark-extension-math",
    "mdast-util-math",
    "github-slugger",
    "decode-named-character-reference",
  ],
  experimental: {
    // Static generation on every core (Next's default leaves one core idle: one worker on 2 cores).
    cpus: Number(process.env.YOMU_BUILD_CPUS) || availableParallelism(),
  },
  // `next start` and `next dev`; yomu's static export writes _headers, vercel.json and a <meta> policy instead.
  async headers() {
    const dev = process.env.NODE_ENV === "development";
    return [{ source: "/:path*", headers: securityHeaders({ dev, embedHosts: siteConfig.embedHosts }) }];
  },
};

/** `next build` of a site without its address: a warning on a workstation, an error on CI and Vercel. */
export default function config(phase: string): NextConfig {
  const noAddress = phase === PHASE_PRODUCTION_BUILD ? siteUrlProblem(siteConfig.url) : undefined;
  if (noAddress?.fatal) throw new Error(`${noAddress.message} (a build on CI or Vercel must have it)`);
  // The build's first line, as build:static's: which folder, read as which layout (once, as below).
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.YOMU_CONTENT_SHOWN) {
    process.env.YOMU_CONTENT_SHOWN = "1";
    console.log(`next build: ${describeContent()}`);
  }
  // The build loads this file in more than one process: one warning is enough.
  if (noAddress && !process.env.YOMU_SITE_URL_WARNED) {
    process.env.YOMU_SITE_URL_WARNED = "1";
    console.warn(`\n⚠ WARNING: ${noAddress.message}\n`);
  }
  return nextConfig;
}
