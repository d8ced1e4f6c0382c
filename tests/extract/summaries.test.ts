// What a node says it is: its own words, never an aside another note put in brackets after it.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { lexicon, node, ROOT, seedGraph, vocabulary } from "../helpers/seed";

const VAULT = path.join(ROOT, "tests/fixtures/rules/vault");
const files = readdirSync(VAULT)
  .filter((f) => f.endsWith(".md"))
  .map((f) => ({ file: f, bytes: readFileSync(path.join(VAULT, f)) }));
const g = runPipeline({ files, vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon()).graph;

describe("summaries in a vault", () => {
  it("a service is summarised by the line of its own note that says what it is, not by brackets after it elsewhere", () => {
    // Flow Logs.md: "Records can be sent to [[Amazon Kinesis]] (read them back with a consumer of your own)".
    expect(node(g, "kinesis").summary).toBe("Amazon Kinesis is a service that collects and processes streaming data in real time.");
  });

  it("an item of a list is glossed by its own brackets (the seed: 'Karpenter(クラスターオートスケーラー)・…・AWS App Mesh(…)')", () => {
    const seed = seedGraph();
    expect(node(seed, "karpenter").summary).toBe("クラスターオートスケーラー");
    expect(node(seed, "app-mesh").summary).toBe("AWSコンピューティングサービスのモニタリングとコントロール");
  });
});
