/** A Markdown reading for tests: a Japanese site at the root, no embeds, no link-card titles, unless a test says otherwise. */
import path from "node:path";
import type { MarkdownConfig } from "./config";
import { createMarkdown, type Markdown } from "./index";

export function testMarkdownConfig(overrides: Partial<MarkdownConfig> = {}): MarkdownConfig {
  return { basePath: "", embedHosts: [], linkCardTitles: {}, language: "ja", contentDir: path.resolve("content"), ...overrides };
}

export function testMarkdown(overrides: Partial<MarkdownConfig> = {}): Markdown {
  return createMarkdown(testMarkdownConfig(overrides));
}
