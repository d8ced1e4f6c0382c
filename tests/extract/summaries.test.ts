// What a node says it is: its own words, never an aside another note put in brackets after it.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { graphOfFolder, graphOfNotes, node, ROOT, seedGraph } from "../helpers/seed";

/** The graph of a folder of fixture notes. */
const buildFolder = (folder: string) => graphOfFolder(path.join(ROOT, "tests/fixtures/rules", folder));
const g = buildFolder("vault");

/** The graph of one note written here. */
const build = (text: string) => graphOfNotes(text);
/** Each node's summary by the name it is shown with. */
const summariesOf = (graph: ReturnType<typeof build>) => new Map(graph.nodes.map((n) => [n.labelJa ?? n.label, n.summary]));

describe("summaries in a vault", () => {
  it("a service is summarised by the line of its own note that says what it is, not by brackets after it elsewhere", () => {
    // Flow Logs.md: "Records can be sent to [[Amazon Kinesis]] (read them back with a consumer of your own)".
    expect(node(g, "kinesis").summary).toBe("Amazon Kinesis is a service that collects and processes streaming data in real time.");
  });

  it("a section headed by one everyday word under two services is each one's, not the note of that name ('# Storage' in SQS and Kinesis beside Storage.md)", () => {
    const storage = node(g, "storage");
    expect(storage.summary).not.toMatch(/shard|Messages/);
    expect(storage.facts.map((id) => g.facts.find((f) => f.id === id)!.file)).toEqual(["Storage.md"]);
  });

  it("an item of a list is glossed by its own brackets (the seed: 'Karpenter(クラスターオートスケーラー)・…・AWS App Mesh(…)')", () => {
    const seed = seedGraph();
    expect(node(seed, "karpenter").summary).toBe("クラスターオートスケーラー");
    expect(node(seed, "app-mesh").summary).toBe("AWSコンピューティングサービスのモニタリングとコントロール");
  });
});

describe("summaries in a Logseq graph", () => {
  it("the item a page's outline heads 'Short description' sums up the page, not a node of that name gathering every page's", () => {
    const dir = path.join(ROOT, "tests/fixtures/rules/logseq");
    const lq = graphOfFolder(dir);
    // (In lower case, after the acronym's letters: the page's first line is no summary, the line under "Short description" is.)
    expect(node(lq, "cap-theorem").summary).toBe("a theorem about what a distributed data store can guarantee when the network fails.");
    expect(node(lq, "sqs").summary).toBe("A fully managed message queue that decouples producers from consumers.");
    expect(lq.nodes.map((n) => n.label)).not.toContain("Short description");
    expect(lq.nodes.map((n) => n.label)).not.toContain("Acronym");
    // (A page in a namespace, AWS/Amazon S3, is written "AWS___Amazon S3.md" or "AWS%2FAWS Lambda.md": named by its last part, as [[AWS/Amazon S3]] names it.)
    expect(node(lq, "s3").summary).toBe("An object storage service that keeps any amount of data in buckets.");
    expect(node(lq, "lambda").summary).toBe("A serverless compute service that runs code in response to events.");
    expect(lq.nodes.filter((n) => /___|%2F/i.test(n.label)).map((n) => n.label)).toEqual([]);
    // (Logseq's properties separate tags by commas; a tag may have words.)
    expect(node(lq, "cap-theorem").tags).toEqual(["Distributed Systems"]);
  });
});

describe("summaries from brackets", () => {
  it("brackets after a common noun comment on the sentence it ends, and an equation is no gloss", () => {
    const g = build(
      [
        "# Amazon Cognito",
        "",
        "- Essentials は 10,000 MAU まで無料(旧プランは 50,000 まで)",
        "- 最初の 10 個のルールは無料 (データ転送料金は別途発生)",
        "- Lite プランは安価 (料金 = MAU 数 * 0.0025 USD)",
        "- Composite alarms cut the noise — instead of 9 alarms per Region (3 metrics × 3 Regions), create 3 composite alarms",
        "",
      ].join("\n"),
    );
    // (無料 is a node here: a name with a former one in brackets.)
    expect(g.nodes.find((n) => n.labelJa === "無料")?.summary).toBe("");
    for (const n of g.nodes) {
      expect(n.summary, n.label).not.toContain("データ転送料金");
      expect(n.summary, n.label).not.toMatch(/[=×]/);
    }
  });
});

describe("summaries of general words", () => {
  it("the vendor's name alone is a common noun: brackets after 'on AWS' comment on the sentence, they say nothing of AWS", () => {
    // (general-sections: a note titled "General Information about AWS" is the node AWS; Route 53's
    // note says "Routing policies available on AWS (only one of them active per record)".)
    const graph = buildFolder("general-sections");
    const aws = graph.nodes.find((n) => n.label === "AWS");
    expect(aws?.summary).toBe("");
    expect(graph.edges.filter((e) => e.kind !== "mentions" && e.kind !== "part_of" && (e.source === aws?.id || e.target === aws?.id))).toEqual([]);
  });

  it("a remark under a label ('EXAM TIP:', 'Important note:', 'Best practice:') is no summary, and its label names nothing", () => {
    const g = build(readFileSync(path.join(ROOT, "tests/fixtures/rules/general-sections/ebs.md"), "utf8"));
    expect(node(g, "ebs").summary).toBe("");
    expect(g.nodes.map((n) => n.label)).not.toContain("EXAM TIP");
    expect(g.nodes.map((n) => n.label)).not.toContain("Important note");
    expect(g.nodes.map((n) => n.label.toLowerCase())).not.toContain("best practice");
  });
});

describe("summaries from brackets after a plural", () => {
  it("'all EC2s (not just the one handling the upload)' is EC2, and an exception in brackets says nothing of what it is", () => {
    const g = build(readFileSync(path.join(ROOT, "tests/fixtures/rules/names-precision/plurals.md"), "utf8"));
    expect(g.nodes.map((n) => n.label)).not.toContain("EC2s");
    expect(node(g, "ec2").summary).toBe("");
  });
});

describe("summaries from brackets that speak of another thing", () => {
  it("'Must use RDS RI (EC2 SP doesn't cover RDS)' says why, of EC2 Savings Plans: no summary of RDS RI (Kottiee's)", () => {
    const g = build("# Savings\n\n## Rules\n\n- If question has **RDS** in any tier → Must use **RDS RI** (EC2 SP doesn't cover RDS)\n- EC2 SP covers EC2, Fargate and Lambda.\n");
    const ri = g.nodes.find((n) => n.label === "RDS RI");
    expect(ri).toBeDefined();
    expect(ri!.summary).toBe("");
  });
});

