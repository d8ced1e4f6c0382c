// Notes kept as one folder each, named by the time they were made, with the note in the folder's
// README.md (a Zettelkasten as the `zet` scripts keep it): a link to a folder leads to its page,
// "[20220201002546](/20220201002546/) Arch Install" is a link titled by the words after its id, and
// a README is named by its first heading. No node is named by an id or by README.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { graphOfFolder, ROOT } from "../helpers/seed";

const ZET = path.join(ROOT, "tests/fixtures/rules/zettelkasten");

describe("a Zettelkasten of folders, each note its folder's README.md", () => {
  const graph = graphOfFolder(ZET);
  const byLabel = (label: string) => graph.nodes.find((n) => n.label === label);

  it("names each note by its first heading, none by an id or README", () => {
    expect(byLabel("Arch Install")).toBeDefined();
    expect(graph.nodes.filter((n) => /^\d{8,}|^readme$/i.test(n.label)).map((n) => n.label)).toEqual([]);
  });

  it("reads a link to a folder as a link to its page", () => {
    const install = byLabel("Arch Install")!;
    const pacman = byLabel("Pacman")!;
    expect(graph.edges.some((e) => e.source === pacman.id && e.target === install.id && e.evidence.text.includes("the install notes"))).toBe(true);
  });

  it("shows a link to an id by the title after it", () => {
    const texts = graph.edges.flatMap((e) => [e.evidence, ...e.more]).map((ev) => ev.text);
    expect(texts.filter((t) => /\d{14}/.test(t))).toEqual([]);
  });
});
