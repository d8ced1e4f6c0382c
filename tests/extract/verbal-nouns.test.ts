// A Japanese noun of kanji followed by する and its forms is used as a verb: "VPC を構築する" does
// the act, it names no thing called 構築 — unless the notes define the word, or the glossary knows
// it as a thing of the subject ("暗号化して" still speaks of encryption).

import { describe, expect, it } from "vitest";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { byName, lexicon, vocabulary } from "../helpers/seed";

const note = [
  "# 踏み台サーバー",
  "",
  "- 踏み台サーバーの作業は、構築と運用に分類される",
  "- Session Manager を利用して、踏み台サーバーを構築せずに EC2 に接続できる",
  "- AWS CDK を使用して VPC を構築する",
  "- 保管するデータの守り方は、暗号化とアクセス制御に分類される",
  "- Secrets Manager は認証情報を暗号化して保管する",
].join("\n");

describe("a noun of kanji used as a verb", () => {
  const g = runPipeline({ files: [{ file: "bastion.md", bytes: new TextEncoder().encode(note) }], vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon()).graph;
  const linesMentioning = (name: string) => byName(g, name)!.mentionedIn.map((f) => g.facts.find((x) => x.id === f)!.line).sort((a, b) => a - b);

  it("is no mention of the word the notes listed as a thing", () => {
    // Line 3 lists 構築 beside 運用; lines 4 and 5 build something.
    expect(linesMentioning("構築")).toEqual([3]);
  });

  it("still mentions what the glossary knows: encryption is encrypting", () => {
    expect(linesMentioning("Encryption")).toEqual([6, 7]);
  });
});
