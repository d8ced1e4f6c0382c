// A clause that denies what it says ("DynamoDBは不可", "Classic Load Balancers do not support SNI",
// "Lambdaとは連携できない") yields no integrates, part_of, alternative or supersedes edge between
// the things it names: the notes say they do not work together.

import type { Lexicon } from "../vocab/lexicon";
import type { AnalysedSentence } from "./mentions";
import { occurrences } from "./rules/cues";
import { escapeRegExp } from "../text/escape-regexp";

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
  // "No" a word or two before the name denies it: "SQS (No FIFO)", "no NAT gateway needed" (not
  // "No. of shards", a number).
  if (!s.japanese && /(?:^|[\s(（])no\s+(?:[\w-]+\s+)?$/i.test(clause.slice(0, offset))) return true;
  return occurrences(clause, lex.vocab.cues.negation).some(([start, end]) => {
    if (/^\s*only\b/i.test(clause.slice(end))) return false;
    if (s.japanese) return start >= offset;
    if (start >= offset) return false;
    return !/\b(?:if|unless|when|whether|even though)\b/i.test(clause.slice(0, start));
  });
}

const absenceCache = new WeakMap<Lexicon, { afterNoun: RegExp | undefined; afterObject: RegExp | undefined; afterDoings: RegExp | undefined; regardless: RegExp | undefined }>();

function absencePatterns(lex: Lexicon) {
  let p = absenceCache.get(lex);
  if (!p) {
    const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
    const { afterNoun, afterObject, afterDoings, regardless } = lex.vocab.cues.absenceMarkers;
    p = {
      // The name, a particle at most, then the marker: "追加料金なしで", "SSH ポートが不要".
      afterNoun: afterNoun.length ? new RegExp(`^\\s*(?:が|は|も)?\\s*(?:${alt(afterNoun)})`) : undefined,
      // The name as the object of a short verb, then the marker: "APIGateway を作成しなくても",
      // "インターネットを経由せずに" (not "…によって追加料金なしで": a longer phrase between).
      afterObject: afterObject.length ? new RegExp(`^\\s*(?:を|に|で)\\s*[^\\s、。,.!?！？]{1,6}?(?:${alt(afterObject)})`) : undefined,
      // The name in a list of things done that the marker closes: "踏み台サーバを構築したり、SSH
      // キーを管理したりといったことが不要になります", "パッチ適用などが不要" (not "…を使うことで、
      // サーバー管理が不要": what is used is no thing done without).
      // The name, or a noun of its, then words of disregard: "GuardDuty の結果に関係なく", "OS を問わず".
      regardless: regardless.length ? new RegExp(`^\\s*(?:の\\s*[^\\s、。,.!?！？のをにでとがは]{1,8}\\s*)?(?:${alt(regardless)})`) : undefined,
      afterDoings: afterDoings.length ? new RegExp(`^[^。.!?！？]{0,40}?(?:たり|など)\\s*(?:といった|などの)?\\s*(?:こと)?\\s*(?:が|は|も)?\\s*(?:${alt(afterDoings)})`) : undefined,
    };
    absenceCache.set(lex, p);
  }
  return p;
}

const disregardCache = new WeakMap<Lexicon, RegExp | undefined>();

/** Do words of disregard ("regardless of", cues.absenceMarkers.regardlessBefore) open the clause the text ends in? */
function disregardedBefore(lex: Lexicon, before: string): boolean {
  let re = disregardCache.get(lex);
  if (!disregardCache.has(lex)) {
    const words = lex.vocab.cues.absenceMarkers.regardlessBefore;
    re = words.length ? new RegExp(`\\b(?:${words.map(escapeRegExp).join("|")})\\b[^.;:!?,]*$`, "i") : undefined;
    disregardCache.set(lex, re);
  }
  return re?.test(before) ?? false;
}

/**
 * Is the name ending at `end` one the sentence says is done without? ("APIGateway を作成しなくても",
 * "追加料金なしで"): it denies that name only, wherever the clause goes on.
 */
export function absentAt(lex: Lexicon, s: AnalysedSentence, end: number, start = end): boolean {
  // (In English the words of disregard come before, in the name's clause: "Aurora always replicates
  // your data across three AZs, regardless of whether your database uses read replicas".)
  if (!s.japanese) return disregardedBefore(lex, s.text.slice(Math.max(0, start - 80), start));
  const after = s.text.slice(end, end + 24);
  const p = absencePatterns(lex);
  return (p.afterNoun?.test(after) ?? false) || (p.afterObject?.test(after) ?? false) || (p.regardless?.test(after) ?? false) || (p.afterDoings?.test(s.text.slice(end, end + 60)) ?? false);
}

/**
 * The stretches of a sentence that state a mistake: from a mistake's mark ("❌ Lambda + EC2 same
 * target group", cues.falseMarkers) to the mark of its fix ("→ ✅ Must be homogeneous",
 * cues.trueMarkers), the next mistake or the sentence's end. Exam notes list what not to do so;
 * the fix after the mark is what the notes hold true.
 */
export function falseSpans(lex: Lexicon, text: string): [number, number][] {
  const { falseMarkers, trueMarkers } = lex.vocab.cues;
  if (!falseMarkers.some((m) => text.includes(m))) return [];
  const marks = (list: string[]) => list.flatMap((m) => [...text.matchAll(new RegExp(escapeRegExp(m), "g"))].map((x) => ({ at: x.index, end: x.index + m.length })));
  const opens = marks(falseMarkers).sort((a, b) => a.at - b.at);
  const closes = marks(trueMarkers).map((c) => c.at);
  return opens.map(({ at, end }, i) => [end, Math.min(text.length, opens[i + 1]?.at ?? text.length, ...closes.filter((c) => c > at))]);
}
