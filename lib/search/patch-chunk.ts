/**
 * The postings of a run of posts after some of its posts changed, made from
 * the run's earlier postings without reading its other posts again: the
 * entries of the posts before and after the changed ones are kept (those after
 * renumbered), and the changed posts' postings, indexed afresh, go between them.
 * The result holds exactly what encodeChunk(indexChunk(run)) holds, keys
 * perhaps in another order, which the joined index files do not depend on.
 */
import { ByteReader, ByteWriter, uintLength } from "./bytes";

/** A stretch of one key's postings: posts `first`..`last` (numbered in the new run), bytes [start, end) of `source`. */
interface Segment {
  source: Uint8Array;
  count: number;
  first: number;
  last: number;
  /** Where the first post's payload starts (its gap is not part of the segment). */
  start: number;
  end: number;
}

/** A key holds one code point (its payload: count and zones) or two (count, then positions). */
function isSingle(key: string): boolean {
  const cp = key.codePointAt(0)!;
  return key.length === (cp > 0xffff ? 2 : 1);
}

/**
 * `old`: an encoded chunk (encodeChunk) of the earlier run. Its first `prefix`
 * and last `suffix` posts are unchanged; `fresh` is the encoded chunk of the
 * posts that now stand between them (any number, none for a deletion).
 */
export function patchChunk(old: Uint8Array, prefix: number, suffix: number, fresh: Uint8Array): Uint8Array {
  const r = new ByteReader(old);
  const oldDocs = r.uint();
  let positions = r.uint();
  const oldKeys = r.uint();
  if (prefix < 0 || suffix < 0 || prefix + suffix > oldDocs) throw new RangeError(`patchChunk: ${prefix} + ${suffix} kept posts of a run of ${oldDocs}`);
  const f = new ByteReader(fresh);
  const freshDocs = f.uint();
  positions += f.uint();
  const newDocs = prefix + freshDocs + suffix;
  const tailStart = oldDocs - suffix;
  const shift = newDocs - oldDocs;

  const freshByKey = new Map<string, Segment>();
  for (let n = f.uint(); n > 0; n--) {
    const key = f.string();
    const count = f.uint();
    const first = f.uint() + prefix;
    const last = f.uint() + prefix;
    const length = f.uint();
    freshByKey.set(key, { source: fresh, count, first, last, start: f.offset, end: f.offset + length });
    f.offset += length;
  }

  const body = new ByteWriter(old.length + fresh.length + 64);
  let keys = 0;
  const emit = (key: string, segments: Segment[]) => {
    if (segments.length === 0) return;
    let count = 0;
    let length = 0;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      count += s.count;
      length += s.end - s.start;
      if (i > 0) length += uintLength(s.first - segments[i - 1].last - 1);
    }
    body.string(key).uint(count).uint(segments[0].first).uint(segments[segments.length - 1].last).uint(length);
    segments.forEach((s, i) => {
      if (i > 0) body.uint(s.first - segments[i - 1].last - 1);
      body.copy(s.source, s.start, s.end - s.start);
    });
    keys++;
  };

  for (let n = oldKeys; n > 0; n--) {
    const key = r.string();
    const count = r.uint();
    const first = r.uint();
    const last = r.uint();
    const length = r.uint();
    const listStart = r.offset;
    const end = listStart + length;
    const segments: Segment[] = [];
    if (last < prefix) {
      segments.push({ source: old, count, first, last, start: listStart, end });
    } else if (first >= tailStart) {
      segments.push({ source: old, count, first: first + shift, last: last + shift, start: listStart, end });
    } else {
      // Some of the key's posts are among the changed ones: walk its entries.
      const single = isSingle(key);
      const before: Segment = { source: old, count: 0, first, last: first, start: listStart, end: listStart };
      const after: Segment = { source: old, count: 0, first: 0, last: 0, start: end, end };
      let doc = first;
      for (let k = 0; r.offset < end; k++) {
        if (k > 0) doc += r.uint() + 1;
        const payload = r.offset;
        let entryPositions = 0;
        if (single) r.uint();
        else for (let c = (entryPositions = r.uint()); c > 0; c--) r.uint();
        if (doc < prefix) {
          before.count++;
          before.last = doc;
          before.end = r.offset;
        } else if (doc >= tailStart) {
          if (after.count === 0) {
            after.first = doc + shift;
            after.start = payload;
          }
          after.count++;
          after.last = doc + shift;
        } else {
          positions -= entryPositions;
        }
      }
      if (before.count > 0) segments.push(before);
      const added = freshByKey.get(key);
      if (added) segments.push(added);
      if (after.count > 0) segments.push(after);
      freshByKey.delete(key);
      emit(key, segments);
      r.offset = end;
      continue;
    }
    // The key's posts are all kept; the changed posts may add to it.
    const added = freshByKey.get(key);
    if (added) {
      freshByKey.delete(key);
      if (last < prefix) segments.push(added);
      else segments.unshift(added);
    }
    emit(key, segments);
    r.offset = end;
  }
  for (const [key, segment] of freshByKey) emit(key, [segment]);

  const header = new ByteWriter(24).uint(newDocs).uint(positions).uint(keys).view();
  const out = new Uint8Array(header.length + body.length);
  out.set(header);
  out.set(body.view(), header.length);
  return out;
}
