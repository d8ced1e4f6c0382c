// A clause that denies what it says ("DynamoDBは不可", "Classic Load Balancers do not support SNI",
// "Lambdaとは連携できない") yields no integrates, part_of, alternative or supersedes edge between
// the things it names: the notes say they do not work together.

import type { Lexicon } from "../vocab/lexicon";
import type { AnalysedSentence } from "./mentions";
import { occurrences } from "./rules/cues";

/** Clause boundaries: commas, semicolons, and the conjunctions that start a new clause. */
const CLAUSE_BREAK = /[、,;；]|\s(?:but|however|while|whereas)\s|しかし|けど|けれど/g;

function clauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Is the clause holding offset `at` denied? Japanese denies at the end of the clause, after the
 * name ("DynamoDBは不可"); English before it ("do not support SNI"). A denial inside a condition
 * ("choose EFS … if your requirements don't match") denies the condition, not the clause; "not only"
 * is no denial.
 */
export function deniedAt(lex: Lexicon, s: AnalysedSentence, at: number): boolean {
  const [from, to] = clauses(s.text).find(([a, b]) => at >= a && at < b) ?? [0, s.text.length];
  const clause = s.text.slice(from, to);
  const offset = at - from;
  return occurrences(clause, lex.vocab.cues.negation).some(([start, end]) => {
    if (/^\s*only\b/i.test(clause.slice(end))) return false;
    if (s.japanese) return start >= offset;
    if (start >= offset) return false;
    return !/\b(?:if|unless|when|whether|even though)\b/i.test(clause.slice(0, start));
  });
}
