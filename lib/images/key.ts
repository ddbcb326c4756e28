/**
 * What a compiled body depends on among the post's image files, for the
 * compile cache's key: each path the body may name, with the hash of the file
 * there (or why there is none). Read from the text, without parsing it. Only
 * files inside the content folder (by their real path) are read.
 */
import { imageAsset } from "./asset";
import { locateImageFile } from "./locate";
import { imagePathCandidates } from "./resolve";

export function imageKey(body: string, sourcePath: string | undefined, contentRoot: string): string {
  if (!sourcePath) return "";
  const candidates = imagePathCandidates(body);
  if (candidates.length === 0) return "";
  const parts = candidates.map((src) => {
    const found = locateImageFile(src, sourcePath, contentRoot);
    return `${src}=${"real" in found ? `${found.real}:${imageAsset(found.real).hash}` : found.message}`;
  });
  return parts.join("\n");
}
