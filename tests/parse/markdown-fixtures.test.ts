// Each folder under tests/fixtures/markdown holds input.md and the parse it must give
// (expected.json, in a compact form: "line [heading path] text").

import { readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../lib/parse/markdown";
import type { ParsedNote } from "../../lib/parse/types";

const DIR = path.join(__dirname, "../fixtures/markdown");

/** A line's links as "text→target" ("@file" where the address says which file), a table row's header, a list item's lead-in line. */
function annotations(l: { text: string; links?: { target: string; start: number; end: number; file?: string }[]; table?: { header: string[] }; lead?: number }): string {
  const parts = [
    ...(l.links ?? []).map((k) => `${l.text.slice(k.start, k.end)}→${k.target}${k.file ? `@${k.file}` : ""}`),
    ...(l.table ? [`table: ${l.table.header.join(" | ")}`] : []),
    ...(l.lead !== undefined ? [`lead: ${l.lead}`] : []),
  ];
  return parts.length ? `  {${parts.join("; ")}}` : "";
}

export function compact(r: ParsedNote) {
  return {
    ...(r.title ? { title: r.title } : {}),
    aliases: r.aliases,
    ...(r.tags.length ? { tags: r.tags } : {}),
    ...(r.up.length ? { up: r.up.map((u) => `${u.line} ${u.target}`) } : {}),
    ...(r.related.length ? { related: r.related.map((u) => `${u.line} ${u.target}`) } : {}),
    headings: r.headings.map((h) => `${h.line} ${"#".repeat(h.depth)} ${h.text}${annotations(h)}`),
    lines: r.lines.map((l) => `${l.line} [${l.path.map((p) => p.text).join(" > ")}] ${l.text}${annotations(l)}`),
    warnings: r.warnings.map((w) => `${w.line}: ${w.message}`),
  };
}

describe("Markdown fixtures", () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const input = readFileSync(path.join(DIR, name, "input.md"), "utf8");
      const actual = compact(parseMarkdown("input.md", input));
      const expectedFile = path.join(DIR, name, "expected.json");
      // UPDATE_FIXTURES=1 writes a missing expectation, for review before it is committed.
      if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    });
  }
});

describe("what a line shows as its evidence", () => {
  it("a callout's title line shows its title, not the callout's marker", () => {
    const note = parseMarkdown("DNS.md", "# DNS\n\n> [!abstract] How DNS Works\n> DNS translates domain names into IP addresses.\n\n> [!tip]- Remember\n> - TTL is in seconds.\n");
    expect(note.lines.map((l) => l.raw)).toEqual(["How DNS Works", "DNS translates domain names into IP addresses.", "Remember", "TTL is in seconds."]);
  });
});
