#!/usr/bin/env node
/**
 * Writes the header files static hosts read from the published folder:
 * public/_headers (Netlify, Cloudflare Pages) and public/vercel.json (Vercel,
 * when out/ is deployed as a static site). Next copies public/ into out/.
 * Run after changing lib/security-headers.mjs; a unit test fails if they differ.
 */
import fs from "node:fs";
import path from "node:path";
import { netlifyHeadersFile, vercelJson } from "../lib/security-headers.mjs";

const publicDir = path.resolve(import.meta.dirname, "..", "public");
fs.writeFileSync(path.join(publicDir, "_headers"), netlifyHeadersFile());
fs.writeFileSync(path.join(publicDir, "vercel.json"), JSON.stringify(vercelJson(), null, 2) + "\n");
console.log("wrote public/_headers and public/vercel.json");
