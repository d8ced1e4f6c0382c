import type { Lexicon } from "../vocab/lexicon";
import { decodeNote } from "./decode";
import { cutLongLines, longLinesWarning } from "./limits";
import { parseMarkdown } from "./markdown";
import { parsePlainText } from "./plain-text";
import type { NoteFile, ParsedNote, Warning } from "./types";

export const NOTE_EXTENSIONS = [".md", ".markdown", ".txt"];

export function isNoteFile(name: string): boolean {
  const lower = name.toLowerCase();
  return NOTE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Parses one note file; returns warnings only (no note) when the file cannot be used. */
export function parseNote(lex: Lexicon, note: NoteFile): { note?: ParsedNote; warnings: Warning[] } {
  const decoded = decodeNote(note.file, note.bytes);
  if (!decoded.ok) return { warnings: [decoded.warning] };
  if (!decoded.text.trim()) return { warnings: [...decoded.warnings, { file: note.file, message: "is empty; skipped" }] };
  const long = cutLongLines(decoded.text);
  const cutWarnings = long.cut ? [longLinesWarning(note.file, long)] : [];
  const parsed = note.file.toLowerCase().endsWith(".txt") ? parsePlainText(lex, note.file, long.text) : parseMarkdown(note.file, long.text);
  return { note: { ...parsed, source: long.text }, warnings: [...decoded.warnings, ...cutWarnings, ...parsed.warnings] };
}
