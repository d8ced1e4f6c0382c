// The vocabulary compiled for lookups: entity names (exact, translated, or with typos), the
// glossary, head nouns and cue lists. Built once per build or per search index, then read-only.

import { boundedEditDistance, typoAllowance } from "../text/edit-distance";
import { nameKey, nfkc, stripVendorPrefix } from "../text/normalize";
import type { EntityEntry, Vocabulary } from "./types";
import { escapeRegExp } from "../text/escape-regexp";

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
  /** The name as listed, for comparing word by word. */
  name: string;
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
  /** Units and words of measure, in lower case (cues.measureWords: "gb", "max", "最大"). */
  measureWords: Set<string>;
  /** Words that bound or preset a setting, in lower case (cues.settingBounds: "default", "max", "最大"). */
  settingBounds: Set<string>;
  /** Words that make a way of spanning places when glued before a place's name (cues.placeSpans: "マルチ", "クロス"). */
  placeSpans: Set<string>;
  /** Adjectives that make a predicate before a preposition, in lower case (cues.predicateAdjectives: "good", "ideal"). */
  predicateAdjectives: Set<string>;
  genericWords: Set<string>;
  everydayWords: Set<string>;
  /** Name keys of the domains' own names (AWS, Amazon): they say nothing about what a sentence is about. */
  anchorKeys: Set<string>;
  /** The first words, in lower case, of the domains' own names written in several words ("amazon" of "Amazon Web Services"). */
  fullAnchorFirstWords: Set<string>;
  functionWords: Set<string>;
  nonNameWords: Set<string>;
  prepositions: Set<string>;
  /** English word → Japanese words with that English form (for search across languages). */
  reverseGlossary: Map<string, string[]>;
  exactKeys: Map<string, EntityEntry>;
  fuzzyByLength: Map<number, KeyedEntity[]>;
  fuzzyCache: Map<string, EntityMatch | null>;
  glossTypoCache: Map<string, string | null>;
}

const CACHE_LIMIT = 200_000;

export function compileLexicon(vocab: Vocabulary): Lexicon {
  const exactKeys = new Map<string, EntityEntry>();
  const namesByKey = new Map<string, string>();
  const entityById = new Map(vocab.entities.map((e) => [e.id, e]));
  // Names as written take precedence over the same names with AWS/Amazon dropped, so that
  // "AWS SSO" (Identity Center) and "SSO" (single sign-on) stay apart.
  for (const e of vocab.entities) {
    for (const name of [e.label, ...e.names, ...e.ja]) {
      const key = nameKey(name);
      if (key && !exactKeys.has(key)) {
        exactKeys.set(key, e);
        namesByKey.set(key, name);
      }
    }
  }
  // (Not a standard's name, whose vendor's word is part of it: "Amazon Resource Name" is ARN, a
  // "Uniform Resource Name" no ARN.)
  const heads = vocab.cues.standardHeads.map((w) => nfkc(w).toLowerCase());
  const standard = (name: string) => stripVendorPrefix(name) !== nfkc(name).trim() && heads.some((h) => stripVendorPrefix(name).toLowerCase().endsWith(` ${h}`));
  for (const e of vocab.entities) {
    for (const name of [e.label, ...e.names]) {
      if (standard(name)) continue;
      const key = nameKey(stripVendorPrefix(name));
      if (key && !exactKeys.has(key)) {
        exactKeys.set(key, e);
        namesByKey.set(key, stripVendorPrefix(name));
      }
    }
  }
  const fuzzyByLength = new Map<number, KeyedEntity[]>();
  for (const [key, entity] of exactKeys) {
    if (typoAllowance(key) === 0 || !/^[a-z0-9@&+]+$/.test(key)) continue;
    const bucket = fuzzyByLength.get(key.length) ?? [];
    bucket.push({ key, name: namesByKey.get(key) ?? key, entity });
    fuzzyByLength.set(key.length, bucket);
  }
  // The domains' own names written in several words ("Amazon Web Services").
  const fullAnchors = vocab.domains.flatMap((d) => d.anchors.map((a) => nfkc(a).trim()).filter((a) => /\s/.test(a)));
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
    // (The domains' own names written in full, "Amazon Web Services", are the subject, never a term.)
    stopTerms: new Set([...lower(vocab.cues.stopTerms), ...fullAnchors.map((a) => a.toLowerCase())]),
    measureWords: lower(vocab.cues.measureWords),
    settingBounds: lower(vocab.cues.settingBounds),
    placeSpans: lower(vocab.cues.placeSpans),
    predicateAdjectives: lower(vocab.cues.predicateAdjectives),
    genericWords: lower(vocab.cues.genericWords),
    everydayWords: lower(vocab.cues.everydayWords),
    anchorKeys: new Set(vocab.domains.flatMap((d) => d.anchors.map(nameKey))),
    fullAnchorFirstWords: new Set(fullAnchors.map((a) => a.split(/\s+/)[0]!.toLowerCase())),
    functionWords: lower(vocab.cues.functionWords),
    nonNameWords: lower(vocab.cues.nonNameWords),
    prepositions: lower(vocab.cues.prepositions),
    reverseGlossary,
    exactKeys,
    fuzzyByLength,
    fuzzyCache: new Map(),
    glossTypoCache: new Map(),
  };
}

