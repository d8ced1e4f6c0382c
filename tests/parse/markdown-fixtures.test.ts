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

describe("a title heading and the top-level headings after it", () => {
  const outline = (file: string, source: string) => parseMarkdown(file, source, { conventionalFileNames: ["readme", "index"] }).lines.map((l) => [...l.path.map((p) => p.text), l.text].join(" > "));
  const sqs = "SQS\n====\n\n# 全般\n\n* 標準キューは順序を保証しない。\n\n# FIFOキュー\n\n* 順序を保証する。\n";

  it("are its sections where it names what its folder is named for (SQS/README.md)", () => {
    expect(outline("services/SQS/README.md", sqs)).toEqual(["SQS > 全般 > 標準キューは順序を保証しない。", "SQS > FIFOキュー > 順序を保証する。"]);
  });

  it("are its sections where either side of its brackets names the file (ddb.md, \"DynamoDB (DDB)\")", () => {
    const note = parseMarkdown("ddb.md", "# DynamoDB (DDB)\n\nA key-value store.\n\n# Secondary Indexing\n\n## GSI\n\nQueries across partitions.\n");
    expect(note.headings.map((h) => `${h.depth} ${[...h.path.map((p) => p.text), h.text].join(" > ")}`)).toEqual(["1 DynamoDB (DDB)", "2 DynamoDB (DDB) > Secondary Indexing", "3 DynamoDB (DDB) > Secondary Indexing > GSI"]);
  });

  it("stay headings of their own where it names something else (storage.md: # S3, # EFS)", () => {
    expect(outline("storage.md", "# S3\n\nObject storage.\n\n# EFS\n\nShared file system.\n")).toEqual(["S3 > Object storage.", "EFS > Shared file system."]);
    expect(outline("services/SQS/notes.md", sqs)).toEqual(["全般 > 標準キューは順序を保証しない。", "FIFOキュー > 順序を保証する。"]);
  });

  it("stay headings of their own under a word any section is headed with (GitBook's SUMMARY.md)", () => {
    const note = parseMarkdown("SUMMARY.md", "# Summary\n\n# 数学ノート\n\n- [集合論](set/toc.md)\n", { sectionWords: new Set(["summary"]) });
    expect(note.headings.map((h) => `${h.depth} ${h.text}`)).toEqual(["1 Summary", "1 数学ノート"]);
  });

  it("stay headings of their own where the note says something before it", () => {
    expect(outline("SQS.md", "Queues first.\n\n# SQS\n\n# FIFO\n\nOrdered.\n")).toEqual(["Queues first.", "FIFO > Ordered."]);
  });
});
