// Each folder under tests/fixtures/markdown holds input.md and the parse it must give
// (expected.json, in a compact form: "line [heading path] text").

import { readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../lib/parse/markdown";
import type { ParsedNote } from "../../lib/parse/types";

const DIR = path.join(__dirname, "../fixtures/markdown");

export function compact(r: ParsedNote) {
  return {
    ...(r.title ? { title: r.title } : {}),
    aliases: r.aliases,
    headings: r.headings.map((h) => `${h.line} ${"#".repeat(h.depth)} ${h.text}`),
    lines: r.lines.map((l) => `${l.line} [${l.path.map((p) => p.text).join(" > ")}] ${l.text}`),
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
