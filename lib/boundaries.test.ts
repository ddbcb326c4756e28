/**
 * The shape of the code: lib/markdown reads no configuration of its own (it is
 * given a MarkdownConfig by lib/site-markdown.ts) and renders no component;
 * the exporter's library does not reach into app/.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs)$/.test(e.name) && !/\.test\.|testing\.ts$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => path.relative(root, path.resolve(path.dirname(path.join(root, file)), m[1])));
}

describe("module boundaries", () => {
  const markdown = sources("lib/markdown");

  it("finds the files it checks", () => {
    expect(markdown.length).toBeGreaterThan(10);
    expect(importsOf("lib/site-markdown.ts")).toContain("site.config");
  });

  it.each(markdown)("%s reads no site configuration and imports no component", (file) => {
    const forbidden = importsOf(file).filter((i) => i === "site.config" || i === "lib/urls" || i === "lib/content/load" || i.startsWith("components/") || i.startsWith("app/"));
    expect(forbidden).toEqual([]);
  });

  it.each(sources("lib/export"))("%s does not import app/", (file) => {
    expect(importsOf(file).filter((i) => i.startsWith("app/"))).toEqual([]);
  });
});