describe("summaries that are values, not definitions", () => {
  it("a value two labels of one list share, or names alone, defines neither (misaka's tiers, aayush's 'Classic: EC2, ELB, RDS, ElastiCache, etc..')", () => {
    const g = build(
      [
        "# Three tiers",
        "",
        "- ALB: public subnet",
        "- Application servers: private subnet",
        "- Database: private subnet",
        "",
        "## Platforms",
        "",
        "- Classic: EC2, ELB, RDS, ElastiCache, etc..",
        "- Dedicated: Hardware reserved for a single customer.",
        "",
      ].join("\n"),
    );
    const summary = (label: string) => g.nodes.find((n) => n.label === label)?.summary;
    expect(summary("Database")).toBe("");
    expect(summary("Application servers")).toBe("");
    expect(summary("Classic")).toBe("");
    expect(summary("Dedicated")).toBe("Hardware reserved for a single customer.");
  });

  it("a line of what to look at ('見るポイント: …') remarks, it does not say what the section's thing is (misaka's visual review)", () => {
    const g = build(["# 図解", "", "### DR戦略", "", "見るポイント: RTO / RPOとコストのバランス。", ""].join("\n"));
    expect(g.nodes.find((n) => n.label === "DR戦略")?.summary ?? "").toBe("");
  });
});

describe("summaries from numbered titles", () => {
  it("a callout's numbered title ('Definition 1.1 位相空間') says which statement it is, not what the thing is (stat's topology notes)", () => {
    const g = build(["# 位相空間論", "", "## 位相空間", "", "> [!DEFINITION] Definition 1.1  位相空間", "> $X$ を空でない集合とする.", ""].join("\n"));
    expect(g.nodes.find((n) => n.label === "位相空間")?.summary ?? "").not.toMatch(/^Definition/);
  });
});

