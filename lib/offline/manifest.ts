/** The web app manifest: lets a phone install the site and open it like an app. */
import { appIconSizes, appIconUrl } from "./urls";

/** The browser's toolbar colours (the root layout's viewport), matching the page background. */
export const themeColors = { light: "#fafaf9", dark: "#1c1917" } as const;

export interface ManifestSite {
  title: string;
  description: string;
  language: string;
  /** Adds the base path to a site path. */
  withBasePath: (path: string) => string;
}

export function webAppManifest(site: ManifestSite) {
  return {
    name: site.title,
    short_name: site.title,
    description: site.description,
    lang: site.language,
    start_url: site.withBasePath("/"),
    scope: site.withBasePath("/"),
    display: "standalone",
    // A manifest takes one colour; the page's <meta name="theme-color"> tags give the dark one.
    theme_color: themeColors.light,
    background_color: themeColors.light,
    icons: appIconSizes.map((size) => ({ src: site.withBasePath(appIconUrl(size)), sizes: `${size}x${size}`, type: "image/png", purpose: "any" })),
  };
}
