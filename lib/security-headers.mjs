/**
 * The site's security headers, in one place: next.config.ts sends them under
 * `next start` (and `next dev`); the static exporter (scripts/build-static.mjs)
 * writes them into the export as `_headers` (Netlify, Cloudflare Pages) and
 * `vercel.json`, and puts the policy into every page as a
 * `<meta http-equiv="Content-Security-Policy">` for hosts that send no headers
 * (GitHub Pages, S3, plain file servers).
 *
 * Scripts: only files from this site ('self'). The static export has no inline
 * script at all, so its policy has no 'unsafe-inline' for scripts: a
 * `javascript:` URL or an injected inline handler cannot run even if it slipped
 * past the sanitizer. Under `next start`, Next.js puts inline <script> elements
 * into every page (the React Server Components payload, different on every page
 * and request), so that mode must allow 'unsafe-inline' scripts; the sanitizer is
 * what keeps post content from adding any. Images may come from any https host
 * (posts hot-link them); that loads pictures, never code. Frames: only the hosts
 * of `siteConfig.embedHosts`, none when it is empty.
 */

/**
 * @typedef {{ dev?: boolean, staticExport?: boolean, embedHosts?: readonly string[], meta?: boolean }} PolicyOptions
 * `meta`: the policy as a `<meta>` tag carries it, without the directives browsers ignore there.
 */

/** @param {PolicyOptions} [options] */
export function contentSecurityPolicy({ dev = false, staticExport = false, embedHosts = [], meta = false } = {}) {
  const directives = {
    "default-src": ["'self'"],
    // React's development build evaluates code for fast refresh and error overlays.
    "script-src": ["'self'", ...(staticExport ? [] : ["'unsafe-inline'"]), ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "https:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    // The offline service worker (<base>/sw.js) and the web app manifest.
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "media-src": ["'self'", "https:"],
    "frame-src": embedHosts.length > 0 ? embedHosts.map(frameSource) : ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    ...(meta ? {} : { "frame-ancestors": ["'none'"] }),
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** An embed host as a CSP source: https only, the host (and port) exactly as configured. */
function frameSource(host) {
  if (!/^[a-z0-9.-]+(?::\d{1,5})?$/i.test(host)) throw new Error(`siteConfig.embedHosts: "${host}" is not a host name (write e.g. "www.youtube-nocookie.com")`);
  return `https://${host.toLowerCase()}`;
}

/**
 * @param {PolicyOptions} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(options = {}) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ ...options, meta: false }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** Files with content hashes in their names: cache them for good. */
export const immutableCache = { key: "Cache-Control", value: "public, max-age=31536000, immutable" };

/**
 * `_headers` for Netlify and Cloudflare Pages, for the static export.
 * @param {{ embedHosts?: readonly string[], immutablePaths?: string[] }} [options]
 */
export function netlifyHeadersFile({ embedHosts = [], immutablePaths = ["/assets/*"] } = {}) {
  const block = (path, headers) => [path, ...headers.map((h) => `  ${h.key}: ${h.value}`)].join("\n");
  return (
    "# Written by yomu's static exporter from lib/security-headers.mjs.\n" +
    "# Netlify and Cloudflare Pages apply this file from the root of the published folder.\n" +
    [block("/*", securityHeaders({ staticExport: true, embedHosts })), ...immutablePaths.map((p) => block(p, [immutableCache]))].join("\n\n") +
    "\n"
  );
}

/**
 * `vercel.json` for deploying the static export on Vercel.
 * @param {{ embedHosts?: readonly string[], immutablePaths?: string[] }} [options]
 */
export function vercelJson({ embedHosts = [], immutablePaths = ["/assets/(.*)"] } = {}) {
  return {
    $schema: "https://openapi.vercel.sh/vercel.json",
    headers: [
      { source: "/(.*)", headers: securityHeaders({ staticExport: true, embedHosts }) },
      ...immutablePaths.map((source) => ({ source, headers: [immutableCache] })),
    ],
  };
}
