// Articles about one service each share an outline: "## 監視", "## 暗号化", "### 学習リソース"
// under AWS Lambda in one article and under AWS Glue in the next. Each such section is an aspect
// of its service, not one node of its own: read as one node, "監視" gathered Lambda's and Glue's
// metrics, under whichever service came first. A heading that groups things at the top of a guide
// ("## ストレージ" above Amazon S3 and Amazon EBS) is still their topic, and a thing named under
// headings that are not services ("Provisioned IOPS SSD") is still one node. Beside the outline:
// what such articles make of summaries (their own section's opening line, never a link), of
// parents (no service part of a guide, or of a heading inside another service's article) and of
// names after "AWS" (a service only when it is an English proper name).

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { isDocumentTitle, readHeading } from "../../lib/extract/headings";
import { productNamed } from "../../lib/extract/aspect-headings";
import { lexicon, node, ROOT, vocabulary } from "../helpers/seed";

const dir = path.join(ROOT, "tests/fixtures/zenn-article-outline");
const g = runPipeline({ files: readdirSync(dir).map((f) => ({ file: f, bytes: readFileSync(path.join(dir, f)) })), vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;
const factById = new Map(g.facts.map((f) => [f.id, f]));
const factsOf = (id: string) => node(g, id).facts.map((i) => factById.get(i)!);
const filesOf = (id: string) => new Set(factsOf(id).map((f) => f.file));
/** The graph of notes written here, by file. */
const graphOfNotes = (notes: Record<string, string>) => runPipeline({ files: Object.entries(notes).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) })), vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;
const graphOfNote = (file: string, text: string) => graphOfNotes({ [file]: text });

