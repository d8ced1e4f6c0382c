// What shows that a thing is part of another is a sentence naming both — never one that denies the
// part ("No Cluster Endpoint: … there is no single endpoint", davit's Aurora notes; "Firehose
// doesn't support transformations", Kottiee's).

import { describe, expect, it } from "vitest";
import { graphOfNotes } from "../helpers/seed";

describe("the evidence of a part", () => {
  it("is no sentence that denies the part", () => {
    const g = graphOfNotes(
      [
        "# Amazon Aurora",
        "",
        "## Endpoints",
        "",
        "* **Cluster Endpoint**: Points to the current primary instance. Use it for all read and write operations.",
        "* **Reader Endpoint**: Load balances connections across the read replicas.",
        "",
        "## Multi-Master",
        "",
        "* **No Cluster Endpoint**: Unlike Single-Master, there is no single endpoint; applications connect to instance Endpoints themselves.",
        "",
      ].join("\n"),
    );
    const label = new Map(g.nodes.map((n) => [n.id, n.label]));
    const partOf = g.edges.find((e) => e.kind === "part_of" && label.get(e.source) === "Cluster Endpoint");
    expect(partOf && label.get(partOf.target)).toBe("Endpoints");
    expect(partOf!.evidence.text).not.toMatch(/^No Cluster Endpoint/);
    expect(partOf!.evidence.text).toMatch(/^Cluster Endpoint: Points to the current primary instance/);
  });
});
