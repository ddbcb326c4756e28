/**
 * Vercel's Build Output API (version 3) for the static export: with the root
 * vercel.json, a zero-config Vercel deploy runs `build:static --vercel`, which
 * writes the site into `.vercel/output/static` and this routing table into
 * `.vercel/output/config.json`: the security headers on every response,
 * long-lived caching for the content-hashed assets, files first, and the
 * site's own 404 page for anything else.
 */
import { immutableCache, securityHeaders } from "../../lib/security-headers.mjs";

/** Where the site's files go: under the base path, as the URLs have it. */
export const vercelStaticDir = (root, basePath) => `${root}/.vercel/output/static${basePath}`;

/**
 * @param {{ embedHosts?: readonly string[], basePath?: string }} options
 */
export function vercelOutputConfig({ embedHosts = [], basePath = "" } = {}) {
  const asObject = (headers) => Object.fromEntries(headers.map((h) => [h.key, h.value]));
  const escaped = basePath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return {
    version: 3,
    routes: [
      { src: "/(.*)", headers: asObject(securityHeaders({ staticExport: true, embedHosts })), continue: true },
      { src: `${escaped}/assets/(.*)`, headers: asObject([immutableCache]), continue: true },
      { handle: "filesystem" },
      { src: `${escaped}/(.*)`, status: 404, dest: `${basePath}/404.html` },
    ],
  };
}
