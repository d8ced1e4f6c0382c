// The graph of the user's own AWS notes: the nodes, edges and evidence a learner relies on.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { byName, edge, graphOf, node, SEED_MD, SEED_TXT, seedGraph, vocabulary } from "../helpers/seed";

const g = seedGraph();

describe("nodes of the seed notes", () => {
  it("has every service, whether it has a section, sits in その他のサービス, or is only named in a sentence", () => {
    for (const id of ["vpc", "route-53", "sqs", "sns", "cloudfront", "iam", "eventbridge", "kinesis", "elasticache"]) expect(node(g, id).kind).toBe("service");
    for (const id of ["appflow", "x-ray", "neptune", "pinpoint", "compute-optimizer", "device-farm"]) expect(node(g, id).kind).toBe("service");
    for (const id of ["s3", "lambda", "fargate", "redshift", "acm", "dynamodb", "cognito", "ec2"]) expect(node(g, id).kind).toBe("service");
  });

  it("has the concepts defined or discussed under a service, with English and Japanese labels", () => {
    const cases: [string, string, string][] = [
      ["alias-record", "ALIAS record", "ALIASレコード"],
      ["visibility-timeout", "Visibility timeout", "可視性タイムアウト"],
      ["task-role", "Task role", "タスクロール"],
      ["gateway-endpoint", "Gateway endpoint", "ゲートウェイエンドポイント"],
      ["interface-endpoint", "Interface endpoint", "インターフェイス型エンドポイント"],
      ["shuffle-sharding", "Shuffle sharding", "シャッフルシャーディング"],
      ["dead-letter-queue", "Dead-letter queue", "デッドレターキュー"],
      ["long-polling", "Long polling", "ロングポーリング"],
      ["public-hosted-zone", "Public hosted zone", "パブリックホストゾーン"],
    ];
    for (const [id, label, ja] of cases) {
      const n = node(g, id);
      expect(n.kind).toBe("concept");
      expect(n.label).toBe(label);
      expect(n.labelJa).toBe(ja);
    }
  });

  it("makes non-service sections topics and the open question a question node", () => {
    expect(byName(g, "オンプレとの連携")?.kind).toBe("topic");
    expect(byName(g, "その他のサービス")?.kind).toBe("topic");
    const q = g.nodes.filter((n) => n.kind === "question");
    expect(q).toHaveLength(1);
    expect(q[0]!.labelJa).toBe("AWS EventBridgeとStep Functionsの違い");
    expect(q[0]!.label).toBe("What is the difference between EventBridge and Step Functions?");
    expect(q[0]!.id).toMatch(/^[a-z0-9-]+$/);
  });

  it("gives every node a URL-safe ASCII slug, and lines about it or naming it, with their file and line", () => {
    const ids = new Set<string>();
    for (const n of g.nodes) {
      expect(n.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ids.has(n.id)).toBe(false);
      ids.add(n.id);
      // (A topic's lines may all define its children: it has none of its own.)
      if (n.kind !== "topic") expect(n.facts.length + n.mentionedIn.length, n.id).toBeGreaterThan(0);
    }
    const facts = new Map(g.facts.map((f) => [f.id, f]));
    const alias = node(g, "alias-record");
    const lines = alias.facts.map((id) => facts.get(id)!).map((f) => `${f.file}:${f.line}`);
    expect(lines).toContain("aws-notes.txt:14"); // ALIASレコードはRoute53独自。…
    expect(alias.summary).toContain("Route53独自");
  });

  it("resolves every misspelling found in the notes to one node, keeping it as an alias", () => {
    const cases: [string, string[]][] = [
      ["lambda", ["Lamda"]],
      // (variants of case or spacing, Cloudformation, Cloudwatch, Route53, are the same name, not aliases)
      ["cloudformation", ["CloudFormtion", "Clud Formation"]],
      ["cloudfront", ["Cloudfron", "Cloufront"]],
      ["kinesis-data-firehose", ["Data firehorse"]],
      ["acm", ["AWS Certifivate Manager"]],
      ["elasticsearch-service", ["elastisearch"]],
      ["step-functions", ["AWS Step Function"]],
      ["secrets-manager", ["AWS Secret Manager"]],
      ["systems-manager", ["AWS System Manager"]],
    ];
    for (const [id, spellings] of cases) {
      const n = node(g, id);
      for (const s of spellings) expect(n.aliases.map((a) => a.toLowerCase()), `${id} ← ${s}`).toContain(s.toLowerCase());
    }
    // …and nothing else carries those spellings.
    expect(g.nodes.filter((n) => n.aliases.includes("Lamda"))).toHaveLength(1);
  });

  it("keeps services that look alike apart", () => {
    for (const id of ["ecs", "eks", "ecr", "sns", "ses", "sqs"]) expect(node(g, id).kind).toBe("service");
    expect(node(g, "ses").aliases).not.toContain("SNS");
    expect(node(g, "sqs").aliases).not.toContain("SES");
    expect(node(g, "ecs").aliases).not.toContain("EKS");
  });

  it("keeps a former name a node of its own when the notes speak of it", () => {
    expect(node(g, "cloudwatch-events").label).toBe("CloudWatch Events");
    expect(node(g, "kinesis-data-analytics").label).toBe("Kinesis Data Analytics");
  });
});

