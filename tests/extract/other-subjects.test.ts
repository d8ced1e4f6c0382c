// The core is not about AWS: with only the language vocabulary (no AWS names), notes on another
// subject still give a graph from headings, definitions, wikilinks and "X vs Y".

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readVocabulary } from "../../lib/io/read-vocabulary";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { byName, edge, ROOT } from "../helpers/seed";

const language = readVocabulary(path.join(ROOT, "vocab/language"));
const build = (file: string) =>
  runPipeline({ files: [{ file: path.basename(file), bytes: readFileSync(path.join(ROOT, "tests/fixtures/other-subjects", file)) }], vocabulary: language }).graph;

describe("notes on biology, in English", () => {
  const g = build("biology/cells.md");
  const id = (name: string) => byName(g, name)?.id ?? `(no ${name})`;

  it("makes topics of headings and concepts of definitions and wikilinks", () => {
    for (const t of ["Cell biology", "Organelles", "Cell division"]) expect(byName(g, t)?.kind, t).toBe("topic");
    for (const c of ["Mitochondria", "Chloroplast", "Ribosome", "mRNA", "Mitosis", "Meiosis", "DNA"]) expect(byName(g, c)?.kind, c).toBe("concept");
    expect(byName(g, "Mitochondria vs chloroplasts")).toBeUndefined();
    expect(byName(g, "Chloroplast")!.summary).toBe("the site of photosynthesis in plant cells");
  });

  it("puts concepts in their sections and draws the stated contrasts", () => {
    expect(byName(g, "Mitochondria")!.parent).toBe(id("Organelles"));
    expect(byName(g, "Meiosis")!.parent).toBe(id("Cell division"));
    expect(edge(g, "contrasts", id("Mitochondria"), id("Chloroplast"))?.evidence.text).toMatch(/^Mitochondria vs chloroplasts/);
    expect(edge(g, "contrasts", id("Mitosis"), id("Meiosis"))).toBeDefined();
    expect(g.edges.some((e) => [e.source, e.target].includes(id("mRNA")) && [e.source, e.target].includes(id("Ribosome")))).toBe(true);
  });
});

describe("notes on fermented food, in Japanese plain text", () => {
  const g = build("fermentation/hakko.txt");
  const id = (name: string) => byName(g, name)?.id ?? `(no ${name})`;

  it("finds the heading, the defined terms and their contrast", () => {
    expect(byName(g, "発酵食品")?.kind).toBe("topic");
    for (const c of ["味噌", "醤油", "納豆"]) {
      expect(byName(g, c)?.kind, c).toBe("concept");
      expect(byName(g, c)!.parent).toBe(id("発酵食品"));
      expect(byName(g, c)!.id).toMatch(/^[a-z0-9-]+$/);
    }
    expect(edge(g, "contrasts", id("味噌"), id("醤油"))?.evidence.text).toBe("味噌と醤油の違いは形状。");
  });
});

describe("notes on logic, in Japanese with inline formulas", () => {
  const g = build("logic/propositions.md");

  it("reads the defined terms, and no name out of a formula's commands ('$P\\Longrightarrow Q$')", () => {
    for (const c of ["含意", "同値"]) expect(g.nodes.some((n) => n.label === c || n.labelJa === c), c).toBe(true);
    const fromFormulas = g.nodes.filter((n) => /rightarrow|leftarrow|leq|lnot|lor/i.test(`${n.label} ${n.aliases.join(" ")}`));
    expect(fromFormulas.map((n) => n.label)).toEqual([]);
  });
});
