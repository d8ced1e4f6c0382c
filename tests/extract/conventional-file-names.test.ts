// A file named by a folder's convention (index.md, README.md) is found from links, but its name is
// no name of the note: the word "index" in another note is the word.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { graphOfFolder, ROOT } from "../helpers/seed";

const VAULT = path.join(ROOT, "tests/fixtures/rules/vault");

describe("a note whose file has a conventional name (index.md)", () => {
  const graph = graphOfFolder(VAULT);
  const home = graph.nodes.find((n) => n.label === "Study vault")!;

  it("is a node named by its title, with no alias from its file name", () => {
    expect(home).toBeDefined();
    expect(home.aliases.map((a) => a.toLowerCase())).not.toContain("index");
  });

  it("is reached by a link to its file, not by the word in a sentence", () => {
    const touching = graph.edges.filter((e) => e.source === home.id || e.target === home.id);
    const evidence = touching.flatMap((e) => [e.evidence, ...e.more]).map((ev) => ev.text);
    expect(evidence.some((t) => t.includes("[[index]]") || t.includes("See the"))).toBe(true);
    expect(evidence.filter((t) => t.includes("'INDEX'") && !t.includes("[[index]]"))).toEqual([]);
  });
});
