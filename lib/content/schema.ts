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
import { parseDate } from "../text/date";
import { readingMinutes } from "../text/reading-time";
import { splitBlocks } from "../reading/blocks";
import { findInlineMath } from "../markdown/notation-text";
import { MathError, mathMessage, renderTex } from "../markdown/notation/katex";
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
  .union([z.string(), z.number(), z.null()], { error: (issue) => `expected text, got ${describe(issue.input)}` })
  .transform((v) => String(v ?? "").normalize("NFC").trim());

/** A name in a list: text, or a mapping with a `name` (Qiita's `tags: [{ name: Rust, versions: [] }]`). */
const listItem = z.union([z.string(), z.number(), z.looseObject({ name: z.union([z.string(), z.number()]) }).transform((item) => item.name)]);

/** A list of names, or Jekyll's space-separated string (`tags: AI Meta`). */
const nameList = z
  .union([z.string(), z.number(), z.array(listItem)], {
    error: (issue) => `expected a list of names or a space-separated string, got ${describeList(issue.input)}`,
  })
  .transform((v) => {
    const items = Array.isArray(v) ? v.map(String) : String(v).split(/\s+/);
    return items.map((s) => s.normalize("NFC").trim()).filter(Boolean);
  });

/** Jekyll's singular `category:` / `tag:` is one name (spaces included), or a list. */
const singleName = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], {
    error: (issue) => `expected one name, got ${describeList(issue.input)}`,
  })
  .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => String(s).normalize("NFC").trim()).filter(Boolean));

/** YAML 1.2 booleans, plus the YAML 1.1 words Jekyll (Ruby) also reads as booleans. */
const flag = z
  .union([z.boolean(), z.enum(["true", "false", "yes", "no", "on", "off", "True", "False", "Yes", "No"])], {
    error: (issue) => `expected true or false, got ${describe(issue.input)}`,
  })
  .transform((v) => v === true || (typeof v === "string" && /^(true|yes|on)$/i.test(v)));

const dateValue = z.union([z.string(), z.date()], {
  error: (issue) => `expected a date like 2025-12-10 20:44:31 +0900, got ${describe(issue.input)}`,
});

/** `8`, or `"8分"` / `"8 min"` as some themes write it. */
const minutes = z
  .union([z.number(), z.string().transform((v) => Number(/^\s*(\d+)\s*(?:分|min|mins|minutes?)?\s*$/i.exec(v)?.[1] ?? NaN))], {
    error: (issue) => `expected a whole number of minutes, got ${describe(issue.input)}`,
  })
  .pipe(
    z
      .number({ error: "expected a whole number of minutes" })
      .int("expected a whole number of minutes")
      .positive("expected a whole number of minutes, 1 or more"),
  );

/** Reads a key's fix (`.meta({ fix })`), as an editor reads it. */
const withFix = <T extends z.ZodType>(schema: T, fix: string) => schema.meta({ fix });

/**
 * Front-matter keys copied onto the post as they are, once valid. Adding such a
 * key is one line here (with the fix an editor sees for a bad value) and a row
 * in the README's front-matter table; its type reaches Post by inference.
 */
const copiedKeys = {
  author: withFix(
    z
      .union([text, z.object({ name: text }).transform((a) => a.name)], {
        error: (issue) => `expected the author's name, got ${describe(issue.input)}`,
      })
      .transform((name) => name || undefined)
      .optional(),
    'write the name in quotes, e.g. author: "ALLFORCES編集部"',
  ),
  /** Zenn's emoji, shown with the title. */
  emoji: withFix(
    text
      .transform(trimEmoji)
      .refine((v) => v === "" || isEmoji(v), { error: (issue) => `"${String(issue.input)}" is not one emoji` })
      .transform((v) => v || undefined)
      .optional(),
    'write one emoji in quotes, e.g. emoji: "📘"',
  ),
};

