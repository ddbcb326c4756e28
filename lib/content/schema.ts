/**
 * The one definition of a post's front matter. Jekyll compatibility lives here:
 * singular/plural taxonomy keys, space-separated lists, `published: false`,
 * `last_modified_at`, `permalink`, and date strings with or without an offset;
 * so do the keys of Zenn articles (`emoji`, `type`, `topics`, `published_at`) and
 * Qiita posts (`tags` with names, `private`, `ignorePublish`, `updated_at`, `id`),
 * with the rules of the layout the file was found in (./layout.ts).
 */
import { z } from "zod";
import type { SiteConfig } from "../config/site-config";
import { isEmoji, trimEmoji } from "../emoji/name";
import { buildExcerpt } from "../text/excerpt";
import { parseDate, type DateProblem } from "../text/date";
import { readingMinutes } from "../text/reading-time";
import { splitBlocks } from "../reading/blocks";
import { findInlineMath } from "../markdown/notation-text";
import { MathError, mathFix, mathMessage, renderTex } from "../markdown/notation/katex";
import { asZodMessage, say, t, type IssueText, type Phrase } from "../messages";
import type { Position } from "./front-matter";
import {
  footnoteReferences,
  MAX_BRACKETS_PER_BLOCK,
  MAX_EXCERPT_CHARS,
  MAX_FOOTNOTES,
  MAX_INLINE_NESTING,
  MAX_NESTING_DEPTH,
  MAX_SEGMENT_BYTES,
  MAX_TABLE_CELLS,
  MAX_TERM_CHARS,
  MAX_TERMS_PER_POST,
  MAX_TITLE_CHARS,
  tableCells,
  tooDeepInline,
  tooManyBrackets,
  utf8Bytes,
} from "./limits";
import type { AddedDate } from "./git-dates";
import type { LayoutName } from "./layout";
import { findTooDeep } from "./nesting";
import { dateFromFileName, formatCharacters, isValidSlug, showFormatCharacters, slugFromFileName, slugFromPermalink } from "./slug";
import { termSegment } from "./taxonomy";

const text = z
  .union([z.string(), z.number(), z.null()], { error: (issue) => asZodMessage(t("value.expected-text", { got: describe(issue.input) })) })
  .transform((v) => String(v ?? "").normalize("NFC").trim());

/** A name in a list: text, or a mapping with a `name` (Qiita's `tags: [{ name: Rust, versions: [] }]`). */
const listItem = z.union([z.string(), z.number(), z.looseObject({ name: z.union([z.string(), z.number()]) }).transform((item) => item.name)]);

/** A list of names, or Jekyll's space-separated string (`tags: AI Meta`). */
const nameList = z
  .union([z.string(), z.number(), z.array(listItem)], {
    error: (issue) => asZodMessage(t("value.expected-list", { got: describeList(issue.input) })),
  })
  .transform((v) => {
    const items = Array.isArray(v) ? v.map(String) : String(v).split(/\s+/);
    return items.map((s) => s.normalize("NFC").trim()).filter(Boolean);
  });

/** Jekyll's singular `category:` / `tag:` is one name (spaces included), or a list. */
const singleName = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], {
    error: (issue) => asZodMessage(t("value.expected-name", { got: describeList(issue.input) })),
  })
  .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => String(s).normalize("NFC").trim()).filter(Boolean));

/** YAML 1.2 booleans, plus the YAML 1.1 words Jekyll (Ruby) also reads as booleans. */
const flag = z
  .union([z.boolean(), z.enum(["true", "false", "yes", "no", "on", "off", "True", "False", "Yes", "No"])], {
    error: (issue) => asZodMessage(t("value.expected-flag", { got: describe(issue.input) })),
  })
  .transform((v) => v === true || (typeof v === "string" && /^(true|yes|on)$/i.test(v)));

const dateValue = z.union([z.string(), z.date()], {
  error: (issue) => asZodMessage(t("date.not-text", { got: describe(issue.input) })),
});

