// Comparison keys of names: one key for one name however it is spaced or cased.

import { describe, expect, it } from "vitest";
import { nameKey } from "../../lib/text/normalize";

describe("the key of a name", () => {
  it("ignores case, spaces and punctuation", () => {
    expect(nameKey("Instance type")).toBe(nameKey("instance-type"));
    expect(nameKey("Amazon S3")).toBe("amazons3");
  });

  it("keeps a command-line option apart from the words it spells", () => {
    expect(nameKey("--instance-type")).not.toBe(nameKey("instance type"));
    expect(nameKey("--threshold")).not.toBe(nameKey("threshold"));
    expect(nameKey("-d")).not.toBe(nameKey("D"));
    expect(nameKey("--threshold")).toBe(nameKey("--Threshold"));
    // (A dash that is no option's: a list marker, a negative number.)
    expect(nameKey("- threshold")).toBe(nameKey("threshold"));
    expect(nameKey("-5%")).toBe(nameKey("5%"));
  });
});
