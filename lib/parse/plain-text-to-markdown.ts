// Plain-text notes → Markdown with the same content: detected headings become "## " headings and
// every other line is kept word for word, on the same line number. Only a character that would
// change a line's meaning in Markdown (a leading #, >, -, +, *, 1., |, <, ```) is escaped.

import type { Lexicon } from "../vocab/lexicon";
import { detectPlainHeadings } from "./plain-text";

const BLOCK_START = /^(\s*)([#>+*\-|<=]|\d+[.)]|```|~~~)/;

export function escapeMarkdownLine(line: string): string {
  return line.replace(BLOCK_START, (_, space: string, mark: string) => `${space}\\${mark}`);
}

export function plainTextToMarkdown(lex: Lexicon, text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const headings = detectPlainHeadings(lex, lines);
  return lines
    .map((line, i) => {
      const depth = headings.get(i);
      if (depth !== undefined) return `${"#".repeat(depth)} ${line.trim().replace(/^#+\s*/, "")}`;
      return escapeMarkdownLine(line);
    })
    .join("\n");
}
