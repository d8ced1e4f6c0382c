// A rebuild after notes changed (files added, changed, renamed, deleted) gives exactly what a full
// build of the new notes gives: the same graph, search index and note texts, byte for byte, with
// the drawing of the build before kept for the nodes still there.

import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { NoteFile } from "../../lib/parse/types";
import type { CachedParse } from "../../lib/pipeline/parse-cache";
import { runPipeline, type PipelineResult } from "../../lib/pipeline/run-pipeline";
import { ROOT, vocabulary } from "../helpers/seed";

function folder(dir: string): NoteFile[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(md|txt)$/i.test(f) && statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => ({ file: f, bytes: readFileSync(path.join(dir, f)) }));
}

const positions = (r: PipelineResult) => new Map(r.graph.nodes.filter((n) => n.x !== undefined).map((n) => [n.id, { x: n.x!, y: n.y! }]));
const bytes = (r: PipelineResult) => JSON.stringify({ graph: r.graph, search: r.search, sources: r.sources });

/** Notes after a day of work: one changed, one added, one renamed, one deleted. */
function edited(files: NoteFile[]): NoteFile[] {
  const enc = new TextEncoder();
  const out = files.map((f) => ({ ...f }));
  const first = out[0]!;
  first.bytes = enc.encode(`${new TextDecoder().decode(first.bytes)}\nSQSとSNSの違い: SQSはプル型、SNSはプッシュ型\n`);
  out.push({ file: "added/new-note.md", bytes: enc.encode("# Amazon Kinesis\n\n- Kinesis Data Firehose delivers streams to S3.\n- Unlike SQS, Kinesis keeps records for replay.\n") });
  if (out.length > 3) {
    const renamed = out[1]!;
    out[1] = { file: `renamed-${renamed.file.replace(/\//g, "-")}`, bytes: renamed.bytes };
    out.splice(2, 1);
  }
  return out;
}

describe("a rebuild equals a full build", () => {
  const corpora: [string, string][] = [
    ["the seed notes", path.join(ROOT, "tests/fixtures/seed")],
    ["notes by other authors", path.join(ROOT, "tests/fixtures/other-authors")],
    ["an Obsidian vault", path.join(ROOT, "tests/fixtures/rules/vault")],
    ["notes on other subjects", path.join(ROOT, "tests/fixtures/other-subjects")],
  ];
  for (const [name, dir] of corpora) {
    it(name, () => {
      const before = folder(dir);
      expect(before.length).toBeGreaterThan(0);
      // The parse cache of a long-running watcher: filled by the first build, used by the second.
      const store = new Map<string, CachedParse>();
      const cache = { get: (k: string) => store.get(k), set: (k: string, v: CachedParse) => void store.set(k, v) };
      const first = runPipeline({ files: before, vocabulary: vocabulary(), cache });
      const after = edited(before);
      const rebuilt = runPipeline({ files: after, vocabulary: vocabulary(), cache, previousPositions: positions(first) });
      const full = runPipeline({ files: after, vocabulary: vocabulary(), previousPositions: positions(first) });
      expect(bytes(rebuilt)).toBe(bytes(full));
      // …and the drawing is kept: nodes of both builds stand where they stood (unless most of the
      // graph is new, when it is drawn afresh).
      const kept = positions(first);
      const staying = full.graph.nodes.filter((n) => kept.has(n.id));
      const moved = staying.filter((n) => kept.get(n.id)!.x !== n.x || kept.get(n.id)!.y !== n.y);
      if (staying.length >= full.graph.nodes.length * 0.7) expect(moved.map((n) => n.id)).toEqual([]);
      else expect(moved.length).toBeGreaterThan(0);
      // A newcomer goes beside what it is related to, not on top of another node.
      const fresh = full.graph.nodes.filter((n) => !kept.has(n.id));
      expect(fresh.length).toBeGreaterThan(0);
      const at = new Set(full.graph.nodes.map((n) => `${n.x},${n.y}`));
      expect(at.size).toBe(full.graph.nodes.length);
    });
  }
});
