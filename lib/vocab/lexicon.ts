// The vocabulary compiled for lookups: entity names (exact, translated, or with typos), the
// glossary, head nouns and cue lists. Built once per build or per search index, then read-only.

import { boundedEditDistance, typoAllowance } from "../text/edit-distance";
import { nameKey, nfkc, stripVendorPrefix } from "../text/normalize";
import type { EntityEntry, Vocabulary } from "./types";

export interface EntityMatch {
  entity: EntityEntry;
  /** "exact" for a listed name, "fuzzy" for a name with typos. */
  how: "exact" | "fuzzy";
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  word: boolean;
}

function buildTrie(words: Iterable<string>): TrieNode {
  const root: TrieNode = { next: new Map(), word: false };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), word: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.word = true;
  }
  return root;
}

/** Lengths (in UTF-16 units) of the glossary words that start at `start` in `s`, longest first. */
export function glossaryMatches(lex: Lexicon, s: string, start: number): number[] {
  const out: number[] = [];
  let node: TrieNode | undefined = lex.glossaryTrie;
  for (let i = start; i < s.length && node; i++) {
    node = node.next.get(s[i]!);
    if (node?.word) out.push(i + 1 - start);
  }
  return out.reverse();
}

interface KeyedEntity {
  key: string;
  entity: EntityEntry;
}

export interface Lexicon {
  vocab: Vocabulary;
  entityById: Map<string, EntityEntry>;
  /** Longest glossary entry, in characters, for longest-match segmentation. */
  glossaryMaxLength: number;
  glossary: Map<string, string>;
  /** The glossary's words as a character trie: lengths of the words starting at a position. */
  glossaryTrie: TrieNode;
  strongHeads: Set<string>;
  weakHeads: Set<string>;
  modifiers: Set<string>;
  determiners: Set<string>;
  stopTerms: Set<string>;
  genericWords: Set<string>;
  functionWords: Set<string>;
  /** English word → Japanese words with that English form (for search across languages). */
  reverseGlossary: Map<string, string[]>;
  exactKeys: Map<string, EntityEntry>;
  fuzzyByLength: Map<number, KeyedEntity[]>;
  fuzzyCache: Map<string, EntityMatch | null>;
  glossTypoCache: Map<string, string | null>;
}

export function compileLexicon(vocab: Vocabulary): Lexicon {
  const exactKeys = new Map<string, EntityEntry>();
  const entityById = new Map(vocab.entities.map((e) => [e.id, e]));
  // Names as written take precedence over the same names with AWS/Amazon dropped, so that
  // "AWS SSO" (Identity Center) and "SSO" (single sign-on) stay apart.
  for (const e of vocab.entities) {
    for (const name of [e.label, ...e.names, ...e.ja]) {
      const key = nameKey(name);
      if (key && !exactKeys.has(key)) exactKeys.set(key, e);
    }
  }
  for (const e of vocab.entities) {
    for (const name of [e.label, ...e.names]) {
      const key = nameKey(stripVendorPrefix(name));
      if (key && !exactKeys.has(key)) exactKeys.set(key, e);
    }
  }
  const fuzzyByLength = new Map<number, KeyedEntity[]>();
  for (const [key, entity] of exactKeys) {
    if (typoAllowance(key) === 0 || !/^[a-z0-9@&+]+$/.test(key)) continue;
    const bucket = fuzzyByLength.get(key.length) ?? [];
    bucket.push({ key, entity });
    fuzzyByLength.set(key.length, bucket);
  }
  const glossary = new Map(Object.entries(vocab.glossary));
  const reverseGlossary = new Map<string, string[]>();
  for (const [ja, en] of glossary) {
    if (!en) continue;
    const key = en.toLowerCase();
    reverseGlossary.set(key, [...(reverseGlossary.get(key) ?? []), ja]);
  }
  const lower = (xs: string[]) => new Set(xs.map((x) => nfkc(x).toLowerCase()));
  return {
    vocab,
    entityById,
    glossaryMaxLength: Math.max(1, ...[...glossary.keys()].map((k) => k.length)),
    glossary,
    glossaryTrie: buildTrie(glossary.keys()),
    strongHeads: lower(vocab.strongHeads),
    weakHeads: lower(vocab.weakHeads),
    modifiers: lower(vocab.modifiers),
    determiners: lower(vocab.determiners),
    stopTerms: lower(vocab.cues.stopTerms),
    genericWords: lower(vocab.cues.genericWords),
    functionWords: lower(vocab.cues.functionWords),
    reverseGlossary,
    exactKeys,
    fuzzyByLength,
    fuzzyCache: new Map(),
    glossTypoCache: new Map(),
  };
}

/** Abbreviations (2–4 capitals) must match exactly: SQS, SNS and SES are one letter apart. */
function abbreviationsOf(text: string): string[] {
  return (text.match(/\b[A-Z][A-Z0-9]{1,3}\b/g) ?? []).map((a) => a.toLowerCase());
}

/**
 * Finds the entity a surface form names: exactly (any case, spacing, AWS/Amazon prefix), or with
 * typos when `fuzzy` ("Lamda", "CloudFormtion"). Returns undefined when nothing matches.
 */
export function lookupEntity(lex: Lexicon, surface: string, fuzzy: boolean): EntityMatch | undefined {
  const full = nameKey(surface);
  if (!full) return undefined;
  const exact = lex.exactKeys.get(full) ?? lex.exactKeys.get(nameKey(stripVendorPrefix(surface)));
  if (exact) return { entity: exact, how: "exact" };
  if (!fuzzy) return undefined;
  const key = nameKey(stripVendorPrefix(surface));
  const cached = lex.fuzzyCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const found = fuzzyLookup(lex, key, surface);
  lex.fuzzyCache.set(key, found ?? null);
  return found;
}

function fuzzyLookup(lex: Lexicon, key: string, surface: string): EntityMatch | undefined {
  const allowance = typoAllowance(key);
  if (allowance === 0 || !/^[a-z0-9@&+]+$/.test(key)) return undefined;
  const abbreviations = abbreviationsOf(stripVendorPrefix(surface));
  let best: { match: EntityMatch; distance: number } | undefined;
  for (let len = key.length - allowance; len <= key.length + allowance; len++) {
    for (const candidate of lex.fuzzyByLength.get(len) ?? []) {
      if (key.length < 8 ? candidate.key.slice(0, 2) !== key.slice(0, 2) : candidate.key[0] !== key[0] && candidate.key.at(-1) !== key.at(-1)) continue;
      const limit = Math.min(allowance, typoAllowance(candidate.key));
      const d = boundedEditDistance(key, candidate.key, limit);
      if (d > limit) continue;
      if (abbreviations.some((a) => !candidate.key.includes(a))) continue;
      if (!best || d < best.distance) best = { match: { entity: candidate.entity, how: "fuzzy" }, distance: d };
    }
  }
  return best?.match;
}

/** The glossary's English form of a Japanese word, tolerating one typo in long katakana words. */
export function glossWord(lex: Lexicon, word: string): string | undefined {
  const direct = lex.glossary.get(word);
  if (direct !== undefined) return direct;
  if (word.length < 5 || !/^[\u30a1-\u30ff]+$/.test(word)) return undefined;
  const cached = lex.glossTypoCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  let found: string | undefined;
  for (const [ja, en] of lex.glossary) {
    if (Math.abs(ja.length - word.length) <= 1 && boundedEditDistance(ja, word, 1) <= 1) {
      found = en;
      break;
    }
  }
  lex.glossTypoCache.set(word, found ?? null);
  return found;
}
