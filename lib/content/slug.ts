import path from "node:path";

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})-/;

const INDEX_FILE = /^index\.(md|mdx|markdown)$/i;

/** The name that carries the slug: the file's, or its folder's for `llama-4/index.md` (images sit next to it). */
function postName(file: string): string {
  const base = path.basename(file);
  const folder = path.basename(path.dirname(file));
  return INDEX_FILE.test(base) && folder && folder !== "." ? folder : base.replace(/\.(md|mdx|markdown)$/i, "");
}

/** `2025-12-10-llama-4.md` → `llama-4`; `llama-4.mdx` → `llama-4`; `llama-4/index.md` → `llama-4`. */
export function slugFromFileName(file: string): string {
  return postName(file).replace(DATE_PREFIX, "").normalize("NFC");
}

/** `2025-12-10-llama-4.md` → `2025-12-10`, also `2025-12-10-llama-4/index.md`. */
export function dateFromFileName(file: string): string | undefined {
  return DATE_PREFIX.exec(postName(file))?.[1];
}

/**
 * Jekyll `permalink: /2025/12/llama-4/` → `llama-4`. Placeholders `:title` and
 * `:slug` stand for `fileSlug`; a permalink that ends in another placeholder
 * (`/:year/:month/:day/`) or a named style (`pretty`, `date`) names no slug.
 */
export function slugFromPermalink(permalink: string, fileSlug?: string): string | undefined {
  const parts = permalink
    .split(/[?#]/)[0]
    .split("/")
    .filter(Boolean)
    .map((p) => (fileSlug ? p.replace(/:(title|slug)\b/g, () => fileSlug) : p));
  if (parts.length > 1 && /^index\.html?$/i.test(parts.at(-1)!)) parts.pop();
  const last = parts.at(-1)?.replace(/\.html?$/i, "");
  if (!last || !permalink.includes("/") || last.includes(":")) return undefined;
  return safeDecode(last).normalize("NFC");
}

/** A slug becomes one URL segment: no slashes, no dot-only names, no control or format characters. */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && !/[/\\?#%\s\p{Cc}\p{Cf}]/u.test(slug) && !/^\.+$/.test(slug);
}

/**
 * Invisible format characters (Unicode category Cf: bidi controls such as U+202E,
 * zero-width spaces and joiners, U+2066–2069), as `U+202E` names: they make two
 * different addresses look alike, or one look like another.
 */
export function formatCharacters(text: string): string[] {
  return [...new Set(text.match(/\p{Cf}/gu) ?? [])].map(codePointName);
}

/** The text with each format character shown as `<U+202E>`, safe to print. */
export function showFormatCharacters(text: string): string {
  return text.replace(/\p{Cf}/gu, (ch) => `<${codePointName(ch)}>`);
}

const codePointName = (ch: string) => "U+" + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
