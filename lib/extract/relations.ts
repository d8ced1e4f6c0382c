// Relations stated inside one sentence, each kept with the sentence as its evidence.
//   contrasts    AとBの違い, Aとの違い, Aと異なる, Aより, Aではなく, A vs B, unlike A, 逆に
//   supersedes   (旧A), Aの機能強化バージョン, Aは古い…B使うべき, formerly A, replaces A
//   alternative  Aでも代用可, Aの代わりに, AかB, A or B, Aでもできる
//   integrates   A→B, A + B, or a verb of connecting, sending, protecting, converting…
//   mentions     anything else the sentence's subject and its section share

import type { EdgeKind } from "../graph/types";
import type { Lexicon } from "../vocab/lexicon";
import type { AnalysedSentence, Mention } from "./mentions";

export interface ProposedEdge {
  source: string;
  target: string;
  kind: EdgeKind;
}

export interface SentenceContext {
  /** What the sentence is about: its topic, the line's defined term, or the section. */
  subject?: string;
  /** The node whose section holds the line. */
  owner?: string;
  /** Older → newer pairs the vocabulary knows (EventBridge supersedes CloudWatch Events). */
  supersedesInVocab: (newer: string, older: string) => boolean;
}

/** ASCII lower case only, so offsets stay those of the sentence (toLowerCase can lengthen İ). */
const lower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

const cuePatterns = new WeakMap<string[], { re: RegExp; byText: Map<string, string> }>();

