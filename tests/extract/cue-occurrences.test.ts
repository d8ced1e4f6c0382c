// The cue finder against its definition, position by position: at each place in the sentence the
// longest cue that starts there and stands as a word (English) or as a word of its own (katakana)
// wins, and the search goes on after it. Sentences are made of the real cue lists' pieces, so cues,
// near-misses (for/or, download/load, ロードバランシング/ロード) and case variants meet often.

import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrences } from "../../lib/extract/rules/cues";

const cues = JSON.parse(readFileSync(path.join(__dirname, "../../vocab/language/cues.json"), "utf8"));
const LISTS: Record<string, string[]> = {
  between: cues.contrasts.between,
  integrates: cues.integrates,
  negation: cues.negation,
  alternative: cues.alternative,
  featureOf: cues.partOf.featureOf,
  olderMarker: cues.supersedes.olderMarker,
};

const lower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
const WORD = /[a-z0-9]/;
const KANA = /[\u30a1-\u30ff]/;

function byDefinition(text: string, list: string[]): [number, number, string][] {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const t = lower(text);
  const out: [number, number, string][] = [];
  for (let i = 0; i < t.length; ) {
    const hit = sorted.find((cue) => {
      const c = lower(cue);
      if (!c || !t.startsWith(c, i)) return false;
      const end = i + c.length;
      if (/^[a-z]/.test(c.trimStart()) && !/^\s/.test(cue) && WORD.test(t[i - 1] ?? "")) return false;
      if (/[a-z]$/.test(c.trimEnd()) && !/\s$/.test(cue) && WORD.test(t[end] ?? "")) return false;
      if (/^[\u30a1-\u30ff]/.test(c) && KANA.test(t[i - 1] ?? "")) return false;
      if (/[\u30a1-\u30ff]$/.test(c) && KANA.test(t[end] ?? "")) return false;
      return true;
    });
    if (hit) {
      out.push([i, i + lower(hit).length, hit]);
      i += lower(hit).length;
    } else i++;
  }
  return out;
}

describe("occurrences of cues", () => {
  for (const [name, list] of Object.entries(LISTS)) {
    it(`finds the ${name} cues as their definition does`, () => {
      const piece = fc.oneof(
        fc.constantFrom(...list),
        fc.constantFrom(...list).map((c) => c.toUpperCase()),
        fc.constantFrom(" ", "f", "s", "ed", "ー", "ロード", "バランシング", "SQS", "と", "は", "。", "(", "/"),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          const text = pieces.join("");
          expect(occurrences(text, list)).toEqual(byDefinition(text, list));
        }),
        { seed: 1202, numRuns: 400 },
      );
    });
  }

  it("keeps to whole English words and to katakana words of their own", () => {
    expect(occurrences("for download", ["or", "load"])).toEqual([]);
    expect(occurrences("A or B", ["or"])).toEqual([[2, 4, "or"]]);
    expect(occurrences("ロードバランシング", ["ロード"])).toEqual([]);
    expect(occurrences("SQS is NOT pub/sub", ["is not", "is NOT"])).toEqual([[4, 10, "is not"]]);
    expect(occurrences("anything", [])).toEqual([]);
  });
});