/** An English plural of a listed name: "VPNs", "NACLs", "security groups" (acronyms in capitals take a small s). */
function pluralOf(lex: Lexicon, surface: string): EntityEntry | undefined {
  const t = stripVendorPrefix(surface);
  let singular: string | undefined;
  if (/[A-Z]{2,}s$/.test(t)) singular = t.slice(0, -1);
  else if (/[a-z]{3}ies$/.test(t)) singular = `${t.slice(0, -3)}y`;
  else if (/[a-z]{3}s$/.test(t) && !/(ss|us|is)$/.test(t)) singular = t.slice(0, -1);
  return singular ? lex.exactKeys.get(nameKey(singular)) : undefined;
}

/**
 * The form in capitals the vocabulary gives a word written in lower case ("iam" → "IAM", "ec2" →
 * "EC2", "aws" → "AWS"), when it names an acronym: a name or anchor spelt in capitals and digits only.
 */
export function acronymOf(lex: Lexicon, word: string): string | undefined {
  if (!/^[a-z][a-z0-9]{1,5}$/.test(word)) return undefined;
  const entity = lex.exactKeys.get(word);
  const written = [...(entity ? [entity.label, ...entity.names] : []), ...lex.vocab.domains.flatMap((d) => d.anchors)];
  return written.find((w) => w.toLowerCase() === word && /^[A-Z][A-Z0-9]+$/.test(w));
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
  const bare = stripVendorPrefix(surface);
  const key = bare === surface ? full : nameKey(bare);
  const exact = lex.exactKeys.get(full) ?? (key === full ? undefined : lex.exactKeys.get(key)) ?? pluralOf(lex, surface);
  if (exact) return { entity: exact, how: "exact" };
  if (!fuzzy) return undefined;
  const cached = lex.fuzzyCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const found = fuzzyLookup(lex, key, surface);
  // (A watcher keeps its lexicon from build to build: what it remembers must not grow without end.)
  if (lex.fuzzyCache.size >= CACHE_LIMIT) lex.fuzzyCache.clear();
  lex.fuzzyCache.set(key, found ?? null);
  return found;
}

/** First letters of a name's words ("Tape Gateway" → "tg"; "CloudFormation" → "c"). */
function initials(name: string): string {
  return stripVendorPrefix(name)
    .split(/[\s\-_/]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLowerCase())
    .join("");
}

/**
 * A typo keeps the first letter of each word (Lamda, Cloudfron, Certifivate Manager): "Tape
 * Gateway" is not a misspelt "API Gateway". Words in capitals are acronyms, written exactly:
 * "SPARC" (in ANSI/SPARC) is no misspelt "Spark".
 */
function typoCompatible(surface: string, name: string): boolean {
  const bare = stripVendorPrefix(surface);
  if (/^[A-Z0-9&/.-]+(?:\s+[A-Z0-9&/.-]+)*$/.test(bare) && /[A-Z]{2}/.test(bare)) return false;
  const a = initials(bare);
  const b = initials(name);
  if (!a || !b || a[0] !== b[0]) return false;
  // A typo with the words run apart ("Clud Formation") is a name's when written with capitals; in
  // lower case it is a command or code: "cdk deploy" is the CDK's, no misspelt CodeDeploy. (A
  // number after the name is a copy's: Obsidian names a second "IAM Role" note "IAM Role 1".)
  if (a === b || (/\s\d+$/.test(bare) && a.replace(/\d+$/, "") === b)) return true;
  return a.length !== b.length && /[A-Z]/.test(bare);
}

