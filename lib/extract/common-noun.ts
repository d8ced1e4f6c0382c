// A common noun: a word of the glossary standing alone (料金, スループット; "pricing", "role"),
// which names a kind of thing, never one thing of the notes. Relations are between things, and a
// summary says what one thing is: a common noun is no side of the first, and what brackets say
// after it is no summary of it.

import { nfkc } from "../text/normalize";
import type { Lexicon } from "../vocab/lexicon";
import type { Draft } from "./drafts";

/** Is this name, as written, one word of the glossary (with a one-word English)? */
export function isGlossaryWord(lex: Lexicon, written: string): boolean {
  const s = nfkc(written).trim();
  const english = lex.glossary.get(s) ?? (lex.reverseGlossary.has(s.toLowerCase()) ? s : undefined);
  return english !== undefined && !/\s/.test(english.trim());
}

/** Does every way the notes write a term (none from the vocabulary) pass `test`? */
export function everyNameWritten(d: Draft | undefined, test: (written: string) => boolean): boolean {
  if (!d || d.vocab || d.surfaces.size === 0) return false;
  return [...d.surfaces.keys()].every((surface) => test(nfkc(surface).trim()));
}

/** A term the notes only ever write as a common noun. */
export function isCommonNoun(lex: Lexicon, d: Draft | undefined): boolean {
  return everyNameWritten(d, (written) => isGlossaryWord(lex, written));
}
