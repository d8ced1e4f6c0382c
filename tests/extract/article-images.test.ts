// Articles in the Zenn and Codelabs styles put pictures everywhere: a service's icon under its
// title, diagrams, tables of icons whose alt texts are service names. A picture says nothing the
// learner can study from: it must give no fact, no summary and no relation — and a heading that
// says something ("リージョナルサービスであること") titles its section rather than summing up
// the service, whose summary is the sentence that says what it is.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { node, ROOT, vocabulary } from "../helpers/seed";

const dir = path.join(ROOT, "tests/fixtures/zenn-article-images");
const g = runPipeline({ files: readdirSync(dir).map((f) => ({ file: f, bytes: readFileSync(path.join(dir, f)) })), vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;

describe("pictures in articles", () => {
  it("give no facts: an image alone on its line is no line of the notes", () => {
    expect(g.facts.filter((f) => /!\[/.test(f.text))).toEqual([]);
    expect(node(g, "acm").facts.length).toBeGreaterThan(0);
  });

  it("give no relations: a table of service icons compares nothing", () => {
    const icons = new Set(["route-53", "cloudfront", "s3", "elb", "ecs", "aurora"]);
    expect(g.edges.filter((e) => e.kind !== "mentions" && icons.has(e.source) && icons.has(e.target))).toEqual([]);
  });

  it("leave the summary to the sentence that says what the service is", () => {
    expect(node(g, "acm").summary).toBe("AWS Certificate Manager (ACM) は、SSL/TLS 証明書をプロビジョニング、管理するサービスです。");
  });
});