/** Front-matter keys from which the post's own fields are derived (postSchema below). */
const sourceKeys = {
  title: withFix(text.pipe(z.string().min(1, "title is empty")).optional(), 'write the title in quotes, e.g. title: "Llama 4の多言語性能"'),
  date: withFix(dateValue.optional(), "write the date as YYYY-MM-DD HH:MM:SS +0900 (or YYYY-MM-DD), or name the file YYYY-MM-DD-slug.md"),
  updated: withFix(dateValue.optional(), "write the date as YYYY-MM-DD HH:MM:SS +0900"),
  last_modified_at: withFix(dateValue.optional(), "write the date as YYYY-MM-DD HH:MM:SS +0900"),
  categories: withFix(nameList.optional(), 'write a list, e.g. categories: ["投資分析"]'),
  category: withFix(singleName.optional(), 'write one name, e.g. category: "投資分析"'),
  tags: withFix(nameList.optional(), 'write a list, e.g. tags: ["AI", "Meta"]'),
  tag: withFix(singleName.optional(), 'write one name, e.g. tag: "AI"'),
  excerpt: withFix(text.optional(), 'write the excerpt in quotes on one line, e.g. excerpt: "Llama 4の**要点**をまとめます。"'),
  excerpt_separator: withFix(
    z.string().min(1, "excerpt_separator is empty").optional(),
    "write the marker that ends the excerpt, e.g. excerpt_separator: <!--more-->",
  ),
  reading_time: withFix(minutes.optional(), "write a whole number of minutes, e.g. reading_time: 8, or remove the key to compute it"),
  draft: withFix(flag.optional(), "write draft: true or draft: false"),
  published: withFix(flag.optional(), "write published: true or published: false"),
  slug: withFix(text.optional(), "use letters, digits and hyphens, e.g. slug: llama-4-review"),
  permalink: withFix(text.optional(), "write a path such as permalink: /2025/12/llama-4-review/"),
  series: withFix(text.pipe(z.string().min(1, "series is empty")).optional(), 'write the series\' name in quotes, e.g. series: "Rust入門"'),
  series_order: withFix(
    z.number({ error: (issue) => `expected a whole number, got ${describe(issue.input)}` }).int("expected a whole number").positive("expected a whole number, 1 or more").optional(),
    "write the post's place in its series as a whole number, e.g. series_order: 2, or remove the key to order the series by date",
  ),
  /** Jekyll's layout: accepted and ignored. */
  layout: z.unknown().optional(),
  // Zenn articles.
  published_at: withFix(dateValue.optional(), "write the date in Japan time, e.g. published_at: 2024-05-01 09:00"),
  topics: withFix(nameList.optional(), 'write a list, e.g. topics: ["nextjs", "typescript"]'),
  type: withFix(text.optional(), "write type: tech or type: idea"),
  publication_name: withFix(text.optional(), "write the publication's name, e.g. publication_name: team_name"),
  // Qiita posts.
  private: withFix(flag.optional(), "write private: true or private: false"),
  ignorePublish: withFix(flag.optional(), "write ignorePublish: true or ignorePublish: false"),
  updated_at: withFix(dateValue.optional(), "write the date as qiita publish writes it, e.g. updated_at: '2024-05-01T09:00:00+09:00'"),
  id: withFix(text.optional(), "leave the id as qiita publish wrote it, or remove the line for a post not on Qiita yet"),
  organization_url_name: withFix(text.optional(), "write the organization's name on Qiita, or remove the line"),
  slide: withFix(flag.optional(), "write slide: true or slide: false"),
};

/** Front matter as editors write it (Jekyll's keys included); unknown keys are kept. */
export const frontMatterSchema = z.looseObject({ ...sourceKeys, ...copiedKeys });

/** Keys the schema interprets; everything else is kept in `extra`. */
export const knownKeys = new Set(Object.keys(frontMatterSchema.shape));

/** How to fix a bad value of `key`, in an editor's terms. */
export function fixFor(key: string): string {
  const schema = (frontMatterSchema.shape as Record<string, z.ZodType>)[key];
  const fix = (schema?.meta() as { fix?: string } | undefined)?.fix;
  return fix ?? `correct or remove "${key}"`;
}

