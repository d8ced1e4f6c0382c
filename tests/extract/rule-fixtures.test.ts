// Each folder under tests/fixtures/rules holds notes in Japanese and English for one family of
// cues (contrasts, supersedes, alternatives, integrations, parts; vault and Zenn notes; names that
// must not be misread), and the whole graph they must give: every node, and every edge other
// than a mention, in a compact form ("contrasts: SQS | SNS", "part_of: Tape Gateway → Storage
// Gateway"). Every folder runs through the whole pipeline, so a cue added for one is checked on all.
// UPDATE_FIXTURES=1 writes a missing expected.json, for review before it is committed.

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../lib/graph/types";
import { graphOfFolder, ROOT } from "../helpers/seed";

const DIR = path.join(ROOT, "tests/fixtures/rules");
const DIRECTED = new Set(["part_of", "supersedes"]);

export function compactGraph(g: KnowledgeGraph) {
  const label = new Map(g.nodes.map((n) => [n.id, n.labelJa && n.labelJa !== n.label ? `${n.label} (${n.labelJa})` : n.label]));
  const edges = g.edges
    .filter((e) => e.kind !== "mentions")
    .map((e) => {
      const [a, b] = [label.get(e.source)!, label.get(e.target)!];
      return DIRECTED.has(e.kind) ? `${e.kind}: ${a} → ${b}` : `${e.kind}: ${[a, b].sort().join(" | ")}`;
    })
    .sort();
  const nodes = g.nodes.map((n) => `${n.kind}: ${label.get(n.id)}`).sort();
  return { nodes, edges };
}


describe("relation rules on notes in Japanese and English", () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const graph = graphOfFolder(path.join(DIR, name));
      // Every edge is backed by a line of these notes.
      const files = new Set((readdirSync(path.join(DIR, name), { recursive: true }) as string[]).map((f) => f.split(path.sep).join("/")));
      for (const e of graph.edges) {
        expect(files.has(e.evidence.file) && e.evidence.line >= 1 && e.evidence.text.trim().length > 0, `${e.kind} ${e.source} → ${e.target}: ${JSON.stringify(e.evidence)}`).toBe(true);
      }
      const actual = compactGraph(graph);
      const expectedFile = path.join(DIR, name, "expected.json");
      if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(expectedFile, "utf8")) as ReturnType<typeof compactGraph>;
      expect(actual.edges).toEqual(expected.edges);
      expect(actual.nodes).toEqual(expected.nodes);
    });
  }
});
