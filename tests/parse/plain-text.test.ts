import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlainText } from "../../lib/parse/plain-text";
import { parseNote } from "../../lib/parse/parse-note";
import { lexicon, SEED_TXT } from "../helpers/seed";

const SEED_HEADINGS = [
  "VPC", "Route53", "ECS", "EKS", "CloudFormtion", "ElasticBeanstalk", "ElastiCache", "Cloudwatch", "IAM", "CloudFront", "SQS", "SNS",
  "Kinesis", "EventBridge", "AWS Organization", "AWS WAF", "Amazon Shield Advanced", "EMR", "Active Directory", "AWS SAM", "AWS Step Function",
  "AWS Glue", "AWS VPN", "AWS Secret Manager", "AWS System Manager", "AWS Systems Managerパラメーターストア", "オンプレとの連携",
  "AWS Storage Gateway", "AWS Transit Gateway", "AWS Data Sync", "その他のサービス", "他疑問点",
];

describe("plain-text notes", () => {
  const note = parsePlainText(lexicon(), "aws-notes.txt", readFileSync(SEED_TXT, "utf8"));

  it("finds exactly the seed's section headings: service names, topics and the questions heading", () => {
    expect(note.headings.map((h) => h.text)).toEqual(SEED_HEADINGS);
  });

  it("does not take short descriptive lines for headings", () => {
    const texts = new Set(note.headings.map((h) => h.text));
    for (const line of ["ルーティングポリシー", "キーバリュー型NoSQLDB", "ETLサービス", "データ転送", "クエリ文字列パラメーター", "メタデータはAWS Glueデータカタログに保存するのが最適"]) expect(texts.has(line)).toBe(false);
  });

  it("keeps every other line word for word, with its line number and section", () => {
    const raw = readFileSync(SEED_TXT, "utf8").split("\n");
    expect(note.lines.length + note.headings.length).toBe(raw.filter((l) => l.trim()).length);
    for (const l of note.lines) expect(l.raw).toBe(raw[l.line - 1]!.trim());
    const alias = note.lines.find((l) => l.text.startsWith("ALIASレコード"))!;
    expect(alias.line).toBe(14);
    expect(alias.path.map((p) => p.text)).toEqual(["Route53"]);
  });

  it("recognises marked headings in other people's plain notes", () => {
    const n = parsePlainText(lexicon(), "x.txt", "# Databases\nindexes speed up reads\n■ Caching\nRedis: in-memory store\n【Queues】\nSQS: managed queue\n");
    expect(n.headings.map((h) => [h.text, h.depth])).toEqual([["Databases", 1], ["Caching", 2], ["Queues", 2]]);
    expect(n.lines.map((l) => l.path.map((p) => p.text).join(">"))).toEqual(["Databases", "Databases>Caching", "Databases>Queues"]);
  });

  it("cuts an overlong line before parsing, with a warning naming the file and line", () => {
    const n = parseNote(lexicon(), { file: "big.txt", bytes: new TextEncoder().encode(`SQS\nshort line\n${"あ".repeat(2_100_000)}\nlast line`) });
    expect(n.warnings).toEqual([{ file: "big.txt", line: 3, message: expect.stringContaining("2,100,000 characters") }]);
    expect(n.note!.lines.map((l) => l.line)).toEqual([2, 3, 4]);
    expect(n.note!.lines[1]!.text.length).toBe(20_000);
  });

  it("keeps HTML as text and warns where it is", () => {
    const n = parsePlainText(lexicon(), "x.txt", 'SQS\nqueue service\n<script>alert("x")</script>\n');
    expect(n.lines.map((l) => l.text)).toContain('<script>alert("x")</script>');
    expect(n.warnings).toEqual([{ file: "x.txt", line: 3, message: "contains HTML; it is kept as plain text and never rendered" }]);
  });
});

describe("list markers", () => {
  const text = ["【DynamoDB】", "・GSIとLSIの違い:LSIはテーブル作成時のみ", "• DAX:インメモリキャッシュ", "- Streams: changes to Lambda", "1. Query: by key", "① Scan:全件"].join("\n");
  const note = parsePlainText(lexicon(), "memo.txt", text);

  it("are not part of a line's text (the raw line keeps them)", () => {
    expect(note.headings.map((h) => h.text)).toEqual(["DynamoDB"]);
    expect(note.lines.map((l) => l.text)).toEqual(["GSIとLSIの違い:LSIはテーブル作成時のみ", "DAX:インメモリキャッシュ", "Streams: changes to Lambda", "Query: by key", "Scan:全件"]);
    expect(note.lines[0]!.raw).toBe("・GSIとLSIの違い:LSIはテーブル作成時のみ");
  });
});
