/**
 * Questions answered from the one sanitize schema (./sanitize-schema.ts): is
 * this element allowed, is this attribute with this value allowed, which hast
 * property does an attribute written in JSX name. rehype-sanitize applies the
 * schema to both pipelines; the `.mdx` path asks `propertyName` to turn JSX
 * attributes into the properties the schema lists, and the tests check
 * rendered output against the same answers.
 */
import type { Options as SanitizeSchema } from "rehype-sanitize";
import { sanitizeSchema } from "./sanitize-schema";

type Definition = NonNullable<NonNullable<SanitizeSchema["attributes"]>[string]>[number];
type Primitive = string | number | boolean;

export function isAllowedElement(tagName: string, schema: SanitizeSchema = sanitizeSchema): boolean {
  return tagName !== "*" && (schema.tagNames ?? []).includes(tagName);
}

function definitionsOf(tagName: string, property: string, schema: SanitizeSchema): Definition[] {
  const attributes = schema.attributes ?? {};
  const own = (tag: string) => (Object.hasOwn(attributes, tag) ? attributes[tag] : []);
  return [...own(tagName), ...own("*")].filter((d) => {
    const name = typeof d === "string" ? d : d[0];
    return name === property || (name === "data*" && /^data[A-Z]/.test(property));
  });
}

function valueMatches(definition: Definition, value: Primitive): boolean {
  if (typeof definition === "string" || definition.length === 1) return true;
  return definition.slice(1).some((allowed) => (allowed instanceof RegExp ? allowed.test(String(value)) : allowed === value));
}

/**
 * Whether `property` (a hast property name: `className`, `href`, `ariaLabel`)
 * may carry `value` on `tagName`. A list value (class names, srcset candidates)
 * is allowed when each of its items is.
 */
export function isAllowedProperty(tagName: string, property: string, value: unknown, schema: SanitizeSchema = sanitizeSchema): boolean {
  const definitions = definitionsOf(tagName, property, schema);
  const items = Array.isArray(value) ? value : [value];
  return (
    definitions.length > 0 &&
    items.every(
      (item) =>
        (typeof item === "string" || typeof item === "number" || typeof item === "boolean") &&
        isAllowedUrl(property, item, schema) &&
        definitions.some((d) => valueMatches(d, item)),
    )
  );
}

/** The character references that can spell a URL scheme or hide one: numeric ones and these names. */
const NAMED_REFERENCES: Record<string, string> = { tab: "\t", newline: "\n", colon: ":", period: ".", plus: "+", amp: "&" };

function decodeReferences(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (whole, hex?: string, decimal?: string, name?: string) => {
    const code = hex ? parseInt(hex, 16) : decimal ? Number(decimal) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_REFERENCES[name!.toLowerCase()] ?? whole;
  });
}

/**
 * The scheme a browser reads in `value` (lower case), or undefined for a
 * relative URL: leading and trailing spaces and control characters trimmed,
 * tabs and line breaks removed, as the URL parser does. Character references
 * are decoded until none is left, so a value that is decoded once more on its
 * way to a reader (`&amp;#106;avascript:`) shows its scheme too.
 */
export function urlScheme(value: string): string | undefined {
  let url = value;
  for (let previous = ""; previous !== url; ) [previous, url] = [url, decodeReferences(url)];
  url = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
}

/**
 * The pieces of a `srcset` checked as URLs: every word between spaces and
 * commas. Descriptors (`2x`, `640w`) pass as relative URLs; a URL with a comma
 * or a space inside is checked piece by piece: stricter, never looser.
 */
function srcsetWords(value: string): string[] {
  return value.split(/[\t\n\f\r ,]+/).filter(Boolean);
}

/**
 * Whether a URL `property` may hold `value`: relative, or with a scheme the
 * schema lists for it; for `srcSet`, each of its URLs.
 */
export function isAllowedUrl(property: string, value: Primitive, schema: SanitizeSchema = sanitizeSchema): boolean {
  const protocols = Object.hasOwn(schema.protocols ?? {}, property) ? schema.protocols![property] : undefined;
  if (!protocols?.length) return true;
  const urls = property === "srcSet" ? srcsetWords(String(value)) : [String(value)];
  return urls.every((url) => {
    const scheme = urlScheme(url);
    return scheme === undefined || protocols.includes(scheme);
  });
}

/** Attribute spellings of JSX and HTML whose property name is not the name without dashes. */
const ALIASES: Record<string, string> = { class: "className", for: "htmlFor" };

function knownProperties(schema: SanitizeSchema): Map<string, string> {
  const names = new Map<string, string>();
  for (const definitions of Object.values(schema.attributes ?? {})) {
    for (const d of definitions) {
      const name = typeof d === "string" ? d : d[0];
      names.set(name.toLowerCase(), name);
    }
  }
  for (const [alias, name] of Object.entries(ALIASES)) names.set(alias, name);
  return names;
}

const schemaProperties = new WeakMap<SanitizeSchema, Map<string, string>>();

/**
 * The hast property an attribute names, however it is written (`class`,
 * `className`, `aria-label`, `srcset`), when the schema knows it; undefined for
 * any other attribute, which the allowlist would drop anyway.
 */
export function propertyName(attribute: string, schema: SanitizeSchema = sanitizeSchema): string | undefined {
  let names = schemaProperties.get(schema);
  if (!names) schemaProperties.set(schema, (names = knownProperties(schema)));
  return names.get(attribute.replace(/-/g, "").toLowerCase());
}

const SPACE_SEPARATED = new Set(["className", "ariaDescribedBy", "ariaLabelledBy", "headers"]);

/**
 * An attribute's text as the hast value the schema checks: space-separated
 * lists split into items (each class name is checked on its own), `true` for
 * an attribute written without a value.
 */
export function propertyValue(property: string, value: string | null | undefined): string | string[] | true {
  if (value === null || value === undefined) return true;
  if (SPACE_SEPARATED.has(property)) return value.split(/[ \t\n\f\r]+/).filter(Boolean);
  return value;
}
