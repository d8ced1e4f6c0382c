import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareView, contrastPairs, aspectOf } from "../lib/explore/compare";
import { neighbourhood, shortestPaths, type PathEdge } from "../lib/explore/paths";
import { indexGraph } from "../lib/serve/concept-view";
import { graphOfNotes, SEED_TXT, seedGraph, vocabulary } from "./helpers/seed";

const g = seedGraph();
const index = indexGraph(g);
const edgeById = new Map(g.edges.map((e) => [e.id, e]));

describe("shortest paths", () => {
  const toy: PathEdge[] = [
    { id: 1, source: "a", target: "b", kind: "part_of" },
    { id: 2, source: "b", target: "d", kind: "integrates" },
    { id: 3, source: "a", target: "c", kind: "mentions" },
    { id: 4, source: "c", target: "d", kind: "contrasts" },
    { id: 5, source: "d", target: "e", kind: "mentions" },
  ];

  it("returns every path of the shortest length, hop by hop, reading relations both ways", () => {
    const paths = shortestPaths(toy, "a", "d");
    expect(paths.map((p) => p.nodes)).toEqual([["a", "b", "d"], ["a", "c", "d"]]);
    expect(paths[0]!.edges).toEqual([1, 2]);
    expect(shortestPaths(toy, "d", "a").map((p) => p.nodes)).toEqual([["d", "c", "a"], ["d", "b", "a"]]);
  });

  it("keeps to the relation kinds allowed, and says so when there is no path", () => {
    expect(shortestPaths(toy, "a", "d", { kinds: new Set(["part_of", "integrates"]) }).map((p) => p.nodes)).toEqual([["a", "b", "d"]]);
    expect(shortestPaths(toy, "a", "e", { kinds: new Set(["part_of", "integrates", "contrasts"]) })).toEqual([]);
    expect(shortestPaths(toy, "a", "d", { limit: 1 })).toHaveLength(1);
    expect(shortestPaths(toy, "a", "a")).toEqual([{ nodes: ["a"], edges: [] }]);
  });

  it("finds ALIAS record → CloudFront and CloudFront → S3 in the seed notes, with evidence on every hop", () => {
    const alias = shortestPaths(g.edges, "alias-record", "cloudfront");
    expect(alias.length).toBeGreaterThan(0);
    expect(alias[0]!.nodes.at(-1)).toBe("cloudfront");
    for (const id of alias[0]!.edges) expect(edgeById.get(id)!.evidence.text.length).toBeGreaterThan(0);
    const s3 = shortestPaths(g.edges, "cloudfront", "s3", { kinds: new Set(["contrasts", "supersedes", "alternative", "part_of", "integrates"]) });
    expect(s3[0]!.nodes).toEqual(["cloudfront", "s3"]);
    expect(edgeById.get(s3[0]!.edges[0]!)!.kind).toBe("integrates");
  });

  it("gives the nodes within a depth", () => {
    expect([...neighbourhood(toy, "a", 1)].sort()).toEqual(["a", "b", "c"]);
    expect([...neighbourhood(toy, "a", 2)].sort()).toEqual(["a", "b", "c", "d"]);
    expect(neighbourhood(g.edges, "sqs", 1).has("sns")).toBe(true);
  });
});

