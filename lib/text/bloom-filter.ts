// A set of strings that answers "maybe" or "certainly not" in a few bytes per string: what a
// sentence looked up while its names were found, kept between builds to tell which sentences a
// changed name can affect. A "maybe" that was not costs one sentence matched again, never a
// wrong answer.

const BITS_PER_ITEM = 16;
const HASHES = 3;

/** FNV-1a over UTF-16 code units. */
function hash(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A string's two hashes, worked out once to ask many filters about it. */
export type Probe = readonly [number, number];

export function probe(item: string): Probe {
  // (The second hash is the first stirred, not another pass over the string: Kirsch and
  // Mitzenmacher's double hashing needs two hashes that differ, not two independent passes.)
  const a = hash(item, 0x811c9dc5);
  return [a, (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) ^ (a >>> 12)) | 1];
}

/**
 * How many bits a filter spends per string and how many it sets: the default misses about one in
 * 200; `PRECISE` about one in a million, for a filter asked about hundreds of strings at once
 * (where one false "maybe" among them is likely at one in 200).
 */
export interface Precision {
  bitsPerItem: number;
  hashes: number;
}

export const PRECISE: Precision = { bitsPerItem: 64, hashes: 7 };

export class BloomFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  private readonly hashes: number;

  /** Sized for `items` strings; or the bits of one kept before (kept filters have the default precision). */
  constructor(items: number, bits?: Uint32Array, precision: Precision = { bitsPerItem: BITS_PER_ITEM, hashes: HASHES }) {
    this.hashes = precision.hashes;
    if (bits) {
      this.bits = bits;
      this.mask = bits.length * 32 - 1;
      return;
    }
    let size = 64;
    while (size < items * precision.bitsPerItem) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  static of(items: Iterable<string>, count: number, precision?: Precision): BloomFilter {
    const f = new BloomFilter(count, undefined, precision);
    for (const item of items) f.add(item);
    return f;
  }

  add(item: string): void {
    const [a, b] = probe(item);
    for (let i = 0; i < this.hashes; i++) {
      const bit = (a + i * b) & this.mask;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** False: certainly never added. True: probably added. */
  mayHave(item: string | Probe): boolean {
    const [a, b] = typeof item === "string" ? probe(item) : item;
    for (let i = 0; i < this.hashes; i++) {
      const bit = (a + i * b) & this.mask;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  get bytes(): number {
    return this.bits.byteLength;
  }

  /** The filter as text (for keeping it on disk: only filters of the default precision). */
  serialize(): string {
    return Buffer.from(this.bits.buffer, this.bits.byteOffset, this.bits.byteLength).toString("base64");
  }

  static deserialize(text: string): BloomFilter {
    const bytes = Buffer.from(text, "base64");
    const bits = new Uint32Array(bytes.byteLength / 4);
    new Uint8Array(bits.buffer).set(bytes);
    return new BloomFilter(0, bits);
  }
}
