import type { Lexicon } from "../vocab/lexicon";
import { decodeNote } from "./decode";
import { cutLongLines, longLinesWarning } from "./limits";
import { parseMarkdown, type MarkdownOptions } from "./markdown";
import { resolveName } from "../vocab/resolve-name";
import { nfkc } from "../text/normalize";
import { parsePlainText } from "./plain-text";
import type { NoteFile, ParsedNote, Warning } from "./types";

export const NOTE_EXTENSIONS = [".md", ".markdown", ".txt"];

export function isNoteFile(name: string): boolean {
  const lower = name.toLowerCase();
  return NOTE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** What the Markdown parser asks of the vocabulary, made once per lexicon. */
function markdownOptions(lex: Lexicon): MarkdownOptions {
  let options = optionsByLexicon.get(lex);
  if (!options) {
    const same = (a: string, b: string) => {
      const x = resolveName(lex, a, false)?.entity.id;
      return x !== undefined && x === resolveName(lex, b, false)?.entity.id;
    };
    const sectionWords = new Set(lex.vocab.cues.sectionHeadings.map((w) => nfkc(w).toLowerCase()));
    options = { conventionalFileNames: lex.vocab.cues.conventionalFileNames, sameThing: same, sectionWords };
    optionsByLexicon.set(lex, options);
  }
  return options;
}

const optionsByLexicon = new WeakMap<Lexicon, MarkdownOptions>();

/** Parses one note file; returns warnings only (no note) when the file cannot be used. */
export function parseNote(lex: Lexicon, note: NoteFile): { note?: ParsedNote; warnings: Warning[] } {
  const decoded = decodeNote(note.file, note.bytes);
  if (!decoded.ok) return { warnings: [decoded.warning] };
  if (!decoded.text.trim()) return { warnings: [...decoded.warnings, { file: note.file, message: "is empty; skipped" }] };
  const long = cutLongLines(decoded.text);
  const cutWarnings = long.cut ? [longLinesWarning(note.file, long)] : [];
  const parsed = note.file.toLowerCase().endsWith(".txt") ? parsePlainText(lex, note.file, long.text) : parseMarkdown(note.file, long.text, markdownOptions(lex));
  return { note: { ...parsed, source: long.text }, warnings: [...decoded.warnings, ...cutWarnings, ...parsed.warnings] };
}
