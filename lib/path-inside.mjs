import path from "node:path";

/**
 * Whether `child` is `parent` or lies below it. Compares whole path segments:
 * `/srv/out-private` is not inside `/srv/out`, as a plain `startsWith` would say.
 */
export function isInside(parent, child) {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