/** `8`, or `"8分"` / `"8 min"` as some themes write it. */
const minutes = z
  .union([z.number(), z.string().transform((v) => Number(/^\s*(\d+)\s*(?:分|min|mins|minutes?)?\s*$/i.exec(v)?.[1] ?? NaN))], {
    error: (issue) => asZodMessage(t("value.expected-minutes-got", { got: describe(issue.input) })),
  })
  .pipe(
    z
      .number({ error: asZodMessage(t("value.expected-minutes")) })
      .int(asZodMessage(t("value.expected-minutes")))
      .positive(asZodMessage(t("value.expected-minutes-positive"))),
  );

/** Reads a key's fix (`.meta({ fix })`), as an editor reads it. */
const withFix = <T extends z.ZodType>(schema: T, fix: Phrase) => schema.meta({ fix });

/**
 * Front-matter keys copied onto the post as they are, once valid. Adding such a
 * key is one line here (with the fix an editor sees for a bad value) and a row
 * in the README's front-matter table; its type reaches Post by inference.
 */
const copiedKeys = {
  author: withFix(
    z
      .union([text, z.object({ name: text }).transform((a) => a.name)], {
        error: (issue) => asZodMessage(t("value.expected-author", { got: describe(issue.input) })),
      })
      .transform((name) => name || undefined)
      .optional(),
    t("key.fix.author"),
  ),
  /** Zenn's emoji, shown with the title. */
  emoji: withFix(
    text
      .transform(trimEmoji)
      .refine((v) => v === "" || isEmoji(v), { error: (issue) => asZodMessage(t("value.not-emoji", { value: String(issue.input) })) })
      .transform((v) => v || undefined)
      .optional(),
    t("key.fix.emoji"),
  ),
};

/** Front-matter keys from which the post's own fields are derived (postSchema below). */
const sourceKeys = {
  title: withFix(text.pipe(z.string().min(1, asZodMessage(t("value.empty", { key: "title" })))).optional(), t("key.fix.title")),
  date: withFix(dateValue.optional(), t("key.fix.date")),
  updated: withFix(dateValue.optional(), t("key.fix.updated")),
  last_modified_at: withFix(dateValue.optional(), t("key.fix.updated")),
  categories: withFix(nameList.optional(), t("key.fix.categories")),
  category: withFix(singleName.optional(), t("key.fix.category")),
  tags: withFix(nameList.optional(), t("key.fix.tags")),
  tag: withFix(singleName.optional(), t("key.fix.tag")),
  excerpt: withFix(text.optional(), t("key.fix.excerpt")),
  excerpt_separator: withFix(z.string().min(1, asZodMessage(t("value.empty", { key: "excerpt_separator" }))).optional(), t("key.fix.excerpt_separator")),
  reading_time: withFix(minutes.optional(), t("key.fix.reading_time")),
  draft: withFix(flag.optional(), t("key.fix.flag", { key: "draft" })),
  published: withFix(flag.optional(), t("key.fix.flag", { key: "published" })),
  slug: withFix(text.optional(), t("key.fix.slug")),
  permalink: withFix(text.optional(), t("key.fix.permalink")),
  series: withFix(text.pipe(z.string().min(1, asZodMessage(t("value.empty", { key: "series" })))).optional(), t("key.fix.series")),
  series_order: withFix(
    z
      .number({ error: (issue) => asZodMessage(t("value.expected-whole-got", { got: describe(issue.input) })) })
      .int(asZodMessage(t("value.expected-whole")))
      .positive(asZodMessage(t("value.expected-whole-positive")))
      .optional(),
    t("key.fix.series_order"),
  ),
  /** Jekyll's layout: accepted and ignored. */
  layout: z.unknown().optional(),
  // Zenn articles.
  published_at: withFix(dateValue.optional(), t("key.fix.published_at")),
  topics: withFix(nameList.optional(), t("key.fix.topics")),
  type: withFix(text.optional(), t("key.fix.type")),
  publication_name: withFix(text.optional(), t("key.fix.publication_name")),
  // Qiita posts.
  private: withFix(flag.optional(), t("key.fix.flag", { key: "private" })),
  ignorePublish: withFix(flag.optional(), t("key.fix.flag", { key: "ignorePublish" })),
  updated_at: withFix(dateValue.optional(), t("key.fix.updated_at")),
  id: withFix(text.optional(), t("key.fix.id")),
  organization_url_name: withFix(text.optional(), t("key.fix.organization_url_name")),
  slide: withFix(flag.optional(), t("key.fix.flag", { key: "slide" })),
};

