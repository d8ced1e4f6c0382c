// The banded, bounded distance against the textbook one: optimal string alignment over the whole
// table, compared with max. Strings from a small alphabet, so that near misses, transpositions and
// equal letters meet often; lengths past the reused rows' first size too.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "../../lib/text/edit-distance";

function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe("boundedEditDistance", () => {
  it("is the alignment distance when within max, max + 1 beyond", () => {
    const word = (max: number) => fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: max });
    fc.assert(
      fc.property(word(12), word(12), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(osaDistance(a, b), max + 1));
      }),
      { numRuns: 20_000 },
    );
  });

  it("handles names longer than its first rows", () => {
    const long = "amazonmanagedworkflowsforapacheairflowandsomemorewordstomakeitlongerthansixtyfour";
    expect(boundedEditDistance(long, long.replace("apache", "apahce"), 2)).toBe(1);
    expect(boundedEditDistance(long, `${long.slice(0, 40)}xyz${long.slice(43)}`, 2)).toBe(3);
    expect(boundedEditDistance("lamda", "lambda", 1)).toBe(1);
  });
});