describe("summaries in brackets alone", () => {
  it("a gloss in brackets under a heading ('(supports [[AWS IAM Identity Center]])') says nothing of what the heading names", () => {
    const g = build(
      [
        "# AWS Client VPN",
        "",
        "### Single Sign-On",
        "(supports [[AWS IAM Identity Center]])",
        "- Authenticate against SAML 2.0-based identity providers (user-based)",
        "",
      ].join("\n"),
    );
    const sso = g.nodes.find((n) => n.label.toLowerCase() === "single sign-on");
    expect(sso, "Single Sign-On").toBeDefined();
    expect(sso!.summary ?? "").not.toMatch(/^\(/);
  });
});

describe("summaries from a list of costs", () => {
  it("what a service costs in a list of costs is no summary of it; what another item of the list does still is", () => {
    const g = build(
      [
        "# 一時権限の申請アプリ",
        "",
        "## コスト管理",
        "",
        "運用にかかる主なコストは以下のとおりです。",
        "",
        "- Amazon SES: メール通知を利用する場合の送信料金",
        "- AWS Cost Explorer: 利用コストを分析する",
        "",
      ].join("\n"),
    );
    expect(node(g, "ses").summary ?? "").not.toMatch(/料金/);
    expect(node(g, "cost-explorer").summary).toBe("利用コストを分析する");
  });
});

describe("summaries that ask", () => {
  it("a question beside a name in a table says nothing of what it is ('|EC2|Why not use Lambda?|')", () => {
    const g = build(
      [
        "# What to ask about each service",
        "",
        "Questions to ask about AWS services while studying.",
        "",
        "| Service | Question |",
        "| --- | --- |",
        "| EC2 | Why not use Lambda? What is the cost model? |",
        "| S3 | Why object storage vs block storage? |",
        "",
      ].join("\n"),
    );
    for (const id of ["ec2", "s3"]) expect(node(g, id).summary, id).not.toMatch(/[?？]/);
  });
});

describe("summaries in questions and answers", () => {
  it("an answer's label is no part of what it says: '**Answer:** Lambda is a serverless compute service…' sums Lambda up", () => {
    const g = build(readFileSync(path.join(ROOT, "tests/fixtures/rules/qa/aws-interview.md"), "utf8"));
    expect(node(g, "lambda").summary).toMatch(/^Lambda is a serverless compute service/);
    // ("Q1: SQS Standard vs FIFO." numbers a question and ends with a full stop: neither is a name.)
    expect(g.nodes.map((n) => n.label).filter((l) => /^Q\d|\.$/.test(l))).toEqual([]);
  });
});

describe("summaries that only give a value", () => {
  it("a value with its units says nothing of what a thing is; a definition elsewhere does", () => {
    const g = build(
      [
        "# Amazon RDS",
        "",
        "- ストレージの上限",
        "  - MySQL:100 GiB - 64 TiB",
        "  - Oracle:20 GiB - 64 TiB",
        "",
        "## Amazon Cognito",
        "",
        "- ID トークン: 5分~1日(デフォルト1時間)",
        "",
        "## Logging",
        "",
        "- You can send logs to:",
        "  - S3 bucket - 5 minutes interval",
        "  - Log group - 1 MB per second, or 10 MB per second",
        "- An S3 bucket is a container for objects.",
        "",
      ].join("\n"),
    );
    const summaries = new Map(g.nodes.map((n) => [n.label, n.summary]));
    expect(summaries.get("MySQL")).toBe("");
    expect(summaries.get("S3 bucket")).toBe("An S3 bucket is a container for objects.");
    expect([...summaries.values()].filter((s) => /^\d/.test(s))).toEqual([]);
  });

  it("a sentence with numbers that says what a thing is stays its summary", () => {
    const g = build(["# Amazon DynamoDB", "", "- DynamoDB は 1 桁ミリ秒のレイテンシーで動く NoSQL データベースのサービスです。", ""].join("\n"));
    expect(node(g, "dynamodb").summary).toBe("DynamoDB は 1 桁ミリ秒のレイテンシーで動く NoSQL データベースのサービスです。");
  });
});

describe("summaries of a thing set equal to what it is", () => {
  it("'TTL = Time To Live - …', 'ECMP = Equal-cost multi-path routing - …' define the abbreviation, no name with an equals sign in it", () => {
    const g = build(["# Amazon Route 53", "", "- TTL = Time To Live - how long a resolver caches a record", "", "# AWS Site-to-Site VPN", "", "- ECMP = Equal-cost multi-path routing - spreads traffic over several tunnels", ""].join("\n"));
    const summaries = summariesOf(g);
    expect(summaries.get("TTL")).toBe("how long a resolver caches a record");
    expect(summaries.get("ECMP")).toBe("spreads traffic over several tunnels");
    expect(g.nodes.find((n) => n.label === "ECMP")?.aliases).toContain("Equal-cost multi-path routing");
    expect(g.nodes.map((n) => n.label).filter((l) => /=|Time To Live|multi-path/.test(l))).toEqual([]);
  });
});

describe("summaries and code", () => {
  it("a colon inside an identifier ('`aws:rds:failover-db-cluster`') defines no 'rds': RDS is not summed up by what follows it (oleks's FIS notes)", () => {
    const g = build(["# AWS Fault Injection Service", "", "- **FIS experiment**: FIS supports Aurora actions (`aws:rds:failover-db-cluster`), ECS actions (stop tasks), and network actions.", ""].join("\n"));
    const summaries = summariesOf(g);
    expect(summaries.get("RDS") ?? "").toBe("");
    expect(summaries.get("FIS experiment")).toMatch(/^FIS supports Aurora actions/);
  });
});

describe("summaries beside an analogy", () => {
  it("under '🏠 Real-World Analogy', '**NAT Gateway**: security guard who…' is a likeness, no summary, and the heading is no node (KrAyush's VPC notes)", () => {
    const g = build(["# NAT Gateway", "", "## 🏠 Real-World Analogy", "", "- **EC2 (private subnet)**: a person in a secure house", "- **NAT Gateway**: security guard who only allows residents to go outside", "", "## Basics", "", "- **Analogy:** a one-way door out of the subnet", "- A NAT Gateway lets instances in a private subnet reach the internet.", "", "## See also", "", "- Amazon VPC, AWS EC2", ""].join("\n"));
    const summaries = summariesOf(g);
    expect(summaries.get("NAT gateway")).toBe("A NAT Gateway lets instances in a private subnet reach the internet.");
    expect(summaries.get("EC2") ?? "").not.toMatch(/house/);
    expect(g.nodes.map((n) => n.label).filter((l) => /analogy/i.test(l))).toEqual([]);
  });
});

describe("summaries that say how far the page is written", () => {
  it("'このページは現在執筆途中です.' or 'Work in progress' is no summary; the definition on the page it links is (stat-ja's Topology)", () => {
    const g = graphOfNotes({
      "geometry/topology.md": "# 位相幾何学 (topology)\n\n> [!NOTE]\n> このページは現在執筆途中です.\n\n1. [位相空間の定義](topology/1.md)\n2. (作成中)\n",
      "geometry/topology/1.md": "# 位相空間の定義\n\n## 位相空間\n\n位相空間とは、集合とその上の位相の組のことである.\n",
      "editor.md": "# エディタ\n\n## Drafts\n\nWork in progress.\n",
    });
    const summaries = summariesOf(g);
    expect(summaries.get("位相幾何学 (topology)")).toBe("");
    expect(summaries.get("Drafts")).toBe("");
    expect(summaries.get("位相空間")).toBe("位相空間とは、集合とその上の位相の組のことである.");
  });
});

describe("summaries after a line that recalls another thing", () => {
  it("'予算アラートは、…サービスでした。' opening '## コスト異常検知' recalls the section before; the line after it says what this one is (aws-study's account setup)", () => {
    const g = graphOfNotes({
      "account-setting.md": "# AWS アカウント初期設定\n\n## ５．予算アラート\n\n予算アラートは、設定した予算額を超えたときに通知するサービスです。\n\n## ６．コスト異常検知\n\n予算アラートは、設定した予算額に対してある敷居値を超えるときに通知するサービスでした。実際に超過しなければ通知されないため、異常な兆候は検出できません。\n\nコスト異常検知は、コストを継続的にモニタリングし、機械学習モデルを利用して異常な AWS コストの発生を検出することができるサービスです。\n",
    });
    const summaries = summariesOf(g);
    expect(summaries.get("コスト異常検知")).toBe("コスト異常検知は、コストを継続的にモニタリングし、機械学習モデルを利用して異常な AWS コストの発生を検出することができるサービスです。");
    expect(summaries.get("予算アラート")).toBe("予算アラートは、設定した予算額を超えたときに通知するサービスです。");
  });
});

describe("summaries from a list in brackets", () => {
  it("bare nouns in brackets, 'Auto Scaling（通知・クールダウン）', are topics to review, not what it is; a description in brackets still is (nagata's study plan, the seed's Karpenter)", () => {
    const g = graphOfNotes({
      "study-plan.md": "# 学習計画\n\n## 次にやること\n\n1. Domain 2 強化: Route 53 ルーティングポリシー、Auto Scaling（通知・クールダウン）、Aurora Global Database\n",
      "eks.md": "# EKS\n\n- Karpenter（クラスターオートスケーラー）でノードを増減する\n",
    });
    expect(summariesOf(g).get("Auto Scaling")).toBe("");
    expect(summariesOf(g).get("Karpenter")).toBe("クラスターオートスケーラー");
  });
});

describe("summaries that point or suppose", () => {
  it("'the default.' says which one, 'Assume the instance is given…' an example's setting; 'is a prefix' says what it is (c-nelson's Directory Service and EC2 networking)", () => {
    const g = graphOfNotes({
      "Directory Service.md": "Provides a managed directory - store of users, objects and other configurations.\n\n## Simple AD Mode\n\n## Choosing between modes\n\n- Simple AD - the default. Simple requirements. A directory in AWS\n",
      "Networking.md": "## DNS\n\n- Assume the instance is given a Primary **private** IP of `10.16.0.10`\n\t- The instance is given a DNS address of `ip-10-16-0-10.ec2.internal`\n",
      "S3.md": "# S3\n\n## Keys\n\n- 'tutorialsdojo/' - is a prefix\n",
    });
    const summaries = summariesOf(g);
    expect(summaries.get("Simple AD")).toBe("");
    expect(summaries.get("DNS")).toBe("");
    expect(summaries.get("'tutorialsdojo/'")).toBe("a prefix");
  });
});

describe("summaries that advise", () => {
  it("'…について把握しておく必要があります' says a thing matters to learn, not what it is (aws-study's IAM article)", () => {
    const g = graphOfNotes({
      "iam-overview.md": "# IAM 入門\n\n## 認証・認可\n\nIAM を理解する前に、「認証・認可」について把握しておく必要があります。\n\n- 認証: 本人であることを確認すること\n",
    });
    const summary = [...summariesOf(g)].find(([label]) => label.includes("認証・認可"))?.[1];
    expect(summary).toBe("");
  });
});

describe("summaries still to be filled in", () => {
  it("a template's field with a placeholder, '目標試験日: [未定]', '<設定方法>', says nothing yet (nagata's study plan, aws-study's console steps)", () => {
    const g = graphOfNotes({
      "study-plan.md": "# AWS SAA-C03 学習計画\n\n## 学習スケジュール\n\n- 目標試験日: [未定]\n- 1日の学習時間: 2時間\n\n### 現在の進捗\n\n- 学習継続中(模擬試験4回実施)\n",
    });
    expect(summariesOf(g).get("学習スケジュール")).toBe("");
  });
});

describe("summaries that cite", () => {
  it("a citation in brackets says where to read, not what the thing is: '(参考: [Eligibility policy](…))' after ドキュメント (aws-study's TEAM articles)", () => {
    const g = graphOfNotes({
      "team.md": "# TEAM の仕組み\n\n## 承認\n\n申請者は承認者を選べません。これはドキュメント(参考: [Eligibility policy](https://aws-samples.github.io/iam-identity-center-team/docs/overview/policies.html))でも以下のように明記されています。\n",
      "ssm.md": "# AWS Systems Manager\n\n## 概要\n\nAWS Systems Manager は AWS のリソースを運用するサービスです。\n\n### ドキュメント\n\n[AWS Systems Manager サービス概要](https://aws.amazon.com/jp/systems-manager/)\n\n[AWS Systems Manager ドキュメント](https://docs.aws.amazon.com/ja_jp/systems-manager/?id=docs_gateway)\n",
    });
    expect(summariesOf(g).get("ドキュメント")).toBe("");
  });
});

describe("summaries that give a pattern, a price or a lead-in", () => {
  it("code, numbers and symbols, or 'the following two kinds' say nothing of what a thing is; the line that does is taken", () => {
    const g = build(
      [
        "# Amazon CloudWatch",
        "",
        "## メトリクスフィルター",
        "",
        '- ルート利用: "{ $.userIdentity.type = \\"Root\\" && $.eventType != \\"AwsServiceEvent\\" }"',
        "- 保存期間: 1GBあたり $0.03",
        "",
        "## ホストゾーン",
        "",
        "ホストゾーンは次の 2 種類があります。",
        "",
        "- パブリックホストゾーン",
        "- プライベートホストゾーン",
        "",
        "ホストゾーンはドメインのトラフィックをルーティングするための管理単位です。",
        "",
      ].join("\n"),
    );
    const summaries = summariesOf(g);
    expect(summaries.get("ルート利用")).toBe("");
    expect(summaries.get("保存期間")).toBe("");
    expect(summaries.get("ホストゾーン")).toBe("ホストゾーンはドメインのトラフィックをルーティングするための管理単位です。");
  });

  it("a Japanese sentence that shows what follows ('正規化の例を次に示す.') says nothing of what a thing is (the line after it does); of a line written with '. ' stops, the sentence that names the thing is taken", () => {
    const g = build(
      [
        "# データベース設計",
        "",
        "## E-R図",
        "DBMSに依存しないデータモデルとしてE-Rモデルがある. そしてE-Rモデルを図で表現したものをE-R図という.",
        "",
        "## 正規化",
        "正規化の例を次に示す.",
        "",
        "正規化は表を分解して冗長性を取り除く操作である.",
        "",
      ].join("\n"),
    );
    const summaries = summariesOf(g);
    expect(summaries.get("E-R図")).toBe("E-Rモデルを図で表現したものをE-R図という.");
    expect(summaries.get("正規化")).toBe("正規化は表を分解して冗長性を取り除く操作である.");
  });

  it("an English sentence pointing at a table or a figure below it ('The following table highlights…') says nothing of what a thing is", () => {
    const g = build(
      [
        "# EC2 Instance Lifecycle",
        "",
        "The following table highlights the many instance states that a VM can be in at a given time.",
        "",
        "| State | Billed |",
        "| --- | --- |",
        "| running | yes |",
        "",
        "# Amazon Macie",
        "",
        "The diagram below shows how Macie classifies objects.",
        "",
        "Amazon Macie is a data security service that discovers sensitive data in S3.",
      ].join("\n"),
    );
    const summaries = summariesOf(g);
    expect(summaries.get("EC2 Instance Lifecycle") ?? "").toBe("");
    expect(summaries.get("Macie")).toBe("Amazon Macie is a data security service that discovers sensitive data in S3.");
  });

  it("a request to the reader ('…を検討してください。', 'Please refer to…') says nothing of what a thing is (aws-study's API Gateway metrics)", () => {
    const g = build(
      [
        "# API Gateway",
        "",
        "## API Gateway のメトリクス",
        "",
        "以下のメトリクスを監視することを検討してください。",
        "",
        "- 4XXError: クライアント側のエラーの数",
        "",
        "## Stages",
        "",
        "Please refer to the developer guide for stage variables.",
        "",
        "## terraform_remote_state",
        "",
        "別プロジェクトのoutputを参照",
        "",
      ].join("\n"),
    );
    const summaries = summariesOf(g);
    expect(summaries.get("API Gateway のメトリクス")).toBe("");
    expect(summaries.get("Stages")).toBe("");
    // (What a thing refers to is said of it.)
    expect(summaries.get("terraform_remote_state")).toBe("別プロジェクトのoutputを参照");
  });

  it("advice on what to learn, a question without its mark and what a tutorial tries next say nothing of what a thing is; the question a term answers does (aws-study's IOPS and Execution, mr110825's headings, misaka310's RPO)", () => {
    const g = build(
      [
        "# EBS",
        "",
        "## IOPS",
        "",
        "EBS を知る上では、IOPS を理解しておく必要があります。",
        "",
        "## 追加の修正：IAMを使わないとどうなるか",
        "",
        "IAMは「誰が何をできるか」を制限するものです。",
        "",
        "## 指標",
        "",
        "- RPO: どの時点までデータを戻せればよいか。",
        "",
        "## ステージ変数",
        "",
        "ステージ変数を設定してみます。",
        "",
      ].join("\n"),
    );
    const summaries = summariesOf(g);
    expect(summaries.get("IOPS")).toBe("");
    // (Nor what the writer tries next, in a tutorial.)
    expect(summaries.get("ステージ変数")).toBe("");
    expect(summaries.get("追加の修正")).not.toBe("IAMを使わないとどうなるか");
    expect(summaries.get("RPO")).toBe("どの時点までデータを戻せればよいか。");
  });

  it("a bold subtitle and the first item under a heading of kinds say nothing of the thing; a tagline, and an item that opens with the thing's name, do (gillouche's Datasources, Kottiee's Workflow Types, aayush's KMS Key)", () => {
    const g = build(
      [
        "# QuickSight",
        "",
        "## Datasources",
        "**Relational Data Sources**",
        "",
        "* Athena, Aurora, Redshift",
        "",
        "## NAT Gateway",
        "**Managed NAT service**",
        "",
        "- Placed in a public subnet",
        "",
        "## Workflow Types",
        "- **Standard**: Max 1 year, exactly-once, audit trail",
        "- **Express**: Max 5 min, at-least-once",
        "",
        "## KMS Key Types",
        "- KMS Key new name for KMS Customer Master Key",
        "- Symmetric (AES 256)",
        "",
        "## データベースのコスト最適化",
        "**DynamoDBのキャパシティモード**",
        "",
        "- オンデマンドは予測できない負荷に向く",
        "",
      ].join("\n"),
    );
    const summaries = summariesOf(g);
    expect(summaries.get("Datasources")).toBe("");
    expect(summaries.get("NAT gateway")).toBe("Managed NAT service");
    expect(summaries.get("Workflow")).toBe("");
    expect(summaries.get("KMS Key")).toBe("KMS Key new name for KMS Customer Master Key");
    expect(summaries.get("データベースのコスト最適化")).toBe("");
  });

  it("the first line under a heading of another facet says something of that facet, not what the thing is; under an overview it may (Kottiee's best practices, the vault's 'Using Systems Manager', mr110825's 'Node.jsとは？')", () => {
    const g = build(
      [
        "# VPC",
        "",
        "## Access Keys Best Practices",
        "",
        "- Never commit to code repositories",
        "",
        "## Using Systems Manager",
        "",
        "- Use AWSSupport-ResetAccess automation document",
        "",
        "## Data Transfer Pricing",
        "",
        "- IN: Free",
        "",
        "### Node.jsとは？",
        "",
        "**Node.js**は、JavaScriptをサーバーサイドで実行するための実行環境（ランタイム）です。",
        "",
        "## Dockerイメージの削除",
        "",
        "ダウンロードしたイメージが不要になったら削除します。",
        "",
      ].join("\n"),
    );
    const summaries = summariesOf(g);
    expect(summaries.get("Access Keys")).toBe("");
    expect(summaries.get("Systems Manager")).toBe("");
    expect(summaries.get("Data Transfer")).toBe("");
    expect(summaries.get("Node.js")).toBe("Node.jsは、JavaScriptをサーバーサイドで実行するための実行環境(ランタイム)です。");
    expect(summaries.get("Dockerイメージ")).toBe("");
  });

  it("a word or two of katakana in brackets says which one or which part, not what a thing is; a longer run does (nagata's EC2, the seed's Karpenter)", () => {
    const g = build(["# 問題記録", "", "- 関連サービス: EC2（インスタンスタイプ）、EBS", "- Karpenter（クラスターオートスケーラー）・AWS App Mesh（サービスメッシュ）", ""].join("\n"));
    const summaries = summariesOf(g);
    expect(summaries.get("EC2")).toBe("");
    expect(summaries.get("Karpenter")).toBe("クラスターオートスケーラー");
  });
});

describe("summaries are never pieces cut from inside a longer text", () => {
  it("a colon inside a quoted setting or a JSON string splits no definition, and a piece that opens a quote it never closes is no summary", () => {
    const g = build(
      [
        "# IAM",
        "",
        "IAM は AWS のリソースへのアクセスを管理するサービスです。",
        '`"AWS": "arn:aws:iam::123456789012:root"` はルートユーザーではなく、そのアカウントの全ての IAM プリンシパルを指す。',
        "",
        "## Amazon Q の設定",
        "",
        "- 「Amazon Q: Share Content」",
        "",
        "## SQS 体験ラボトレーニング",
        "",
        "こういうのもあります。",
      ].join("\n"),
    );
    // Words pointing at a link say nothing of what the thing is.
    expect(g.nodes.find((n) => n.label === "SQS 体験ラボトレーニング")?.summary).toBe("");
    expect(node(g, "iam").summary).toBe("IAM は AWS のリソースへのアクセスを管理するサービスです。");
    for (const n of g.nodes) {
      expect(n.label, n.id).not.toMatch(/^["「]|["」]$/);
      expect(n.summary, n.id).not.toMatch(/^[:：」]|Share Content」/);
    }
  });
});

describe("summaries that are pieces", () => {
  it("a few lower-case words of purpose or permission, a lower-case label and a glued dash are no summary", () => {
    const g = build(
      [
        "# Log retention",
        "",
        "- Amazon CloudWatch Logs: for full data retention",
        "- Reserved Instances: for databases",
        "- Amazon SNS: for sending notifications to many applications and services at once",
        "- Log streams:-A log stream is a sequence of log events that share the same source",
        "",
        "# Security standards",
        "",
        "- Security Hub: can not edit or delete",
        "- Amazon EBS: related: Amazon EC2",
      ].join("\n"),
    );
    const summary = (id: string) => node(g, id).summary;
    expect(summary("cloudwatch-logs")).toBe("");
    expect(summary("reserved-instances")).toBe("");
    expect(summary("security-hub")).toBe("");
    expect(summary("ebs")).toBe("");
    // Words enough to say what it is for stay.
    expect(summary("sns")).toBe("for sending notifications to many applications and services at once");
    expect(summary("log-streams")).toBe("A log stream is a sequence of log events that share the same source");
  });
});

describe("summaries that say what a thing does in one case", () => {
  it("'X refers to its data…' consults, it does not say what X is; 'X refers to a…' does", () => {
    const g = build(
      [
        "# Latency-Based Routing",
        "",
        "- A user in London opens the site.",
        "- Route 53 refers to its data on latency between London and the Singapore region.",
        "",
        "# Glossary",
        "",
        "Amazon EBS refers to a block storage service for EC2 instances.",
      ].join("\n"),
    );
    expect(node(g, "route-53").summary).toBe("");
    expect(node(g, "ebs").summary).toBe("Amazon EBS refers to a block storage service for EC2 instances.");
  });
});

describe("summaries that only name other things", () => {
  it("brackets that list names say what a thing covers, not what it is", () => {
    const g = build(["# AWS Firewall Manager", "", "- Policies can cover:", "  - AWS Shield Advanced (ALB, CLB, NLB, Elastic IP, CloudFront)", "  - Amazon GuardDuty (a threat detection service that watches logs for malicious activity)"].join("\n"));
    expect(node(g, "shield-advanced").summary).toBe("");
    expect(node(g, "guardduty").summary).toBe("a threat detection service that watches logs for malicious activity");
  });

  it("brackets that add what a thing goes with or covers are no summary ('パブリック IP（または Elastic IP）', 'RDS（Aurora含む）', '(including Aurora)'); a gloss is", () => {
    const g = build(
      [
        "# 試験のポイント",
        "",
        "- 起動時に割り当てられる IP = プライベート IP + パブリック IP（または Elastic IP）",
        "- RDS Proxy は RDS（Aurora含む）への大量の接続を効率的に管理する。",
        "- ALB（HTTP/HTTPSのみ）はレイヤー7で動作する。",
        "- Cache reads with ElastiCache (including Memcached) in front of the database.",
        "- Karpenter（クラスターオートスケーラー）でノードを増やす。",
      ].join("\n"),
    );
    expect(node(g, "rds").summary).toBe("");
    expect(node(g, "alb").summary).toBe("");
    expect(node(g, "elasticache").summary).toBe("");
    expect(g.nodes.find((n) => n.label === "Public IP")?.summary).toBe("");
    expect(g.nodes.find((n) => n.label === "Karpenter")?.summary).toBe("クラスターオートスケーラー");
  });

  it("brackets that open with a preposition say where or how, not what the name before them is", () => {
    const g = build(
      [
        "# Amazon EFS",
        "",
        "- Each file system is accessed by EC2 instances via mount targets which are created per AZ (by default in all subnets of the VPC)",
        "- Choose SSD (for small, random I/O like databases) or HDD (for large, sequential I/O like streaming)",
        "- Amazon GuardDuty (a threat detection service that watches logs) reads VPC Flow Logs.",
      ].join("\n"),
    );
    expect(node(g, "availability-zone").summary).toBe("");
    expect(g.nodes.find((n) => n.label === "SSD")?.summary ?? "").toBe("");
    expect(g.nodes.find((n) => n.label === "HDD")?.summary).toBe("");
    expect(node(g, "guardduty").summary).toBe("a threat detection service that watches logs");
  });

  it("a title with where it was published in brackets is the document's, no summary; a line of the note that says what the thing is, is", () => {
    const g = build(
      [
        "# Amazon DynamoDB",
        "",
        "## 学習リソース",
        "",
        "Amazon DynamoDB: 大規模なアプリケーションを支えるデータベース設計([AWS ブログ](https://aws.amazon.com/jp/blogs/news/dynamodb-design/))",
        "",
        "## 概要",
        "",
        "DynamoDB はフルマネージドな NoSQL データベースサービスです。",
      ].join("\n"),
    );
    expect(node(g, "dynamodb").summary).toBe("DynamoDB はフルマネージドな NoSQL データベースサービスです。");
    // (The learner's own definition with a source after it stays one: the source is no document's title.)
    const own = build(["# Amazon SQS", "", "SQS: フルマネージドなメッセージキューサービス([出典](https://docs.aws.amazon.com/sqs/))"].join("\n"));
    expect(node(own, "sqs").summary).toMatch(/^フルマネージドなメッセージキューサービス/);
  });

  it("words that point back at what came before ('通常はこちらを利用する', 'Same as above, …') are no summary read alone", () => {
    const g = build(["# Amazon SQS", "", "- ショートポーリング: すぐに応答を返す方式", "- ロングポーリング: 通常はこちらを利用する。", "", "# Route 53 health checks", "", "- HTTP string matching: Same as above, the body must contain the string."].join("\n"));
    expect(node(g, "short-polling").summary).toBe("すぐに応答を返す方式");
    expect(node(g, "long-polling").summary).toBe("");
    expect(node(g, "http-string-matching").summary).toBe("");
    const en = build(["# Migration", "", "- RDS MySQL to Aurora MySQL: restore a DB snapshot as an Aurora DB", "- RDS PostgreSQL to Aurora PostgreSQL: same as MySQL", "- Homogeneous migration: same DB engine", "- Highly available EC2 strategies: Revise this", "- Private IP: In that case use a NAT device"].join("\n"));
    expect(node(en, "rds-postgresql-to-aurora-postgresql").summary).toBe("");
    expect(node(en, "homogeneous-migration").summary).toBe("same DB engine");
    expect(node(en, "highly-available-ec2-strategies").summary).toBe("");
    expect(node(en, "private-ip").summary).toBe("");
  });

  it("a service listed in another service's section ('Lambda: Traffic is shifted…' under CodeDeploy) is summed up by its own note's defining line (gillouche/aws-notes)", () => {
    const g = graphOfNotes({
      "codedeploy.md": ["# AWS CodeDeploy", "", "## Deployment types", "", "- EC2/On-premises: the application on each instance is stopped and the new release installed", "- Lambda: Traffic is shifted from one version of a Lambda function to a new version of the same Lambda function."].join("\n"),
      "lambda.md": ["# AWS Lambda", "", "## General Info", "", "We can create Lambda from blueprints or from scratch.", "", "Lambda is a serverless computing platform:", "* we pay only for compute time we consume"].join("\n"),
    });
    expect(node(g, "lambda").summary).toBe("Lambda is a serverless computing platform");
  });

  it("a step in a console ('…「編集」をクリックします', 'Select the bucket…') is no summary: it says what to do, not what the thing is (ishiharatma/aws-study)", () => {
    const g = build(["# Amazon API Gateway", "", "## Integration request URL path parameter", "", "メソッドの作成後、作成したメソッドを選択し、「統合リクエスト」タブを開き、「編集」をクリックします。", "", "## Stage variables", "", "Select the stage and open the Stage variables tab.", "", "## Usage plans", "", "A usage plan sets who can call which API stages, how often and how much."].join("\n"));
    expect(node(g, "integration-request-url-path-parameter").summary).toBe("");
    expect(node(g, "stage-variables").summary).toBe("");
    expect(node(g, "usage-plans").summary).toBe("A usage plan sets who can call which API stages, how often and how much.");
  });

  it("the first step, day, scenario or example of a sequence is no summary ('Scenario 1: …', 'Day 1: …', 'Example: …', '第 1 分野: …')", () => {
    const g = build(["# AWS exam plan", "", "## Common Scenarios", "", "- Scenario 1: Ad-hoc SQL queries on S3 data", "", "## 試験分野", "", "- 第 1 分野: クラウドのコンセプト 26%", "", "## Snow Family", "", "- Example: SQL Server → PostgreSQL"].join("\n"));
    for (const id of ["common-scenarios", "試験分野", "snowball"]) expect(g.nodes.find((n) => n.id === id)?.summary ?? "", id).toBe("");
  });

  it("an ordinary word a service took, labelling a field of another service, says nothing of that service", () => {
    // As the Obsidian vault lists GuardDuty's finding fields, and Kottiee Cost Explorer's time ranges.
    const fields = build(
      [
        "# Amazon GuardDuty",
        "",
        "- Finding name: ThreatPurpose:ResourceTypeAffected/ThreatFamilyName!Artifact",
        "  - **ThreatPurpose** - what the threat is for (e.g. backdoor)",
        "  - **Artifact** - the resource the malicious activity uses (e.g. a domain)",
        "",
        "# AWS Cost Explorer",
        "",
        "- Forecast: next 12 months",
        "",
      ].join("\n"),
    );
    const artifact = fields.nodes.find((n) => n.id === "artifact");
    expect(artifact?.summary ?? "").not.toMatch(/malicious/);
    const forecast = fields.nodes.find((n) => n.id === "forecast");
    expect(forecast?.summary ?? "").not.toMatch(/12 months/);
  });
});

describe("summaries and figures", () => {
  it("a figure before a colon is a value recorded of the section's thing, neither a node nor its summary", () => {
    const g = build(
      [
        "# Amazon CloudWatch",
        "",
        "## CloudWatch Metrics Retention",
        "",
        "- < 60 seconds (high resolution): 3 hours",
        "- 60 seconds: 15 days",
        "",
        "## Data transfer",
        "",
        "- **>10 TB**: Consider Snow devices",
        "",
      ].join("\n"),
    );
    const retention = g.nodes.find((n) => n.label === "CloudWatch Metrics Retention");
    expect(retention).toBeDefined();
    expect(retention!.summary).toBe("");
    expect(g.nodes.map((n) => n.label)).not.toContain("10 TB");
    expect(g.nodes.filter((n) => /^\W*\d/.test(n.label)).map((n) => n.label)).toEqual([]);
  });
});

describe("summaries of a vault's notes", () => {
  const vault = graphOfNotes;

  it("a note titled by its file is summarised by its first line where that says what the thing is without naming it", () => {
    const g = vault({
      "Amazon Aurora.md": "---\nup:\n  - \"[[AWS Database]]\"\n---\n## Overview\n\n- A fully managed database service and also a type of database engine within [[Amazon RDS]].\n- Scales automatically, performs faster, and costs lower\n",
      "Durability.md": "---\nup:\n  - \"[[AWS Database]]\"\n---\n- The probability that an object remains intact and accessible after a period of one year.\n- [[Amazon Aurora]] keeps six copies.\n",
      "Encryption at Rest.md": "---\nup:\n  - \"[[AWS Database]]\"\n---\n- An example is a password on a laptop\n",
      "AWS Database.md": "# AWS Database\n\n- [[Amazon Aurora]], [[Durability]], [[Encryption at Rest]]\n",
    });
    expect(node(g, "aurora").summary).toBe("A fully managed database service and also a type of database engine within Amazon RDS.");
    expect(g.nodes.find((n) => n.label === "Durability")?.summary).toBe("The probability that an object remains intact and accessible after a period of one year.");
    // (An example is no description.)
    expect(g.nodes.find((n) => n.label === "Encryption at Rest")?.summary).toBe("");
  });

  it("a note with no heading, named by its file, is summarised by a first line that names its thing by a pronoun (tushar's 'It is a CDN', flochai's 'This is a group of …'); not by a question", () => {
    const g = vault({
      "S3 Object Lock.md": "#aws\n\nThis is a group of related features that can be enabled on new S3 buckets.\n\n- Requires versioning\n",
      "Trusted Helper.md": "#aws\n\nIt is a managed tool that checks your account against the AWS best practices.\n",
      "Cost Check.md": "#aws\n\nIt is a good idea to check costs every month?\n",
    });
    expect(g.nodes.find((n) => n.label === "S3 Object Lock")?.summary).toBe("This is a group of related features that can be enabled on new S3 buckets.");
    // (Its part in S3 is shown by a line of the note, not by its line of tags.)
    const lock = g.nodes.find((n) => n.label === "S3 Object Lock")!;
    const partOf = g.edges.find((e) => e.kind === "part_of" && e.source === lock.id);
    expect(partOf?.target).toBe("s3");
    expect(partOf?.evidence.text).toBe("This is a group of related features that can be enabled on new S3 buckets.");
    expect(g.nodes.find((n) => n.label === "Trusted Helper")?.summary).toBe("It is a managed tool that checks your account against the AWS best practices.");
    expect(g.nodes.find((n) => n.label === "Cost Check")?.summary ?? "").toBe("");
  });

  it("a list item titling its nested list ('- CloudFront - Multiple Origins') gives no definition", () => {
    const g = vault({
      "Amazon CloudFront.md": "---\nup:\n  - \"[[AWS Network]]\"\n---\n## Overview\n\n- A web service that speeds up distribution of your static and dynamic web content to your users.\n",
      "CloudFront Content Delivery.md": "---\nup:\n  - \"[[AWS Network]]\"\n---\n- CloudFront - Multiple Origins\n\t- To route to different kind of origins based on the content type\n\t- Based on path pattern\n- See [[Amazon CloudFront]]\n",
      "AWS Network.md": "# AWS Network\n\n- [[Amazon CloudFront]], [[CloudFront Content Delivery]]\n",
      // ("web service" a term of the notes: the opening names the class it is of.)
      "Glossary.md": "# Glossary\n\n- Web service: a service offered over the web\n- Web services talk HTTP.\n",
    });
    expect(node(g, "cloudfront").summary).toBe("A web service that speeds up distribution of your static and dynamic web content to your users.");
  });
});

describe("English definitions without an article", () => {
  it("'X is serverless querying service' says what X is; one of clauses set side by side does not", () => {
    const g = graphOfNotes({
      "Athena.md": "Amazon Athena is serverless querying service which allows for ad-hoc queries.\n\n- Output sent to other services\n",
      "logs.md": "# Logs\n\n- Query the logs with Athena\n",
      "storage.md": "# Storage types\n\n- ELB is block storage, EFS is file system storage, object storage is S3\n",
    });
    expect(node(g, "athena").summary).toBe("Amazon Athena is serverless querying service which allows for ad-hoc queries.");
    expect(g.nodes.find((n) => n.label === "ELB")?.summary ?? "").not.toMatch(/block storage/);
  });
});

describe("a defining sentence through the thing's own plural", () => {
  it("'SQS queues are a managed message queue service' says what SQS is; 'IAM users are an identity' does not say what IAM is", () => {
    const g = graphOfNotes({
      "SQS.md": "SQS queues are a managed message queue service in AWS which help to decouple application components.\n\n- Public\n- Fully Managed\n",
      "IAM.md": "IAM users are an identity used for anything requiring long-term AWS access.\n\n- Global service\n",
      "Kinesis.md": "# Kinesis Data Streams\n\n- SQS - 1 production group, 1 consumption group\n- IAM - controls who can read the stream\n- See [[SQS]] and [[IAM]]\n",
    });
    expect(node(g, "sqs").summary).toBe("SQS queues are a managed message queue service in AWS which help to decouple application components.");
    expect(node(g, "iam").summary).not.toMatch(/^IAM users/);
  });
});

describe("a record under other things' names", () => {
  it("'Classic & ALB: successful response code is 200' opening a section is no summary of it, nor one term", () => {
    const g = graphOfNotes("# ELB\n\n## ELB error messages\n\n- Classic & ALB: successful response code is 200\n- Unsuccessful requests: 4XX or 5XX response code\n");
    expect(g.nodes.find((n) => n.label === "ELB error messages")?.summary).toBe("");
    expect(g.nodes.map((n) => n.label)).not.toContain("Classic ALB");
  });

  it("a service's state under a section on a setting ('ALB: Always enabled by default' under Cross-Zone Load Balancing) is no summary of it; a concept's short description still is", () => {
    const g = graphOfNotes(
      "# AWS load balancing\n\n## Cross-Zone Load Balancing\n\nCross-zone load balancing spreads traffic across targets in every enabled AZ.\n\n- Application Load Balancer (ALB): Always enabled by default (no charge for inter-AZ data).\n- Network Load Balancer (NLB): Disabled by default.\n\n## Subnets\n\n- Private Subnet: No route to the internet.\n",
    );
    expect(g.nodes.find((n) => n.label === "ALB")?.summary).toBe("");
    expect(g.nodes.find((n) => n.label === "NLB")?.summary).toBe("");
    expect(g.nodes.find((n) => /^Private Subnet$/i.test(n.label))?.summary).toBe("No route to the internet.");
  });

  it("a callout's title ('> [!abstract] How DNS Works') is no summary: the line under it is; 'how long log events are kept' still defines a setting", () => {
    const g = graphOfNotes({
      "DNS.md": "# DNS - Domain Name System\n\n> [!abstract] How DNS Works\n> DNS translates domain names into the IP addresses of servers.\n\n## Parts\n\n- Resolver: a server that queries DNS on your behalf.\n",
      "Logs.md": "# Log groups\n\n- Retention settings: how long log events are kept before they are deleted.\n",
    });
    expect(g.nodes.find((n) => n.label === "DNS")?.summary).toBe("DNS translates domain names into the IP addresses of servers.");
    expect(g.nodes.find((n) => n.label === "Retention settings")?.summary).toBe("how long log events are kept before they are deleted.");
  });

  it("brackets after a known thing in a running sentence say what it is there, not what it is ('IAM ポリシー（アクセスする別アカウント側で設定）', 'CloudFront（キャッシュ無効化）'); an item that opens its line is glossed by them", () => {
    const g = graphOfNotes({
      "s3.md": "# S3 のアクセス制御\n\n別アカウントからのアクセスを許可する場合は、バケットポリシーと IAM ポリシー（アクセスする別アカウント側で設定）の両方が必要です。\n",
      "deploy.md": "# デプロイの流れ\n\n| 手順 | 内容 |\n| --- | --- |\n| 矢印追加 | GitHub Actions → CloudFront（キャッシュ無効化） |\n",
      "tools.md": "# コンテナのツール\n\n- Karpenter(クラスターオートスケーラー)\n",
    });
    expect(g.nodes.find((n) => n.label === "IAM policy")?.summary).toBe("");
    expect(g.nodes.find((n) => n.label === "CloudFront")?.summary).toBe("");
    expect(g.nodes.find((n) => n.label === "Karpenter")?.summary).toBe("クラスターオートスケーラー");
  });

  it("a text cut off inside a wiki link is no summary ('tags: [[network]] [[aws/security' ending a vault's note)", () => {
    const g = graphOfNotes({ "EC2 Networking.md": "# EC2 Networking\n\n## Enhanced Networking\n\nEnhanced networking uses SR-IOV for higher bandwidth.\n\n___\ntags: [[network]] [[aws/security\n" });
    expect(g.nodes.filter((n) => n.summary.includes("[[")).map((n) => `${n.label}: ${n.summary}`)).toEqual([]);
  });

  it("a line that names the thing as where something goes or what is done to it says what is done, not what it is; a place is summed up by no list item named after it", () => {
    // As aws-study's articles write them: API Gateway's endpoint types, Secrets Manager's deletion.
    const g = graphOfNotes({
      "apigw.md": "# Amazon API Gateway\n\n## REST API のエンドポイントタイプ\n\n- エッジ最適化\n  - CloudFront のエッジロケーションを経由して、最適なリージョンにルーティングされます。\n- リージョン\n  - 直接リージョンにルーティングされます。\n  - デフォルトのエンドポイントタイプです。\n",
      "secrets.md": "# AWS Secrets Manager\n\n## シークレット\n\nシークレットを削除する場合、最短で 7 日間の猶予期間後に削除されます。\n",
      "s3.md": "# Amazon S3\n\n## 保存範囲\n\n- リージョン\n  - 3つのアベイラビリティゾーンにデータを複製\n- 1ゾーン\n  - 1つのアベイラビリティゾーンに保存\n",
      "glue.md": "# AWS Glue\n\n## Glue Studio\n\nGlue Studioを使えば、GUIベースでETLジョブを構築することができます。\n",
    });
    expect(node(g, "region").summary).toBe("");
    expect(g.nodes.find((n) => n.labelJa === "シークレット" || n.label === "Secret")?.summary).toBe("");
    expect(g.nodes.find((n) => n.label === "Glue Studio")?.summary).toBe("Glue Studioを使えば、GUIベースでETLジョブを構築することができます。");
  });
});

describe("a definition written on from its term's verb", () => {
  it("says what the thing is without the verb, and a remark's label or an exam log's headings are no things", () => {
    const g = build(
      [
        "# S3 object keys",
        "",
        "- 'photos/' - is a prefix",
        "- 'photos/cat.jpeg' - is the whole key of one object",
        "",
        "## 問題再掲",
        "",
        "DynamoDB の読み込みを速くしたい。どれを使うか?",
        "",
        "### なぜ正解か？",
        "",
        "**鉄則: DynamoDB + キャッシュ = DAX。それ以外 = ElastiCache。**",
      ].join("\n"),
    );
    const prefix = g.nodes.find((n) => n.label === "'photos/'");
    expect(prefix?.summary).toBe("a prefix");
    for (const label of ["問題再掲", "なぜ正解か?", "鉄則"]) expect(g.nodes.map((n) => n.label)).not.toContain(label);
  });
});

describe("a sentence that points at a figure", () => {
  it("is no summary (\"構成イメージはこのようになります。\" over a diagram)", () => {
    const g = build(
      [
        "# ElastiCache",
        "",
        "## ElastiCache for Memcached",
        "",
        "構成イメージはこのようになります。クラスタ化されていますが、レプリケーションの機能はありません。",
        "",
        "![構成図](memcached.png)",
      ].join("\n"),
    );
    const memcached = g.nodes.find((n) => n.label === "ElastiCache for Memcached");
    expect(memcached).toBeDefined();
    expect(memcached?.summary).not.toContain("このようになります");
  });
});

describe("a page of contents written in HTML anchors", () => {
  it("gives its topic no summary from a link's text (\"<a href=…>RDS と Aurora の比較</a>\")", () => {
    const g = graphOfNotes({
      "docs/database.md": [
        "---",
        "title: Database",
        "---",
        "",
        '- <a href="../rds-aurora/index.html" target="_blank">RDS と Aurora の比較</a>',
        '- <a href="../rds/index.html" target="_blank">Amazon RDS 入門</a>',
        '- <a href="../dynamodb/index.html" target="_blank">Amazon DynamoDB 入門</a>',
        "- Amazon Redshift",
      ].join("\n"),
      "articles/rds.md": "# Amazon RDS\n\nAmazon RDS はマネージドなリレーショナルデータベースサービスです。[Database](../docs/database.md) の一つです。\n",
    });
    const database = g.nodes.find((n) => n.label === "Database");
    expect(database).toBeDefined();
    expect(database?.summary ?? "").not.toContain("比較");
    expect(database?.summary ?? "").not.toContain("入門");
  });

  it("is no value of one setting under its bound or state (Kottiee's 'Disabled: Single node group…' under ElastiCache Cluster Mode)", () => {
    const g = graphOfNotes({
      "elasticache.md": "# ElastiCache\n\n## ElastiCache Cluster Mode\n\n- Disabled: Single node group, max 5 replicas, vertical scaling\n- Enabled: Multiple shards, horizontal scaling, better performance\n",
    });
    const mode = g.nodes.find((n) => n.label === "ElastiCache Cluster Mode");
    expect(mode).toBeDefined();
    expect(mode?.summary ?? "").not.toMatch(/^(?:Disabled|Enabled)/);
    expect(g.nodes.some((n) => n.label === "Disabled" || n.label === "Enabled")).toBe(false);
  });
});
