/**
 * The one definition of a post's front matter. Jekyll compatibility lives here:
 * singular/plural taxonomy keys, space-separated lists, `published: false`,
 * `last_modified_at`, `permalink`, and date strings with or without an offset.
 */
import { z } from "zod";

const text = z
  .union([z.string(), z.number(), z.null()], { error: (issue) => `expected text, got ${describe(issue.input)}` })
  .transform((v) => String(v ?? "").normalize("NFC").trim());

/** A list of names, or Jekyll's space-separated string (`tags: AI Meta`). */
const nameList = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], {
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

export const frontMatterSchema = z.looseObject({
  title: text.pipe(z.string().min(1, "title is empty")).optional(),
  date: dateValue.optional(),
  updated: dateValue.optional(),
  last_modified_at: dateValue.optional(),
  categories: nameList.optional(),
  category: singleName.optional(),
  tags: nameList.optional(),
  tag: singleName.optional(),
  author: z
    .union([text, z.object({ name: text }).transform((a) => a.name)], {
      error: (issue) => `expected the author's name, got ${describe(issue.input)}`,
    })
    .optional(),
  excerpt: text.optional(),
  excerpt_separator: z.string().min(1, "excerpt_separator is empty").optional(),
  reading_time: minutes.optional(),
  draft: flag.optional(),
  published: flag.optional(),
  slug: text.optional(),
  permalink: text.optional(),
  layout: z.unknown().optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Keys the schema interprets; everything else is kept in `extra`. */
export const knownKeys = new Set(Object.keys(frontMatterSchema.shape));

/** How to fix a problem with a given key, in an editor's terms. */
export const fixes: Record<string, string> = {
  title: 'write the title in quotes, e.g. title: "Llama 4の多言語性能"',
  date: "write the date as YYYY-MM-DD HH:MM:SS +0900 (or YYYY-MM-DD), or name the file YYYY-MM-DD-slug.md",
  updated: "write the date as YYYY-MM-DD HH:MM:SS +0900",
  last_modified_at: "write the date as YYYY-MM-DD HH:MM:SS +0900",
  categories: 'write a list, e.g. categories: ["投資分析"]',
  category: 'write one name, e.g. category: "投資分析"',
  tags: 'write a list, e.g. tags: ["AI", "Meta"]',
  tag: 'write one name, e.g. tag: "AI"',
  author: 'write the name in quotes, e.g. author: "ALLFORCES編集部"',
  reading_time: "write a whole number of minutes, e.g. reading_time: 8, or remove the key to compute it",
  draft: "write draft: true or draft: false",
  published: "write published: true or published: false",
  slug: "use letters, digits and hyphens, e.g. slug: llama-4-review",
  permalink: "write a path such as permalink: /2025/12/llama-4-review/",
  excerpt: 'write the excerpt in quotes on one line, e.g. excerpt: "Llama 4の**要点**をまとめます。"',
  excerpt_separator: "write the marker that ends the excerpt, e.g. excerpt_separator: <!--more-->",
};

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