describe("a heading shared by articles on different services", () => {
  it("gathers no node from both articles: each section stays with its own service", () => {
    const mixed = g.nodes.filter((n) => n.kind !== "service" && filesOf(n.id).has("lambda-overview.md") && filesOf(n.id).has("glue-overview.md"));
    expect(mixed.map((n) => n.label)).toEqual([]);
    expect(g.nodes.filter((n) => ["監視", "暗号化", "学習リソース"].includes(n.labelJa ?? n.label)).map((n) => n.label)).toEqual([]);
  });

  it("leaves each service its own monitoring, storage and encryption lines", () => {
    const lambda = factsOf("lambda").map((f) => f.text);
    expect(lambda).toContain("監視するメトリクスとしては次のようなものがあります。");
    expect(lambda).toContain("Lambda の一時ストレージ (/tmp) は 512 MB から 10,240 MB まで設定できます。");
    expect(lambda).toContain("環境変数は KMS のキーで保管時に暗号化されます。");
    expect(factsOf("glue").map((f) => f.text)).toContain("AWS Glue のジョブは CloudWatch のメトリクスで監視できます。");
    expect(factsOf("backup").map((f) => f.text)).toContain("EBS ボリューム、EFS、S3 のバックアップを取得できます。");
    // What the monitoring section lists belongs to the service it monitors.
    expect(node(g, "throttles").parent).toBe("lambda");
  });

  it("counts a product the vocabulary does not list, named as the vendor names products ('# Amazon Q Developer'), as a thing with aspects", () => {
    // Two articles (zenn-q-overview.md and zenn-kinesisdatastreams-overview.md of aws-study, cut
    // down): "料金体系" heads Kinesis Data Streams' pricing in one and Amazon Q Developer's in the
    // other. One "料金体系" node had held both services' prices, and "DMS" had become part of
    // another article's "Free Tier".
    const pricing = graphOfNotes({
      "q-overview.md": "# Amazon Q Developer\n\n## 1. Amazon Q Developer とは\n\nAmazon Q Developer は、生成 AI を活用した開発支援サービスです。\n\n## 2. 料金体系\n\n### 2.1. 無料利用枠(Free Tier)\n\n- 月 50 回までのチャット\n\n### 2.2. Amazon Q Developer Pro\n\n- ユーザーあたり月 19 USD\n",
      "kinesis-overview.md": "# Amazon Kinesis Data Streams\n\n## 1. Amazon Kinesis Data Streams とは\n\nリアルタイムでデータを収集するサービスです。\n\n## 2. 料金体系\n\n- シャード時間: 1シャード時間あたり $0.0195\n- PUT Payload Unit: 100万PUT Payload Unitあたり $0.0215\n",
    });
    expect(pricing.nodes.filter((n) => n.label === "料金体系" || n.labelJa === "料金体系").map((n) => n.label)).toEqual([]);
    const kinesis = pricing.nodes.find((n) => n.label === "Kinesis Data Streams")!;
    const q = pricing.nodes.find((n) => n.label === "Amazon Q Developer")!;
    expect(pricing.nodes.find((n) => n.label === "PUT Payload Unit")?.parent).toBe(kinesis.id);
    expect(pricing.nodes.find((n) => n.label === "Amazon Q Developer Pro")?.parent).toBe(q.id);
    // (A heading that goes on in other words is about a product, not one: "Amazon API Gateway のクォータ".)
    const lex = lexicon();
    expect(["Amazon Q Developer", "AWS Transfer Family", "Amazon API Gateway のクォータ", "AWS の料金", "Amazon"].map((h) => productNamed(lex, h) !== undefined)).toEqual([true, true, false, false, false]);
  });

  it("keeps a guide's top-level grouping as the topic of what it groups", () => {
    const storage = g.nodes.find((n) => n.labelJa === "ストレージ" || n.label === "ストレージ")!;
    expect(storage.kind).toBe("topic");
    expect(node(g, "s3").parent).toBe(storage.id);
    expect(node(g, "ebs").parent).toBe(storage.id);
    expect(filesOf(storage.id).has("lambda-overview.md")).toBe(false);
  });

  it("makes no service part of a guide, though the guide is a note others link to", () => {
    // (Labelled with its title, "# AWS 学習ガイド", not its file's name, "Study guide".)
    const guide = g.nodes.find((n) => n.label === "AWS 学習ガイド");
    expect(guide).toBeDefined();
    expect(g.nodes.some((n) => n.label === "Study guide")).toBe(false);
    expect(g.nodes.filter((n) => n.parent === guide!.id).map((n) => n.label)).toEqual([]);
  });

  it("makes no party to a relation of an article titled as a guide or an introduction ('導入ガイド', '入門'), unless its node is a service", () => {
    // aws-study's "TEAM for AWS IAM Identity Center 導入ガイド ──(6/6) 監査者向けガイド", linked from
    // its first part, had become a node named after its file that worked with CloudTrail Lake.
    const guides = graphOfNotes({
      "team-01-overview.md": '---\ntitle: "TEAM 導入ガイド ──(1/6) 概要"\n---\n\n次は[監査者向けガイド](team-04-auditor.md)です。\n',
      "team-04-auditor.md": '---\ntitle: "TEAM 導入ガイド ──(6/6) 監査者向けガイド"\n---\n\nセッションアクティビティでは、CloudTrail Lake と連携して操作を追跡できます。\n',
      "index.md": "- [概要](team-01-overview.md)\n",
    });
    const article = guides.nodes.find((n) => n.label === "TEAM 導入ガイド ──(6/6) 監査者向けガイド");
    expect(article).toBeDefined();
    expect(guides.edges.filter((e) => e.kind !== "mentions" && [e.source, e.target].includes(article!.id)).map((e) => `${e.kind} ${e.source} ${e.target}`)).toEqual([]);
    // An introduction whose node is the service it introduces still speaks for it: lambda-overview.md
    // here is titled "【初心者向け】AWS Lambda 入門！完全ガイド" and headed "# AWS Lambda".
    expect(g.edges.some((e) => e.kind === "integrates" && [e.source, e.target].includes("lambda") && [e.source, e.target].includes("cloudwatch-logs"))).toBe(true);
  });

  it("labels a document known by its file's name with the title it is written or linked with", () => {
    // aws-study's rds-aurora-overview.md comments its heading out; index.md links it as "RDS と Aurora の比較".
    const linked = graphOfNotes({
      "rds-aurora-overview.md": "<!--# Amazon RDS と Amazon Aurora の比較-->\n\n## 比較ポイント1:可用性\n\nAurora はストレージを 3 つの AZ に 6 つコピーします。\n",
      "index.md": "# 目次\n\n- [RDS と Aurora の比較](rds-aurora-overview.md)\n",
    });
    expect(linked.nodes.filter((n) => /rds.*aurora/i.test(n.label)).map((n) => n.label)).toEqual(["RDS と Aurora の比較"]);
    // A front matter file beside the article it heads ("# コンテナ"), though titled as a guide, leaves
    // the article's node its name.
    const split = graphOfNotes({
      "header/container-overview.md": '---\ntitle: "【初心者向け】コンテナ 入門！完全ガイド"\n---\n',
      "body/container-overview.md": "# コンテナ\n\nコンテナは、アプリケーションとその実行環境をまとめたものです。\n",
      "index.md": "- [コンテナ](body/container-overview.md)\n",
    });
    expect(split.nodes.map((n) => n.labelJa ?? n.label)).toContain("コンテナ");
    expect(split.nodes.some((n) => /完全ガイド/.test(n.label))).toBe(false);
  });

  it("makes no service part of a note that compares two", () => {
    // ecs-vs-eks.md, linked from index.md: a comparison, not a thing EKS and ECS are parts of.
    const comparison = g.nodes.find((n) => /ecs vs eks/i.test(n.label));
    expect(comparison).toBeDefined();
    expect(g.nodes.filter((n) => n.parent === comparison!.id).map((n) => n.label)).toEqual([]);
    // …nor the note a part or a kind of either, nor a party to what its lines say.
    expect(comparison!.parent).toBeUndefined();
    expect(g.edges.filter((e) => e.kind !== "mentions" && [e.source, e.target].includes(comparison!.id)).map((e) => `${e.kind} ${e.source} ${e.target}`)).toEqual([]);
  });

  it("asks no question of a step listed under a heading that names questions ('## 秘密の質問')", () => {
    expect(g.nodes.filter((n) => n.kind === "question" && /開きます/.test(n.label)).map((n) => n.label)).toEqual([]);
  });

  it("makes no service part of a heading inside another service's article", () => {
    // xray-overview.md: "## 利用パターン" lists "- Amazon ECS" and "- AWS Lambda" with how X-Ray runs on each.
    expect(node(g, "ecs").parent).toBeUndefined();
    expect(node(g, "lambda").parent).toBeUndefined();
    // …nor makes how X-Ray runs there ECS's summary: its own article's line says what it is.
    expect(node(g, "ecs").summary).toBe("Amazon ECS は、AWS 独自のコンテナオーケストレーションサービスです。");
  });

  it("keeps a thing named under headings that are not services as one node", () => {
    const ssd = g.nodes.find((n) => n.label === "Provisioned IOPS SSD")!;
    expect(filesOf(ssd.id)).toEqual(new Set(["study-guide.md", "backup-overview.md"]));
  });
});

