/**
 * Share images of the site: one per recent post (its title, the site's name,
 * its date) and one for the site (its description and name), which older posts
 * and list pages use. How many posts get their own is `shareImages.recentPosts`
 * in site.config.ts: drawing costs build time, and only new posts are shared much.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { cacheDir, cacheEnabled } from "../build-cache";
import { allPosts, type PostSummary } from "../content";
import { formatDate } from "../text/date";
import { siteConfig } from "../../site.config";
import { shareImageCard, type ShareImageText } from "./card";
import { cardFonts, rendererIdentity } from "./fonts";
import { diskImageCache, noImageCache, type CachedCard, type ImageCache } from "./image-cache";
import { PNG_OPTIONS, renderCard } from "./render";
import { ownShareImageRef, siteShareImageRef, type ShareImageRef } from "./refs";

let defaultCache: ImageCache | undefined;
const imageCache = () => (defaultCache ??= cacheEnabled ? diskImageCache(path.join(cacheDir(), "share-images")) : noImageCache);

/** The cache key of a card: its whole element tree (text, layout, colours), the PNG settings, the font and the renderers' versions. */
export function cardKey(text: ShareImageText, identity = rendererIdentity()): string {
  return createHash("sha1").update(JSON.stringify([shareImageCard(text), PNG_OPTIONS, identity])).digest("hex");
}

/** A card's PNG from the cache, drawn only when its key is new. */
export function cachedCard(text: ShareImageText, cache: ImageCache = imageCache()): Promise<CachedCard> {
  return cache.get(cardKey(text), () => renderCard(shareImageCard(text), cardFonts()));
}

const siteText = (): ShareImageText => ({ title: siteConfig.description || siteConfig.title, siteName: siteConfig.title });

export function postText(post: Pick<PostSummary, "title" | "date" | "emoji">): ShareImageText {
  const text: ShareImageText = { title: post.title, siteName: siteConfig.title, date: formatDate(new Date(post.date), siteConfig.language, siteConfig.timeZone) };
  return post.emoji ? { ...text, emoji: post.emoji } : text;
}

export async function siteShareImage(): Promise<Uint8Array> {
  const result = await cachedCard(siteText());
  if ("missing" in result) throw new Error(`site.config.ts: the description or title has characters the share-image font cannot draw (${result.missing.join(" ")}) — write them another way`);
  return result.png;
}

/**
 * A post's share image; the site's when its title has a character the font
 * cannot draw (an emoji, say), with a warning that says so on every build.
 */
export async function postShareImage(post: PostSummary): Promise<Uint8Array> {
  const result = await cachedCard(postText(post));
  if ("png" in result) return result.png;
  console.warn(
    `${post.sourcePath}: the title has ${result.missing.map((c) => `"${c}"`).join(", ")}, which the share-image font (Noto Sans JP) cannot draw; ` +
      `the post shares the site's image — write the title without ${result.missing.length > 1 ? "them" : "it"} to give the post its own`,
  );
  return siteShareImage();
}

/** The slugs of the first `limit` posts of a newest-first list. */
export const newestSlugs = (posts: PostSummary[], limit: number): Set<string> => new Set(posts.slice(0, limit).map((p) => p.slug));

/** The newest `shareImages.recentPosts` posts: they get an image of their own. */
export function postsWithOwnShareImage(): PostSummary[] {
  return allPosts().slice(0, siteConfig.shareImages.recentPosts);
}

const ownImageSlugs = new WeakMap<PostSummary[], Set<string>>();

export function hasOwnShareImage(slug: string): boolean {
  const posts = allPosts();
  let slugs = ownImageSlugs.get(posts);
  if (!slugs) ownImageSlugs.set(posts, (slugs = newestSlugs(posts, siteConfig.shareImages.recentPosts)));
  return slugs.has(slug);
}

/** The image a post's metadata names: its own, or the site's for an older post. */
export function postShareImageRef(post: Pick<PostSummary, "slug" | "title">): ShareImageRef {
  return hasOwnShareImage(post.slug) ? ownShareImageRef(post) : siteShareImageRef();
}