/** English endings that make another word of the same stem, not a misspelling (Optimized / Optimizer, Documents). */
const INFLECTION = /(?:s|es|ed|er|ing)$/;

/**
 * A misspelt name keeps its words: word for word, each within a typo of the name's (Cloudfrnt
 * Functions), no word of its own that the name lacks ("The stream" is no Timestream, "In a
 * policy" no IAM policy), no short word changed ("New instance" is no NAT instance, "Free
 * storage" no File storage), and no word that is the name's with another English ending
 * ("Compute Optimized" is no Compute Optimizer; "Documents" no DocumentDB).
 */
function wordsMisspelt(lex: Lexicon, surface: string, name: string): boolean {
  // (A program's name runs its words together: "StopInstances" is "stop instances", no Spot Instance.)
  const words = stripVendorPrefix(surface).replace(/([a-z])(?=[A-Z])/g, "$1 ").toLowerCase().split(/[\s\-_/]+/).filter(Boolean);
  const nameWords = stripVendorPrefix(name).toLowerCase().split(/[\s\-_/]+/).filter(Boolean);
  if (words.some((w) => lex.functionWords.has(w) && !nameWords.includes(w))) return false;
  const inflected = (w: string, n: string) => {
    // (One and many of the same word are one name: "System Manager", "Secret Manager".)
    if (w === n || w.replace(/e?s$/, "") === n.replace(/e?s$/, "")) return false;
    const stem = (x: string) => x.replace(INFLECTION, "");
    return stem(w) === stem(n) || (INFLECTION.test(w) && stem(w).length >= 4 && n.startsWith(stem(w)) && n.length > stem(w).length + 1);
  };
  if (words.length !== nameWords.length) return !words.some((w) => nameWords.some((n) => inflected(w, n)));
  return words.every((w, i) => {
    const n = nameWords[i]!;
    if (w === n) return true;
    if (inflected(w, n)) return false;
    return boundedEditDistance(w, n, typoAllowance(n)) <= typoAllowance(n);
  });
}

function fuzzyLookup(lex: Lexicon, key: string, surface: string): EntityMatch | undefined {
  const allowance = typoAllowance(key);
  if (allowance === 0 || !/^[a-z0-9@&+]+$/.test(key)) return undefined;
  const abbreviations = abbreviationsOf(stripVendorPrefix(surface));
  // (Digits are no spelling: "cloud" is no misspelt Cloud9, EC3 no EC2; a number after the name,
  // a copy's, is no part of it: see typoCompatible.)
  const digits = nameKey(stripVendorPrefix(surface).replace(/\s\d+$/, "")).replace(/\D/g, "");
  let best: { match: EntityMatch; distance: number } | undefined;
  for (let len = key.length - allowance; len <= key.length + allowance; len++) {
    for (const candidate of lex.fuzzyByLength.get(len) ?? []) {
      if (key.length < 8 ? candidate.key.slice(0, 2) !== key.slice(0, 2) : candidate.key[0] !== key[0] && candidate.key.at(-1) !== key.at(-1)) continue;
      const limit = Math.min(allowance, typoAllowance(candidate.key));
      const d = boundedEditDistance(key, candidate.key, limit);
      if (d > limit) continue;
      if (abbreviations.some((a) => !candidate.key.includes(a))) continue;
      if (candidate.key.replace(/\D/g, "") !== digits) continue;
      if (!typoCompatible(surface, candidate.name) || !wordsMisspelt(lex, surface, candidate.name)) continue;
      if (!best || d < best.distance) best = { match: { entity: candidate.entity, how: "fuzzy" }, distance: d };
    }
  }
  return best?.match;
}

/** The glossary's English form of a Japanese word, tolerating one typo in long katakana words. */
const SMALL_KANA: Record<string, string> = { ァ: "ア", ィ: "イ", ゥ: "ウ", ェ: "エ", ォ: "オ", ャ: "ヤ", ュ: "ユ", ョ: "ヨ", ッ: "ツ", ヮ: "ワ", ヴ: "ブ" };

