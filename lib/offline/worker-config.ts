/**
 * The build's WorkerConfig for app/sw.js/route.ts. Server-only: the version is a
 * hash of what the site is made from (the worker's own code, every page script,
 * the stylesheet source, every file under the content folder), so a new build
 * with any change gets a new cache and the worker deletes the old ones.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { clientScriptFile, clientScriptNames } from "../client-scripts";
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
    .sort();
}

export function buildVersion(): string {
  const hash = createHash("sha256");
  for (const name of clientScriptNames()) hash.update(clientScriptFile(name)).update("\0");
  const root = path.resolve(/*turbopackIgnore: true*/ process.cwd());
  const content = contentDir();
  for (const file of [path.join(root, "app/globals.css"), ...filesUnder(content)]) {
    hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("base64url").slice(0, 16);
}

export function workerConfig(): WorkerConfig {
  return {
    version: buildVersion(),
    base: basePath,
    shell: [withBasePath("/"), withBasePath(offlineUrl()), withBasePath(manifestUrl()), ...appIconSizes.map((size) => withBasePath(appIconUrl(size)))],
    offlinePage: withBasePath(offlineUrl()),
  };
}
