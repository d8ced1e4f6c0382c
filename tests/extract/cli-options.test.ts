// A command-line option is named with its dashes: "--threshold" in a command is the option, the
// word "threshold" in a sentence is the word.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { lexicon, ROOT, vocabulary } from "../helpers/seed";

const NOTE = path.join(ROOT, "tests/fixtures/rules/names-precision/cli-options.md");

describe("a command-line option the notes define", () => {
  const files = [{ file: "cli-options.md", bytes: readFileSync(NOTE) }];
  const graph = runPipeline({ files, vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon()).graph;
  const option = graph.nodes.find((n) => n.label === "--threshold")!;
  const factText = new Map(graph.facts.map((f) => [f.id, f.text]));
  const named = (option?.mentionedIn ?? []).map((id) => factText.get(id) ?? "");
  const evidence = graph.edges
    .filter((e) => e.source === option?.id || e.target === option?.id)
    .flatMap((e) => [e.evidence, ...e.more])
    .map((ev) => ev.text);

  it("is a node of its own, defined by its line, with no other name than itself", () => {
    expect(option).toBeDefined();
    expect(option.summary).toContain("a number like 80");
    expect(option.aliases).toEqual([]);
  });

  it("is named where a command writes it with its dashes, never by the plain word", () => {
    expect(named.some((t) => t.includes("put-metric-alarm --alarm-name cpu-high --threshold 80"))).toBe(true);
    expect([...named, ...evidence].filter((t) => /threshold/i.test(t) && !t.includes("--threshold"))).toEqual([]);
  });
});
