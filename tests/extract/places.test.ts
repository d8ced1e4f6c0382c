// Places things run in (vocabulary entities with `place`: Region, Availability Zone, Local Zones)
// are named by every collection of AWS notes, in English and Japanese. What is in a place or spans
// it neither works with it nor owns it; the rule fixture tests/fixtures/rules/places holds the
// whole graph of such notes, and these tests what a compact graph does not show: mentions, labels.

import { describe, expect, it } from "vitest";
import { graphOfNotes as build } from "../helpers/seed";

describe("places", () => {
  it("are one node by every name the notes give them, shown by the vocabulary's Japanese name", () => {
    const g = build({
      "infra.md": "# AWS のインフラ\n\n- Amazon S3 のオブジェクトは別リージョンにコピーできる。\n- 別リージョンへのレプリケーションも可能。\n- リージョンは複数の AZ からなる。\n- 別AZからでも参照可能\n",
      "en.md": "# Amazon EBS\n\n- EBS volumes live in one Availability Zone.\n- Snapshots copy a volume to other AZs and other Regions.\n",
    });
    const region = g.nodes.find((n) => n.id === "region");
    expect(region?.labelJa).toBe("リージョン");
    // (Another AZ is an AZ: "別AZ" is no other name of it.)
    expect(g.nodes.find((n) => n.id === "availability-zone")?.aliases.filter((a) => a.includes("別"))).toEqual([]);
    expect(g.nodes.filter((n) => /region|リージョン/i.test(n.label)).map((n) => n.id)).toEqual(["region"]);
    expect(g.nodes.filter((n) => /zone|^az/i.test(n.id)).map((n) => n.id)).toEqual(["availability-zone"]);
  });

  it("are not what a longer word in katakana around their name is about", () => {
    const g = build("# AWS\n\n### AZ\n\nAZ（アベイラビリティゾーン）は、リージョン内で物理的に切り離されたデータセンタ。\n\n### マルチAZ\n\n**マルチAZ**は、同じ役割のサーバを複数の[AZ](#az)に用意して冗長化する手法。\n\n- AWS Global Accelerator はマルチリージョンエンドポイントを統合する。\n");
    const lineOf = new Map(g.facts.map((f) => [f.id, f.line]));
    const facts = (id: string) => (g.nodes.find((n) => n.id === id)?.facts ?? []).map((f) => lineOf.get(f));
    expect(facts("multi-az")).toEqual([9]);
    expect(facts("availability-zone")).toEqual([5]);
    expect(g.nodes.find((n) => n.id === "multi-az")?.summary).toMatch(/^マルチAZは/);
    expect(g.nodes.some((n) => n.label === "Region endpoint")).toBe(false);
  });

  it("are found where the notes name them: not in a range of letters, nor in English words in lower case within Japanese", () => {
    const g = build({
      "aws.md": "# AWS\n\n- EFS はファイルを 3 か所以上の AZ に保存する。\n- リージョンは地理的な場所。\n",
      "cli.md": "# AWS CLI\n\n- us-east-1 は API 呼び出しのデフォルトリージョンです。\n",
      "regex.md": "# 正規表現\n\n- \\u: 半角英大文字にマッチする( [A-Z] と同義)\n- \\l: 半角英小文字にマッチする( [a-z] と同義)\n",
      "vision.md": "# 物体検出\n\n- region proposal methodは、物体がありそうな領域を提案する手法。\n",
    });
    const touches = (file: string, id: string) => g.edges.some((e) => (e.source === id || e.target === id) && [e.evidence, ...e.more].some((ev) => ev.file === file));
    expect(touches("aws.md", "availability-zone")).toBe(true);
    expect(touches("cli.md", "region")).toBe(true);
    expect(touches("regex.md", "availability-zone")).toBe(false);
    expect(touches("vision.md", "region")).toBe(false);
  });
});
