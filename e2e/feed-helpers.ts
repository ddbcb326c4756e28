import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "@playwright/test";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

/** Parses XML after checking it is well-formed (the validator names the line of any error). */
export function parseXml(text: string): Record<string, any> {
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text);
}

export const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** HTML → text, the way a feed reader shows it (tags dropped, character references decoded). */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
