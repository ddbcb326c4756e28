/**
 * The `<head>` contents Next.js 16 renders from a route's `Metadata` and
 * `Viewport`, as an HTML string, for pages the static exporter renders without
 * Next. Follows Next's own resolver and renderer
 * (next/dist/lib/metadata/resolve-metadata.js, metadata-resolution-primitives.js,
 * resolvers/*.js, metadata-elements.js) for the subset of the Metadata API this
 * site uses; any other key throws, so a new kind of tag is never lost silently.
 */
import { posix } from "node:path";
import type { Metadata, Viewport } from "next";

export interface HeadAssets {
  stylesheets: string[];
  icons: { href: string; type?: string; sizes?: string }[];
}

export interface HeadOptions {
  /** The not-found page: Next adds `<meta name="robots" content="noindex"/>` ahead of the metadata. */
  notFound?: boolean;
}

const SUPPORTED: Record<string, ReadonlySet<string>> = {
  metadata: new Set(["metadataBase", "title", "description", "authors", "manifest", "keywords", "robots", "alternates", "openGraph", "twitter"]),
  alternates: new Set(["canonical", "types"]),
  openGraph: new Set([
    "type", "title", "description", "url", "siteName", "locale",
    "publishedTime", "modifiedTime", "expirationTime", "authors", "section", "tags", "images",
  ]),
  twitter: new Set(["card", "title", "description", "site", "siteId", "creator", "creatorId", "images"]),
  image: new Set(["url", "secureUrl", "type", "width", "height", "alt"]),
  viewport: new Set([
    "width", "height", "initialScale", "minimumScale", "maximumScale",
    "userScalable", "viewportFit", "interactiveWidget", "themeColor", "colorScheme",
  ]),
};

/** Throws on a key with a value that this module cannot render (null/undefined render nothing in Next either). */
function checkKeys(where: keyof typeof SUPPORTED, value: object | null | undefined): void {
  for (const [key, v] of Object.entries(value ?? {})) {
    if (v != null && !SUPPORTED[where].has(key)) {
      const name = where === "metadata" || where === "viewport" ? key : where === "image" ? `images[].${key}` : `${where}.${key}`;
      throw new Error(`lib/export/head.ts: ${where === "viewport" ? "Viewport" : "Metadata"} key "${name}" is not supported`);
    }
  }
}

function checkMetadata(metadata: Metadata): void {
  checkKeys("metadata", metadata);
  checkKeys("alternates", metadata.alternates);
  checkKeys("openGraph", metadata.openGraph);
  checkKeys("twitter", metadata.twitter);
  const type = metadata.openGraph && "type" in metadata.openGraph ? metadata.openGraph.type : undefined;
  if (type && type !== "website" && type !== "article") {
    throw new Error(`lib/export/head.ts: Open Graph type "${type}" is not supported`);
  }
}

type Title = Metadata["title"];
type Templates = { title: string | null; openGraph: string | null; twitter: string | null };

/**
 * Next's resolveTitle: the resolved text and the template the title passes on to later layers.
 * Next fills the template with a replacement string, so `$'` in a title expands; this takes the
 * text as written (pages with post-derived titles give absolute titles, so both agree).
 */
function resolveTitle(title: Title, template: string | null): { text: string; template: string | null } {
  const apply = (text: string) => (template ? template.replace(/%s/g, () => text) : text);
  if (typeof title === "string") return { text: apply(title), template: null };
  if (!title) return { text: "", template: null };
  let text = "default" in title ? apply(title.default) : "";
  if ("absolute" in title && title.absolute) text = title.absolute;
  return { text, template: "template" in title ? title.template : null };
}

/**
 * Resolves a route's metadata the way Next does, layers ordered root layout → page:
 * keys merge shallowly (a later `openGraph`, `alternates` or `twitter` replaces the
 * earlier one), and a title template applies to the layers after the one that sets
 * it. The titles of the result are plain strings.
 *
 * Next skips the template of a layout in the page's own segment (app/layout.tsx
 * for app/page.tsx); each layer here is taken to be a different segment.
 */
