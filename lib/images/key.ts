/**
 * What a compiled body depends on among the post's image files, for the
 * compile cache's key: each path the body may name, with the hash of the file
 * there (or its absence). Read from the text, without parsing it. (The content
 * folder, which decides whether a path is allowed, is in the configuration's part of the key.)
 */
import fs from "node:fs";
import { imageAsset } from "./asset";
import { imagePathCandidates, resolveImagePath } from "./resolve";

export function imageKey(body: string, sourcePath: string | undefined): string {
  if (!sourcePath) return "";
  const candidates = imagePathCandidates(body);
  if (candidates.length === 0) return "";
  const parts = candidates.map((src) => {
    const file = resolveImagePath(src, sourcePath);
    const isFile = fs.statSync(file, { throwIfNoEntry: false })?.isFile();
    return `${src}=${file}:${isFile ? imageAsset(file).hash : "missing"}`;
  });
  return parts.join("\n");
}
