import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "../components/SiteFooter";
import { SiteHeader } from "../components/SiteHeader";
import { ContentErrors } from "../components/ContentErrors";
import { EnhancementScript } from "../components/EnhancementScript";
import { brokenPostHref, contentIssues, siteSections } from "../lib/content";
import { themeColors } from "../lib/offline/manifest";
import { manifestUrl } from "../lib/offline/urls";
import { siteMetadata, siteTitleTemplate } from "../lib/seo/metadata";
import { withBasePath } from "../lib/urls";
import { siteConfig } from "../site.config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.title, template: siteTitleTemplate },
  description: siteConfig.description,
  // Feeds advertised on every page, Open Graph defaults, Twitter card.
  ...siteMetadata(),
  // Lets a phone install the site (lib/offline/manifest.ts).
  manifest: withBasePath(manifestUrl()),
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: themeColors.light },
    { media: "(prefers-color-scheme: dark)", color: themeColors.dark },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The attributes lib/client/prefs-boot.ts sets on <html> before React hydrates it are expected.
    <html lang={siteConfig.language} suppressHydrationWarning>
      <head>
        <EnhancementScript name="prefs" blocking />
      </head>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased dark:bg-stone-900 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
          本文へ移動
        </a>
        <SiteHeader sections={siteSections()} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {process.env.NODE_ENV === "development" ? <ContentErrors issues={contentIssues()} language={siteConfig.language} hrefFor={brokenPostHref} site /> : null}
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
