/**
 * The site's address, for canonical URLs, feeds and share links: `SITE_URL`,
 * else on Vercel the address Vercel gives the deployment (the production
 * domain for a production deploy, the deployment's own for a preview), else
 * the local placeholder, which a production build reports (siteUrlProblem).
 * Plain JavaScript: site.config.ts, next.config.ts and scripts/build-static.mjs share it.
 */
export const PLACEHOLDER_SITE_URL = "http://localhost:3000";

export function siteUrlFromEnv(env = process.env) {
  if (env.SITE_URL) return env.SITE_URL;
  if (env.VERCEL) {
    const host = env.VERCEL_ENV === "production" ? env.VERCEL_PROJECT_PRODUCTION_URL || env.VERCEL_URL : env.VERCEL_URL;
    if (host) return `https://${host.replace(/^https?:\/\//, "")}`;
  }
  return undefined;
}

const isSet = (value) => value !== undefined && value !== "" && value !== "0" && value !== "false";

/**
 * What a production build of `url` has to say: nothing when the site has its
 * address; a warning on a workstation; an error on CI (CI=true) and on Vercel,
 * where a site built for localhost would be published.
 */
export function siteUrlProblem(url, env = process.env) {
  if (url.replace(/\/+$/, "") !== PLACEHOLDER_SITE_URL || env.SITE_URL) return undefined;
  const fatal = isSet(env.CI) || isSet(env.VERCEL);
  const message =
    `the site has no address: canonical URLs, feeds and share links will point to ${PLACEHOLDER_SITE_URL}` +
    ` — set SITE_URL (e.g. SITE_URL=https://blog.example.jp npm run build:static) or url in site.config.ts`;
  return { fatal, message };
}
