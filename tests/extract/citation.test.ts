// Which lines cite a document (lib/extract/citation.ts): the labels and document names are the
// vocabulary's (cues.citationLabels, cues.documentNames).

import { describe, expect, it } from "vitest";
import { citesDocument } from "../../lib/extract/citation";
import { lexicon } from "../helpers/seed";

describe("a line that cites a document", () => {
  it("opens with a label, or a document's name after its publisher's words", () => {
    const cites = (text: string) => citesDocument(lexicon(), text);
    for (const text of ["参考: Run Command を使用して SSM Agent を更新する", "引用元:Introducing CloudWatch Resource Health | AWS Management & Governance Blog", "Source: Using Amazon SQS dead-letter queues", "See also: VPC endpoints", "AWS ドキュメント > Classic Load Balancer とは?", "AWS Storage Blog > Clustered storage simplified", "AWSブログ:Amazon CodeCatalyst で Environment を利用する", "AWS ブログ - Amazon Athena を使用して CUR をクエリする"]) expect(cites(text), text).toBe(true);
  });

  it("is not a definition of a word the labels share, nor a sentence that names one later", () => {
    const cites = (text: string) => citesDocument(lexicon(), text);
    // SSM's Documents, defined; a source in the middle of a sentence; words before a colon.
    for (const text of ["ドキュメント: Systems Manager がマネージドノードで実行する手順", "詳細はドキュメントを参照してください", "SQS: 参考になるキュー", "Amazon S3 のドキュメントに書かれている通り", "x".repeat(20_000)]) expect(cites(text), text).toBe(false);
  });
});