export function mergeMetadata(layers: Metadata[]): Metadata {
  let merged: Metadata = {};
  const templates: Templates = { title: null, openGraph: null, twitter: null };
  for (const layer of layers) {
    checkMetadata(layer);
    merged = { ...merged, ...layer };
    if ("title" in layer) {
      const { text, template } = resolveTitle(layer.title, templates.title);
      merged.title = text || undefined;
      templates.title = template;
    }
    if ("openGraph" in layer) {
      const { text, template } = resolveTitle(layer.openGraph?.title, templates.openGraph);
      if (layer.openGraph) merged.openGraph = { ...layer.openGraph, title: text || undefined };
      templates.openGraph = template;
    }
    if ("twitter" in layer) {
      const { text, template } = resolveTitle(layer.twitter?.title, templates.twitter);
      if (layer.twitter) merged.twitter = { ...layer.twitter, title: text || undefined };
      templates.twitter = template;
    }
  }
  return merged;
}

/** React's attribute and text escaping (escapeTextForBrowser). */
const ESCAPES: Record<string, string> = { '"': "&quot;", "&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;" };
export const escapeHtml = (value: string) => value.replace(/["&'<>]/g, (c) => ESCAPES[c]);

/** A void element as React renders it; attributes without a value are left out. */
function tag(name: string, attributes: Record<string, string | number | null | undefined>): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] != null)
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join("");
  return `<${name}${attrs}/>`;
}

const meta = (name: string, content: string | null | undefined) => (content ? tag("meta", { name, content }) : "");
const property = (property: string, content: string | null | undefined) => (content ? tag("meta", { property, content }) : "");
const asArray = <T>(value: T | T[] | null | undefined): T[] => (value == null ? [] : Array.isArray(value) ? value : [value]);

// Next's FILE_REGEX (load-custom-routes.ts): a path ending in a file name gets no trailing slash.
const FILE_PATH = /^(?:\/((?!\.well-known(?:\/.*)?)(?:[^/]+\/)*[^/]+\.\w+))(\/?|$)/i;

/**
 * Next's resolveAbsoluteUrlWithPathname, for URLs that need no page pathname, with
 * next.config.ts `trailingSlash: true`: "/" is added to same-origin page URLs.
 */
function resolveUrl(url: string | URL, base: URL | null): string {
  if (typeof url === "string" && url.startsWith("./")) {
    throw new Error(`lib/export/head.ts: page-relative URL "${url}" is not supported`);
  }
  let resolved: string;
  if (typeof url === "string" && !base) {
    resolved = url;
  } else {
    let parsed: URL;
    if (url instanceof URL) parsed = url;
    else if (URL.canParse(url)) parsed = new URL(url);
    else parsed = new URL(posix.join(base!.pathname, url), base!);
    resolved = parsed.pathname === "/" && parsed.searchParams.size === 0 ? parsed.origin : parsed.href;
  }
  if (!resolved.endsWith("/") && !resolved.startsWith("/") && !resolved.includes("?")) {
    const parsed = URL.canParse(resolved) ? new URL(resolved) : null;
    const sameSite = parsed !== null && (base === null || parsed.origin === base.origin);
    if (sameSite && !FILE_PATH.test(parsed.pathname)) return `${resolved}/`;
  }
  return resolved;
}

/** Next treats a URL object in `alternates` as a base for the page's own pathname, which this module does not know. */
function alternateUrl(url: string | URL, base: URL | null): string {
  if (url instanceof URL) throw new Error("lib/export/head.ts: URL objects in alternates are not supported; pass a string");
  return resolveUrl(url, base);
}

type Robots = Exclude<Metadata["robots"], null | undefined>;
type RobotsInfo = Exclude<Robots, string>;
const ROBOTS_KEYS = [
  "noarchive", "nosnippet", "noimageindex", "nocache", "notranslate", "indexifembedded",
  "nositelinkssearchbox", "unavailable_after", "max-video-preview", "max-image-preview", "max-snippet",
] as const;

/** Next's resolveRobotsValue: `{ index: false, follow: true }` → "noindex, follow". */
function robotsContent(robots: Robots | RobotsInfo["googleBot"]): string | null {
  if (!robots) return null;
  if (typeof robots === "string") return robots;
  const values: string[] = [];
  if (robots.index) values.push("index");
  else if (typeof robots.index === "boolean") values.push("noindex");
  if (robots.follow) values.push("follow");
  else if (typeof robots.follow === "boolean") values.push("nofollow");
  for (const key of ROBOTS_KEYS) {
    const value = robots[key];
    if (value !== undefined && value !== false) values.push(typeof value === "boolean" ? key : `${key}:${value}`);
  }
  return values.join(", ");
}