describe("a summary from the thing's own article", () => {
  it("is its section's opening line, not what a list in another article says it does there", () => {
    // glue-overview.md lists "AWS Lambda: サーバーレスでのイベント処理" among what uses Glue's jobs.
    expect(node(g, "lambda").summary).toBe("サーバーをプロビジョニングまたは管理せずにコードを実行できるようにするコンピューティングサービスです。");
  });

  it("is the opening line that defines it, when several sections are its own", () => {
    expect(g.nodes.find((n) => n.label === "Provisioned IOPS SSD")!.summary).toMatch(/^Provisioned IOPS SSD は、.*ボリュームです/);
  });

  it("is never a link: neither a line that only links to a page nor a video's title above its URL", () => {
    expect(node(g, "efs").summary).toBe("");
    expect(node(g, "cloudwatch").summary).toBe("");
    // "AWS Storage Gateway https://youtu.be/…" opening its section names a video.
    expect(node(g, "storage-gateway").summary).toBe("");
    // A link among words is its words: "[AWS Config](https://…)は、…サービスです。" says what it is;
    // "詳細は、[AWS Backup Audit Manager の概要](…)" is mostly a link, a pointer to a page.
    expect(node(g, "config").summary).toBe("AWS Configは、AWS 上で稼働するリソースの状態を監視し、変更履歴を追跡するためのサービスです。");
    expect(node(g, "aws-backup-audit-manager").summary).toBe("");
  });

  it("is never a link's title read as a term and its definition, while a linked term keeps the definition after it", () => {
    const video = graphOfNote("q.md", "# Amazon Q Developer\n\n## 動画\n\n- [Amazon Q Developer Workshop - Building the Q-Words App](https://catalog.workshops.aws/qwords)\n- [共有スループットコンシューマー](https://docs.aws.amazon.com/streams/): 複数のコンシューマーでシャードの読み取り容量を共有します\n");
    expect(video.nodes.filter((n) => /Building the Q-Words App/.test(n.summary)).map((n) => n.label)).toEqual([]);
    expect(video.nodes.find((n) => n.labelJa === "共有スループットコンシューマー" || n.label === "共有スループットコンシューマー")?.summary).toBe("複数のコンシューマーでシャードの読み取り容量を共有します");
  });

  it("is never a sentence that says its section shows how to do something ('…する方法です。')", () => {
    const howTo = graphOfNote("cfn.md", "# AWS CloudFormation\n\n## Secrets Manager\n\nCloudFormation で Secrets Manager の値を使用する方法です。\n\n## Amazon SQS\n\nSQS はメッセージキューの一例です。\n");
    expect(node(howTo, "secrets-manager").summary).toBe("");
    // (A sentence with a topic still says what it is.)
    expect(node(howTo, "sqs").summary).toBe("SQS はメッセージキューの一例です。");
  });

  it("is never a lead-in to a list ('…は以下のとおりです。')", () => {
    expect(node(g, "backup-plan").summary).toBe("");
    expect(g.nodes.filter((n) => /\]\(|https?:/.test(n.summary)).map((n) => n.label)).toEqual([]);
  });

  it("never names a node by a web address, nor makes a link an open question", () => {
    expect(g.nodes.filter((n) => /https?:|www\./.test(n.label + n.id)).map((n) => n.label)).toEqual([]);
    // account-settings.md: "## 秘密の質問" reads as a list of questions; its links are none.
    expect(g.nodes.filter((n) => n.kind === "question" && /セキュリティチャレンジ/.test(n.label)).map((n) => n.label)).toEqual([]);
  });
});

