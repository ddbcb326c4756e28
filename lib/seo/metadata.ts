/**
 * Per-page metadata for search engines, feed readers and link previews.
 * Next merges metadata shallowly (a page's `alternates` or `openGraph` replaces
 * the layout's), so every builder here returns the complete objects.
 */
import type { Metadata } from "next";
import type { PostSummary } from "../content";
import { siteShareImageRef, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareImageRef } from "../share-image/refs";
import { toZonedIso } from "../text/date";
import { absoluteUrl, feedUrls } from "../urls";
import { siteConfig } from "../../site.config";

export interface FeedLink {
  title: string;
  /** Internal path, e.g. `/tags/ai/feed.xml`. */
  path: string;
}

/** `<link rel="alternate">` for the site's feeds, plus the page's own feed first when it has one. */
export function feedAlternates(own?: FeedLink): NonNullable<Metadata["alternates"]>["types"] {
  const link = (title: string, path: string) => ({ title, url: absoluteUrl(path) });
  return {
    "application/rss+xml": [
      ...(own ? [link(own.title, own.path)] : []),
      link(`${siteConfig.title} (RSS)`, feedUrls.rss),
    ],
    "application/atom+xml": [link(`${siteConfig.title} (Atom)`, feedUrls.atom)],
    "application/feed+json": [link(`${siteConfig.title} (JSON Feed)`, feedUrls.json)],
  };
}

/** An Open Graph / Twitter image entry: absolute URL, size and alternative text. */
function shareImage({ path, alt }: ShareImageRef) {
  return { url: absoluteUrl(path), width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt, type: "image/png" };
}

/** What every page shares: feeds, site name, locale, the site's share image. The root layout uses it. */
export function siteMetadata(): Metadata {
  const images = [shareImage(siteShareImageRef())];
  return {
    alternates: { types: feedAlternates() },
    openGraph: { siteName: siteConfig.title, locale: siteConfig.locale, type: "website", images },
    twitter: { card: "summary_large_image", images },
  };
}

/** The layout's title template: `<page title> | <site title>`. */
export const siteTitleTemplate = `%s | ${siteConfig.title}`;

/**
 * A page title with the site's name, as an absolute title: Next fills a title
 * template with `String.replace`, which expands `$'`, `$&` or `$1` in a post's
 * title (`株価 $' 上昇`); a replacer function takes the text as written.
 */
export function titleWithSiteName(title: string): { absolute: string } {
  return { absolute: siteTitleTemplate.replace("%s", () => title) };
}

export interface PageMetadataInput {
  /** Internal path of the page (lib/urls.ts). */
  path: string;
  /** Page title without the site name (it is added here); none for the home page. */
  title?: string;
  description?: string;
  feed?: FeedLink;
}

/** A list or index page: canonical URL, feeds, Open Graph `website` and a large Twitter card, both with the site's share image. */
export function pageMetadata({ path, title, description = siteConfig.description, feed }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const shownTitle = title ?? siteConfig.title;
  const images = [shareImage(siteShareImageRef())];
  return {
    ...(title ? { title: titleWithSiteName(title) } : {}),
    description,
    alternates: { canonical: url, types: feedAlternates(feed) },
    openGraph: {
      type: "website",
      url,
      title: shownTitle,
      description,
      siteName: siteConfig.title,
      locale: siteConfig.locale,
      images,
    },
    twitter: { card: "summary_large_image", title: shownTitle, description, images },
  };
}

/**
 * An article: Open Graph `article` with its times (ISO 8601 with the site's offset), author, section
 * and tags, and a large Twitter card; both with `image` (lib/share-image: the post's own, or the site's).
 */
export function articleMetadata(post: PostSummary, path: string, image: ShareImageRef): Metadata {
  const url = absoluteUrl(path);
  const images = [shareImage(image)];
  const description = post.excerpt.text || siteConfig.description;
  const zone = siteConfig.timeZone;
  return {
    title: titleWithSiteName(post.title),
    description,
    authors: [{ name: post.author ?? siteConfig.author }],
    ...(post.tags.length > 0 ? { keywords: post.tags } : {}),
    alternates: { canonical: url, types: feedAlternates() },
    openGraph: {
      type: "article",
      url,
      title: post.title,
      description,
      siteName: siteConfig.title,
      locale: siteConfig.locale,
      publishedTime: toZonedIso(new Date(post.date), zone),
      modifiedTime: toZonedIso(new Date(post.updated ?? post.date), zone),
      authors: [post.author ?? siteConfig.author],
      ...(post.categories[0] ? { section: post.categories[0] } : {}),
      tags: post.tags,
      images,
    },
    twitter: { card: "summary_large_image", title: post.title, description, images },
  };
}