describe("edges of the seed notes", () => {
  it("draws the contrasts the notes state or define side by side, with their sentence", () => {
    const cases: [string, string, string][] = [
      ["sqs", "sns", "pub/sub"],
      ["gateway-endpoint", "interface-endpoint", "ゲートウェイエンドポイント"],
      ["memcached", "redis", "データ構造"],
      ["public-hosted-zone", "private-hosted-zone", "ホストゾーン"],
      ["short-polling", "long-polling", "ポーリング"],
      ["standard-queue", "fifo-queue", "標準は順番が保証されない"],
      ["kinesis", "sqs", "SQSとの違い"],
      ["elastic-beanstalk", "amplify", "amplifyと異なる"],
      ["cloudfront-functions", "lambda-edge", "Lamdaエッジより"],
      ["ecs", "eks", "ECSはAWS独自"],
      ["eventbridge", "step-functions", "違い"],
    ];
    for (const [a, b, evidence] of cases) {
      const e = edge(g, "contrasts", a, b);
      expect(e, `${a} contrasts ${b}`).toBeDefined();
      expect([e!.evidence, ...e!.more].map((x) => x.text).join("\n"), `${a}/${b}`).toContain(evidence);
    }
  });

  it("draws supersedes from the newer to the older", () => {
    const cases: [string, string][] = [
      ["eventbridge", "cloudwatch-events"],
      ["managed-service-for-apache-flink", "kinesis-data-analytics"],
      ["opensearch", "elasticsearch-service"],
      ["step-functions", "swf"],
    ];
    for (const [newer, older] of cases) {
      const e = g.edges.find((x) => x.kind === "supersedes" && x.source === newer && x.target === older);
      expect(e, `${newer} supersedes ${older}`).toBeDefined();
      // (…and neither is a part of the other: "Cloudwatch eventsの機能強化バージョン" is no "の" of a part.)
      expect(g.edges.find((x) => x.kind === "part_of" && [x.source, x.target].sort().join() === [newer, older].sort().join()), `${newer} part_of ${older}`).toBeUndefined();
      expect(node(g, newer).parent, `${newer}'s parent`).not.toBe(older);
    }
    expect(edge(g, "supersedes", "eventbridge", "cloudwatch-events")!.evidence).toEqual({ text: "EventBridgeはCloudwatch eventsの機能強化バージョン。", file: "aws-notes.txt", line: 57 });
  });

  it("draws alternatives (代用可, か選べる, or)", () => {
    expect(edge(g, "alternative", "docker-hub", "ecr")?.evidence.text).toBe("DockerHubでも代用可");
    expect(edge(g, "alternative", "virtual-private-gateway", "transit-gateway")).toBeDefined();
    expect(edge(g, "alternative", "simple-ad", "managed-microsoft-ad")).toBeDefined();
  });

  it("puts each concept in its service or topic", () => {
    const cases: [string, string][] = [
      ["alias-record", "route-53"],
      ["visibility-timeout", "sqs"],
      ["task-role", "ecs"],
      ["gateway-endpoint", "vpc"],
      ["shuffle-sharding", "route-53"],
      ["cached-volume", node(g, "cached-volume").parent!],
    ];
    for (const [child, parent] of cases) {
      const e = g.edges.find((x) => x.kind === "part_of" && x.source === child && x.target === parent);
      expect(e, `${child} part_of ${parent}`).toBeDefined();
      expect(node(g, child).parent).toBe(parent);
    }
    expect(byName(g, "オンプレとの連携")!.id).toBe(node(g, "cached-volume").parent);
    expect(g.edges.find((x) => x.kind === "part_of" && x.source === "alias-record")!.evidence.text).toBe("ALIASレコードはRoute53独自。");
  });

  it("draws integrations from arrows, plus signs and verbs of connecting", () => {
    expect(edge(g, "integrates", "cloudfront", "s3")).toBeDefined(); // 静的コンテンツ:Cloudfront + S3
    expect(edge(g, "integrates", "sam", "cloudformation")).toBeDefined(); // SAM構文→cloud formationに変換
    expect(edge(g, "integrates", "kinesis-data-firehose", "redshift")).toBeDefined(); // S3やRedshiftに蓄積する
    // A sentence naming one thing under another's heading: "auto scalingも連携可能" under EMR.
    expect(edge(g, "integrates", "emr", "auto-scaling")?.evidence.text).toBe("auto scalingも連携可能");
    // A cue inside a name is no cue: "EC2の基本モニタリング" does not make EC2 integrate with it.
    expect(edge(g, "integrates", "basic-monitoring", "ec2")).toBeUndefined();
  });

  it("keeps mentions only where nothing stronger joins the pair", () => {
    const strong = new Set(g.edges.filter((e) => e.kind !== "mentions").map((e) => [e.source, e.target].sort().join("|")));
    for (const e of g.edges.filter((x) => x.kind === "mentions")) expect(strong.has([e.source, e.target].sort().join("|"))).toBe(false);
  });

  it("gives every edge a sentence from the notes, with its file and line", () => {
    const source = readFileSync(SEED_TXT, "utf8").split("\n");
    for (const e of g.edges) {
      expect(["contrasts", "supersedes", "alternative", "part_of", "integrates", "mentions"]).toContain(e.kind);
      // The line itself (a heading included); a list item's evidence starts with its lead-in line.
      const line = (source[e.evidence.line - 1] ?? "").normalize("NFKC");
      const text = e.evidence.text.normalize("NFKC");
      expect(line.includes(text) || source.some((l) => text.startsWith(l.normalize("NFKC").trim()) && text.endsWith(line.trim())), `edge ${e.id}: ${text}`).toBe(true);
    }
  });
});

