/**
 * Emoji drawn from Twemoji's SVG files (the npm package @twemoji/svg; graphics
 * CC-BY 4.0), so that a Zenn article's emoji looks the same on every reader's
 * system and on share images, never as an empty box: pages show the file
 * (app/emoji/[file]/route.ts), satori draws it into share images.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { twemojiName } from "./name";

const PACKAGE = "@twemoji/svg";

let dir: string | undefined;
const packageDir = () =>
  (dir ??= path.dirname(createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json")).resolve(`${PACKAGE}/package.json`)));

/** The package's version, for caches of what is drawn with it. */
export const twemojiVersion = (): string => String(JSON.parse(fs.readFileSync(path.join(packageDir(), "package.json"), "utf8")).version);

/** The Twemoji file of one emoji (`📘` → `1f4d8.svg`), if the package has one (./name.ts names it). */
export function emojiFile(emoji: string): string | undefined {
  if (!emoji.trim()) return undefined;
  const file = `${twemojiName(emoji)}.svg`;
  return fs.existsSync(path.join(packageDir(), file)) ? file : undefined;
}

/** The SVG text of a file `emojiFile` named; undefined for any other name. */
export function emojiSvg(file: string): string | undefined {
  if (!/^[0-9a-f]+(-[0-9a-f]+)*\.svg$/.test(file)) return undefined;
  try {
    return fs.readFileSync(path.join(packageDir(), file), "utf8");
  } catch {
    return undefined;
  }
}

/** The emoji as a data URI (what satori draws for an emoji), if Twemoji has it. */
export function emojiDataUri(emoji: string): string | undefined {
  const file = emojiFile(emoji);
  const svg = file && emojiSvg(file);
  return svg ? `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` : undefined;
}
