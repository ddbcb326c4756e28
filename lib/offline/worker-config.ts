/**
 * The build's WorkerConfig for app/sw.js/route.ts. Server-only: the version is a
 * hash of what the site is made from (the worker's own code, every page script,
 * the stylesheet source, every file under the content folder), so a new build
 * with any change gets a new cache and the worker deletes the old ones. A
 * rebuild reads again only the files whose size or times changed.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readCacheFile, writeCacheFile } from "../build-cache";
import { clientScriptFile, clientScriptNames, compileClientScript, pageScriptNames } from "../client-scripts";
import { KATEX_STYLESHEET, katexFile } from "../katex-assets";
import { contentSecurityPolicy } from "../security-headers.mjs";
import { siteConfig } from "../../site.config";
import { contentDir } from "../content/load";
import { basePath, withBasePath } from "../urls";
import type { WorkerConfig } from "./cache-plan";
import { appIconSizes, appIconUrl, manifestUrl, offlineUrl } from "./urls";

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    // A Zenn or Qiita repository as the content folder: its git data and installed packages are not content.
    .filter((file) => !/(^|[\\/])(\.git|node_modules)([\\/]|$)/.test(path.relative(dir, file)))
    .sort();
}

/** Each file's hash as the last build saw it, with the size and times it had then. */
type KnownHashes = Record<string, [size: number, mtimeMs: number, ctimeMs: number, hash: string]>;
const KNOWN_HASHES = "sw-file-hashes.json";

/**
 * The hash of each file's bytes. A file whose size and times are those the last
 * build recorded is not read again (the build cache keeps them; without it,
 * every file is read).
 */
function fileHashes(files: string[]): string[] {
  const known = readCacheFile<KnownHashes>(KNOWN_HASHES) ?? {};
  const seen: KnownHashes = {};
  let changed = false;
  const hashes = files.map((file) => {
    const stat = fs.statSync(file);
    const was = known[file];
    if (was && was[0] === stat.size && was[1] === stat.mtimeMs && was[2] === stat.ctimeMs) {
      seen[file] = was;
      return was[3];
    }
    changed = true;
    const hash = createHash("sha256").update(fs.readFileSync(file)).digest("base64url");
    seen[file] = [stat.size, stat.mtimeMs, stat.ctimeMs, hash];
    return hash;
  });
  if (changed || Object.keys(known).length !== files.length) writeCacheFile(KNOWN_HASHES, seen);
  return hashes;
}

export function buildVersion(): string {
  const hash = createHash("sha256");
  for (const name of clientScriptNames()) hash.update(clientScriptFile(name)).update("\0");
  const root = path.resolve(/*turbopackIgnore: true*/ process.cwd());
  const files = [path.join(root, "app/globals.css"), ...filesUnder(contentDir())];
  const hashes = fileHashes(files);
  files.forEach((file, i) => hash.update(path.relative(root, file)).update("\0").update(hashes[i]).update("\0"));
  return hash.digest("base64url").slice(0, 16);
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("base64");

/** The digest of every script pages load and of KaTeX's stylesheet, by URL path, as the worker checks them. */
export async function assetDigests(): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const name of pageScriptNames()) digests[withBasePath(`/assets/${clientScriptFile(name)}`)] = sha256(await compileClientScript(name));
  const katex = katexFile(KATEX_STYLESHEET);
  if (katex) digests[withBasePath(`/katex/${KATEX_STYLESHEET}`)] = sha256(katex.body);
  return digests;
}

export async function workerConfig(): Promise<WorkerConfig> {
  return {
    version: buildVersion(),
    base: basePath,
    shell: [withBasePath("/"), withBasePath(offlineUrl()), withBasePath(manifestUrl()), ...appIconSizes.map((size) => withBasePath(appIconUrl(size)))],
    offlinePage: withBasePath(offlineUrl()),
    digests: await assetDigests(),
    offlinePolicy: contentSecurityPolicy({ staticExport: true, embedHosts: siteConfig.embedHosts }),
  };
}