describe("plain text and Markdown", () => {
  it("builds the same graph from the original .txt and from notes/aws-notes.md", () => {
    // Same graph up to the file's extension in file:line references.
    const sameFile = (json: string) => JSON.parse(json.replaceAll("aws-notes.txt", "aws-notes").replaceAll("aws-notes.md", "aws-notes"));
    const txt = sameFile(JSON.stringify(graphOf(SEED_TXT, "aws-notes.txt")));
    const md = sameFile(JSON.stringify(graphOf(SEED_MD, "aws-notes.md")));
    expect(md.nodes.length).toBeGreaterThan(200);
    expect(md.nodes).toEqual(txt.nodes);
    expect(md.edges).toEqual(txt.edges);
    expect(md.facts).toEqual(txt.facts);
  });
});

describe("what the seed notes do not say (read edge by edge)", () => {
  const between = (a: string, b: string) => g.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a)).map((e) => e.kind);

  it("reads SNSアカウント as a social network's account, not Amazon SNS", () => {
    const line = g.facts.find((f) => f.text.startsWith("SNSアカウントで"))!;
    expect(node(g, "sns").facts).not.toContain(line.id);
    expect(node(g, "sns").mentionedIn).not.toContain(line.id);
    expect(between("sns", "single-sign-on")).toEqual([]);
    expect(between("sns", "cognito")).toEqual([]);
  });

  it("puts nothing from outside AWS inside an AWS service because its section names it", () => {
    expect(node(g, "ldap").parent).toBeUndefined();
    expect(between("ldap", "iam")).not.toContain("part_of");
    expect(node(g, "docker-hub").parent).toBeUndefined();
    expect(between("docker-hub", "ecs")).not.toContain("part_of");
    expect(edge(g, "alternative", "docker-hub", "ecr")).toBeDefined();
  });

  it("puts what lies outside a thing in no part of it: 'VPC外のサービス' are services outside the VPC", () => {
    const outside = byName(g, "VPC外のサービス")!;
    expect(outside).toBeDefined();
    expect(outside.parent).not.toBe("vpc");
    expect(between(outside.id, "vpc")).not.toContain("part_of");
  });

  it("reads a sentence that opens by using a thing as about that thing: 'Lake Formationを使えばS3とRDSのデータどちらも管理できる' after Glue JDBC's definition", () => {
    expect(between("glue-jdbc", "lake-formation")).toEqual([]);
    expect(between("glue-jdbc", "s3")).toEqual([]);
    expect(between("lake-formation", "s3")).toContain("integrates");
  });

  it("joins a thing with what it works with, not with what its own name says it is: 'Glue JDBC(java database connectivity):GlueをRDSにつなげる'", () => {
    expect(between("glue-jdbc", "rds")).toContain("integrates");
    expect(between("glue-jdbc", "jdbc")).not.toContain("integrates");
  });

  it("joins each item of a list to the sentence's subject, never the items to each other", () => {
    // "CloudFront, ALB(ELB)、API Gatewayに設定可能。" under AWS WAF
    for (const target of ["cloudfront", "alb", "api-gateway"]) expect(between("waf", target)).toContain("integrates");
    expect(between("cloudfront", "alb")).toEqual([]);
    expect(between("alb", "api-gateway")).toEqual([]);
  });

  it("joins nothing by integrates to a bare common noun: 'S3をシンクに設定', 「ターゲット」 only mention a sink, a target", () => {
    const glossary = new Map(Object.entries(vocabulary().glossary).map(([ja, en]) => [ja, en.toLowerCase()]));
    const english = new Set(glossary.values());
    // A node every name of which is one glossary word, in Japanese or English (シンク, Target).
    const commonNoun = (id: string) => {
      const n = node(g, id);
      return [n.label, ...(n.labelJa ? [n.labelJa] : []), ...n.aliases].every((name) => {
        const en = glossary.get(name) ?? (english.has(name.toLowerCase()) ? name.toLowerCase() : undefined);
        return en !== undefined && !/\s/.test(en);
      });
    };
    expect(byName(g, "シンク")).toBeDefined();
    const joined = g.edges.filter((e) => e.kind === "integrates" && (commonNoun(e.source) || commonNoun(e.target)));
    expect(joined.map((e) => `${e.source} — ${e.target}: ${e.evidence.text}`)).toEqual([]);
  });

  it("draws no integration from a denial (DynamoDBは不可)", () => {
    expect(between("kinesis", "dynamodb")).not.toContain("integrates");
    expect(node(g, "dynamodb").summary).not.toContain("不可");
  });

  it("summarises a node by its own definition, never a fragment or another node's line", () => {
    expect(node(g, "route-53").summary).not.toBe("ルーティングポリシー");
    expect(node(g, "cloudtrail").summary).toBe("");
    expect(node(g, "lambda").summary).not.toContain("一旦貯めておいて");
    expect(node(g, "ecr").summary).toBe("ECRはdocker imageを保存するレジストリサービス。");
    expect(node(g, "kinesis").summary).toBe("ストリーミングデータの収集・処理・リアルタイム分析");
    expect(node(g, "visibility-timeout").summary).toBe("");
    expect(node(g, "gateway-endpoint").summary).toContain("プライベート接続");
    // Its own section's opening line says what it is, where a list of gateways says when to use it…
    expect(node(g, "transit-gateway").summary).toBe("オンプレネットワークとVPCを相互接続するネットワークの中継ハブ。");
    // …but a bare label opening its section ("データ転送") says less than its definition elsewhere.
    expect(node(g, "datasync").summary).toMatch(/^エージェントをインストールすることで/);
  });

  it("keeps a node's own lines apart from the lines that only name it", () => {
    const sqs = node(g, "sqs");
    const text = (ids: number[]) => ids.map((id) => g.facts.find((f) => f.id === id)!.text);
    // Kinesis's line about SQS, and the interface endpoint's "有料。", name SQS: they are not its facts.
    expect(text(sqs.facts).some((t) => t.startsWith("SQSとの違いは"))).toBe(false);
    expect(text(sqs.mentionedIn).some((t) => t.startsWith("SQSとの違いは"))).toBe(true);
    expect(text(sqs.facts).some((t) => t.includes("有料"))).toBe(false);
    expect(text(sqs.facts)).toContain("キューイングサービスなのでpub/subではない。受信者はポーリングをする必要がある。非同期処理。");
  });
});
