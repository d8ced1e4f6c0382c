// The filter never forgets what was added, answers "maybe" for few strings it never saw, and reads
// back from text the same.

import { describe, expect, it } from "vitest";
import { BloomFilter } from "../../lib/text/bloom-filter";

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}キュー`);

describe("BloomFilter", () => {
  it("has everything added, and few false maybes", () => {
    for (const n of [1, 10, 150, 3000]) {
      const added = words("name", n);
      const f = BloomFilter.of(added, n);
      expect(added.every((w) => f.mayHave(w))).toBe(true);
      const others = words("other", 20_000);
      const falseMaybes = others.filter((w) => f.mayHave(w)).length;
      expect(falseMaybes / others.length).toBeLessThan(0.02);
    }
  });

  it("reads back from text the same", () => {
    const added = words("sqs", 500);
    const f = BloomFilter.of(added, added.length);
    const back = BloomFilter.deserialize(f.serialize());
    const probes = [...added, ...words("sns", 5000)];
    expect(probes.map((w) => back.mayHave(w))).toEqual(probes.map((w) => f.mayHave(w)));
  });
});
