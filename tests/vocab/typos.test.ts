// Typo tolerance finds a misspelt name, never another word that happens to lie near one.

import { describe, expect, it } from "vitest";
import { lookupEntity } from "../../lib/vocab/lexicon";
import { lexicon } from "../helpers/seed";

const found = (surface: string) => lookupEntity(lexicon(), surface, true)?.entity.label;

describe("a misspelt name", () => {
  it("is found, as notes by several authors misspell them", () => {
    expect(found("EventBrige")).toBe("EventBridge");
    expect(found("DyanmoDB")).toBe("DynamoDB");
    expect(found("Cloudfornt")).toBe("CloudFront");
    expect(found("AWS Migrartion Hub")).toBe("Migration Hub");
    expect(found("Step funtions")).toBe("Step Functions");
    expect(found("AWS System Manager")).toBe("Systems Manager");
    expect(found("Elastic Fabric Adaptor")).toBe("Elastic Fabric Adapter");
  });

  it("is not another word near a name", () => {
    // A digit is no spelling; a copy's number after a note's name is none of it.
    for (const other of ["Cloud Directory", "cloud", "AWS Cloud", "Cloud One"]) expect(found(other), other).not.toBe("Cloud9");
    // Words of their own, short words changed, other endings of the same stem, a program's name.
    expect(found("The stream"), "The stream").toBeUndefined();
    expect(found("In a policy"), "In a policy").toBeUndefined();
    expect(found("New instance"), "New instance").toBeUndefined();
    expect(found("Free storage"), "Free storage").toBeUndefined();
    expect(found("Compute Optimized"), "Compute Optimized").toBeUndefined();
    expect(found("Documents"), "Documents").toBeUndefined();
    expect(found("StopInstances"), "StopInstances").toBeUndefined();
  });
});
