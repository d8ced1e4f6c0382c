// Edges judged by reading their evidence in context: random samples of the graphs of the seed
// notes and of two public collections by other authors, plus edges an earlier extraction drew
// wrongly. Right ones must still be drawn; wrong ones must stay absent. The two public
// collections are fetched, not bundled (see ../shared/eval/dev-corpora.sh): where they are not
// laid out (CI has no network), their samples are skipped and say so.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../lib/graph/types";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { byName, ROOT, seedGraph, vocabulary } from "../helpers/seed";

interface Judged {
  kind: string;
  a: string;
  b: string;
  verdict: "right" | "wrong";
  why?: string;
}

const DEV_CORPORA = process.env.KG_DEV_CORPORA ?? "/tmp/kg-dev-corpora";

function judged(name: string): Judged[] {
  return (JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures/judged", `${name}.json`), "utf8")) as { edges: Judged[] }).edges;
}

function build(dir: string): KnowledgeGraph {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(md|txt)$/i.test(f) && statSync(path.join(dir, f)).isFile())
    .map((f) => ({ file: f, bytes: readFileSync(path.join(dir, f)) }));
  return runPipeline({ files, vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;
}

function check(g: KnowledgeGraph, edges: Judged[]) {
  const drawn = (e: Judged) => {
    const a = byName(g, e.a)?.id;
    const b = byName(g, e.b)?.id;
    return !!a && !!b && g.edges.some((x) => x.kind === e.kind && ((x.source === a && x.target === b) || (x.source === b && x.target === a)));
  };
  const right = edges.filter((e) => e.verdict === "right");
  const wrong = edges.filter((e) => e.verdict === "wrong");
  expect(right.filter((e) => !drawn(e)).map((e) => `${e.a} ${e.kind} ${e.b}`), "judged right, no longer drawn").toEqual([]);
  expect(wrong.filter(drawn).map((e) => `${e.a} ${e.kind} ${e.b}: ${e.why}`), "judged wrong, drawn again").toEqual([]);
  expect(right.length).toBeGreaterThan(wrong.length);
}

describe("judged samples of edges", () => {
  it("the seed notes", () => check(seedGraph(), judged("seed")));
  for (const name of ["aws-exam-ja", "saa-guide-en"]) {
    const dir = path.join(DEV_CORPORA, name);
    it.skipIf(!existsSync(dir))(`${name} (from ${dir})`, () => check(build(dir), judged(name)), 60_000);
  }
});
