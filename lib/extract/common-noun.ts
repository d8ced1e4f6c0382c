// A common noun: a word of the glossary standing alone (料金, スループット; "pricing", "role"),
// which names a kind of thing, never one thing of the notes. Relations are between things, and a
// summary says what one thing is: a common noun is no side of the first, and what brackets say
// after it is no summary of it.

import { escapeRegExp } from "../text/escape-regexp";
import { nfkc, stripVendorPrefix } from "../text/normalize";
import type { Lexicon } from "../vocab/lexicon";
import type { Draft } from "./drafts";

/** Is this name, as written, one word of the glossary (with a one-word English)? */
export function isGlossaryWord(lex: Lexicon, written: string): boolean {
  // (The vendor's name before one names the vendor's kind of it: "AWS アカウント", "your AWS
  // account"; not before a capital, "AWS Chatbot" is a product's name.)
  // (Glued to a word in Japanese too: "AWSサービス".)
  const bare = stripVendorPrefix(written).replace(/^(?:aws|amazon)(?=[\u3040-\u30ff\u3400-\u9fff])/i, "");
  const s = /^[A-Z]/.test(bare) && bare !== nfkc(written).trim() ? nfkc(written).trim() : bare;
  // (So is a word that heads a compound only weakly, alone: "API", "Storage", "Event"; in the
  // plural too, "APIs", "resources".)
  const lower = s.toLowerCase();
  // (The vendor's name alone, or a word as general, is no one thing either: "on AWS", "data".)
  if (lex.genericWords.has(lower)) return true;
  const singular = /[a-z]s$/.test(lower) ? lower.slice(0, -1) : lower;
  if (lex.weakHeads.has(lower) || lex.weakHeads.has(singular)) return true;
  const english = lex.glossary.get(s) ?? (lex.reverseGlossary.has(lower) || lex.reverseGlossary.has(singular) ? s : undefined);
  return english !== undefined && !/\s/.test(english.trim());
}

const headEndings = { nonProductHeads: new WeakMap<Lexicon, RegExp>(), standardHeads: new WeakMap<Lexicon, RegExp>() };

function endsOnHead(lex: Lexicon, cue: keyof typeof headEndings, bare: string): boolean {
  let re = headEndings[cue].get(lex);
  if (!re) {
    const heads = [...lex.vocab.cues[cue]].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(nfkc(w)));
    headEndings[cue].set(lex, (re = heads.length ? new RegExp(`(?:^|[\\s-])(?:${heads.join("|")})$`, "i") : /$^/));
  }
  return re.test(nfkc(bare).trim());
}

/** A name ending on a word for the vendor's events, publications, courses or people (cues.nonProductHeads): "Black Belt Online Seminar", "Exam Guide". */
export function endsOnNonProductHead(lex: Lexicon, bare: string): boolean {
  return endsOnHead(lex, "nonProductHeads", bare);
}

/** A name ending on a word for a standard (cues.standardHeads): "Resource Name", "States Language", "Security Finding Format". */
export function endsOnStandardHead(lex: Lexicon, bare: string): boolean {
  return endsOnHead(lex, "standardHeads", bare);
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

/**
 * Written the way products and features are named, not described: with the vendor's prefix
 * ("AWS Budgets"), with a capital inside a word or a digit (SSE-KMS, Transit VIF, EC2 Config),
 * in capitalised words ("Data Exchange", "Findings Automated Response"), or as a loanword of
 * katakana alone (セッションマネージャー); not "Cost optimization", "料金体系", "RDS のログ".
 */
export function writtenAsName(lex: Lexicon, name: string): boolean {
  const t = nfkc(name).trim();
  if (/^(?:AWS|Amazon)\s+\S/.test(t)) return true;
  if (/^[\u30a0-\u30ff・]{5,}$/.test(t)) return true;
  const words = t.split(/\s+/);
  if (!words.every((w) => /^[\x21-\x7e]+$/.test(w))) return false;
  if (words.some((w) => /[A-Z].*[A-Z]|\d/.test(w))) return true;
  return words.length >= 2 && words.every((w) => /^[A-Z]/.test(w) || lex.functionWords.has(w));
}

/** The vocabulary knows it, the notes define it, it is a note of its own, or it is written as a name: a thing, not only a heading's words. */
export function isThing(lex: Lexicon, d: Draft | undefined): boolean {
  return !!d && (!!d.vocab || d.definitions.length > 0 || d.notes.length > 0 || [...d.surfaces.keys(), d.english ?? ""].some((n) => writtenAsName(lex, n)));
}

/**
 * Is the term's key (t: and its name folded) a kind of service the notes do not name, "Fully
 * managed service", "データベースサービス", "各種サービス" (microservices aside)? It says what
 * something is, or a class of partners: never one partner, nor a part of the section it is in.
 */
export function isServiceClass(key: string): boolean {
  return /^t:(?!.*microservices?$).*(?:services?|サービス)$/.test(key);
}
