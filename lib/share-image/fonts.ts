/**
 * The font share images are drawn with: Noto Sans JP Bold (SIL Open Font
 * License), a full TrueType file from an npm package, so every build draws the
 * same glyphs with nothing downloaded. satori turns each character into a path,
 * so an image carries only the glyphs its own text uses — no font is embedded.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CARD_FONT_FAMILY } from "./card";
import { twemojiVersion } from "../emoji/twemoji";

const FONT_PACKAGE = "@expo-google-fonts/noto-sans-jp";
const FONT_FILE = "700Bold/NotoSansJP_700Bold.ttf";

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 700;
  style: "normal";
}

/** Resolves packages from the project, as Node would (hoisted or not), whichever bundle this code runs in. */
const projectRequire = () => createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json"));

/** The folder of an installed package, found from its entry file (not every package exports its package.json). */
function packageDir(name: string, entry = name): string {
  let dir = path.dirname(projectRequire().resolve(entry));
  while (!fs.existsSync(path.join(dir, "package.json")) || JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name !== name) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`lib/share-image: cannot find the package.json of ${name}`);
    dir = parent;
  }
  return dir;
}

const versionOf = (dir: string) => String(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version);

let fontDir: string | undefined;
const fontPackageDir = () => (fontDir ??= packageDir(FONT_PACKAGE, `${FONT_PACKAGE}/${FONT_FILE}`));

let identity: string | undefined;

/**
 * What the pixels of an image depend on besides its card: the font file and the
 * versions of the renderer and the rasterizer. Cheap: reads three package.json files.
 */
export function rendererIdentity(): string {
  return (identity ??= [
    `${FONT_PACKAGE}@${versionOf(fontPackageDir())}/${FONT_FILE}`,
    `satori@${versionOf(packageDir("satori"))}`,
    `sharp@${versionOf(packageDir("sharp"))}`,
    `@twemoji/svg@${twemojiVersion()}`,
  ].join(" "));
}

let fonts: CardFont[] | undefined;

/** The fonts for satori; one array for the process, so satori parses the font once. */
export function cardFonts(): CardFont[] {
  return (fonts ??= [{ name: CARD_FONT_FAMILY, data: fs.readFileSync(path.join(fontPackageDir(), FONT_FILE)), weight: 700, style: "normal" }]);
}
