/**
 * The site's framework-free browser scripts (lib/client/): which exist, the
 * URL each is served at, and how it is built. One mechanism for both
 * renderers: app/assets/[file]/route.ts serves each script under `next start`
 * and `next dev`, and the static exporter, which runs every route handler,
 * writes the same files into the export. A page declares the scripts it needs
 * with <EnhancementScript name=… /> (components/EnhancementScript.tsx).
 *
 * A script's file name carries a hash of its sources (the entry and every
 * module it imports), so its URL changes whenever its code does and the file
 * can be cached for good. The scripts import only the project's own modules:
 * that keeps them small, and it makes the hash cover everything they contain.
 * Server-only (reads the sources from disk, bundles with rolldown).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { withBasePath } from "./urls";
import { cacheKey, cachedBytes } from "./build-cache";

export const CLIENT_SCRIPTS = {
  /** Applies the reader's text size and writing direction before the first paint: a classic blocking script in <head>. */
  prefs: { entry: "lib/client/prefs-boot.ts", format: "iife" },
  /** The article page: progress, resume, text size, 縦書き, contents, share. */
  reader: { entry: "lib/client/reader.ts", format: "esm" },
  /** List pages: marks the cards of articles read to the end. */
  "read-marks": { entry: "lib/client/read-marks.ts", format: "esm" },
  /** Pages whose body has code: the コピー button of each code block. */
  "copy-code": { entry: "lib/client/copy-code.entry.ts", format: "esm" },
  /** The service worker: served at <base>/sw.js by app/sw.js/route.ts (a worker's scope is its URL's folder), not under /assets/. */
  sw: { entry: "lib/client/sw.ts", format: "iife" },
} as const;

/** The scripts pages load from /assets/ (all but the service worker). */
export const pageScriptNames = () => clientScriptNames().filter((name) => name !== "sw");

export type ClientScriptName = keyof typeof CLIENT_SCRIPTS;

export const clientScriptNames = () => Object.keys(CLIENT_SCRIPTS) as ClientScriptName[];

/** What the build output depends on besides the sources: bump it when the bundling options below change. */
const BUILD_OPTIONS = "rolldown minify browser v1";

const projectRoot = () => path.resolve(/*turbopackIgnore: true*/ process.cwd());

const IMPORT = /\b(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
const EXTENSIONS = [".ts", ".tsx", "/index.ts"];

function resolveImport(fromFile: string, specifier: string): string {
  if (!specifier.startsWith(".")) {
    throw new Error(
      `${path.relative(projectRoot(), fromFile)}: a browser script imports "${specifier}"; lib/client scripts import only the project's own modules (relative paths), to stay small and framework-free`,
    );
  }
  const base = path.resolve(path.dirname(fromFile), specifier);
  const found = [base, ...EXTENSIONS.map((ext) => base + ext)].find((f) => fs.statSync(f, { throwIfNoEntry: false })?.isFile());
  if (!found) throw new Error(`${path.relative(projectRoot(), fromFile)}: cannot find the module "${specifier}" it imports`);
  return found;
}

/** The entry and every module it imports, directly or not: absolute paths, sorted. */
export function sourceFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, "utf8");
    for (const [, from, dynamic] of code.matchAll(IMPORT)) visit(resolveImport(file, from ?? dynamic));
  };
  visit(path.resolve(projectRoot(), entry));
  return [...seen].sort();
}

// Production builds read the sources once per process; `next dev` every time, so an edit shows at once.
const memo = <T>(compute: (name: ClientScriptName) => T) => {
  const cache = new Map<ClientScriptName, T>();
  return (name: ClientScriptName): T => {
    if (process.env.NODE_ENV === "development") return compute(name);
    if (!cache.has(name)) cache.set(name, compute(name));
    return cache.get(name)!;
  };
};

/** `<name>.<hash>.js`: the hash covers the script's sources and how they are built. */
export const clientScriptFile = memo((name) => {
  const root = projectRoot();
  const hash = createHash("sha256").update(BUILD_OPTIONS).update(JSON.stringify(CLIENT_SCRIPTS[name]));
  for (const file of sourceFiles(CLIENT_SCRIPTS[name].entry)) hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file));
  return `${name}.${hash.digest("base64url").slice(0, 12)}.js`;
});

/** The URL a page loads the script from (with the site's base path). */
export const clientScriptUrl = (name: ClientScriptName) => withBasePath(`/assets/${clientScriptFile(name)}`);

/** The script a file name of clientScriptFile stands for, if it is one. */
export const clientScriptByFile = (file: string) => clientScriptNames().find((name) => clientScriptFile(name) === file);

const compiled = new Map<string, Promise<string>>();

/** The minified script. */
export function compileClientScript(name: ClientScriptName): Promise<string> {
  const file = clientScriptFile(name);
  let code = compiled.get(file);
  if (!code) {
    // The file name is a hash of the sources: a rebuild with the same sources reads the bundle from the build cache.
    code = cachedBytes(cacheKey("client-script", file), async () => new TextEncoder().encode(await bundle(name))).then((bytes) => new TextDecoder().decode(bytes));
    compiled.set(file, code);
    code.catch(() => compiled.delete(file));
  }
  return code;
}

async function bundle(name: ClientScriptName): Promise<string> {
  const { entry, format } = CLIENT_SCRIPTS[name];
  const root = projectRoot();
  const sources = new Set(sourceFiles(entry));
  const { rolldown } = await import("rolldown");
  const build = await rolldown({ input: path.join(root, entry), platform: "browser", logLevel: "warn" });
  try {
    const { output } = await build.generate({ format, minify: true, codeSplitting: false });
    const chunks = output.filter((o) => o.type === "chunk");
    if (chunks.length !== 1) throw new Error(`${entry}: bundled into ${chunks.length} files; a client script must be one file`);
    const [chunk] = chunks;
    // The hash in the file name is made from `sources`: the bundle must contain nothing else.
    const outside = chunk.moduleIds.filter((id) => !sources.has(path.resolve(id)));
    if (outside.length > 0) throw new Error(`${entry}: the bundle contains modules its file name does not account for: ${outside.join(", ")}`);
    const leftover = /\bprocess\.env\.(\w+)/.exec(chunk.code);
    if (leftover) throw new Error(`${entry}: browser code reads process.env.${leftover[1]}, which no browser has`);
    return chunk.code;
  } finally {
    await build.close();
  }
}
