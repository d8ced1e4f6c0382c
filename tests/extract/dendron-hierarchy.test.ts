// A Dendron vault names each note's file by its place in a hierarchy of dotted names
// ("tools.storage.db.snowflake.access_control.md"), writes the title from the file's last name
// ("access_control"), and links by the whole path ("[[tools.storage.db.snowflake.access_control]]").
// The graph names the note as the title's words, keeps the path out of its names, and shows a link
// as Dendron does, by the note's last name.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { graphOfFolder, ROOT } from "../helpers/seed";

const VAULT = path.join(ROOT, "tests/fixtures/rules/dendron");

describe("notes of a Dendron vault", () => {
  const graph = graphOfFolder(VAULT);
  const byLabel = (label: string) => graph.nodes.find((n) => n.label === label);

  it("are named by their titles' words, not by the underscores of the file's name", () => {
    expect(byLabel("Access control")).toBeDefined();
    expect(byLabel("Abstract factory")).toBeDefined();
    expect(graph.nodes.filter((n) => n.label.includes("_")).map((n) => n.label)).toEqual([]);
  });

  it("have no hierarchy path among their names", () => {
    expect(graph.nodes.flatMap((n) => n.aliases).filter((a) => /\w\.\w+\.\w/.test(a))).toEqual([]);
  });

  it("are reached by a link to their path, shown by the note's last name", () => {
    const access = byLabel("Access control")!;
    const linked = graph.edges.filter((e) => e.target === access.id && e.evidence.file === "tools.storage.db.md");
    expect(linked.map((e) => e.evidence.text)).toContain("Snowflake is a cloud data warehouse; see access control for its roles.");
    // (A path no note has names the thing by its last name too.)
    expect(byLabel("Observer")).toBeDefined();
    expect(graph.nodes.filter((n) => n.label.startsWith("concepts."))).toEqual([]);
  });

  it("mention no abbreviation that words with a space between spell ('am I' is no AMI)", () => {
    const ami = byLabel("AMI")!;
    expect(ami).toBeDefined();
    const question = graph.nodes.find((n) => n.label.includes("am I selecting"))!;
    expect(graph.edges.filter((e) => e.source === question.id && e.target === ami.id)).toEqual([]);
  });
});