describe("a name after AWS or Amazon", () => {
  const notes = graphOfNote(
    "notes.md",
    "# AWS 認定\n\nAWS 認定は、AWS の知識とスキルを証明する資格です。\n\n## 暗号化キー\n\n- AWS managed keys are created and rotated by AWS for one service.\n- AWS 所有のキーはユーザーからは見えません。\n\n## バックアップ\n\nAmazon Data Lifecycle Manager は EBS スナップショットの作成と削除を自動化します。\n",
  );
  const kindOf = (label: string) => notes.nodes.find((n) => n.label === label || n.labelJa === label)?.kind;

  it("is a service when it is a service's English proper name", () => {
    expect(kindOf("Data Lifecycle Manager")).toBe("service");
  });

  it("is not when it is the vendor's certification, its keys or a lower-case phrase", () => {
    expect(kindOf("AWS 認定")).not.toBe("service");
    expect(kindOf("AWS 所有のキー")).not.toBe("service");
    expect(notes.nodes.filter((n) => n.kind === "service" && /key/i.test(n.label)).map((n) => n.label)).toEqual([]);
  });
});

describe("a title that names a document", () => {
  it("is one when a document word opens a word of its own, not inside another word", () => {
    const lex = lexicon();
    expect(readHeading(lex, "AWS 学習メモ", 1).kind).toBe("generic");
    expect(readHeading(lex, "AWS 学習教材完全ガイド 2023年最新版", 1).kind).toBe("generic");
    // 学習 inside 機械学習 (machine learning): a field, the title of a note on its services.
    expect(readHeading(lex, "機械学習", 1)).toEqual({ kind: "named", name: "機械学習" });
  });

  it("is one for practice papers, question sets, reference cards and the chapters of a numbered guide", () => {
    const lex = lexicon();
    for (const h of ["Practice Paper 4", "ULTRA QUICK REFERENCE CARD", "Mock exam 2", "03 Secure Architectures", "01 はじめに"]) expect(readHeading(lex, h, 1).kind, h).toBe("generic");
    // (A note of practice questions is a document too; only its lines that ask are questions.)
    expect(isDocumentTitle(lex, "Reinforcement Practice Questions - All 7 Tests Incorrect Areas")).toBe(true);
    // (One question of a set, or one of its choices, is a place in a sequence.)
    for (const h of ["Question 10", "Q3", "Option C", "選択肢 A"]) expect(readHeading(lex, h, 2).kind, h).toBe("generic");
    // (A number that is no chapter's names a thing, and so does a word that only begins like a
    // sequence's with a letter after it.)
    for (const h of ["3 Tier Architecture", "2FA Devices", "QA", "Phased Deployments"]) expect(readHeading(lex, h, 1).kind, h).toBe("named");
  });
});

