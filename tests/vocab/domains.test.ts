// A subject's names are looked for only in notes on it: notes that write its anchor (AWS, Amazon),
// or two different names only it uses (a flashcard deck that writes "SQS" and "SNS" and never "AWS").

import { describe, expect, it } from "vitest";
import { domainsNamedIn } from "../../lib/vocab/lexicon";
import { lexicon } from "../helpers/seed";

describe("which subjects notes are on", () => {
  const lex = lexicon();
  const on = (...texts: string[]) => [...domainsNamedIn(lex, texts)];

  it("two different names only AWS uses put notes on AWS, though they never write AWS", () => {
    expect(on("Q: SQS と SNS の違いは？")).toEqual(["AWS"]);
    expect(on("Gateway endpoints serve S3", "and DynamoDB only")).toEqual(["AWS"]);
    expect(on("SAA-C03 対策", "Route 53 のレコード")).toEqual(["AWS"]);
  });

  it("one such name, said again, or written in lower case as a word of another kind, does not", () => {
    expect(on("The S3 finale aired in May.", "S3 of the show was the best.")).toEqual([]);
    expect(on("s3 and ec2 in a file name: notes-s3-ec2.md")).toEqual([]);
    expect(on("Mitochondria vs chloroplasts")).toEqual([]);
  });
});
