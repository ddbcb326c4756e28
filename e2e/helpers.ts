import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import YAML from "yaml";

export interface SeedPost {
  file: string;
  slug: string;
  title: string;
  date: Date;
  body: string;
  tags: string[];
  categories: string[];
  /** The front matter's author, if it names one. */
  author?: string;
  /** The front matter's excerpt, as written (Markdown). */
  excerpt: string;
  /** `draft: true` or `published: false`: not in a production build. */
  draft: boolean;
}

/**
 * Reads the posts of a content folder (the one a site under test serves: e2e/sites.mjs
 * contentOf) independently of the app, as an editor sees the files, newest first.
 * Expects posts named <slug>.md with a date in the front matter, as the sample posts are.
 */
export function readPosts(dir: string): SeedPost[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md") && !f.startsWith("_"))
    .map((file) => {
      const raw = fs.readFileSync(path.join(dir, file), "utf8");
      const [, fm, body] = raw.split(/^---$/m);
      const data = YAML.parse(fm) as Record<string, unknown>;
      const iso = String(data.date).replace(" ", "T").replace(/ ?([+-]\d{2})(\d{2})$/, "$1:$2");
      const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
      return {
        file,
        slug: file.replace(/\.md$/, ""),
        title: String(data.title ?? ""),
        date: new Date(iso),
        body: raw.slice(raw.indexOf(body)),
        tags: list(data.tags),
        categories: list(data.categories),
        author: typeof data.author === "string" ? data.author : undefined,
        excerpt: typeof data.excerpt === "string" ? data.excerpt : "",
        draft: data.draft === true || data.published === false,
      };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** The last line of real prose in a body, with Markdown emphasis removed. */
export function lastProse(body: string): string {
  const lines = body.split("\n").map((l) => l.trim()).filter((l) => l.length > 20);
  return lines.at(-1)!.replace(/\*\*/g, "").replace(/^(\d+\.|[-*])\s+/, "");
}

/** Fails the test on any console error or uncaught exception. */
/** The page's Content-Security-Policy violations, as Chromium reports them in the console. */
export function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    // Failed requests are reported with their URL below.
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.request().isNavigationRequest()) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-artifacts/screens/${name}.png`, fullPage: false });
}
