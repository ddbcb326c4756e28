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
    .map((p) => (fileSlug ? p.replace(/:(title|slug)\b/g, fileSlug) : p));
  if (parts.length > 1 && /^index\.html?$/i.test(parts.at(-1)!)) parts.pop();
  const last = parts.at(-1)?.replace(/\.html?$/i, "");
  if (!last || !permalink.includes("/") || last.includes(":")) return undefined;
  return safeDecode(last).normalize("NFC");
}

/** A slug becomes one URL segment: no slashes, no dot-only names, no control characters. */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && !/[/\\?#%\s\p{Cc}]/u.test(slug) && !/^\.+$/.test(slug);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
