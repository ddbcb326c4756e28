/**
 * The site's stylesheet for the static exporter: the layouts' CSS through the
 * project's own PostCSS config (Tailwind), minified, with a content-hashed name.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postcss from "postcss";

const root = path.resolve(import.meta.dirname, "../..");

/** Builds `sources` (CSS files) into one stylesheet in `dir`; returns its file name. */
export async function buildCss(sources, dir) {
  const { default: config } = await import(path.join(root, "postcss.config.mjs"));
  const plugins = await Promise.all(
    Object.entries(config.plugins ?? {}).map(async ([name, options]) => {
      const { default: plugin } = await import(name);
      return plugin(name === "@tailwindcss/postcss" ? { base: root, optimize: { minify: true }, ...options } : options);
    }),
  );
  const parts = [];
  for (const file of sources) {
    const result = await postcss(plugins).process(fs.readFileSync(file, "utf8"), { from: file });
    parts.push(result.css);
  }
  const css = parts.join("\n");
  const name = `site.${createHash("sha256").update(css).digest("base64url").slice(0, 12)}.css`;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), css);
  return name;
}