/** Every occurrence of the cues in the sentence, leftmost and longest first, as [start, end, cue]. */
function occurrences(text: string, cues: string[]): [number, number, string][] {
  let compiled = cuePatterns.get(cues);
  if (!compiled) {
    const sorted = [...cues].sort((a, b) => b.length - a.length);
    const re = new RegExp(sorted.map((c) => lower(c).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
    compiled = { re, byText: new Map(sorted.map((c) => [lower(c), c])) };
    cuePatterns.set(cues, compiled);
  }
  const out: [number, number, string][] = [];
  for (const m of lower(text).matchAll(compiled.re)) out.push([m.index, m.index + m[0].length, compiled.byText.get(m[0]) ?? m[0]]);
  return out;
}

/**
 * The mention that ends right before `at` (spaces, and the particles listed, may sit between; so
 * may a parenthetical right after the name: "GSI(グローバルセカンダリインデックス)とLSI(…)の違い").
 */
function mentionBefore(s: AnalysedSentence, ms: Mention[], at: number, allowed = /^[\s]*$/): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (m.end <= at && allowed.test(s.text.slice(m.end, at).replace(/^\s*\([^()]*\)/, ""))) best = m;
  return best;
}

function mentionAfter(s: AnalysedSentence, ms: Mention[], at: number, allowed = /^[\s]*$/): Mention | undefined {
  return ms.find((m) => m.start >= at && allowed.test(s.text.slice(at, m.start)));
}

function other(ctx: SentenceContext, not: string): string | undefined {
  if (ctx.subject && ctx.subject !== not) return ctx.subject;
  if (ctx.owner && ctx.owner !== not) return ctx.owner;
  return undefined;
}

/** Is the mention the topic of its clause (Xは, Xでは, Xとは, …のはX, Xの…は)? */
export function isTopicMarked(s: AnalysedSentence, m: Mention): boolean {
  const after = s.text.slice(m.end).replace(/^\s+/, "");
  // …but not "ではなく"/"ではない" (X is not), and not "はず" (should).
  if (/^(は|では|とは|って|も)/.test(after) && !/^(はず|ではな|じゃな)/.test(after)) return true;
  if (/のは\s*$/.test(s.text.slice(0, m.start))) return true;
  const possessive = /^の([^。、はがをにで\s]{1,12})は/.exec(after);
  if (!possessive) return false;
  const nounStart = s.text.indexOf(possessive[1]!, m.end);
  return !s.mentions.some((x) => x !== m && x.start >= m.end && x.start <= nounStart + 1);
}

/** English clauses set side by side: "SQS is a queue, SNS is pub/sub" (a name opening a clause, then "is"/"are"). */
export function isClauseSubject(s: AnalysedSentence, m: Mention): boolean {
  const before = s.text.slice(0, m.start).replace(/\s+$/, "");
  return (before === "" || /[,;:]$/.test(before)) && /^\s+(is|are)\b/i.test(s.text.slice(m.end));
}

/** The sentence's own subject: a topic-marked name, or in English the first name. */
export function topicOf(s: AnalysedSentence, ms: Mention[]): Mention | undefined {
  if (!s.japanese) return ms[0];
  return ms.find((m) => isTopicMarked(s, m)) ?? ms.find((m) => /^\s*が/.test(s.text.slice(m.end)) && m === ms[0]);
}

export function relationsInSentence(lex: Lexicon, s: AnalysedSentence, ms: Mention[], ctx: SentenceContext): ProposedEdge[] {
  const out: ProposedEdge[] = [];
  const add = (a: string | undefined, b: string | undefined, kind: EdgeKind) => {
    if (a && b && a !== b) out.push({ source: a, target: b, kind });
  };
  const cues = lex.vocab.cues;

  // contrasts: "AとBの違い", "Aとの違い", "A vs B", "difference between A and B", "unlike A"
  for (const [start, end, cue] of occurrences(s.text, cues.contrasts.between)) {
    const c = cue.trim().toLowerCase();
    if (c.startsWith("の")) {
      const b = mentionBefore(s, ms, start);
      const a = b && mentionBefore(s, ms, b.start, /^\s*(と|and|&|,|、)\s*$/);
      if (a && b) add(a.key, b.key, "contrasts");
      else if (b) add(b.key, other(ctx, b.key), "contrasts");
    } else if (c.startsWith("と")) {
      const b = mentionBefore(s, ms, start);
      if (b) add(b.key, other(ctx, b.key), "contrasts");
    } else if (c === "vs" || c === "vs." || c === "versus") {
      add(mentionBefore(s, ms, start)?.key, mentionAfter(s, ms, end)?.key, "contrasts");
    } else if (c === "difference between") {
      const after = ms.filter((m) => m.start >= end);
      add(after[0]?.key, after[1]?.key, "contrasts");
    } else {
      const a = mentionAfter(s, ms, end, /^\s*(the\s+|a\s+|an\s+)?$/i);
      if (a) add(a.key, other(ctx, a.key), "contrasts");
    }
  }
  // contrasts: "Aより速い", "Aではなく", "faster than A", "rather than A"
  for (const [start, end, cue] of occurrences(s.text, cues.contrasts.afterOther)) {
    if (/^[\u3040-\u30ff]/.test(cue)) {
      const b = mentionBefore(s, ms, start);
      if (!b) continue;
      const next = cue.includes("なく") ? mentionAfter(s, ms, end, /^[\s、,]*$/) : undefined;
      add(b.key, next?.key ?? other(ctx, b.key), "contrasts");
    } else {
      const a = mentionAfter(s, ms, end, /^\s*(the\s+|a\s+|an\s+)?$/i);
      if (a) add(a.key, other(ctx, a.key), "contrasts");
    }
  }
  // contrasts: "逆に…", "whereas …": the thing this clause ends on against the sentence's subject
  for (const [start, end] of occurrences(s.text, cues.contrasts.conversely)) {
    const before = ms.filter((m) => m.end <= start);
    const after = ms.filter((m) => m.start >= end);
    if (before.length && after.length) add(before.at(-1)!.key, s.japanese ? after.at(-1)!.key : after[0]!.key, "contrasts");
    else if (after.length) {
      const b = s.japanese ? after.at(-1)! : after[0]!;
      add(b.key, ctx.owner && ctx.owner !== b.key ? ctx.owner : other(ctx, b.key), "contrasts");
    }
  }

  // supersedes: "(旧A)", "旧A", "formerly A"
  for (const [start, end] of occurrences(s.text, cues.supersedes.formerPrefix)) {
    const older = mentionAfter(s, ms, end, /^[\s:]*$/);
    if (!older) continue;
    const openParen = s.text.lastIndexOf("(", start);
    const inParen = openParen >= 0 && /^\s*$/.test(s.text.slice(openParen + 1, start));
    const newer = inParen ? mentionBefore(s, ms, openParen) : undefined;
    add(newer?.key ?? other(ctx, older.key), older.key, "supersedes");
  }
  // supersedes: "AはBの機能強化バージョン", "A replaces B"
  for (const [start, end, cue] of occurrences(s.text, cues.supersedes.newerVersionOf)) {
    if (cue.startsWith("の")) {
      const older = mentionBefore(s, ms, start);
      if (older) add(topicOf(s, ms.filter((m) => m !== older))?.key ?? other(ctx, older.key), older.key, "supersedes");
    } else {
      const older = mentionAfter(s, ms, end, /^\s*(the\s+|a\s+|an\s+)?$/i);
      const newer = older && (mentionBefore(s, ms, start, /^[\s\w,]*$/) ?? undefined);
      if (older) add(newer?.key ?? other(ctx, older.key), older.key, "supersedes");
    }
  }
  // supersedes: "Aは古いサービス、基本的にはB使うべき"
  const olderAt = occurrences(s.text, cues.supersedes.olderMarker)[0];
  const preferAt = occurrences(s.text, cues.supersedes.preferMarker)[0];
  if (olderAt && preferAt) {
    const older = mentionBefore(s, ms, olderAt[0], /^\s*(は|is|was|are|:)?\s*$/);
    const newer = mentionBefore(s, ms, preferAt[0], /^\s*(を|は|が)?\s*$/) ?? mentionAfter(s, ms, preferAt[1], /^\s*$/);
    if (older && newer) add(newer.key, older.key, "supersedes");
  }
  // supersedes known to the vocabulary, when one sentence names both
  for (const a of ms) for (const b of ms) if (a.key !== b.key && ctx.supersedesInVocab(a.key, b.key)) add(a.key, b.key, "supersedes");

  // alternative: "Aでも代用可", "Aの代わりにB", "AかB", "A or B"
  for (const [start, end, cue] of occurrences(s.text, cues.alternative)) {
    const c = cue.trim().toLowerCase();
    if (c === "or" || c === "または" || c === "alternatively" || c === "instead") continue; // handled between two names below
    if (c.includes("代わりに")) {
      const a = mentionBefore(s, ms, start);
      const b = mentionAfter(s, ms, end, /^[^。]*?$/);
      if (a) add(a.key, b?.key ?? other(ctx, a.key), "alternative");
    } else if (c.includes("選べる")) {
      const chosen = ms.filter((m) => m.end <= start);
      for (let i = 1; i < chosen.length; i++) if (/^\s*(か|or|または)\s*$/.test(s.text.slice(chosen[i - 1]!.end, chosen[i]!.start))) add(chosen[i - 1]!.key, chosen[i]!.key, "alternative");
    } else {
      const b = mentionBefore(s, ms, start, /^\s*(で|でも|も|を)?\s*$/);
      if (b) add(b.key, other(ctx, b.key), "alternative");
    }
  }
  for (let i = 1; i < ms.length; i++) {
    const between = s.text.slice(ms[i - 1]!.end, ms[i]!.start);
    if (/^\s*(か|or|または|もしくは|あるいは)\s*$/i.test(between)) add(ms[i - 1]!.key, ms[i]!.key, "alternative");
  }

  // integrates: chains "A → B → C", "A + B"
  for (let i = 1; i < ms.length; i++) {
    const between = s.text.slice(ms[i - 1]!.end, ms[i]!.start);
    if (/^\s*(→|⇒|⇨|➡|->|=>|\+|＋)\s*$/.test(between)) add(ms[i - 1]!.key, ms[i]!.key, "integrates");
  }

  // the subject with everything else the sentence names
  // A cue inside a name is no cue (詳細モニタリング names a feature; it says nothing about monitoring).
  const integrates = occurrences(s.text, cues.integrates).some(([start, end]) => !s.mentions.some((m) => m.start < end && start < m.end));
  const subject = ctx.subject;
  for (const m of ms) if (subject && m.key !== subject) add(subject, m.key, integrates ? "integrates" : "mentions");
  // "auto scalingも連携可能" under EMR's heading: what the sentence names works with the section's node.
  if (integrates && subject && ctx.owner && ctx.owner !== subject && ms.length > 0 && ms.every((m) => m.key === subject)) add(ctx.owner, subject, "integrates");
  return out;
}
