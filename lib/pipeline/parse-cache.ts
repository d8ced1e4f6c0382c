// Parsed notes remembered by content, so a rebuild parses only the files that changed.

import { createHash } from "node:crypto";
import type { ParsedNote, Warning } from "../parse/types";
import { vocabularyFingerprint } from "../vocab/fingerprint";
import type { Vocabulary } from "../vocab/types";

export interface CachedParse {
  note?: ParsedNote;
  warnings: Warning[];
}

export interface ParseCache {
  get(key: string): CachedParse | undefined;
  set(key: string, value: CachedParse): void;
}

/** Bumped whenever parsing changes what it produces, so old entries stop matching. */
export const PARSER_VERSION = 27;

/** What every entry depends on besides the file: the parser and the vocabulary (headings of plain text). */
export function parseSalt(vocabulary: Vocabulary): string {
  return vocabularyFingerprint(vocabulary, String(PARSER_VERSION));
}

export function parseKey(salt: string, file: string, bytes: Uint8Array): string {
  return createHash("sha256").update(salt).update("\0").update(file).update("\0").update(bytes).digest("hex");
}
