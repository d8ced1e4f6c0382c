import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../lib/bench/generate-corpus";
import { runPipeline } from "../lib/pipeline/run-pipeline";
import { graphLite, indexGraph, OVERVIEW_THRESHOLD, overviewLite } from "../lib/serve/concept-view";
import { drawnGraph } from "../lib/serve/drawn-graph";
import { lexicon, SEED_TXT, vocabulary } from "./helpers/seed";

const { graph } = runPipeline({ files: generateCorpus(lexicon(), readFileSync(SEED_TXT, "utf8"), 12), vocabulary: vocabulary(), searchIndex: false }, lexicon());
const index = indexGraph(graph);

describe("the overview of a large graph", () => {
  const overview = overviewLite(index, 1);
  const full = graphLite(index, 1);

  it("draws only what belongs to nothing, each standing for its cluster", () => {
    expect(graph.nodes.length).toBeGreaterThan(OVERVIEW_THRESHOLD / 2);
    expect(overview.mode).toBe("overview");
    expect(overview.total).toBe(graph.nodes.length);
    expect(overview.nodes.every((n) => !n.parent)).toBe(true);
    expect(overview.nodes.reduce((a, n) => a + (n.members ?? 1), 0)).toBe(graph.nodes.length);
    expect(overview.nodes.find((n) => n.id === "sqs")!.members).toBeGreaterThan(5);
  });

  it("joins related clusters once, by the strongest relation between them", () => {
    const ids = new Set(overview.nodes.map((n) => n.id));
    const pairs = overview.edges.map((e) => [e.source, e.target].sort().join("|"));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const e of overview.edges) expect(ids.has(e.source) && ids.has(e.target) && e.id < 0).toBe(true);
    expect(overview.edges.find((e) => [e.source, e.target].sort().join("|") === "sns|sqs")?.kind).toBe("contrasts");
  });

  it("grows with the selection: its cluster and its neighbours join the overview", () => {
    expect(drawnGraph(overview, null, "sqs", false)).toBe(overview);
    const drawn = drawnGraph(overview, full, "visibility-timeout", false);
    const ids = new Set(drawn.nodes.map((n) => n.id));
    expect(ids.has("visibility-timeout") && ids.has("sqs") && ids.has("dead-letter-queue")).toBe(true);
    expect(drawn.nodes.length).toBeLessThan(full.nodes.length);
    expect(drawnGraph(overview, full, null, true)).toBe(full);
    expect(drawnGraph(full, full, "sqs", false)).toBe(full);
  });
});
