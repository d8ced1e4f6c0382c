// "term: definition" lines: where the term ends.

import { describe, expect, it } from "vitest";
import { splitDefinition } from "../../lib/parse/definition";

const termOf = (text: string) => splitDefinition(text)?.term;

describe("the colon that ends a term", () => {
  it("is the first one, in English and Japanese, with or without a space", () => {
    expect(splitDefinition("SQS: a message queue")).toEqual({ term: "SQS", definition: "a message queue", definitionStart: 5 });
    expect(termOf("VPCピアリング:二つのVPCをつなげる")).toBe("VPCピアリング");
    expect(termOf("sqs:キューにメッセージを溜める")).toBe("sqs");
    expect(termOf("Glue JDBC(java database connectivity):GlueをRDSにつなげる")).toBe("Glue JDBC(java database connectivity)");
  });

  it("is not one inside a name as programs write it (condition keys, actions, ARNs, fields)", () => {
    expect(termOf("ec2:Vpc: restricts the action to given VPCs")).toBe("ec2:Vpc");
    expect(termOf("aws:MultiFactorAuthPresent: to force MFA")).toBe("aws:MultiFactorAuthPresent");
    expect(termOf("client:port: address and port of the requesting client")).toBe("client:port");
    expect(termOf("logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents")).toBeUndefined();
    expect(termOf("arn:aws:iam::123456789012:user/* といったワイルドカード")).toBeUndefined();
    expect(termOf("Selected aws:SourceVpc instead of aws:SourceVpce")).toBeUndefined();
  });

  it("still ends a term before a glued dash, a time or a URL as before", () => {
    expect(termOf("Log streams:-A log stream is a sequence of log events")).toBe("Log streams");
    expect(termOf("10:30 meeting")).toBeUndefined();
    expect(termOf("https://example.com/docs")).toBeUndefined();
  });
});
