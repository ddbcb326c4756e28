/**
 * Values that never change once made: the content index's posts, summaries and
 * terms. `deepFreeze` freezes a value and everything in it and registers each
 * object, so that code which tries to change one fails loudly, and readers may
 * rely on it — the exporter's fingerprints (lib/export/fingerprint.ts) hash a
 * registered object once per process instead of once per page that shows it.
 */
const registered = new WeakSet<object>();

export function deepFreeze<T>(value: T): T {
  freeze(value);
  return value;
}

const visiting = new WeakSet<object>();

/** Freezes `value` and what it holds; true when all of it is immutable (registered or primitive). */
function freeze(value: unknown): boolean {
  if (value === null || typeof value !== "object") return typeof value !== "function";
  if (registered.has(value) || visiting.has(value)) return true;
  // Only plain objects and arrays: a frozen Map, Set, Date or typed array can still change its contents.
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  let all = true;
  visiting.add(value);
  // A property read by a getter (a post's body, read from its file) gives a new value each time: nothing to freeze.
  for (const { value: child, get } of Object.values(Object.getOwnPropertyDescriptors(value))) if (!get) all = freeze(child) && all;
  visiting.delete(value);
  Object.freeze(value);
  // What holds something changeable is frozen, but not registered: its digest could go stale.
  if (all) registered.add(value);
  return all;
}

/** True for an object deepFreeze froze with everything in it. */
export function isImmutable(value: object): boolean {
  return registered.has(value);
}
