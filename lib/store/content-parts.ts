// Content-defined parts of a long text, so that two versions of it share the parts an edit did not
// reach. A part ends where a rolling hash of the last 32 characters hits a pattern (a "gear" hash,
// as in FastCDC), not at fixed offsets: a character added near the start moves no later boundary.
// The watcher's search index is 4 MB of JSON on aws-study, and one save changes about 100 KB of it
// (the texts and docs its edit touched); stored in these parts, a rebuild writes those and copies
// the rest inside the database.

export interface PartSizes {
  /** No part is shorter (but the last). */
  min: number;
  /** A boundary is one chance in 2^bits past `min`: parts average about min + 2^bits characters. */
  bits: number;
  /** No part is longer. */
  max: number;
}

export const DEFAULT_PART_SIZES: PartSizes = { min: 2048, bits: 13, max: 32768 };

/** 256 fixed pseudo-random words (xorshift32 from a fixed seed): the same boundaries in every process. */
const GEAR = (() => {
  const table = new Int32Array(256);
  let s = 0x9e3779b9 | 0;
  for (let i = 0; i < 256; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    table[i] = s;
  }
  return table;
})();

/** Splits `text` into parts that joined give it back; none ends between the halves of a surrogate pair. */
export function contentParts(text: string, sizes: PartSizes = DEFAULT_PART_SIZES): string[] {
  const parts: string[] = [];
  // The hash's top bits depend on the last 32 characters only (each step shifts it left by one).
  const mask = (~0 << (32 - sizes.bits)) | 0;
  let start = 0;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    hash = ((hash << 1) + GEAR[(c ^ (c >>> 8)) & 255]!) | 0;
    const length = i + 1 - start;
    if ((length >= sizes.min && (hash & mask) === 0) || length >= sizes.max) {
      // (A high surrogate stays with its low half.)
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) continue;
      parts.push(text.slice(start, i + 1));
      start = i + 1;
      hash = 0;
    }
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}