/** Front matter as editors write it (Jekyll's keys included); unknown keys are kept. */
export const frontMatterSchema = z.looseObject({ ...sourceKeys, ...copiedKeys });

/** Keys the schema interprets; everything else is kept in `extra`. */
export const knownKeys = new Set(Object.keys(frontMatterSchema.shape));

/** How to fix a bad value of `key`, in an editor's terms. */
export function fixFor(key: string): Phrase {
  const schema = (frontMatterSchema.shape as Record<string, z.ZodType>)[key];
  const fix = (schema?.meta() as { fix?: Phrase } | undefined)?.fix;
  return fix ?? t("key.fix.other", { key });
}

/** Names the first item of a list that is not a name, or the value itself. */
function describeList(value: unknown): Phrase {
  if (Array.isArray(value)) {
    const i = value.findIndex((v) => typeof v !== "string" && typeof v !== "number");
    if (i >= 0) return t("value.as-item", { value: describe(value[i]), n: i + 1 });
  }
  return describe(value);
}

/** A value as an editor wrote it: nothing, a list, a mapping, a date, or its type and text. */
export function describe(value: unknown): Phrase {
  if (value === null || value === undefined) return t("value.nothing");
  if (Array.isArray(value)) return t("value.list");
  if (value instanceof Date) return t("value.date");
  if (typeof value === "object") return t("value.mapping");
  return t(typeof value === "number" ? "value.number" : typeof value === "boolean" ? "value.boolean" : "value.string", { json: JSON.stringify(value) });
}

/** Why a date value is no date, with the key (or the file name) it was written in. */
function dateProblem(where: Phrase, problem: DateProblem): Phrase {
  const value = String(problem.value ?? "");
  switch (problem.reason) {
    case "invalid":
      return t("date.invalid", { where });
    case "not-text":
      return t("date.not-text-at", { where, got: describe(problem.value) });
    case "not-a-date":
      return t("date.not-a-date", { where, value });
    case "not-real":
      return t("date.not-real", { where, value });
    case "offset":
      return t("date.offset", { where, value });
  }
}

/** What a post is made from besides its front matter. */
export interface PostSource {
  /** Path of the file, for messages; its name may carry the date and the slug. */
  file: string;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Whether the file has a front-matter block at all (for the fix of a missing title). */
  hasFrontMatter: boolean;
  /** Where a front-matter value is written, for messages. */
  positionOf: (path: readonly PropertyKey[]) => Position;
  config: SiteConfig;
  now: Date;
  /** Modification time of the file: the date of a draft that has none (Jekyll's `_drafts`). */
  mtimeMs?: number;
  /** The layout the file was found in: its front-matter rules (yomu's own when absent). */
  layout?: LayoutName;
  /** When the file was first committed (Zenn and Qiita layouts). */
  added?: AddedDate;
  /** A chapter of a Zenn book (lib/content/zenn-books.ts): its slug is `<book>/<chapter>`, its date may come from the file's time. */
  chapter?: ChapterOf;
}

/** Which book a chapter file belongs to, and its slug within the book. */
export interface ChapterOf {
  book: string;
  slug: string;
}

/** A problem the post schema reports: the message, its fix and its rule (`params` of a zod issue). */
export interface PostIssueParams {
  text: IssueText;
  rule?: string;
  /** Where the problem is when it is in the body, not at a front-matter key. */
  at?: Position;
}

/** Dated in the future, on a site that does not publish future posts: hidden until then. */
export function isScheduled(dateIso: string, config: Pick<SiteConfig, "publishFuture">, now: Date): boolean {
  return !config.publishFuture && new Date(dateIso).getTime() > now.getTime();
}

/** True for files in a Jekyll `_drafts` folder. */
export function isInDraftsFolder(file: string): boolean {
  return file.split(/[\\/]/).slice(0, -1).includes("_drafts");
}

const unique = (names: string[]) => [...new Set(names)];

/**
 * The one definition of a post: front matter in, the post out. Every rule that
 * makes a post from a file lives here — title, dates (front matter, file name,
 * a draft's modification time), slug (`slug:`, `permalink:`, file name),
 * drafts, scheduling, excerpt and reading time. Its output type is `Post`
 * (./types.ts). Problems become zod issues whose `params` carry the fix.
 */
