// A corpus in the shape of the seed notes, `copies` times its size: copy k keeps every line's
// structure (sections, definitions, comparisons, misspellings, Japanese and English) but renames
// its sections and defined terms (…k), so that the graph grows with the text as it would for a
// learner who writes more notes, instead of repeating the same nodes.

import { definitionsInLine, splitTrailingParenthetical } from "../extract/definitions";
import { plainTextToMarkdown } from "../parse/plain-text-to-markdown";
import type { NoteFile } from "../parse/types";
import type { Lexicon } from "../vocab/lexicon";
import { escapeRegExp } from "../text/escape-regexp";

const encoder = new TextEncoder();

/** The seed's own defined terms, longest first (so 標準メトリクス is renamed before 標準). */
function definedTerms(lex: Lexicon, lines: string[]): string[] {
  const terms = new Set<string>();
  for (const line of lines) {
    for (const d of definitionsInLine(lex, line.normalize("NFKC"))) {
      const name = splitTrailingParenthetical(d.term).name;
      if (name.length >= 2 && !/^(AWS|Amazon)\s/.test(name)) terms.add(name);
    }
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

export function generateCorpus(lex: Lexicon, seedText: string, copies: number): NoteFile[] {
  const markdown = plainTextToMarkdown(lex, seedText);
  const lines = markdown.normalize("NFKC").split("\n");
  const terms = definedTerms(lex, lines);
  const termPattern = terms.length ? new RegExp(terms.map(escapeRegExp).join("|"), "g") : undefined;
  const files: NoteFile[] = [{ file: "copy-0000.md", bytes: encoder.encode(markdown) }];
  for (let k = 1; k < copies; k++) {
    const suffix = String(k);
    const text = lines
      .map((line) => {
        if (line.startsWith("## ")) return `${line} ${suffix}`;
        return termPattern ? line.replace(termPattern, (t) => (/[A-Za-z0-9]$/.test(t) ? `${t} ${suffix}` : `${t}${suffix}`)) : line;
      })
      .join("\n");
    files.push({ file: `copy-${String(k).padStart(4, "0")}.md`, bytes: encoder.encode(text) });
  }
  return files;
}