describe("a heading that names a part every article has", () => {
  it("heads a section of what encloses it: prerequisites, cautions, the goal, the environment, the diagram, where the author got stuck", () => {
    const lex = lexicon();
    for (const h of ["前提条件", "注意事項", "目的", "検証環境", "構成図", "ハマったところ", "動作確認", "比較", "Ultimate Goal", "Final thoughts", "Next steps", "Goals", "Architecture diagram", "Comparison", "比較ポイント3:ストレージの容量拡張", "Point 2: pricing", "Caveats", "Warning", "Gotchas", "落とし穴"]) expect(readHeading(lex, h).kind, h).toBe("generic");
    for (const h of ["General Purpose", "Final snapshot", "Goal Seek"]) expect(readHeading(lex, h).kind, h).toBe("named");
  });

  it("heads a section of what encloses it in review notes too: general information, what I got wrong, doubts, a numbered question, a decision axis", () => {
    const lex = lexicon();
    for (const h of ["General Info", "General information", "Terminology", "Incorrect", "Doubts", "Review Notes", "Facts", "Recommended", "問題 6", "判断軸", "見るポイント"]) expect(readHeading(lex, h).kind, h).toBe("generic");
    expect(readHeading(lex, "General Information about AWS", 1)).toEqual({ kind: "named", name: "AWS" });
  });
});

describe("a heading that names a thing with words around it", () => {
  it("names the thing: a part of a series of articles ('入門編'), its main features, what a step does to it", () => {
    const lex = lexicon();
    expect(readHeading(lex, "Amazon Kinesis Video Streams 応用編")).toEqual({ kind: "named", name: "Amazon Kinesis Video Streams" });
    expect(readHeading(lex, "AWS Systems Manager Inventory 編")).toEqual({ kind: "named", name: "AWS Systems Manager Inventory" });
    expect(readHeading(lex, "DMSの主な機能")).toEqual({ kind: "named", name: "DMS" });
    expect(readHeading(lex, "Amazon CloudFront ( Cache Control 編 )")).toEqual({ kind: "named", name: "Amazon CloudFront" });
    // (Brackets that are its other name stay: they are read as one.)
    expect(readHeading(lex, "Amazon Simple Queue Service (SQS)")).toEqual({ kind: "named", name: "Amazon Simple Queue Service (SQS)" });
    // What a hands-on section does to a thing: the section is about the thing.
    expect(readHeading(lex, "BuildKit の有効化")).toEqual({ kind: "named", name: "BuildKit" });
    expect(readHeading(lex, "ID ソースの設定")).toEqual({ kind: "named", name: "ID ソース" });
    expect(readHeading(lex, "S3 パブリックアクセスブロックの削除")).toEqual({ kind: "named", name: "S3 パブリックアクセスブロック" });
  });
});

describe("a heading that shows a way of doing something or an example", () => {
  it("heads a section of what encloses it, never a node of its own", () => {
    const lex = lexicon();
    for (const h of ["導入方法", "ECS クラスタ作成手順", "AWS CDK での実装例", "構成例 1:静的 Web サイト配信", "記述例2:属性値のチェック", "Steps to address compromised instances", "How to rotate keys", "Step 2 – Enable DNSSEC signing", "Step 3: Deploy", "ステップ1: GitHub リポジトリのクローン", "フェーズ2", "第 1 分野: クラウドのコンセプト", "第3章", "Chapter IV", "Method 2", "Option 1: Use EC2Rescue", "方法2", "案1", "シナリオ 3"]) expect(readHeading(lex, h).kind, h).toBe("generic");
    // A thing whose name holds no such tail is still one.
    for (const h of ["専用接続", "例外処理", "Example Corp", "フェデレーテッドクエリ", "Day 2 operations", "Stage variables", "Layer 7", "Option group", "Example Corp 2"]) expect(readHeading(lex, h).kind, h).toBe("named");
  });
});

describe("a heading that compares", () => {
  it("reads 'Differences between A & B' as A against B, not as 'Differences between A' joined to B", () => {
    expect(readHeading(lexicon(), "Differences between NAT Instance & NAT Gateway")).toEqual({ kind: "compared", sides: ["NAT Instance", "NAT Gateway"] });
    expect(readHeading(lexicon(), "Comparison of Redis & Memcached")).toEqual({ kind: "compared", sides: ["Redis", "Memcached"] });
  });
});

