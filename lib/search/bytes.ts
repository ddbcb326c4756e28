/** Unsigned LEB128 varints: the compact integers of the index files. */

export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(capacity = 64) {
    this.buf = new Uint8Array(capacity);
  }

  private ensure(extra: number) {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  uint(value: number): this {
    if (this.length + 8 > this.buf.length) this.ensure(8);
    if (value >= 0 && value < 0x80000000 && (value | 0) === value) {
      let v = value;
      while (v >= 0x80) {
        this.buf[this.length++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      this.buf[this.length++] = v;
      return this;
    }
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.ensure(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** `length` bytes of `source` from `start`, without making a view of them (small copies are most). */
  copy(source: Uint8Array, start: number, length: number): this {
    this.ensure(length);
    if (length > 64) this.buf.set(source.subarray(start, start + length), this.length);
    else for (let i = 0; i < length; i++) this.buf[this.length + i] = source[start + i];
    this.length += length;
    return this;
  }

  /** A length-prefixed UTF-8 string. */
  string(text: string): this {
    const data = encoder.encode(text);
    return this.uint(data.length).bytes(data);
  }

  /** The bytes written so far, without copying (valid until the next write). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/** Bytes a varint of `value` takes. */
export function uintLength(value: number): number {
  let n = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) n++;
  return n;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class ByteReader {
  offset = 0;
  constructor(private readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.buf.length;
  }

  uint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.buf.length) throw new RangeError("truncated varint");
      const byte = this.buf[this.offset++];
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 0x80;
    }
  }

  bytes(length: number): Uint8Array {
    if (this.offset + length > this.buf.length) throw new RangeError("truncated data");
    const out = this.buf.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  string(): string {
    return decoder.decode(this.bytes(this.uint()));
  }

  /** A count, then that many [name, length, bytes] entries (bucket files, packed index files). */
  namedBytes(): Map<string, Uint8Array> {
    const entries = new Map<string, Uint8Array>();
    for (let n = this.uint(); n > 0; n--) {
      const name = this.string();
      entries.set(name, this.bytes(this.uint()));
    }
    return entries;
  }
}