/** Next's viewport tags: `layout` (charset, viewport) and `colors` (theme colours, colour scheme). */
function viewportTags(viewport: Viewport): { layout: string; colors: string } {
  checkKeys("viewport", viewport);
  const v: Viewport = { width: "device-width", initialScale: 1, ...viewport };
  const content = [
    v.width != null && `width=${v.width}`,
    v.height != null && `height=${v.height}`,
    v.initialScale != null && `initial-scale=${v.initialScale}`,
    v.minimumScale != null && `minimum-scale=${v.minimumScale}`,
    v.maximumScale != null && `maximum-scale=${v.maximumScale}`,
    v.userScalable != null && `user-scalable=${v.userScalable ? "yes" : "no"}`,
    v.viewportFit && `viewport-fit=${v.viewportFit}`,
    v.interactiveWidget && `interactive-widget=${v.interactiveWidget}`,
  ].filter(Boolean);
  const themeColors = asArray(v.themeColor).map((c) => (typeof c === "string" ? { color: c, media: undefined } : c));
  return {
    layout: tag("meta", { charSet: "utf-8" }) + meta("viewport", content.join(", ")),
    colors:
      themeColors.map(({ color, media }) => tag("meta", { name: "theme-color", content: color, media: media || undefined })).join("") +
      meta("color-scheme", v.colorScheme),
  };
}

type Image = { url: string | URL; secureUrl?: string | URL; type?: string; width?: string | number; height?: string | number; alt?: string };
type Images = string | URL | Image | (string | URL | Image)[] | null;
type OpenGraph = {
  type?: string; title?: Title; description?: string; url?: string | URL | null; siteName?: string; locale?: string;
  publishedTime?: string; modifiedTime?: string; expirationTime?: string;
  authors?: string | URL | (string | URL)[] | null; section?: string | null; tags?: string | string[] | null;
  images?: Images;
};
type Twitter = {
  card?: string; title?: Title; description?: string | null;
  site?: string | null; siteId?: string | null; creator?: string | null; creatorId?: string | null;
  images?: Images;
};

/**
 * Next's resolveImages: each image as an object whose URL is absolute (against
 * metadataBase when it is a path); images without a URL are dropped. Next falls
 * back to localhost for a path without metadataBase, with a warning: refused here.
 */
function resolveImages(images: Images | undefined, base: URL | null): (Image & { url: URL })[] {
  return asArray(images).flatMap((item) => {
    const image: Image = typeof item === "string" || item instanceof URL ? { url: item } : item;
    checkKeys("image", image);
    if (!image.url) return [];
    let url: URL;
    if (image.url instanceof URL) url = image.url;
    else if (URL.canParse(image.url)) url = new URL(image.url);
    else if (base) url = new URL(posix.join(base.pathname || "", image.url), base);
    else throw new Error(`lib/export/head.ts: image "${image.url}" is a path and metadataBase is not set`);
    return [{ ...image, url }];
  });
}

/**
 * The `<head>` contents for a route, in Next's order: charset, viewport,
 * stylesheets, theme colours, title, description, authors, keywords, robots,
 * canonical, feeds, Open Graph, Twitter, icons. Give it `mergeMetadata(layers)`
 * and the merged viewport; script tags are the caller's.
 */
