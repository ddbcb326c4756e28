#!/usr/bin/env node
/**
 * Entry point of `npm run content:check`: runs scripts/content-check.ts as one
 * bundle (rolldown, node_modules left external), kept in .next/cache/yomu-check
 * under a hash of the sources it is made from. The bundle loads only what the
 * check uses (no syntax highlighter, no MDX compiler unless an .mdx post needs
 * it), and a second run loads the kept file without reading TypeScript again.
 * Where the bundle cannot be made, jiti runs the TypeScript as it is.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const ENTRY = path.join(root, "scripts/content-check.ts");
const SOURCES = ["lib", "components", "scripts/content-check.ts", "site.config.ts", "tsconfig.json", "package-lock.json"];

function sourceHash() {
  const hash = createHash("sha1").update(process.version);
  const add = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(file).sort()) add(path.join(file, name));
    else if (/\.(tsx?|mts|mjs|json)$/.test(file) && !/\.test\.tsx?$/.test(file)) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  };
  for (const source of SOURCES) add(path.join(root, source));
  return hash.digest("hex").slice(0, 16);
}

async function bundled() {
  const dir = path.join(root, ".next/cache/yomu-check");
  const file = path.join(dir, `content-check-${sourceHash()}.mjs`);
  if (fs.existsSync(file)) return file;
  const { rolldown } = await import("rolldown");
  const bundle = await rolldown({
    input: ENTRY,
    platform: "node",
    tsconfig: path.join(root, "tsconfig.json"),
    transform: { jsx: { runtime: "automatic" } },
    external: (id) => !id.startsWith(".") && !path.isAbsolute(id) && !id.startsWith("\0"),
    onLog: (level, log, handler) => {
      if (log.code !== "MODULE_LEVEL_DIRECTIVE") handler(level, log);
    },
  });
  fs.mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: two checks started at once never load half a file. Older bundles go.
  const tmp = `${file}.${process.pid}.tmp`;
  await bundle.write({ file: tmp, format: "esm" });
  await bundle.close();
  fs.renameSync(tmp, file);
  for (const old of fs.readdirSync(dir)) if (old !== path.basename(file) && old.startsWith("content-check-")) fs.rmSync(path.join(dir, old), { force: true });
  return file;
}

let file;
try {
  file = await bundled();
} catch {
  file = undefined;
}
if (file) await import(pathToFileURL(file).href);
else {
  const { createJiti } = await import("jiti");
  await createJiti(import.meta.url, { jsx: { runtime: "automatic" } }).import(ENTRY);
}