/** Names the first item of a list that is not a name, or the value itself. */
function describeList(value: unknown): string {
  if (Array.isArray(value)) {
    const i = value.findIndex((v) => typeof v !== "string" && typeof v !== "number");
    if (i >= 0) return `${describe(value[i])} as item ${i + 1}`;
  }
  return describe(value);
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
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
  fix: string;
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
    const problem = (path: PropertyKey[], message: string, fix: string, rule?: string, at?: Position) =>
      ctx.addIssue({ code: "custom", path, message, params: { fix, rule, at } satisfies PostIssueParams });

    if (meta.title === undefined) {
      problem(
        [],
        "title is missing",
        source.hasFrontMatter
          ? 'add a title line to the front matter, e.g. title: "Llama 4の多言語性能"'
          : 'start the file with front matter: a line ---, then title: "…" and date: …, then a line ---',
      );
    }

    for (const { path, value } of frontMatterStrings(meta)) {
      const half = loneSurrogate(value);
      if (half === undefined) continue;
      problem(
        path,
        `${String(path[0])}: holds ${half}, half of a character (a lone surrogate), which no page, address or feed can carry`,
        'write the character itself, or escape the whole character, e.g. "\\U0001F600" rather than "\\uD83D"',
        "text",
      );
    }
    const tooLong = (key: string, value: string | undefined, max: number, fix: string) => {
      const chars = value === undefined ? 0 : countChars(value, max);
      if (chars > max) problem([key], `${key} is ${chars > max * 2 ? "far " : ""}longer than ${max} characters`, fix, "text-length");
    };
    tooLong("title", meta.title, MAX_TITLE_CHARS, `shorten the title to at most ${MAX_TITLE_CHARS} characters; say the rest in the first paragraph`);
    tooLong("excerpt", meta.excerpt, MAX_EXCERPT_CHARS, `shorten the excerpt to at most ${MAX_EXCERPT_CHARS} characters, or remove it to use the first paragraph`);
    // A hand-written excerpt is rendered on list pages and in feeds, apart from the body.
    for (const math of meta.excerpt ? findInlineMath(meta.excerpt) : []) {
      try {
        renderTex(math.tex, false);
      } catch (error) {
        if (!(error instanceof MathError)) throw error;
        problem(["excerpt"], `excerpt: ${mathMessage(error)}`, error.fix ?? "fix the TeX (KaTeX syntax), or write \\$ for a dollar sign that is not math", "notation");
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
      problem([key], `${key}: ${parsed.message}`, fixFor(key));
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
      else problem([], `the date in the file name: ${parsed.message}`, "rename the file to YYYY-MM-DD-slug.md with a real date");
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
      else problem([updatedKey], `${updatedKey}: ${parsed.message}`, fixFor(updatedKey));
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
        `the slug "${showFormatCharacters(slug)}" contains the invisible character${invisible.length > 1 ? "s" : ""} ${invisible.join(", ")}, which can make one address look like another`,
        slugKey ? `retype the ${slugKey} without ${invisible.join(", ")}` : `rename the file without ${invisible.join(", ")}, or add slug: to the front matter`,
        "slug",
      );
    } else if (!isValidSlug(slug)) {
      problem(
        slugPath,
        `"${slug}" cannot be used as a URL slug`,
        slugKey ? fixFor("slug") : "rename the file using letters, digits and hyphens, or add slug: to the front matter",
        "slug",
      );
    } else if (utf8Bytes(slug) > MAX_SEGMENT_BYTES) {
      problem(
        slugPath,
        `the slug is ${utf8Bytes(slug)} bytes long (UTF-8); a file name holds at most ${MAX_SEGMENT_BYTES}`,
        `${slugKey ? `shorten the ${slugKey}` : "add a shorter slug: to the front matter"}, e.g. slug: llama-4-review`,
        "name-length",
      );
    }

    if (meta.series !== undefined && utf8Bytes(termSegment(meta.series)) > MAX_SEGMENT_BYTES) {
      problem(
        ["series"],
        `series: the name makes a URL segment of ${utf8Bytes(termSegment(meta.series))} bytes (UTF-8); a file name holds at most ${MAX_SEGMENT_BYTES}`,
        `shorten the name to about ${Math.floor(MAX_SEGMENT_BYTES / 3)} Japanese characters or ${MAX_SEGMENT_BYTES} letters`,
        "name-length",
      );
    }

    let zennType: string | undefined;
    if (layout === "zenn" && meta.type !== undefined) {
      if (meta.type === "tech" || meta.type === "idea") zennType = meta.type;
      else problem(["type"], `type: "${meta.type}" is neither tech nor idea`, fixFor("type"));
    }
    const categories = unique([...(meta.categories ?? []), ...(meta.category ?? []), ...(zennType ? [zennType] : [])]);
    const tags = unique([...(meta.tags ?? []), ...(meta.tag ?? []), ...(meta.topics ?? [])]);
    const terms = (["categories", "category", "tags", "tag", "topics"] as const).flatMap((key) => (meta[key] ?? []).map((name, index) => ({ key, name, index })));
    if (categories.length + tags.length > MAX_TERMS_PER_POST) {
      problem(
        [terms[Math.min(MAX_TERMS_PER_POST, terms.length - 1)].key],
        `${categories.length + tags.length} tags and categories; a post may have at most ${MAX_TERMS_PER_POST}`,
        `keep the ${MAX_TERMS_PER_POST} that matter most: each one is a page of its own and a link wherever this post is listed`,
        "term-count",
      );
    } else {
      for (const { key, name, index } of terms) {
        if (countChars(name, MAX_TERM_CHARS) > MAX_TERM_CHARS) {
          problem(
            [key, index],
            `${key}: "${[...name.slice(0, 40)].slice(0, 20).join("")}…" is longer than ${MAX_TERM_CHARS} characters`,
            `shorten the name to at most ${MAX_TERM_CHARS} characters: it is shown on every card of the post`,
            "name-length",
          );
          continue;
        }
        const bytes = utf8Bytes(termSegment(name));
        if (bytes <= MAX_SEGMENT_BYTES) continue;
        const shown = [...name].length > 20 ? [...name].slice(0, 20).join("") + "…" : name;
        problem(
          [key, index],
          `${key}: "${shown}" makes a URL segment of ${bytes} bytes (UTF-8); a file name holds at most ${MAX_SEGMENT_BYTES}`,
          `shorten the name to about ${Math.floor(MAX_SEGMENT_BYTES / 3)} Japanese characters or ${MAX_SEGMENT_BYTES} letters`,
          "name-length",
        );
      }
    }

    const tooDeep = findTooDeep(body, MAX_NESTING_DEPTH, { mdx: /\.mdx$/i.test(file) });
    if (tooDeep) {
      problem(
        [],
        tooDeep.kind === "markdown"
          ? `blockquotes and lists are nested ${tooDeep.depth} deep here; at most ${MAX_NESTING_DEPTH} levels are allowed`
          : `${tooDeep.depth} HTML elements are open inside one another here; at most ${MAX_NESTING_DEPTH} are allowed`,
        tooDeep.kind === "markdown"
          ? "end the outer quotes or lists sooner, or put text that only looks like quotes in a code block"
          : "close the elements you open (</div>), or remove the opening tags that have no closing one",
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
        `${brackets.count} or more closing brackets "]" in one ${block.kind === "table" ? "table row" : "paragraph"}; past ${MAX_BRACKETS_PER_BLOCK}, Markdown takes minutes to read it`,
        "split the paragraph, or put text that is not prose (data, logs) in a code block between ``` lines",
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
        `emphasis is nested ${deep.depth} deep here (*, _ or ~ opened inside one another); at most ${MAX_INLINE_NESTING} levels are allowed`,
        "close the emphasis you open (*text*), or write \\* and \\_ for stars and underscores that are not emphasis",
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
          `the tables of this post hold ${cells} or more cells by here; a post may have at most ${MAX_TABLE_CELLS}`,
          "split the post, or publish the data as a file (CSV) and link to it",
          "table-cells",
          at(block),
        );
        break;
      }
      if (block.kind !== "code" && block.kind !== "math" && (footnotes += footnoteReferences(block.raw)) > MAX_FOOTNOTES) {
        problem(
          [],
          `${footnotes} or more footnotes ([^…] and ^[…]) by here; a post may have at most ${MAX_FOOTNOTES}`,
          "split the post, or write the notes as a list at its end",
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
function missingDate(layout: LayoutName, added: AddedDate | undefined): [string, string] {
  if (layout === "yomu") return ["date is missing", "add a line to the front matter: date: 2025-12-10 20:44:31 +0900, or name the file YYYY-MM-DD-slug.md"];
  const key = layout === "zenn" ? "published_at: 2024-05-01 09:00" : "updated_at: '2024-05-01T09:00:00+09:00'";
  const missing = added && "missing" in added ? added.missing : "no-repository";
  if (missing === "shallow") {
    return [
      "date is missing, and the commit that added the file is not in this shallow clone",
      `clone the whole history (git fetch --unshallow; on Vercel set the environment variable VERCEL_DEEP_CLONE=true), or add a line to the front matter: ${key}`,
    ];
  }
  return [
    "date is missing, and the content folder is not in a git repository whose commits could date it",
    `add a line to the front matter: ${key}, or build from a git clone of the repository`,
  ];
}
