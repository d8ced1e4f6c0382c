// Finding cue phrases and the names around them in a sentence.

import type { AnalysedSentence, Mention } from "../mentions";
import type { SentenceContext } from "./types";

/** ASCII lower case only, so offsets stay those of the sentence (toLowerCase can lengthen İ). */
const lower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

interface CueMatcher {
  /** Cues by their first (lower-case) character, longest first. */
  byFirst: Map<string, { text: string; cue: string; wordStart: boolean; wordEnd: boolean }[]>;
}

const matchers = new WeakMap<string[], CueMatcher>();
const WORD = /[a-z0-9]/;

function matcherOf(cues: string[]): CueMatcher {
  let m = matchers.get(cues);
  if (m) return m;
  const byFirst: CueMatcher["byFirst"] = new Map();
  for (const cue of [...cues].sort((a, b) => b.length - a.length)) {
    const text = lower(cue);
    if (!text) continue;
    const entry = { text, cue, wordStart: /^[a-z]/.test(text.trimStart()) && !/^\s/.test(cue), wordEnd: /[a-z]$/.test(text.trimEnd()) && !/\s$/.test(cue) };
    const list = byFirst.get(text[0]!) ?? [];
    list.push(entry);
    byFirst.set(text[0]!, list);
  }
  m = { byFirst };
  matchers.set(cues, m);
  return m;
}

/**
 * Every occurrence of the cues in the sentence, leftmost and longest first, as [start, end, cue].
 * English cues match whole words only ("or" is not in "for", "load" not in "download").
 * (Cues are looked up by the character they start with: one pass over the sentence.)
 */
export function occurrences(text: string, cues: string[]): [number, number, string][] {
  const { byFirst } = matcherOf(cues);
  const t = lower(text);
  const out: [number, number, string][] = [];
  for (let i = 0; i < t.length; ) {
    const candidates = byFirst.get(t[i]!);
    let hit: { text: string; cue: string } | undefined;
    if (candidates) {
      for (const c of candidates) {
        if (!t.startsWith(c.text, i)) continue;
        if (c.wordStart && WORD.test(t[i - 1] ?? "")) continue;
        const end = i + c.text.length;
        if (c.wordEnd && WORD.test(t[end] ?? "")) continue;
        // A katakana cue is a word of its own, not part of a longer one (ロード in ロードバランシング).
        if (/^[\u30a1-\u30ff]/.test(c.text) && KATAKANA.test(text[i - 1] ?? "")) continue;
        if (/[\u30a1-\u30ff]$/.test(c.text) && KATAKANA.test(text[end] ?? "")) continue;
        hit = c;
        break;
      }
    }
    if (hit) {
      out.push([i, i + hit.text.length, hit.cue]);
      i += hit.text.length;
    } else i++;
  }
  return out;
}

const KATAKANA = /[\u30a1-\u30ff]/;

/** A cue inside a name is no cue (詳細モニタリング names a feature; it says nothing about monitoring). */
export function outsideNames(s: AnalysedSentence, found: [number, number, string][]): [number, number, string][] {
  return found.filter(([start, end]) => !s.mentions.some((m) => m.start < end && start < m.end));
}

/**
 * The mention that ends right before `at` (spaces, and what `allowed` lets through, may sit
 * between; so may a parenthetical right after the name: "GSI(グローバル…)とLSI(…)の違い").
 */
export function mentionBefore(s: AnalysedSentence, ms: Mention[], at: number, allowed = /^[\s]*$/): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (m.end <= at && allowed.test(s.text.slice(m.end, at).replace(/^\s*\([^()]*\)/, ""))) best = m;
  return best;
}

export function mentionAfter(s: AnalysedSentence, ms: Mention[], at: number, allowed = /^[\s]*$/): Mention | undefined {
  return ms.find((m) => m.start >= at && allowed.test(s.text.slice(at, m.start)));
}

/** The sentence's subject when it is not `not`, else the section's node. */
export function other(ctx: SentenceContext, not: string): string | undefined {
  if (ctx.subject && ctx.subject !== not) return ctx.subject;
  if (ctx.owner && ctx.owner !== not) return ctx.owner;
  return undefined;
}

export const ARTICLES = /^\s*(?:the\s+|a\s+|an\s+|amazon\s+|aws\s+)*$/i;