describe("comparisons", () => {
  const aspects = vocabulary().aspects;

  it("places a sentence under the aspect it speaks to", () => {
    expect(aspectOf("キューイングサービスなのでpub/subではない。", aspects)?.id).toBe("delivery");
    expect(aspectOf("標準は順番が保証されない。", aspects)?.id).toBe("ordering");
    expect(aspectOf("ゲートウェイエンドポイント:無料", aspects)?.id).toBe("price");
    expect(aspectOf("ゲートウェイエンドポイント", aspects)).toBeUndefined();
  });

  it("sets SQS beside SNS: the pub/sub versus polling evidence, aligned by delivery model", () => {
    const v = compareView(index, aspects, "sqs", "sns")!;
    expect(v.between[0]!.kind).toBe("contrasts");
    expect([v.between[0]!.evidence, ...v.between[0]!.more].map((e) => e.text).join(" ")).toContain("pub/sub");
    const delivery = v.rows.find((r) => r.id === "delivery")!;
    expect(v.rows[0]!.id).toBe("delivery");
    expect(delivery.a.map((s) => s.text).join(" ")).toContain("ポーリング");
    expect(delivery.b.map((s) => s.text).join(" ")).toContain("サブスクライブ");
    expect(delivery.a.some((s) => s.contrast)).toBe(true);
    expect(v.shared.map((n) => n.id)).toEqual(expect.arrayContaining(["lambda"]));
    expect(v.onlyA.map((n) => n.id)).toContain("visibility-timeout");
  });

  it("compares Gateway and Interface endpoints on price", () => {
    const v = compareView(index, aspects, "gateway-endpoint", "interface-endpoint")!;
    const price = v.rows.find((r) => r.id === "price")!;
    expect(price.a.map((s) => s.text).join()).toContain("無料");
    expect(price.b.map((s) => s.text).join()).toContain("有料");
    expect(compareView(index, aspects, "sqs", "sqs")).toBeUndefined();
  });

  it("never puts one side's sentence in the other's column", () => {
    // Line 107: "SESは…に使う。開発者に通知メールを送るのはSNS" — one sentence for each.
    const v = compareView(index, aspects, "sns", "ses")!;
    const side = (which: "a" | "b") => v.rows.flatMap((r) => r[which]).map((s) => s.text);
    expect(side("a")).not.toContain("SESはアプリにメール機能(クライアント側)を入れるときに使う。");
    expect(side("b")).toContain("SESはアプリにメール機能(クライアント側)を入れるときに使う。");
    expect(side("a").some((t) => t.includes("開発者に通知メールを送るのはSNS"))).toBe(true);
    // "標準は順番が保証されない。FIFOキューで保証される…": each queue gets its own sentence.
    const q = compareView(index, aspects, "standard-queue", "fifo-queue")!;
    const ordering = q.rows.find((r) => r.id === "ordering")!;
    expect(ordering.a.map((s) => s.text)).toEqual(["標準は順番が保証されない。"]);
    expect(ordering.b.map((s) => s.text).join()).toContain("FIFOキューで保証される");
    // A sentence that states the contrast of both is shown once, as how they differ.
    const pc = compareView(index, aspects, "producer", "consumer")!;
    expect(pc.between.map((x) => x.evidence.text).join()).toContain("プロデューサー:データ前処理タスク");
    expect(pc.rows.flatMap((r) => [...r.a, ...r.b]).filter((s) => s.text.includes("プロデューサー:"))).toEqual([]);
  });

  it("shows in each column only that side's cells of a table that compares more columns, and the same words from two notes once", () => {
    // As ishiharatma/aws-study compares container services: four columns, two of them compared.
    const table = ["# コンテナサービスの比較", "", "| 比較項目 | EKS on EC2 | EKS on Fargate | ECS on EC2 | ECS on Fargate |", "| --- | --- | --- | --- | --- |", "| 利用料金 | ○ | △ | ○ | ◎ |", "| 運用コスト | △ | ◎ | △ | ◎ |", ""].join("\n");
    const tg = graphOfNotes({ "containers.md": table, "containers-copy.md": table });
    const ids = (label: string) => tg.nodes.find((n) => n.label === label)!.id;
    const v = compareView(indexGraph(tg), aspects, ids("ECS on EC2"), ids("ECS on Fargate"))!;
    const side = (which: "a" | "b") => v.rows.flatMap((r) => r[which]).map((s) => s.text);
    expect(side("a")).toEqual(expect.arrayContaining(["利用料金: ECS on EC2 = ○", "運用コスト: ECS on EC2 = △"]));
    expect(side("b")).toEqual(expect.arrayContaining(["利用料金: ECS on Fargate = ◎", "運用コスト: ECS on Fargate = ◎"]));
    for (const text of [...side("a"), ...side("b")]) expect(text).not.toMatch(/EKS/);
    expect(new Set(side("a")).size).toBe(side("a").length);
  });

  it("quotes each wording of how two things differ once, with the other places that say it", () => {
    // As Kottiee's notes keep a file in English, in Japanese and as written: "NLB vs ALB:" three times.
    const seed = readFileSync(SEED_TXT, "utf8");
    const tg = graphOfNotes({ "aws-notes.txt": seed, "copy/aws-notes.txt": seed });
    const v = compareView(indexGraph(tg), aspects, "sqs", "sns")!;
    const contrast = v.between.find((x) => x.kind === "contrasts")!;
    expect(contrast.more.length).toBeGreaterThan(0);
    const words = contrast.quotes.map((q) => q.evidence.text);
    expect(new Set(words).size).toBe(words.length);
    for (const q of contrast.quotes) for (const m of q.more) expect(m.text).toBe(q.evidence.text);
    expect(contrast.quotes.some((q) => q.more.some((m) => m.file === "copy/aws-notes.txt"))).toBe(true);
    expect(contrast.quotes.reduce((n, q) => n + 1 + q.more.length, 0)).toBe(1 + contrast.more.length);
  });

  it("leaves out of a column a lead-in and a line that is only the side's name ('Use case:', 'RDS')", () => {
    // As c-nelson/aws-notes and gillouche/aws-notes write them.
    const tg = graphOfNotes(["# Amazon RDS", "", "- RDS", "- Use case:", "  - RDS databases are ACID and limit scaling.", "", "# Amazon Aurora", "", "Aurora architecture is very different from RDS.", "", "- Faster provisioning & better performance"].join("\n"));
    const v = compareView(indexGraph(tg), aspects, "rds", "aurora")!;
    const texts = v.rows.flatMap((r) => [...r.a, ...r.b]).map((s) => s.text);
    expect(texts).toContain("RDS databases are ACID and limit scaling.");
    expect(texts).not.toContain("RDS");
    expect(texts).not.toContain("Use case:");
  });

  it("lists every stated contrast grouped by service", () => {
    const groups = contrastPairs(index);
    const pairs = groups.flatMap((gr) => gr.pairs.map((p) => [p.a.id, p.b.id].sort().join("|")));
    expect(pairs).toEqual(expect.arrayContaining(["sns|sqs", "gateway-endpoint|interface-endpoint", "memcached|redis"]));
    expect(pairs.length).toBe(g.edges.filter((e) => e.kind === "contrasts").length);
    const sqsGroup = groups.find((gr) => gr.group.id === "sqs")!;
    expect(sqsGroup.pairs.map((p) => [p.a.id, p.b.id].sort().join("|"))).toContain("long-polling|short-polling");
  });
});
