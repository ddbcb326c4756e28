/**
 * KaTeX's stylesheet and fonts, served by the site itself from the installed
 * `katex` package (no CDN): app/katex/[file]/route.ts serves them under
 * `next start` and the static exporter writes them as files. Only pages with
 * math link the stylesheet (components/KatexStylesheet.tsx).
 *
 * The stylesheet and the fonts sit in one folder, `/katex/`: the stylesheet's
 * `url(fonts/…)` become `url(…)`, and only the woff2 fonts are kept (every
 * browser yomu supports reads woff2).
 */
import fs from "node:fs";
import path from "node:path";
import katex from "katex";

export const KATEX_STYLESHEET = "katex.min.css";

/** The installed package's files, found from the project folder: Turbopack must not try to bundle the stylesheet. */
const dist = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "katex", "dist");

/** KaTeX's stylesheet with its fonts next to it, woff2 only. */
export function katexStylesheet(css: string): string {
  return css
    .replace(/url\(fonts\/([\w-]+\.woff2)\)/g, "url($1)")
    .replace(/,\s*url\(fonts\/[\w-]+\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, "");
}

/** The files of `/katex/`: the stylesheet and every woff2 font it names. */
export function katexFiles(): string[] {
  const fonts = fs.readdirSync(path.join(dist(), "fonts")).filter((f) => f.endsWith(".woff2"));
  return [KATEX_STYLESHEET, ...fonts.sort()];
}

export function katexFile(name: string): { body: Uint8Array; contentType: string } | undefined {
  if (name === KATEX_STYLESHEET) {
    return { body: new TextEncoder().encode(katexStylesheet(fs.readFileSync(path.join(dist(), KATEX_STYLESHEET), "utf8"))), contentType: "text/css; charset=utf-8" };
  }
  if (!/^KaTeX_[\w-]+\.woff2$/.test(name)) return undefined;
  const file = path.join(dist(), "fonts", name);
  return fs.existsSync(file) ? { body: new Uint8Array(fs.readFileSync(file)), contentType: "font/woff2" } : undefined;
}

/** The stylesheet's URL path, versioned so that a KaTeX upgrade reaches every cache. */
export const katexStylesheetPath = () => `/katex/${KATEX_STYLESHEET}?v=${katex.version}`;
