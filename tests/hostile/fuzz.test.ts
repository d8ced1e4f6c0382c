// Property tests of parse → extract → search over arbitrary bytes, arbitrary Unicode and
// note-shaped text made of the pieces the extractor reacts to. Seeded and bounded, so a failure
// reproduces: fast-check prints the seed and the shrunk input.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { parseNote } from "../../lib/parse/parse-note";
import { MAX_LINE_LENGTH } from "../../lib/parse/limits";
import { GraphSearch, searchPayloadFromGraph } from "../../lib/search/graph-search";
import { lexicon, vocabulary } from "../helpers/seed";

const SEED = 20261202;
const encoder = new TextEncoder();

/** Pieces notes are made of, and that the parser and extractor react to. */
const PIECES = [
  "SQS", "SNS", "Lambda", "Amazon S3", "CloudFront", "VPC", "EC2", "DynamoDB", "キュー", "標準キュー", "FIFOキュー", "ゲートウェイ型",
  "は", "が", "と", "の違い", "より", "ではなく", "代用可", "(旧", ")", "（", "）", "「", "」", "vs", " vs. ", "Unlike ", "instead of",
  "replaces", "formerly", "→", "、", "。", ". ", ":", "：", " - ", "|", "[[", "]]", "[[A|B]]", "# ", "## ", "\n", "\n\n", "- ", "・",
  "1. ", "> ", "> [!note]", ":::message", ":::", "<!--", "-->", "<b>", "```", "---\n", "title: ", "aliases: [", "up: ", "\t", " ",
  "😀", "🚀 ", "ﬁ", "Ａ", "ｱ", "\u200b", "\u202e", "\ufeff", "\u0000", "\r\n", "\\", "%", "&amp;", "javascript:", "\ud800",
];

const noteText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((xs) => xs.join(""));

function assertWarningsNameTheirFile(warnings: { file: string; line?: number; message: string }[], file: string, lines: number) {
  for (const w of warnings) {
    expect(w.file).toBe(file);
    expect(w.message.length).toBeGreaterThan(0);
    if (w.line !== undefined) {
      expect(w.line).toBeGreaterThanOrEqual(1);
      expect(w.line).toBeLessThanOrEqual(lines + 1);
    }
  }
}

describe("hostile notes: parsing", () => {
  it("reads any bytes without throwing: a note, or warnings that name the file", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom("a.md", "b.txt"), (bytes, file) => {
        const r = parseNote(lexicon(), { file, bytes });
        const lines = bytes.filter((b) => b === 0x0a).length + 1;
        assertWarningsNameTheirFile(r.warnings, file, lines);
        if (!r.note) expect(r.warnings.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it("reads any Unicode (lone surrogates included) without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.constantFrom("a.md", "b.txt"), (text, file) => {
        const r = parseNote(lexicon(), { file, bytes: encoder.encode(text) });
        assertWarningsNameTheirFile(r.warnings, file, text.split("\n").length);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("hostile notes: the whole pipeline", () => {
  it("builds a graph from note-shaped nonsense, and search over it answers any query", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(noteText, fc.constantFrom("md", "txt")), { minLength: 1, maxLength: 3 }), fc.array(fc.oneof(noteText, fc.string({ maxLength: 30 })), { maxLength: 4 }), (notes, queries) => {
        const files = notes.map(([text, ext], i) => ({ file: `n${i}.${ext}`, bytes: encoder.encode(text) }));
        const { graph, summary } = runPipeline({ files, vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon());
        for (const w of summary.warnings) expect(files.map((f) => f.file)).toContain(w.file);
        // Every edge joins two nodes and quotes a line of the notes.
        const ids = new Set(graph.nodes.map((n) => n.id));
        for (const e of graph.edges) {
          expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
          expect(files.map((f) => f.file)).toContain(e.evidence.file);
        }
        const search = new GraphSearch(searchPayloadFromGraph(graph, vocabulary().glossary));
        for (const q of queries) {
          const r = search.search(q, { limit: 5 });
          expect(r.results.length).toBeLessThanOrEqual(5);
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
  });
});

describe("hostile notes: cost grows with the input, not its square", () => {
  const seedFiles = () => [{ file: "aws-notes.md", bytes: encoder.encode("# SQS\n\nSQSはキューイングサービス。\n") }];
  function indexBytes(extra: string): number {
    const files = [...seedFiles(), { file: "long.md", bytes: encoder.encode(extra) }];
    const { search } = runPipeline({ files, vocabulary: vocabulary(), layout: false }, lexicon());
    return JSON.stringify(search).length;
  }

  it("a very long word in a heading, a front-matter alias and a line costs a bounded index", () => {
    for (const make of [
      (n: number) => `# ${"q".repeat(n)}\n\nSQS text\n`,
      (n: number) => `---\ntitle: Long\naliases: ["${"z".repeat(n)}"]\n---\n\nbody SQS\n`,
      (n: number) => `# Words\n\n${"キ".repeat(n)}\n`,
      (n: number) => `# Words\n\n${"word ".repeat(n / 5)}\n`,
    ]) {
      const small = indexBytes(make(2_000));
      const large = indexBytes(make(20_000));
      // Ten times the input may cost at most ten times the index (it is usually far less: cuts).
      expect(large).toBeLessThan(small * 10 + 50_000);
    }
  });

  it("cuts an overlong line once, with one warning naming the file and line", () => {
    const text = `first\n${"a".repeat(MAX_LINE_LENGTH + 5_000)}\n${"b".repeat(MAX_LINE_LENGTH + 1)}\nlast\n`;
    const r = parseNote(lexicon(), { file: "long.md", bytes: encoder.encode(text) });
    const cuts = r.warnings.filter((w) => /longer than|characters long/.test(w.message));
    expect(cuts).toEqual([{ file: "long.md", line: 2, message: expect.stringContaining("2 lines are longer than 20,000 characters") }]);
    expect(Math.max(...r.note!.lines.map((l) => l.text.length))).toBeLessThanOrEqual(MAX_LINE_LENGTH);
  });

  it("reads a heading of ten thousand kana without overflowing the stack, and names nothing after it", () => {
    const { graph, summary } = runPipeline({ files: [{ file: "kana.md", bytes: encoder.encode(`# ${"あ".repeat(10_000)}\n\nAWSのSQSはキュー。\n`) }], vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon());
    expect(summary.warnings).toEqual([expect.objectContaining({ file: "kana.md", line: 1, message: expect.stringContaining("heading is 10,000 characters long") })]);
    // (Two hundred kana are no name: the heading is words of the note, not a node.)
    for (const n of graph.nodes) {
      expect(n.label.length).toBeLessThanOrEqual(201);
      expect(n.id.length).toBeLessThanOrEqual(90);
    }
    expect(graph.nodes.map((n) => n.id)).toContain("sqs");
  });
});