describe("items of a numbered series", () => {
  it("are no things of their own: an exam's domains are places in its outline, and contrast nothing", () => {
    const exam = graphOfNote("clf.md", "# AWS Certified Cloud Practitioner\n\n## 試験分野\n\n- 第 1 分野: クラウドのコンセプト 24%\n- 第 2 分野: セキュリティとコンプライアンス 30%\n- 第 3 分野: クラウドテクノロジーとサービス 34%\n\n## Domains\n\n- Domain 1: Design Resilient Architectures\n- Domain 2: Design High-Performing Architectures\n");
    expect(exam.nodes.map((n) => n.label + (n.labelJa ?? "")).filter((l) => /分野 ?\d|Domain \d/.test(l))).toEqual([]);
    expect(exam.edges.filter((e) => e.kind === "contrasts").map((e) => `${e.source}/${e.target}`)).toEqual([]);
    // What they say is still read, as lines of the note.
    expect(exam.facts.map((f) => f.text)).toEqual(expect.arrayContaining(["第 1 分野: クラウドのコンセプト 24%", "Domain 2: Design High-Performing Architectures"]));
  });

  it("are still alternatives when the number names a variant, not a place in an outline", () => {
    const classes = graphOfNote("cloudfront.md", "# Amazon CloudFront\n\n## Price classes\n\n- Price Class 100: only the least expensive regions, in North America and Europe\n- Price Class 200: most regions, but excludes the most expensive regions\n");
    const contrasts = classes.edges.filter((e) => e.kind === "contrasts");
    expect(contrasts.map((e) => [e.source, e.target].map((id) => /\d+$/.exec(id)?.[0]).sort().join("/"))).toEqual(["100/200"]);
  });
});

describe("services defined side by side", () => {
  it("are parts of a list, not alternatives, when they are of different families", () => {
    const costs = graphOfNote("team.md", "# 権限申請ツール\n\n## コスト\n\n**主なコスト要素:**\n- **Amazon DynamoDB**: 申請・承認データの保存(オンデマンドモードの読み書き料金)\n- **AWS Lambda**: 申請処理、承認処理、権限付与・削除処理の実行時間に応じた課金\n- **AWS Step Functions**: 申請処理、承認処理のワークフローの実行回数に応じた課金\n");
    expect(costs.nodes.filter((n) => ["dynamodb", "lambda", "step-functions"].includes(n.id)).length).toBe(3);
    expect(costs.edges.filter((e) => e.kind === "contrasts").map((e) => `${e.source}/${e.target}`)).toEqual([]);
  });
});

describe("a link's text", () => {
  it("is no name of what it links to", () => {
    const linked = graphOfNotes({
      "index.md": "# 目次\n\n- [AWS Lambda 概要](lambda-overview.md)\n- [[Amazon Aurora|Athena との比較はこちら]]\n",
      "lambda-overview.md": "# AWS Lambda\n\nAWS Lambda は、サーバーを管理せずにコードを実行できるサービスです。\n",
      "Amazon Aurora.md": "# Amazon Aurora\n\nAmazon Aurora は、MySQL と PostgreSQL に互換のリレーショナルデータベースです。\n",
    });
    const lambda = node(linked, "lambda");
    expect(lambda.labelJa).toBeUndefined();
    expect(lambda.aliases).not.toContain("AWS Lambda 概要");
    expect(node(linked, "aurora").aliases.join("|")).not.toMatch(/Athena/);
  });
});

describe("a heading that joins two names with 'and'", () => {
  it("heads a section on both, and compares them only when they vary one thing", () => {
    const ops = graphOfNote("operations.md", "# CloudFront operations\n\n## Logging and Monitoring\n\n- **Logging**: keeping a record of every API call with CloudTrail\n- **Monitoring**: watching the distribution's metrics with CloudWatch\n\n## Signed URLs and Signed Cookies\n\n- **Signed URLs**: one address for one private file\n- **Signed Cookies**: access to many private files at once\n");
    const contrasts = ops.edges.filter((e) => e.kind === "contrasts").map((e) => [e.source, e.target].sort().join("/"));
    expect(contrasts).toEqual(["signed-cookies/signed-urls"]);
  });
});

describe("names in brackets after a word", () => {
  it("give an example's name, not another name of the word: no alias '1', 'BLUE' or 'my-function'", () => {
    const g = graphOfNote("lambda.md", "# Lambda\n\n- エイリアス: 特定のバージョンを指す名前\n- 呼び出すときはバージョン（my-function:1）やエイリアス（my-function:BLUE）を指定できる\n- 1 つの EBS を複数の EC2 にアタッチできる\n");
    const aliases = g.nodes.flatMap((n) => n.aliases);
    for (const a of ["1", "BLUE", "my-function"]) expect(aliases, a).not.toContain(a);
    // …while the English form and its code after a colon are the word's: 汎用 SSD (General Purpose SSD : gp2).
    const ssd = graphOfNote("ebs.md", "# EBS\n\n- 汎用 SSD (General Purpose SSD : gp2) は多くの用途に向く\n");
    expect(ssd.nodes.find((n) => n.label === "General Purpose SSD")?.aliases).toContain("gp2");
  });
});
