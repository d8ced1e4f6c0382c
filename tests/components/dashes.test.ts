// Dotted and dashed edges cost the canvas one stroke per dash of their whole model length: a large
// graph draws every edge solid, a small one keeps its dotted mentions.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { affordsDashes, DASH_BUDGET, dashedLength } from "../../components/explorer/canvas/dashes";
import type { EdgeKind } from "../../lib/graph/types";
import { generateCorpus } from "../../lib/bench/generate-corpus";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { graphLite, indexGraph, overviewLite } from "../../lib/serve/concept-view";
import { lexicon, SEED_TXT, vocabulary } from "../helpers/seed";

const DASHED = new Set<EdgeKind>(["mentions", "alternative"]);
const built = (copies: number) => indexGraph(runPipeline({ files: generateCorpus(lexicon(), readFileSync(SEED_TXT, "utf8"), copies), vocabulary: vocabulary(), searchIndex: false }, lexicon()).graph);

describe("dashes the canvas can afford", () => {
  it("keeps the seed's mentions dotted", () => {
    const seed = graphLite(built(1), 1);
    expect(seed.edges.some((e) => e.kind === "mentions")).toBe(true);
    expect(dashedLength(seed, DASHED)).toBeGreaterThan(0);
    expect(affordsDashes(seed, DASHED)).toBe(true);
  });

  it("draws a 2,400-node graph's edges solid, its overview included", () => {
    const index = built(40);
    expect(index.nodeById.size).toBeGreaterThan(2000);
    const overview = overviewLite(index, 1);
    expect(overview.mode).toBe("overview");
    expect(dashedLength(overview, DASHED)).toBeGreaterThan(DASH_BUDGET);
    expect(affordsDashes(overview, DASHED)).toBe(false);
    expect(affordsDashes(graphLite(index, 1), DASHED)).toBe(false);
  });

  it("counts only the kinds drawn dashed, between placed nodes", () => {
    const nodes = [
      { id: "a", label: "A", kind: "concept" as const, degree: 1, x: 0, y: 0 },
      { id: "b", label: "B", kind: "concept" as const, degree: 1, x: 3, y: 4 },
      { id: "c", label: "C", kind: "concept" as const, degree: 1 },
    ];
    const edges = [
      { id: 1, source: "a", target: "b", kind: "mentions" as const },
      { id: 2, source: "a", target: "b", kind: "contrasts" as const },
      { id: 3, source: "a", target: "c", kind: "mentions" as const },
    ];
    expect(dashedLength({ nodes, edges }, DASHED)).toBe(5);
  });
});