export function postSchema(source: PostSource) {
  const { file, body, config } = source;
  return frontMatterSchema.transform((meta, ctx) => {
    const problem = (path: PropertyKey[], message: Phrase, fix: Phrase, rule?: string, at?: Position) =>
      ctx.addIssue({ code: "custom", path, message: say(message, "en"), params: { text: { message, fix }, rule, at } satisfies PostIssueParams });

    if (meta.title === undefined) {
      problem([], t("title.missing"), source.hasFrontMatter ? t("title.missing.fix") : t("title.missing.fix.no-front-matter"));
    }

    for (const { path, value } of frontMatterStrings(meta)) {
      const half = loneSurrogate(value);
      if (half === undefined) continue;
      problem(
        path,
        t("text.lone-surrogate", { key: String(path[0]), half }),
        t("text.lone-surrogate.fix"),
        "text",
      );
    }
    const tooLong = (key: string, value: string | undefined, max: number, fix: Phrase) => {
      const chars = value === undefined ? 0 : countChars(value, max);
      if (chars > max) problem([key], t(chars > max * 2 ? "text.far-too-long" : "text.too-long", { key, max }), fix, "text-length");
    };
    tooLong("title", meta.title, MAX_TITLE_CHARS, t("title.too-long.fix", { max: MAX_TITLE_CHARS }));
    tooLong("excerpt", meta.excerpt, MAX_EXCERPT_CHARS, t("excerpt.too-long.fix", { max: MAX_EXCERPT_CHARS }));
    // A hand-written excerpt is rendered on list pages and in feeds, apart from the body.
    for (const math of meta.excerpt ? findInlineMath(meta.excerpt) : []) {
      try {
        renderTex(math.tex, false);
      } catch (error) {
        if (!(error instanceof MathError)) throw error;
        problem(["excerpt"], t("at-key", { key: "excerpt", detail: mathMessage(error) }), mathFix(error), "notation");
        break;
      }
    }

    const layout = source.layout ?? "yomu";
    // Zenn and Qiita name a post by its file name, a date in it included.
    const fileDate = layout === "yomu" ? dateFromFileName(file) : undefined;
    const draftFolder = layout === "yomu" && isInDraftsFolder(file);
    // Zenn: `published: true` publishes, anything else is a draft. Qiita: private and ignored posts are never published.
    const draft =
      meta.draft === true ||
      meta.published === false ||
      draftFolder ||
      meta.private === true ||
      meta.ignorePublish === true ||
      (layout === "zenn" && !source.chapter && meta.published !== true);

    // Qiita writes `updated_at: ''` into a post it has not published yet.
    const updatedAt = meta.updated_at === "" ? undefined : meta.updated_at;
    const readDate = (key: "date" | "published_at" | "updated_at", value: string | Date): Date | undefined => {
      // Zenn reads published_at as Japan time, whatever the site's time zone.
      const parsed = parseDate(value, key === "published_at" ? "Asia/Tokyo" : config.timeZone);
      if (parsed.ok) return parsed.date;
      problem([key], dateProblem(t("where.key", { key }), parsed), fixFor(key));
    };

    let date: Date | undefined;
    let dateSource: DateSource = "front-matter";
    const dateKeys = (layout === "zenn" ? ["published_at", "date"] : ["date", "published_at"]) as ("date" | "published_at")[];
    const dateKey = dateKeys.find((key) => meta[key] !== undefined);
    const commit = source.added && "date" in source.added ? source.added.date : undefined;
    if (dateKey) {
      date = readDate(dateKey, meta[dateKey]!);
    } else if (fileDate) {
      const parsed = parseDate(fileDate, config.timeZone);
      dateSource = "file-name";
      if (parsed.ok) date = parsed.date;
      else problem([], dateProblem(t("where.file-name"), parsed), t("date.file-name.fix"));
    } else if (commit) {
      date = new Date(commit);
      dateSource = "commit";
      // A Qiita post pulled into the repository after it was published: its last update there is the better date.
      const lastUpdate = layout === "qiita" && updatedAt !== undefined ? parseDate(updatedAt, config.timeZone) : undefined;
      if (lastUpdate?.ok && lastUpdate.date.getTime() < date.getTime()) {
        date = lastUpdate.date;
        dateSource = "updated_at";
      }
    } else if (layout === "qiita" && updatedAt !== undefined) {
      date = readDate("updated_at", updatedAt);
      dateSource = "updated_at";
    } else if (source.mtimeMs !== undefined && (source.chapter !== undefined || (layout === "yomu" ? draftFolder || meta.draft === true : draft || (source.added !== undefined && "missing" in source.added && source.added.missing === "uncommitted")))) {
      // A draft, or a file git has not seen yet: dated when it was last saved, until it is committed.
      date = new Date(source.mtimeMs);
      dateSource = "modified";
    } else {
      const [message, fix] = missingDate(layout, source.added);
      problem([], message, fix, "date");
    }

    let updated: Date | undefined;
    const updatedKey = meta.updated !== undefined ? "updated" : meta.last_modified_at !== undefined ? "last_modified_at" : "updated_at";
    const updatedValue = meta.updated ?? meta.last_modified_at ?? (dateSource === "updated_at" ? undefined : updatedAt);
    if (updatedValue !== undefined) {
      const parsed = parseDate(updatedValue, config.timeZone);
      if (parsed.ok) updated = parsed.date;
      else problem([updatedKey], dateProblem(t("where.key", { key: updatedKey }), parsed), fixFor(updatedKey));
    }
    // Qiita sets updated_at on every publish: no later than the date, it says nothing.
    if (updated && date && updatedKey === "updated_at" && updated.getTime() <= date.getTime()) updated = undefined;

    const fileSlug = source.chapter?.slug ?? (layout === "yomu" ? slugFromFileName(file) : slugFromName(file.split(/[\\/]/).pop()!.replace(/\.(md|mdx|markdown)$/i, "")));
    const permalinkSlug = meta.permalink && !source.chapter ? slugFromPermalink(meta.permalink, fileSlug) : undefined;
    const slugKey = meta.slug && !source.chapter ? "slug" : permalinkSlug ? "permalink" : undefined;
    const slug = (slugKey && (meta.slug || permalinkSlug)) || fileSlug;
    const slugPath = slugKey ? [slugKey] : [];
    const invisible = formatCharacters(slug);
    if (invisible.length > 0) {
      problem(
        slugPath,
        t("slug.invisible", { slug: showFormatCharacters(slug), characters: invisible.join(", "), count: invisible.length }),
        slugKey ? t("slug.invisible.fix.key", { key: slugKey, characters: invisible.join(", ") }) : t("slug.invisible.fix.file", { characters: invisible.join(", ") }),
        "slug",
      );
    } else if (!isValidSlug(slug)) {
      problem(
        slugPath,
        t("slug.invalid", { slug }),
        slugKey ? fixFor("slug") : t("slug.invalid.fix.file"),
        "slug",
      );
    } else if (utf8Bytes(slug) > MAX_SEGMENT_BYTES) {
      problem(
        slugPath,
        t("slug.too-long", { bytes: utf8Bytes(slug), max: MAX_SEGMENT_BYTES }),
        slugKey ? t("slug.too-long.fix.key", { key: slugKey }) : t("slug.too-long.fix.file"),
        "name-length",
      );
    }

    if (meta.series !== undefined && utf8Bytes(termSegment(meta.series)) > MAX_SEGMENT_BYTES) {
      problem(
        ["series"],
        t("name.segment-too-long", { key: "series", name: meta.series, bytes: utf8Bytes(termSegment(meta.series)), max: MAX_SEGMENT_BYTES }),
        t("name.segment-too-long.fix", { chars: Math.floor(MAX_SEGMENT_BYTES / 3), letters: MAX_SEGMENT_BYTES }),
        "name-length",
      );
    }

    let zennType: string | undefined;
    if (layout === "zenn" && meta.type !== undefined) {
      if (meta.type === "tech" || meta.type === "idea") zennType = meta.type;
      else problem(["type"], t("zenn.type", { value: meta.type }), fixFor("type"));
    }
    const categories = unique([...(meta.categories ?? []), ...(meta.category ?? []), ...(zennType ? [zennType] : [])]);
    const tags = unique([...(meta.tags ?? []), ...(meta.tag ?? []), ...(meta.topics ?? [])]);
    const terms = (["categories", "category", "tags", "tag", "topics"] as const).flatMap((key) => (meta[key] ?? []).map((name, index) => ({ key, name, index })));
    if (categories.length + tags.length > MAX_TERMS_PER_POST) {
      problem(
        [terms[Math.min(MAX_TERMS_PER_POST, terms.length - 1)].key],
        t("terms.too-many", { count: categories.length + tags.length, max: MAX_TERMS_PER_POST }),
        t("terms.too-many.fix", { max: MAX_TERMS_PER_POST }),
        "term-count",
      );
    } else {
      for (const { key, name, index } of terms) {
        if (countChars(name, MAX_TERM_CHARS) > MAX_TERM_CHARS) {
          problem(
            [key, index],
            t("name.too-long", { key, name: [...name.slice(0, 40)].slice(0, 20).join("") + "…", max: MAX_TERM_CHARS }),
            t("name.too-long.fix", { max: MAX_TERM_CHARS }),
            "name-length",
          );
          continue;
        }
        const bytes = utf8Bytes(termSegment(name));
        if (bytes <= MAX_SEGMENT_BYTES) continue;
        const shown = [...name].length > 20 ? [...name].slice(0, 20).join("") + "…" : name;
        problem(
          [key, index],
          t("name.segment-too-long", { key, name: shown, bytes, max: MAX_SEGMENT_BYTES }),
          t("name.segment-too-long.fix", { chars: Math.floor(MAX_SEGMENT_BYTES / 3), letters: MAX_SEGMENT_BYTES }),
          "name-length",
        );
      }
    }

    const tooDeep = findTooDeep(body, MAX_NESTING_DEPTH, { mdx: /\.mdx$/i.test(file) });
    if (tooDeep) {
      problem(
        [],
        t(tooDeep.kind === "markdown" ? "nesting.markdown" : "nesting.html", { depth: tooDeep.depth, max: MAX_NESTING_DEPTH }),
        t(tooDeep.kind === "markdown" ? "nesting.markdown.fix" : "nesting.html.fix"),
        "nesting",
        { line: source.bodyLine + tooDeep.line, column: tooDeep.column },
      );
    }

    const blocks = splitBlocks(body);
    for (const block of blocks) {
      const brackets = tooManyBrackets(block);
      if (!brackets) continue;
      problem(
        [],
        t(block.kind === "table" ? "brackets.row" : "brackets.paragraph", { count: brackets.count, max: MAX_BRACKETS_PER_BLOCK }),
        t("brackets.fix"),
        "brackets",
        { line: source.bodyLine + block.line - 1 + brackets.line, column: brackets.column },
      );
      break;
    }

    const at = (block: { line: number }, line = 0, column = 1): Position => ({ line: source.bodyLine + block.line - 1 + line, column });
    for (const block of blocks) {
      const deep = tooDeepInline(block);
      if (!deep) continue;
      problem(
        [],
        t("nesting.emphasis", { depth: deep.depth, max: MAX_INLINE_NESTING }),
        t("nesting.emphasis.fix"),
        "nesting",
        at(block, deep.line, deep.column),
      );
      break;
    }

    let cells = 0;
    let footnotes = 0;
    for (const block of blocks) {
      if (block.kind === "table" && (cells += tableCells(block.raw)) > MAX_TABLE_CELLS) {
        problem(
          [],
          t("table-cells", { count: cells, max: MAX_TABLE_CELLS }),
          t("table-cells.fix"),
          "table-cells",
          at(block),
        );
        break;
      }
      if (block.kind !== "code" && block.kind !== "math" && (footnotes += footnoteReferences(block.raw)) > MAX_FOOTNOTES) {
        problem(
          [],
          t("footnotes", { count: footnotes, max: MAX_FOOTNOTES }),
          t("footnotes.fix"),
          "footnotes",
          at(block),
        );
        break;
      }
    }

    if (ctx.issues.length > 0 || !meta.title || !date) return z.NEVER;

    const extra: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(meta)) if (!knownKeys.has(key)) extra[key] = value;
    const copied = Object.fromEntries(Object.keys(copiedKeys).map((key) => [key, meta[key as keyof typeof copiedKeys]])) as {
      [K in keyof typeof copiedKeys]: z.output<(typeof copiedKeys)[K]>;
    };
    const dateIso = date.toISOString();
    return {
      /** A chapter's slug is `<book>/<chapter>` (lib/urls.ts postUrl makes it /books/<book>/<chapter>/). */
      slug: source.chapter ? `${source.chapter.book}/${slug}` : slug,
      title: meta.title,
      /** ISO 8601 instant (UTC). */
      date: dateIso,
      updated: updated?.toISOString(),
      categories,
      tags,
      // series: its name (a chapter's is its book's title, set by the index); seriesOrder: its place
      // (a chapter's number in its book); book: the slug of the Zenn book this post is a chapter of.
      ...(meta.series === undefined ? {} : { series: meta.series }),
      ...(meta.series_order === undefined ? {} : { seriesOrder: meta.series_order }),
      ...(source.chapter ? { book: source.chapter.book } : {}),
      ...copied,
      excerpt: buildExcerpt(body, {
        title: meta.title,
        length: config.excerptLength,
        separator: meta.excerpt_separator ?? config.excerptSeparator,
        frontMatter: meta.excerpt,
        blocks,
      }),
      readingMinutes: meta.reading_time ?? readingMinutes(blocks, config.reading),
      /** `draft: true`, `published: false`, a file in `_drafts`, a Zenn article without `published: true`, a private or ignored Qiita post. */
      draft,
      /** Where the date came from: a draft dated by its file's modification time is "modified". */
      dateSource,
      /** The Qiita item id (`id`), by which links to the post on qiita.com find this page. */
      qiitaId: layout === "qiita" ? meta.id || undefined : undefined,
      scheduled: isScheduled(dateIso, config, source.now),
      format: (/\.mdx$/i.test(file) ? "mdx" : "md") as PostFormat,
      /** Path relative to the working directory, for error messages. */
      sourcePath: file,
      body,
      bodyLine: source.bodyLine,
      /** Front-matter keys yomu does not interpret, kept as written. */
      extra,
      /** Where the slug is written (`slug:`/`permalink:` value, else the top of the file), for messages. */
      slugAt: slugKey ? source.positionOf([slugKey]) : { line: 1, column: 1 },
    };
  });
}

