// Where a table row's text repeats its columns' headers (lib/extract/tables.ts headerSpans): the
// row gives each column's value there, and relates nothing to the names in the headers.

import { describe, expect, it } from "vitest";
import { parseNote } from "../../lib/parse/parse-note";
import { headerSpans } from "../../lib/extract/tables";
import type { LineWork } from "../../lib/extract/model";
import { lexicon } from "../helpers/seed";

function rows(markdown: string): LineWork[] {
  const { note } = parseNote(lexicon(), { file: "table.md", bytes: new TextEncoder().encode(markdown) });
  return (note?.lines ?? []).filter((l) => l.table).map((l) => ({ note: l }) as unknown as LineWork);
}

const headersOf = (line: LineWork) => headerSpans(line).map(([from, to]) => line.note.text.slice(from, to));

describe("a table row's headers", () => {
  it("are found before each value, in a table that compares its columns and in one of records", () => {
    const [compared] = rows("| Feature | Cluster (Performance) | Spread (Resilience) |\n| --- | --- | --- |\n| Scope | Single AZ | Multi-AZ (Region) |\n");
    expect(compared!.note.text).toBe("Scope: Cluster (Performance) = Single AZ / Spread (Resilience) = Multi-AZ (Region)");
    expect(headersOf(compared!)).toEqual(["Cluster (Performance)", "Spread (Resilience)"]);
    const [record] = rows("| Service | Type | Use Case |\n| --- | --- | --- |\n| KMS | Encryption keys | Encrypt AWS resources |\n");
    expect(record!.note.text).toBe("Service: KMS / Type: Encryption keys / Use Case: Encrypt AWS resources");
    expect(headersOf(record!)).toEqual(["Service", "Type", "Use Case"]);
  });

  it("are not the same words inside a value", () => {
    const [row] = rows("| Attribute | NAT gateway | NAT instance |\n| --- | --- | --- |\n| Cost | Charged per NAT gateway: hourly | Charged per NAT instance |\n");
    const spans = headerSpans(row!);
    expect(headersOf(row!)).toEqual(["NAT gateway", "NAT instance"]);
    // (The value's "NAT gateway" stands after "per", not where a cell opens.)
    expect(spans.every(([from]) => /(?:^|: | \/ )$/.test(row!.note.text.slice(0, from)))).toBe(true);
  });
});
