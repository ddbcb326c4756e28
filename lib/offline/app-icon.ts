/** The installed app's icons: app/icon.svg drawn as square PNGs (server-only, sharp). */
import fs from "node:fs";
import path from "node:path";
import { cacheKey, cachedBytes } from "../build-cache";

/** Drawn once per icon and size: kept in the build cache, keyed by the SVG's bytes. */
export async function appIconPng(size: number): Promise<Uint8Array> {
  const svg = fs.readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), "app/icon.svg"));
  return cachedBytes(cacheKey("app-icon", String(size), svg.toString("base64")), async () => {
    const { default: sharp } = await import("sharp");
    // The SVG is 64 units wide: draw it at the target density instead of scaling a small bitmap up.
    return new Uint8Array(await sharp(svg, { density: Math.ceil((72 * size) / 64) }).resize(size, size).png().toBuffer());
  });
}