export type PostFormat = "md" | "mdx";

/** Code points of `text`, counted up to a little past `max`. */
function countChars(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let n = 0;
  for (const _ of text) if (++n > max * 2) break;
  return n;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first lone surrogate of `text`, as `U+D800`. */
function loneSurrogate(text: string): string | undefined {
  const m = LONE_SURROGATE.exec(text);
  return m ? "U+" + m[0].charCodeAt(0).toString(16).toUpperCase() : undefined;
}

/** Every string of the front matter, with its path (lists and mappings included). */
function* frontMatterStrings(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; value: string }> {
  if (typeof value === "string") yield { path, value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* frontMatterStrings(item, [...path, i]);
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* frontMatterStrings(item, [...path, key]);
  }
}

export type DateSource = "front-matter" | "file-name" | "commit" | "updated_at" | "modified";

/**
 * A Zenn or Qiita post's slug: its file name, which Qiita lets hold spaces, `#` or `?` (`2020-01-01-Elixir 入門#1.md`);
 * each run of characters a URL segment cannot hold becomes one hyphen, and a name too long for a file is cut.
 */
export function slugFromName(name: string): string {
  let slug = name.normalize("NFC").replace(/[\s\p{Cc}\p{Cf}/\\?#%]+/gu, "-").replace(/^-+|-+$/g, "");
  while (utf8Bytes(slug) > MAX_SEGMENT_BYTES) slug = [...slug].slice(0, -1).join("");
  return slug || name;
}

/** Why a post has no date, and how to give it one, in the terms of its layout. */
function missingDate(layout: LayoutName, added: AddedDate | undefined): [Phrase, Phrase] {
  if (layout === "yomu") return [t("date.missing"), t("date.missing.fix")];
  const line = layout === "zenn" ? "published_at: 2024-05-01 09:00" : "updated_at: '2024-05-01T09:00:00+09:00'";
  const missing = added && "missing" in added ? added.missing : "no-repository";
  if (missing === "shallow") return [t("date.missing.shallow"), t("date.missing.shallow.fix", { line })];
  return [t("date.missing.no-repository"), t("date.missing.no-repository.fix", { line })];
}
