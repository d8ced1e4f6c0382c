// AWS notes written by someone else, in other shapes: Markdown bullets in English ("A vs B: …",
// "X is …, Y is …"), Markdown in Japanese (headings the glossary translates), and plain text with
// 【】 headings and ・ bullets. The same vocabulary and mechanisms as for the seed, nothing fitted
// to these lines.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { byName, edge, ROOT, vocabulary } from "../helpers/seed";

const dir = path.join(ROOT, "tests/fixtures/other-authors");
const g = runPipeline({ files: readdirSync(dir).map((f) => ({ file: f, bytes: readFileSync(path.join(dir, f)) })), vocabulary: vocabulary() }).graph;
const id = (name: string) => byName(g, name)?.id ?? `(no ${name})`;

describe("AWS notes by other authors", () => {
  it("draws the contrasts stated as 'A vs B: …', as parallel clauses, and as 'AとBの違い'", () => {
    const pairs: [string, string, RegExp][] = [
      ["S3 Standard", "S3 Glacier", /^S3 Standard vs S3 Glacier/],
      ["EBS", "EFS", /^EBS vs EFS/],
      ["Redis", "Memcached", /^ElastiCache Redis vs Memcached/],
      ["Gateway endpoint", "Interface endpoint", /^Gateway endpoint vs interface endpoint/],
      ["SQS", "SNS", /^SQS is a queue \(pull\), SNS is pub\/sub/],
      ["ECS", "EKS", /^ECSとEKSの違い/],
      ["セキュリティグループ", "ネットワークACL", /^セキュリティグループとネットワークACLの違い/],
    ];
    for (const [a, b, evidence] of pairs) expect(edge(g, "contrasts", id(a), id(b))?.evidence.text, `${a} vs ${b}`).toMatch(evidence);
  });

  it("makes a node of a compared name the vocabulary does not know, under the service it starts with", () => {
    expect(byName(g, "S3 Standard")).toMatchObject({ kind: "concept", parent: "s3" });
    // …but a known thing with a qualifier stays that thing: no "ElastiCache Redis" node.
    expect(byName(g, "ElastiCache Redis")).toBeUndefined();
  });

  it("names Japanese headings in English where the glossary translates them, keeping the Japanese", () => {
    expect(byName(g, "ネットワーク")).toMatchObject({ id: "network", label: "Network", labelJa: "ネットワーク", kind: "topic" });
    expect(byName(g, "監視")).toMatchObject({ id: "monitoring", label: "Monitoring", labelJa: "監視" });
    expect(byName(g, "NATゲートウェイ")!.parent).toBe("network");
  });

  it("makes names of capitalised English where the sentence goes on in small words", () => {
    expect(byName(g, "Read Replicas")?.kind).toBe("concept"); // "Read Replicas are for read scaling"
    // Known to the vocabulary (a tier of Shield, set against Shield Standard): its entity, no node of its own making.
    expect(byName(g, "Shield Advanced")?.id).toBe("shield-advanced");
    expect(g.nodes.filter((n) => n.kind === "concept" && /^(use|the|when) /i.test(n.label))).toEqual([]);
  });

  it("reads English verbs as verbs, not as parts of a name", () => {
    for (const junk of ["Redis supports replication", "supports replication", "single instance"]) expect(byName(g, junk), junk).toBeUndefined();
    expect(edge(g, "supersedes", "eventbridge", "cloudwatch-events")?.evidence.text).toBe("EventBridge replaces CloudWatch Events.");
    expect(edge(g, "integrates", "sns", "sqs")?.evidence.text).toMatch(/SNS delivers to multiple SQS queues/);
  });

  it("reads ・ bullets as list markers, and a parenthetical between a name and its comparison", () => {
    // (Facts keep the line as written, bullet and all; names never carry it.)
    expect(g.nodes.filter((n) => [n.label, n.labelJa ?? "", ...n.aliases].some((x) => x.startsWith("・")))).toEqual([]);
    expect(byName(g, "CodeDeployのデプロイ方式")?.kind).toBe("concept");
    expect(edge(g, "contrasts", id("GSI"), id("LSI"))?.evidence.text).toMatch(/^GSI\(グローバルセカンダリインデックス\)とLSI/);
    expect(byName(g, "GSI")).toMatchObject({ parent: "dynamodb", labelJa: "グローバルセカンダリインデックス" });
    expect(edge(g, "contrasts", id("REST API"), id("HTTP API"))).toBeDefined();
  });

  it("gives Japanese terms English names from the glossary, and makes names of capitalised English in Japanese text", () => {
    expect(byName(g, "パーティションキー")).toMatchObject({ id: "partition-key", label: "Partition key", parent: "dynamodb" });
    expect(byName(g, "ソートキー")).toMatchObject({ id: "sort-key", parent: "dynamodb" });
    expect(byName(g, "DynamoDB Streams")).toMatchObject({ kind: "concept", parent: "dynamodb" });
    expect(byName(g, "Provisioned Concurrency")).toMatchObject({ kind: "concept", parent: "lambda" });
    expect(edge(g, "integrates", "api-gateway", "lambda")?.evidence.text).toBe("Lambdaプロキシ統合でリクエストをそのままLambdaに渡す");
    expect(edge(g, "integrates", "codebuild", "codedeploy")).toBeDefined();
    expect(edge(g, "integrates", "cloudtrail", "cloudwatch-logs")?.evidence.text).toBe("監査ログ:CloudTrail⇒CloudWatch Logs⇒Lambdaで通知");
  });
});

describe("another name in brackets", () => {
  const build = (text: string) => runPipeline({ files: [{ file: "notes.md", bytes: new TextEncoder().encode(text) }], vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;

  it("is a long form that is a name, not a remark that names the thing or says what it is", () => {
    const notes = build(
      [
        "# Amazon Route 53",
        "",
        "- ルーティングポリシー",
        "  - ≒ELB（ELB に代わるものではないが近い機能）",
        "- Use a CIDR (e.g., public CIDR of your corporation) as the source.",
        "- Site-to-Site VPN can use BFD (Bidirectional Forwarding Detection) to find a failed link.",
        "",
      ].join("\n"),
    );
    const aliasesOf = (label: string) => notes.nodes.find((n) => n.label === label)?.aliases ?? [];
    expect(aliasesOf("ELB").filter((a) => /代わる/.test(a))).toEqual([]);
    expect(aliasesOf("CIDR").filter((a) => /e\.g\./.test(a))).toEqual([]);
    expect(aliasesOf("BFD")).toContain("Bidirectional Forwarding Detection");
  });
});
