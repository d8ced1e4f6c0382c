import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SubstringSet } from "../../lib/text/substring-set";

describe("SubstringSet", () => {
  it("answers as String.includes does for each of its strings", () => {
    // Small alphabets (kana and Latin, and a character of two UTF-16 units), so strings often do
    // occur in the texts.
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "ア", "イ", "ー", "😀"), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), fc.array(text, { maxLength: 10 }), (names, texts) => {
        const set = new SubstringSet();
        for (const n of names) set.add(n);
        for (const t of texts) expect(set.occursIn(t)).toBe(names.some((n) => n !== "" && t.includes(n)));
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });

  it("finds a name added after it was first asked", () => {
    const set = new SubstringSet();
    set.add("sqs");
    expect(set.occursIn("amazonsnsとamazonsqsの違い")).toBe(true);
    expect(set.occursIn("kinesis")).toBe(false);
    set.add("kinesis");
    expect(set.occursIn("kinesisdatastreams")).toBe(true);
  });
});