export function headHtml(metadata: Metadata, viewport: Viewport, assets: HeadAssets, options: HeadOptions = {}): string {
  checkMetadata(metadata);
  const base = metadata.metadataBase == null ? null : new URL(metadata.metadataBase);
  const title = resolveTitle(metadata.title, null).text;
  const description = metadata.description ?? "";
  const og = (metadata.openGraph ?? null) as OpenGraph | null;
  // Next's postProcessMetadata: Open Graph implies a Twitter card; Twitter falls back to
  // the Open Graph title and description, and both fall back to the page's.
  // Twitter takes the Open Graph images when it has none; its card defaults to a large one when it has
  // images of its own, or when it is made wholly from Open Graph (no `twitter` key).
  const twitter = metadata.twitter || og ? ((metadata.twitter ?? {}) as Twitter) : null;
  const ogTitle = og ? resolveTitle(og.title, null).text : "";
  const ogImages = resolveImages(og?.images, base);
  const ownTwitterImages = twitter?.images ? resolveImages(twitter.images, base) : undefined;
  const twitterImages = ownTwitterImages ?? ogImages;
  const defaultCard = (metadata.twitter ? ownTwitterImages?.length : twitterImages.length) ? "summary_large_image" : "summary";
  const ogOut = og && { ...og, title: ogTitle || title, description: og.description || description };
  const twitterOut = twitter && {
    ...twitter,
    card: twitter.card || defaultCard,
    title: resolveTitle(twitter.title, null).text || ogTitle || title,
    description: twitter.description || og?.description || description,
  };

  const viewportHtml = viewportTags(viewport);
  const parts = [
    viewportHtml.layout,
    // React hoists stylesheets to right after the charset and viewport metas.
    ...assets.stylesheets.map((href) => tag("link", { rel: "stylesheet", href, "data-precedence": "next" })),
    options.notFound ? meta("robots", "noindex") : "",
    viewportHtml.colors,
  ];
  if (title) parts.push(`<title>${escapeHtml(title)}</title>`);
  parts.push(meta("description", description));
  for (const author of asArray(metadata.authors)) {
    if (author.url) parts.push(tag("link", { rel: "author", href: author.url.toString() }));
    parts.push(meta("author", author.name));
  }
  // Next writes the string as given (no metadataBase, no base path).
  if (metadata.manifest) parts.push(tag("link", { rel: "manifest", href: metadata.manifest.toString() }));
  parts.push(meta("keywords", asArray(metadata.keywords).join(",")));
  if (metadata.robots) {
    parts.push(meta("robots", robotsContent(metadata.robots)));
    if (typeof metadata.robots !== "string") parts.push(meta("googlebot", robotsContent(metadata.robots.googleBot)));
  }

  const { canonical, types } = metadata.alternates ?? {};
  if (canonical) {
    // Next drops a canonical descriptor's title.
    const url = typeof canonical === "string" || canonical instanceof URL ? canonical : canonical.url;
    parts.push(tag("link", { rel: "canonical", href: alternateUrl(url, base) }));
  }
  for (const [type, links] of Object.entries(types ?? {})) {
    const list = typeof links === "string" || links instanceof URL ? [{ url: links, title: undefined }] : (links ?? []);
    for (const link of list) {
      parts.push(tag("link", { rel: "alternate", type, href: alternateUrl(link.url, base), title: link.title || undefined }));
    }
  }

  if (ogOut) {
    parts.push(
      property("og:title", ogOut.title),
      property("og:description", ogOut.description),
      property("og:url", ogOut.url ? resolveUrl(ogOut.url, base) : null),
      property("og:site_name", ogOut.siteName),
      property("og:locale", ogOut.locale),
      ...ogImages.flatMap((image) => [
        property("og:image", image.url.href),
        property("og:image:secure_url", image.secureUrl?.toString()),
        property("og:image:type", image.type),
        property("og:image:width", image.width?.toString()),
        property("og:image:height", image.height?.toString()),
        property("og:image:alt", image.alt),
      ]),
      property("og:type", ogOut.type),
    );
    if (ogOut.type === "article") {
      parts.push(
        property("article:published_time", ogOut.publishedTime),
        property("article:modified_time", ogOut.modifiedTime),
        property("article:expiration_time", ogOut.expirationTime),
        ...asArray(ogOut.authors).map((author) => property("article:author", String(author))),
        property("article:section", ogOut.section),
        ...asArray(ogOut.tags).map((t) => property("article:tag", t)),
      );
    }
  }
  if (twitterOut) {
    parts.push(
      meta("twitter:card", twitterOut.card),
      meta("twitter:site", twitterOut.site),
      meta("twitter:site:id", twitterOut.siteId),
      meta("twitter:creator", twitterOut.creator),
      meta("twitter:creator:id", twitterOut.creatorId),
      meta("twitter:title", twitterOut.title),
      meta("twitter:description", twitterOut.description),
      ...twitterImages.flatMap((image) => [
        meta("twitter:image", image.url.href),
        meta("twitter:image:alt", image.alt),
        meta("twitter:image:secure_url", image.secureUrl?.toString()),
        meta("twitter:image:type", image.type),
        meta("twitter:image:width", image.width?.toString()),
        meta("twitter:image:height", image.height?.toString()),
      ]),
    );
  }
  for (const icon of assets.icons) parts.push(tag("link", { rel: "icon", href: icon.href, sizes: icon.sizes, type: icon.type }));
  return parts.join("");
}
