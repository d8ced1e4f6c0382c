import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { SearchIndexer, searchPayloadFromGraph } from "../../lib/search/graph-search";
import { contentParts, DEFAULT_PART_SIZES } from "../../lib/store/content-parts";
import { lexicon, SEED_TXT, vocabulary } from "../helpers/seed";

const newChars = (before: string[], after: string[]) => {
  const had = new Set(before);
  return after.filter((p) => !had.has(p)).reduce((n, p) => n + p.length, 0);
};

describe("content-defined parts", () => {
  const seed = readFileSync(SEED_TXT, "utf8");

  it("give the text back joined, each within its sizes, and never split a character", () => {
    const astral = "😀 ALIASレコード 𩸽 ".repeat(20_000);
    for (const text of [seed, astral, "x".repeat(100_000), "", "short"]) {
      const parts = contentParts(text);
      expect(parts.join("")).toBe(text);
      parts.forEach((p, i) => {
        expect(p.length).toBeLessThanOrEqual(DEFAULT_PART_SIZES.max + 1);
        if (i < parts.length - 1) expect(p.length).toBeGreaterThanOrEqual(DEFAULT_PART_SIZES.min);
        // UTF-8 of each part alone decodes to the part: no half of a surrogate pair at either end.
        expect(Buffer.from(p).toString("utf8")).toBe(p);
      });
    }
  });

  it("change around an edit only: a sentence added to the seed notes changes one or two parts", () => {
    const at = seed.indexOf("\n", seed.length / 2);
    const edited = `${seed.slice(0, at)}\nSQS はメッセージを最大 14 日保持できる。${seed.slice(at)}`;
    // (Parts of a few hundred characters: the seed is some 20,000.)
    const small = { min: 256, bits: 8, max: 4096 };
    const before = contentParts(seed, small);
    const after = contentParts(edited, small);
    expect(before.length).toBeGreaterThan(5);
    expect(after.filter((p) => !before.includes(p)).length).toBeLessThanOrEqual(2);
  });

  it("keep most of the watcher's search index when a note gains a line about things it names already", () => {
    const build = (text: string) => runPipeline({ files: [{ file: "aws-notes.txt", bytes: Buffer.from(text) }], vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon()).graph;
    const indexer = new SearchIndexer();
    const before = build(seed);
    const at = seed.indexOf("\n", seed.indexOf("SQS"));
    const after = build(`${seed.slice(0, at)}\nSQS のメッセージは SNS からも送れる。${seed.slice(at)}`);
    // (A line that adds a node renumbers the names index after it: most of that part is new.)
    expect(after.nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
    const first = JSON.stringify(indexer.index(searchPayloadFromGraph(before, vocabulary().glossary)));
    const second = JSON.stringify(indexer.index(searchPayloadFromGraph(after, vocabulary().glossary)));
    expect(second).not.toBe(first);
    const small = { min: 512, bits: 10, max: 8192 };
    expect(newChars(contentParts(first, small), contentParts(second, small))).toBeLessThan(second.length / 10);
  });
});
