/**
 * A hash of everything a page's HTML is made from, without rendering it: the
 * element tree its page function returns (component names, props, nested
 * elements, the compiled body), its metadata, and a build key covering the code.
 * Components are presentational (they read nothing but their props — a unit
 * test holds components/ to that), so equal fingerprints mean equal HTML, and a
 * rebuild can skip rendering and writing the pages an edit did not touch.
 * Immutable content (lib/immutable.ts) is hashed once per process and then
 * stands in every page by its digest.
 */
import { createHash, type Hash } from "node:crypto";
import { isValidElement } from "react";
import { isImmutable } from "../immutable";

type Seen = Map<object, number>;

/**
 * Collects the tokens in a string and hands them to the hash in large pieces:
 * a page is thousands of small tokens, and each hash.update is a call into C++.
 */
class Sink {
  private text = "";
  constructor(private readonly hash: Hash) {}

  update(token: string): this {
    if (token.length > 4096) {
      // A body: hashed as it is, without copying it into the buffer.
      this.flush();
      this.hash.update(token);
      return this;
    }
    this.text += token;
    if (this.text.length > 1 << 16) this.flush();
    return this;
  }

  bytes(data: Uint8Array): void {
    this.flush();
    this.hash.update(data);
  }

  flush(): void {
    if (this.text) this.hash.update(this.text);
    this.text = "";
  }
}

function typeName(type: unknown): string {
  if (typeof type === "string") return type;
  if (typeof type === "function") return `ƒ${type.name}`;
  if (typeof type === "symbol") return String(type);
  if (type && typeof type === "object") {
    const t = type as { displayName?: string; $$typeof?: symbol; type?: unknown; render?: unknown };
    return `${String(t.$$typeof)}:${t.displayName ?? typeName(t.type ?? t.render)}`;
  }
  return String(type);
}

function feed(hash: Sink, value: unknown, seen: Seen): void {
  switch (typeof value) {
    case "string":
      hash.update(`s${value.length}:`).update(value);
      return;
    case "number":
    case "bigint":
    case "boolean":
      hash.update(`${(typeof value).charAt(0)}${String(value)};`);
      return;
    case "undefined":
      hash.update("u;");
      return;
    case "symbol":
      hash.update(`y${String(value)};`);
      return;
    // Behaviour is covered by the build key (the code); a closure's captured values
    // must be derivable from the route params or the other props.
    case "function":
      hash.update(`f${value.name};`);
      return;
  }
  if (value === null) {
    hash.update("n;");
    return;
  }
  const object = value as object;
  const ref = seen.get(object);
  if (ref !== undefined) {
    hash.update(`r${ref};`);
    return;
  }
  seen.set(object, seen.size);
  if (isImmutable(object)) {
    // Content shared by many pages (a summary in every list that shows it): hashed once per process.
    if (digesting.has(object)) {
      // A cycle through immutable objects: its content is hashed where the walk entered it.
      hash.update("c;");
      return;
    }
    let digest = digests.get(object);
    if (digest === undefined) digests.set(object, (digest = digestOf(object)));
    hash.update(`z${digest};`);
    return;
  }
  walkObject(hash, object, seen);
}

function walkObject(hash: Sink, object: object, seen: Seen): void {
  if (isValidElement(object)) {
    const element = object as { type: unknown; key: string | null; props: unknown };
    hash.update(`<${typeName(element.type)}#${element.key ?? ""}`);
    feed(hash, element.props, seen);
    hash.update(">");
  } else if (Array.isArray(object)) {
    hash.update(`[${object.length}`);
    for (const item of object) feed(hash, item, seen);
    hash.update("]");
  } else if (object instanceof Date) {
    hash.update(`d${object.getTime()};`);
  } else if (object instanceof URL) {
    hash.update(`l${object.href};`);
  } else if (object instanceof Map || object instanceof Set) {
    hash.update(`m${object.size}`);
    for (const entry of object) feed(hash, entry, seen);
  } else if (object instanceof Uint8Array) {
    hash.update(`b${object.length}:`).bytes(object);
  } else if (object instanceof Promise) {
    // A layout's `params`: the route's params, part of the key already.
    hash.update("p;");
  } else {
    // Keys in sorted order, and keys holding undefined as absent (as in JSON): a post
    // parsed afresh and the same post read back from the parse cache must fingerprint alike.
    const record = object as Record<string, unknown>;
    const keys = Object.keys(object)
      .filter((key) => record[key] !== undefined)
      .sort();
    hash.update(`{${keys.length}`);
    for (const key of keys) {
      hash.update(`k${key.length}:${key}`);
      feed(hash, record[key], seen);
    }
    hash.update("}");
  }
}

/** Digests of immutable objects (lib/immutable.ts), made on first use. */
const digests = new WeakMap<object, string>();

/** Immutable objects whose digest is being made (a cycle must not recurse). */
const digesting = new Set<object>();

/** An immutable object's own digest: the object walked, its immutable children by their digests. */
function digestOf(object: object): string {
  const hash = createHash("sha1");
  const sink = new Sink(hash);
  digesting.add(object);
  try {
    walkObject(sink, object, new Map([[object, 0]]));
  } finally {
    digesting.delete(object);
  }
  sink.flush();
  return hash.digest("hex");
}

/** The fingerprint of `parts` (build key, URL, metadata, element tree …), as hex. */
export function fingerprint(...parts: unknown[]): string {
  const hash = createHash("sha1");
  const sink = new Sink(hash);
  const seen: Seen = new Map();
  for (const part of parts) feed(sink, part, seen);
  sink.flush();
  return hash.digest("hex");
}
