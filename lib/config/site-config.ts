/**
 * The shape of `site.config.ts`, checked when the site loads: a bad value stops
 * `dev`, `build` and `build:static` with the key, what was found and the fix,
 * instead of surfacing later as a broken page.
 */
import { z } from "zod";

const positiveInt = (fix: string) => z.number({ error: `must be a whole number — ${fix}` }).int(`must be a whole number — ${fix}`).min(1, `must be at least 1 — ${fix}`);
const nonEmpty = (fix: string) => z.string({ error: `must be text — ${fix}` }).trim().min(1, `must not be empty — ${fix}`);

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not an IANA time zone — write e.g. "Asia/Tokyo"` },
);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.search && !url.hash;
  } catch {
    return false;
  }
}

const embedHost = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/i, { error: (issue) => `"${String(issue.input)}" is not a host name — write only the host, e.g. "www.youtube-nocookie.com" (no https://, no path)` });

export const siteConfigSchema = z.strictObject(
  {
    title: nonEmpty('write the site\'s name, e.g. title: "yomu"'),
    description: z.string({ error: "must be text" }),
    /** Absolute origin of the deployed site (it may end with the base path); a trailing slash is dropped. */
    url: z
      .string()
      .transform((value) => value.trim().replace(/\/+$/, ""))
      .refine(isHttpUrl, { error: (issue) => `"${String(issue.input)}" must be an absolute URL like https://blog.example.jp — set SITE_URL or url` }),
    /** BCP 47 language of the content; used for `<html lang>` and Intl formatting. */
    language: nonEmpty('write a language tag, e.g. language: "ja"'),
    /** Open Graph locale, e.g. `ja_JP`. */
    locale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, { error: 'must look like "ja_JP"' }),
    /** IANA time zone in which dates are displayed and date-only values are read. */
    timeZone,
    author: z.string({ error: "must be text" }),
    postsPerPage: positiveInt("write e.g. postsPerPage: 10"),
    /** Reading speed used for the reading-time estimate. */
    reading: z.strictObject({
      cjkCharsPerMinute: positiveInt("write e.g. cjkCharsPerMinute: 500"),
      wordsPerMinute: positiveInt("write e.g. wordsPerMinute: 200"),
    }),
    /** Excerpt length in graphemes when the excerpt is cut from the body. */
    excerptLength: positiveInt("write e.g. excerptLength: 120"),
    /** Marker that ends a hand-chosen excerpt inside a post body. */
    excerptSeparator: nonEmpty('write e.g. excerptSeparator: "<!--more-->"'),
    /** Publish posts dated in the future (otherwise they are scheduled). */
    publishFuture: z.boolean({ error: "must be true or false" }),
    /**
     * Hosts whose `<iframe>` embeds posts may use (https only, exact host names,
     * e.g. "www.youtube-nocookie.com", "player.vimeo.com"; "host:8443" for a port
     * other than 443, which a name alone does not allow). Any other iframe is removed.
     */
    embedHosts: z.array(embedHost),
    /**
     * Feeds: the whole post (sanitized HTML) or only its excerpt, and how many posts each feed lists.
     * `termContent` is what the feed of each tag and category carries: excerpts unless set, since every
     * post is in several of them and its whole body is in the site's feeds already.
     */
    feed: z.strictObject({
      content: z.enum(["full", "excerpt"], { error: 'must be "full" or "excerpt"' }),
      termContent: z.enum(["full", "excerpt"], { error: 'must be "full" or "excerpt"' }).default("excerpt"),
      limit: positiveInt("write e.g. limit: 20"),
    }),
    /**
     * Share images (Open Graph, Twitter): the newest `recentPosts` posts get one
     * with their own title and date; older posts and list pages share the site's.
     * Each new image costs build time once (README: Share images); 0 gives every page the site's.
     */
    shareImages: z
      .strictObject({
        recentPosts: z.number({ error: "must be a whole number — write e.g. recentPosts: 20" }).int("must be a whole number — write e.g. recentPosts: 20").min(0, "must be 0 or more — write e.g. recentPosts: 20"),
      })
      .default({ recentPosts: 20 }),
    /**
     * Where the posts are and how they are laid out. `dir`: the content folder (CONTENT_DIR overrides it).
     * `layout`: "auto" detects yomu's own folder, a Zenn CLI repository (articles/, books/) or a Qiita CLI
     * repository (public/); CONTENT_LAYOUT overrides it. `zennUser` (or ZENN_USER): the author's user name on
     * Zenn, so that links to their own articles on zenn.dev lead to the pages of this site (links to qiita.com
     * find the site's Qiita posts by their ids, whoever's the user name in the link).
     */
    content: z
      .strictObject({
        dir: z.string({ error: 'must be text — write a folder, e.g. dir: "../my-zenn-repo"' }).trim().min(1, 'must not be empty — write a folder, e.g. dir: "content"').optional(),
        layout: z.enum(["auto", "yomu", "zenn", "qiita"], { error: 'must be "auto", "yomu", "zenn" or "qiita"' }).default("auto"),
        zennUser: z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'must be a Zenn user name, e.g. zennUser: "yomu_author"' }).optional(),
      })
      .default({ layout: "auto" }),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown key — remove it or check its spelling` : undefined) },
);

export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** A key's path as written in site.config.ts: `reading.wordsPerMinute`, `embedHosts[0]`. */
function keyPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

export class SiteConfigError extends Error {
  override name = "SiteConfigError";
}

/** The checked configuration, or a SiteConfigError listing every bad key. */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((k) => keyPath([...issue.path, k])).join(", ") : keyPath(issue.path);
    return `  ${keys || "(the object)"}: ${issue.message}`;
  });
  throw new SiteConfigError(`site.config.ts has ${lines.length === 1 ? "a bad value" : `${lines.length} bad values`}:\n${lines.join("\n")}`);
}
