/**
 * Which image sources in a post are the post's own files, and where they are:
 * `./images/a.png`, `images/a.png` and `../shared/a.png` are read from the
 * post file's folder; `/images/a.png` (Zenn's repository-root `images/`
 * folder) from the content folder's `images/`; `https://…` stays remote and
 * any other `/a.png` (the site's root) is left to the site.
 */
import path from "node:path";

export const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** Zenn's images folder at the repository root, read from the content folder. */
export const ROOT_IMAGES_PREFIX = "/images/";

/**
 * A URL with a scheme (`https:`, `data:`), protocol-relative, root-relative or a fragment is not a post's file,
 * except a root-relative `/images/…` (Zenn's images folder).
 */
export function isLocalImageSrc(src: string): boolean {
  if (src.startsWith(ROOT_IMAGES_PREFIX)) return src.length > ROOT_IMAGES_PREFIX.length;
  return src !== "" && !/^[a-z][a-z\d+.-]*:/i.test(src) && !src.startsWith("/") && !src.startsWith("#") && !src.startsWith("?");
}

/**
 * The file `src` names, resolved against the folder of `sourcePath` (the post file), or for `/images/…`
 * against `contentRoot`; query and fragment dropped.
 */
export function resolveImagePath(src: string, sourcePath: string, contentRoot: string): string {
  const clean = src.split(/[?#]/)[0];
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    /* a stray % is part of the name */
  }
  if (decoded.startsWith(ROOT_IMAGES_PREFIX)) return path.resolve(/*turbopackIgnore: true*/ process.cwd(), contentRoot, `.${decoded}`);
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), path.dirname(sourcePath), decoded);
}

/**
 * Zenn's width notation inside an image's parentheses: `x.png =250x` (and
 * `=250x120`, `x.png =250x "title"`). Returns the source, the width and the
 * rest, or undefined when the notation is not there.
 */
export function parseSizedImage(inner: string): { src: string; width?: number; height?: number; title?: string } | undefined {
  const match = /^\s*<?([^\s<>]+?)>?\s+=(\d+)?x(\d+)?\s*(?:"([^"]*)"|'([^']*)')?\s*$/.exec(inner);
  if (!match || (!match[2] && !match[3])) return undefined;
  const number = (s?: string) => (s ? Number(s) : undefined);
  return { src: match[1], width: number(match[2]), height: number(match[3]), title: match[4] ?? match[5] };
}

const PATH_DELIMITER = /[\s()<>"'[\]]/;

/** Candidate local image paths in a body (links, definitions, HTML), without parsing it: for cache keys. */
export function imagePathCandidates(body: string): string[] {
  const found = new Set<string>();
  // Each extension is found once, then its path is read backwards to the previous delimiter or the
  // previous match: one pass, however long a run of text without spaces (Japanese prose) is.
  let from = 0;
  for (const m of body.matchAll(/\.(?:png|jpe?g|gif|webp|avif|svg)(?=[\s)"'>#?]|$)/gi)) {
    let start = m.index;
    while (start > from && !PATH_DELIMITER.test(body[start - 1])) start--;
    const path = body.slice(start, m.index + m[0].length);
    from = m.index + m[0].length;
    if (path.length > m[0].length && isLocalImageSrc(path)) found.add(path);
  }
  return [...found];
}
