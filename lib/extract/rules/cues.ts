// Finding cue phrases and the names around them in a sentence.

import type { AnalysedSentence, Mention } from "../mentions";
import type { SentenceContext } from "./types";

/** ASCII lower case only, so offsets stay those of the sentence (toLowerCase can lengthen İ). */
const lower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

const cuePatterns = new WeakMap<string[], { re: RegExp; byText: Map<string, string> }>();

/**
 * Every occurrence of the cues in the sentence, leftmost and longest first, as [start, end, cue].
 * English cues match whole words only ("or" is not in "for", "load" not in "download").
 */
export function occurrences(text: string, cues: string[]): [number, number, string][] {
  let compiled = cuePatterns.get(cues);
  if (!compiled) {
    const sorted = [...cues].sort((a, b) => b.length - a.length);
    const alt = sorted.map((c) => {
      const e = lower(c).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const before = /^[a-z]/.test(lower(c).trimStart()) && !/^\s/.test(c) ? "(?<![a-z0-9])" : "";
      const after = /[a-z]$/.test(lower(c).trimEnd()) && !/\s$/.test(c) ? "(?![a-z0-9])" : "";
      return `${before}${e}${after}`;
    });
    compiled = { re: new RegExp(alt.join("|"), "g"), byText: new Map(sorted.map((c) => [lower(c), c])) };
    cuePatterns.set(cues, compiled);
  }
  const out: [number, number, string][] = [];
  for (const m of lower(text).matchAll(compiled.re)) {
    // A katakana cue is a word of its own, not part of a longer one (ロード in ロードバランシング).
    if (/^[\u30a1-\u30ff]/.test(m[0]) && KATAKANA.test(text[m.index - 1] ?? "")) continue;
    if (/[\u30a1-\u30ff]$/.test(m[0]) && KATAKANA.test(text[m.index + m[0].length] ?? "")) continue;
    out.push([m.index, m.index + m[0].length, compiled.byText.get(m[0]) ?? m[0]]);
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
