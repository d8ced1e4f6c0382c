/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up as soon
 * as it must exceed `max`: then it returns max + 1. Typos in names are one or two such edits.
 *
 * Only the band of cells within `max` of the diagonal is computed (a cell farther out costs more
 * than `max` already), in rows reused from call to call: typo lookups ask this of every candidate
 * name of about the same length, tens of thousands of times in a build.
 */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prevPrev, prev, cur] = rows;
  const out = max + 1;
  // Row 0: j edits to make b's first j letters from nothing (out of the band: more than max).
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : out;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    // The cells just outside this row's band stand for "more than max".
    cur[from - 1] = from === 1 && i <= max ? i : out;
    if (to < n) cur[to + 1] = out;
    let rowMin = cur[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      if (v > out) v = out;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return out;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[n]!, out);
}

/** How many typos a name of this length may carry and still be recognised. */
export function typoAllowance(key: string): number {
  if (key.length < 5) return 0;
  if (key.length < 9) return 1;
  return 2;
}
