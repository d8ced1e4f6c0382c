// part_of stated in words: "A is a feature of B", "A is an Amazon S3 feature", "BのA機能",
// "Bの追加機能としてAがあり", "A is a specific type of B"; a whole and its parts in one sentence:
// "B comes in three flavors: A1, A2 and A3", "A1、A2からなる", "A1とA2に分類" (parts that are
// kinds of the whole are set against each other too: classifies).

import type { ProposedEdge } from "../model";
import type { Mention } from "../mentions";
import type { Lexicon } from "../../vocab/lexicon";
import { ARTICLES, mentionAfter, mentionBefore, occurrences, other } from "./cues";
import type { SentenceContext, SentenceRule } from "./types";

/** Names listed one after another ("A, B and C", "A、B、C", "AとB"): the run that ends at `last`. */
export function listEndingAt(s: { text: string }, ms: Mention[], last: number): Mention[] {
  const run = [ms[last]!];
  for (let i = last - 1; i >= 0; i--) {
    const between = s.text.slice(ms[i]!.end, ms[i + 1]!.start);
    if (!/^\s*(?:\([^()]*\))?\s*(?:,|、|・|と|や|and|&|or|\/)\s*(?:and\s+|or\s+)?$/i.test(between)) break;
    run.unshift(ms[i]!);
  }
  return run;
}

export function listStartingAt(s: { text: string }, ms: Mention[], first: number): Mention[] {
  const run = [ms[first]!];
  for (let i = first + 1; i < ms.length; i++) {
    const between = s.text.slice(ms[i - 1]!.end, ms[i]!.start);
    if (!/^\s*(?:\([^()]*\))?\s*(?:,|、|・|と|や|and|&|or|\/)\s*(?:and\s+|or\s+)?(?:the\s+)?$/i.test(between)) break;
    run.push(ms[i]!);
  }
  return run;
}

/**
 * Do the words of the clause before a verb (after the last mark that ends a clause) hold a noun of
 * their own — a word that is no pronoun, article or generic word ("application includes…")? Then
 * they are the verb's subject, and it is nothing the notes name.
 */
function namesUnnamedSubject(lex: Lexicon, before: string): boolean {
  const clause = before.split(/[.;:!?,()（）、。]|\s[-–—]\s/).at(-1) ?? "";
  return clause
    .toLowerCase()
    .split(/\s+/)
    .some((w) => /^[a-z][a-z-]*$/.test(w) && !lex.functionWords.has(w) && !lex.nonNameWords.has(w) && !lex.genericWords.has(w));
}