/** A katakana word as its variant spellings share it: small kana as large, no long-vowel marks or middle dots. */
function katakanaVariant(word: string): string {
  return word.replace(/[ァィゥェォャュョッヮヴ]/g, (c) => SMALL_KANA[c] ?? c).replace(/[ー・]/g, "");
}

/** Is the word (lower case, one word, an English plural folded) one of the vocabulary's everyday words? */
export function isEverydayWord(lex: Lexicon, word: string): boolean {
  const words = lex.everydayWords;
  return words.has(word) || (word.endsWith("s") && (words.has(word.slice(0, -1)) || (word.endsWith("es") && words.has(word.slice(0, -2))) || (word.endsWith("ies") && words.has(`${word.slice(0, -3)}y`))));
}

export function glossWord(lex: Lexicon, word: string): string | undefined {
  const direct = lex.glossary.get(word);
  if (direct !== undefined) return direct;
  if (word.length < 5 || !/^[\u30a1-\u30ff]+$/.test(word)) return undefined;
  const cached = lex.glossTypoCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  let found: string | undefined;
  // A short word one letter off is as often another word as a typo (データソース is no データベース):
  // below seven letters only a variant spelling counts (ゲートウエイ for ゲートウェイ, サーバ for サーバー).
  const variant = katakanaVariant(word);
  for (const [ja, en] of lex.glossary) {
    if (Math.abs(ja.length - word.length) > 1) continue;
    if (word.length >= 7 ? boundedEditDistance(ja, word, 1) <= 1 : katakanaVariant(ja) === variant) {
      found = en;
      break;
    }
  }
  if (lex.glossTypoCache.size >= CACHE_LIMIT) lex.glossTypoCache.clear();
  lex.glossTypoCache.set(word, found ?? null);
  return found;
}

const restricted = new WeakMap<Lexicon, Map<string, Lexicon>>();

/**
 * The lexicon with only the subjects the notes are on: DB notes that never write AWS or Amazon get
 * no AWS names (no "AWS Backup" from バックアップ). Compiled once per set of subjects.
 */
export function lexiconForDomains(lex: Lexicon, active: ReadonlySet<string>): Lexicon {
  const all = lex.vocab.domains.map((d) => d.name);
  if (all.every((d) => active.has(d))) return lex;
  const key = all.filter((d) => active.has(d)).sort().join("|");
  let byKey = restricted.get(lex);
  if (!byKey) restricted.set(lex, (byKey = new Map()));
  let out = byKey.get(key);
  if (!out) {
    const entities = lex.vocab.entities.filter((e) => !e.domain || active.has(e.domain));
    const ids = new Set(entities.map((e) => e.id));
    // Parents and former names outside the kept subjects are dropped with them.
    const kept = entities.map((e) => ({ ...e, ...(e.parent && !ids.has(e.parent) ? { parent: undefined } : {}), supersedes: e.supersedes.filter((s) => ids.has(s)), renamedFrom: e.renamedFrom.filter((s) => ids.has(s)) }));
    out = compileLexicon({ ...lex.vocab, entities: kept.map(({ parent, ...rest }) => (parent ? { ...rest, parent } : rest)) });
    byKey.set(key, out);
  }
  return out;
}

/** The subjects whose anchor words (AWS, Amazon) some text of the notes writes, as whole words. */
export function domainsNamedIn(lex: Lexicon, texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  const tests = lex.vocab.domains.map((d) => ({
    name: d.name,
    anchor: new RegExp(`(?<![A-Za-z0-9])(?:${d.anchors.map(escapeRegExp).join("|")})(?![A-Za-z0-9])`, "i"),
    // (Longest first: "Route 53" before "Route".)
    distinctive: d.distinctive.length ? new RegExp(`(?<![A-Za-z0-9-])(?:${[...d.distinctive].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![A-Za-z0-9-])`, "g") : undefined,
    seen: new Set<string>(),
  }));
  if (!tests.length) return found;
  for (const t of texts) {
    for (const d of tests) {
      if (found.has(d.name)) continue;
      if (d.anchor.test(t)) found.add(d.name);
      else if (d.distinctive) {
        for (const m of t.matchAll(d.distinctive)) d.seen.add(m[0]);
        if (d.seen.size >= 2) found.add(d.name);
      }
    }
    if (found.size === tests.length) break;
  }
  return found;
}
