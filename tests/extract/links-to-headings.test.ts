// A link into a heading of another note, written in the heading's own words ("[CDN](system_architecture.md#cdn)",
// "Uses [Cluster Mode](../RDS/MultiAZ.md#Cluster%20Mode)"), names what the heading names: in a
// sentence its words are read as any other, and on a line of links (a table of contents) it points
// at the note — but never are its words a name of that note. (ichigo's notes link every term this
// way; c-nelson's vault now and then.)

import { describe, expect, it } from "vitest";
import { graphOfNotes } from "../helpers/seed";

const build = () =>
  graphOfNotes({
    "Database/RDS/MultiAZ.md": ["MultiAZ is a feature of [RDS](RDS.md) which provisions a highly available instance set.", "", "## Instance Mode", "Provides a MultiAZ instance where a standby replica is kept in sync with the primary instance.", "", "## Cluster Mode", "A writer and two reader instances are kept in sync synchronously.", ""].join("\n"),
    "Database/RDS/RDS.md": ["# RDS", "", "RDS is a managed relational database service.", ""].join("\n"),
    "Database/Aurora/Aurora.md": ["Aurora is a database engine designed by AWS, part of [RDS](../RDS/RDS.md).", "", "- Aurora architecture is very different from [RDS](../RDS/RDS.md)", "- Uses [Cluster Mode](../RDS/MultiAZ.md#Cluster%20Mode)", "- A single primary instance + 0 or more replicas", ""].join("\n"),
    "Database/Aurora/Aurora Serverless.md": ["Aurora Serverless is to [Aurora](Aurora.md) Provisioned what Fargate is to ECS.", ""].join("\n"),
    "system/system_architecture.md": ["# 『システム構成』ノート", "", "（最終更新： 2023-11-02）", "", "## 単一障害点", "", "単一障害点は、そこが停止するとシステム全体が停止してしまう部分。", "", "## CDN", "", "CDNは、サーバを各所に分散して配置し、クライアントに近いサーバからコンテンツを配信する仕組み。", ""].join("\n"),
    "network/web.md": ["# 『Web』ノート", "", "## キャッシュ", "", "[CDN](../system/system_architecture.md#cdn)を用いるなどしてサーバ側でキャッシュを扱う場合もある。", ""].join("\n"),
    "README.md": ["# 目次", "", "- [単一障害点](system/system_architecture.md#単一障害点)", "- [CDN](system/system_architecture.md#cdn)", ""].join("\n"),
  });

describe("links into a heading of another note", () => {
  const g = build();
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  const edges = g.edges.filter((e) => e.kind !== "mentions").map((e) => `${e.kind}: ${label.get(e.source)} → ${label.get(e.target)}`);

  it("in a sentence name the heading's thing, not the note", () => {
    expect(edges).toContain("integrates: Aurora → Cluster Mode");
    expect(edges).not.toContain("integrates: Aurora → MultiAZ");
    // (MultiAZ, a note only ever linked into, is still its note's thing.)
    expect(edges).toContain("part_of: MultiAZ → RDS");
  });

  it("give the note no name, in a sentence or in a table of contents", () => {
    const cdn = g.nodes.find((n) => n.label === "CDN")!;
    expect(cdn.aliases ?? []).not.toContain("system architecture");
    expect(edges).not.toContain("part_of: 単一障害点 → CDN");
    expect(g.nodes.some((n) => n.label === "『システム構成』ノート")).toBe(true);
  });
});