export const partOfRule: SentenceRule = {
  name: "part-of",
  propose(ctx: SentenceContext): ProposedEdge[] {
    const { s, ms, lex } = ctx;
    const out: ProposedEdge[] = [];
    const add = (part: string | undefined, whole: string | undefined, kind: "part_of" | "contrasts" = "part_of") => {
      if (part && whole && part !== whole) out.push({ source: part, target: whole, kind });
    };
    const cues = lex.vocab.cues.partOf;

    for (const [start, end, cue] of occurrences(s.text, cues.featureOf)) {
      if (/^[\u3040-\u30ff]/.test(cue) || /^[\u4e00-\u9fff]/.test(cue)) {
        // "CloudFront の機能であり" (the subject is part of CloudFront); "Direct Connect の追加機能として
        // Direct Connect ゲートウェイがあり" (the name after として is the part).
        const whole = mentionBefore(s, ms, start);
        if (!whole) continue;
        // (A part of it made the subject or object of another verb says nothing of the section's
        // thing: "…ボリュームに使用できる IOPS の一部がパリティ書き込みで消費される" makes no part of IOPS.)
        if (/^\s*(?:が|を|も|から|まで|へ|より|の|と(?!して))/.test(s.text.slice(end))) continue;
        const after = /^\s*(?:として|に|は)/.test(s.text.slice(end)) ? mentionAfter(s, ms, end, /^\s*(?:として|に|は)[\s、,]*$/) : undefined;
        add(after?.key ?? other(ctx, whole.key), whole.key);
      } else {
        // "Snowball Edge is a specific type of Snowball", "S3 Select is part of S3"
        const whole = mentionAfter(s, ms, end, ARTICLES);
        if (!whole) continue;
        const part = mentionBefore(s, ms, start, /^\s*(?:is|are|was|were)?\s*(?:an?|the|one)?\s*(?:specific|special|optional|separate)?\s*$/i);
        // Without a name before it, only "…is part of Y" speaks of the subject ("as part of" does not).
        const stated = /\b(?:is|are|was|were)\s+(?:an?\s+|the\s+|one\s+)?(?:specific\s+|special\s+|optional\s+)?$/i.test(s.text.slice(0, start));
        if (part && part.key !== whole.key) add(part.key, whole.key);
        else if (stated) add(other(ctx, whole.key), whole.key);
      }
    }
    // "S3 Select is an Amazon S3 feature", "…is an RDS capability": the name before the noun is the whole.
    for (const m of s.text.matchAll(/\b(?:is|are)\s+(?:an?|the|one)\s+/gi)) {
      const whole = mentionAfter(s, ms, m.index + m[0].length, ARTICLES);
      if (!whole || !/^\s*(?:feature|capability|component|option|add-on|extension|mode|tool)s?\b/i.test(s.text.slice(whole.end))) continue;
      const part = mentionBefore(s, ms, m.index, /^\s*$/);
      add(part && part.key !== whole.key ? part.key : other(ctx, whole.key), whole.key);
    }
    // A whole and its listed parts in one sentence.
    const classifying = new Set(cues.classifies.map((c) => c.toLowerCase()));
    for (const [start, end, cue] of occurrences(s.text, cues.consistsOf)) {
      const japanese = /^[\u3040-\u9fff]/.test(cue);
      let parts: Mention[] = [];
      let whole: string | undefined;
      if (japanese) {
        // (A cue that qualifies the noun after it says what that noun is made of, not the subject:
        // "複数のコンテナで構成されるアプリケーション" under Docker Compose makes no container part of it.)
        if (/^(?:され|さ|し)?(?:る|た|ている|ていた)?\s*[\u30a1-\u30ff\u3400-\u9fffA-Za-z]/.test(s.text.slice(end))) continue;
        // "A、B、Cからなる", "AとBに分類" — the whole is the sentence's subject (or the section's node)
        // (A count may come between: "SD、miniSD、microSDの3種類".)
        const lastIndex = ms.findLastIndex((m) => m.end <= start && /^[\s)）]*(?:など|等)?\s*(?:の\s*[\d０-９一二三四五六七八九十]+\s*)?$/.test(s.text.slice(m.end, start)));
        if (lastIndex < 0) continue;
        parts = listEndingAt(s, ms, lastIndex);
        const first = parts[0]!;
        const before = ms.filter((m) => m.end <= first.start && /^\s*(?:は|には|では|の)/.test(s.text.slice(m.end)));
        whole = before.at(-1)?.key ?? ctx.subject ?? ctx.owner;
      } else {
        // "Storage Gateway comes in three flavors: File Gateway, Volume Gateway and Tape Gateway",
        // "There are three types of Kinesis: …", "X consists of A and B"
        const firstIndex = ms.findIndex((m) => m.start >= end && /^[\s:：,-]*(?:three|two|four|five|several|many|\d+|different|main)?[\s\w-]*?[:：]?\s*(?:the\s+)?$/i.test(s.text.slice(end, m.start)));
        const ofWhole = /^(types|kinds|classes|categories|varieties) of$/i.test(cue.trim()) ? mentionAfter(s, ms, end, ARTICLES) : undefined;
        if (ofWhole) {
          whole = ofWhole.key;
          const colon = s.text.indexOf(":", ofWhole.end);
          const rest = colon >= 0 ? ms.findIndex((m) => m.start > colon) : -1;
          parts = rest >= 0 ? listStartingAt(s, ms, rest) : [];
        } else {
          if (firstIndex < 0) continue;
          parts = listStartingAt(s, ms, firstIndex);
          // "comes in three flavors: A, B and C": a list, after a colon unless the cue is a verb of having parts.
          const verb = /^(consists? of|is made up of|are made up of|includes?|comes? in)$/i.test(cue.trim());
          if (parts.length < 2 || (!verb && !/[:：]/.test(s.text.slice(end, parts[0]!.start)))) continue;
          // (A verb's subject that names nothing is no stand-in for the section's thing:
          // "application includes EC2 and RDS" under API Gateway makes no part of API Gateway.)
          whole = mentionBefore(s, ms, start, /^[\s\w]*$/)?.key ?? (verb && namesUnnamedSubject(lex, s.text.slice(0, start)) ? undefined : (ctx.subject ?? ctx.owner));
          if (!whole) continue;
        }
      }
      parts = parts.filter((p) => p.key !== whole);
      // (Names a note writes as one, in code, are one name: "`マネジメントとガバナンス` に分類" files a
      // thing under the category of that name and lists no two.)
      if (parts.length >= 2 && ctx.know.writtenAsCode(s.text.slice(parts[0]!.start, parts.at(-1)!.end))) continue;
      for (const p of parts) add(p.key, whole);
      if (classifying.has(cue.trim().toLowerCase()) && parts.length >= 2 && parts.length <= 8) {
        for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) add(parts[i]!.key, parts[j]!.key, "contrasts");
      }
    }
    return out;
  },
};
