// Brackets after a name may give another name of it ("Amazon SQS (Simple Queue Service)") or say
// something of it: what a section holds ("SQS (5 Edge Cases)"), a comparison of its kinds
// ("Amazon SQS (Standard vs FIFO Queues)"). Only the first is an alias, found by search and in text.

import { describe, expect, it } from "vitest";
import { graphOfNotes as build, node } from "../helpers/seed";

describe("a remark in brackets after a name", () => {
  // As Kottiee's SAA-C03 notes write them.
  const g = build(
    [
      "# Quick reference",
      "",
      "#### SQS (5 Edge Cases)",
      "",
      "- A message becomes visible again when its visibility timeout ends.",
      "",
      "## Services",
      "",
      "- Amazon SQS (Standard vs FIFO Queues)",
      "- Amazon ElastiCache (Redis vs Memcached)",
      "- Amazon Simple Notification Service (Amazon SNS)",
      "",
      "### Layer 3: DAX (DynamoDB)",
      "",
      "- Microsecond reads in front of the tables.",
      "",
      "### ElastiCache Redis vs Memcached",
      "",
      "- Redis keeps data across restarts; Memcached does not.",
      "",
      "### Backup Policies (AWS Organizations)",
      "",
      "- One policy backs up every member account.",
      "",
    ].join("\n"),
  );

  it("is no other name of it", () => {
    const sqs = node(g, "sqs").aliases;
    expect(sqs).toContain("Amazon SQS");
    expect(sqs.filter((a) => /edge cases|fifo/i.test(a))).toEqual([]);
    expect(node(g, "elasticache").aliases.filter((a) => /memcached|redis/i.test(a))).toEqual([]);
  });

  it("nor are the words before brackets that hold its name, heading a section on it", () => {
    expect(node(g, "dynamodb").aliases.filter((a) => /layer|dax/i.test(a))).toEqual([]);
    expect(node(g, "organizations").aliases.filter((a) => /backup/i.test(a))).toEqual([]);
  });

  it("while another name in brackets still is", () => {
    expect(node(g, "sns").aliases).toContain("Amazon Simple Notification Service");
  });
});

describe("one English word in brackets after a Japanese word", () => {
  // As a table of tiers writes it ("| 料金 | 無料（Standard） |"): Standard is the tier that is free.
  const g = build(
    [
      "# パラメータの料金",
      "",
      "- **無料**: 標準のパラメータは料金がかからない",
      "- パラメータの保管は 無料（Standard）で、アドバンストパラメータは有料",
      "- 正規表現（regex）でパラメータの名前を検索できる",
      "",
    ].join("\n"),
  );

  it("is no other name of it where the glossary gives it another word", () => {
    const free = g.nodes.find((n) => n.labelJa === "無料" || n.label === "無料");
    expect(free, "a node for 無料").toBeDefined();
    expect(free!.aliases.filter((a) => /standard/i.test(a))).toEqual([]);
  });

  it("while a word that says it differently still is", () => {
    expect(g.nodes.some((n) => n.aliases.includes("regex") || n.label.toLowerCase() === "regex")).toBe(true);
  });
});

describe("a list in brackets after a word", () => {
  // As nagata-ichiko's study plan writes it: the brackets list the kinds, they do not rename 種類.
  const g = build(
    [
      "# 学習計画",
      "",
      "- AWS Storage Gateway の種類（File/Volume/Tape）を整理する",
      "- Storage Gateway の各タイプ（File/Volume/Tape）の用途と機能を整理する",
      "",
      "# フラッシュカード",
      "",
      "**Q: VPC エンドポイントの2種類とその違いは？**",
      "",
    ].join("\n"),
  );

  it("gives no node whose other name is the word, nor a question about the list", () => {
    expect(g.nodes.filter((n) => n.label.includes("File/Volume/Tape") || n.aliases.includes("種類")).map((n) => n.label)).toEqual([]);
  });
});
