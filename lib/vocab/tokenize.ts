// Tokens of a sentence of mixed Japanese and English. Latin words are taken whole; runs of
// Japanese are segmented into glossary words by the fewest unknown characters, so that
// デッドレターキュー becomes デッドレター | キュー and 優先度付きキュー becomes 優先度付き | キュー.

import { glossaryMatches, glossWord, type Lexicon } from "./lexicon";
import { remembered } from "../text/bounded-memo";
import { HIRAGANA, KANJI, KATAKANA } from "../text/script";

export type TokenScript = "latin" | "cjk" | "hiragana" | "punct";

export interface Token {
  text: string;
  start: number;
  end: number;
  script: TokenScript;
  /** English form: the word itself for Latin words, the glossary's form for known Japanese words. */
  gloss?: string;
  spaceBefore: boolean;
}

const LATIN_WORD = /[A-Za-z0-9]+(?:[-_.@+&'’][A-Za-z0-9]+)*/y;
const CJK_CHAR = /[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006]/;
const MAX_STRETCH = 256;

/** Tokens of an NFKC-normalised sentence. */
export function tokenize(lex: Lexicon, text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let space = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      space = true;
      i++;
      continue;
    }
    LATIN_WORD.lastIndex = i;
    const latin = LATIN_WORD.exec(text);
    if (latin) {
      tokens.push({ text: latin[0], start: i, end: i + latin[0].length, script: "latin", gloss: latin[0], spaceBefore: space });
      i += latin[0].length;
      space = false;
      continue;
    }
    if (CJK_CHAR.test(ch)) {
      let j = i;
      while (j < text.length && j - i < MAX_STRETCH && CJK_CHAR.test(text[j]!)) j++;
      const stretch = segmentStretch(lex, text.slice(i, j), i);
      if (stretch[0]) stretch[0].spaceBefore = space;
      tokens.push(...stretch);
      i = j;
      space = false;
      continue;
    }
    tokens.push({ text: ch, start: i, end: i + 1, script: "punct", spaceBefore: space });
    i++;
    space = false;
  }
  return tokens;
}

// The same runs of Japanese come back sentence after sentence (and pass after pass, since a large
// corpus's tokens are released between passes): short runs are segmented once per lexicon.
const MEMO_MAX_LENGTH = 32;
const MEMO_MAX_ENTRIES = 100_000;
const stretchMemo = new WeakMap<Lexicon, Map<string, Token[]>>();

function segmentStretch(lex: Lexicon, s: string, offset: number): Token[] {
  if (s.length > MEMO_MAX_LENGTH) return segmentStretchUncached(lex, s, offset);
  let memo = stretchMemo.get(lex);
  if (!memo) stretchMemo.set(lex, (memo = new Map()));
  const found = remembered(memo, s, MEMO_MAX_ENTRIES, () => segmentStretchUncached(lex, s, 0));
  // Copies: callers set spaceBefore on the first token.
  return found.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}

/**
 * The glossary words that cover a run of katakana exactly, fewest first, or undefined. A katakana
 * word is never cut into a known part and a fragment: スキーマレス is one unknown word, not
 * スキー + マレス, and プログラム is not プ + ログ + ラム.
 */
function fullSegmentation(lex: Lexicon, s: string, from: number, to: number): number[] | undefined {
  const best = new Array<number>(to - from + 1).fill(Infinity);
  const step = new Array<number>(to - from + 1).fill(0);
  best[to - from] = 0;
  for (let i = to - 1; i >= from; i--) {
    for (const k of glossaryMatches(lex, s, i)) {
      if (i + k > to) continue;
      const c = 1 + best[i + k - from]!;
      if (c < best[i - from]!) {
        best[i - from] = c;
        step[i - from] = k;
      }
    }
  }
  if (best[0] === Infinity) return undefined;
  const cuts: number[] = [];
  for (let i = from; i < to; i += step[i - from]!) cuts.push(step[i - from]!);
  return cuts;
}

/**
 * Dynamic programming over a run of Japanese: fewest unknown kana/kanji first, then fewest tokens.
 * Runs of katakana are atoms: covered exactly by glossary words, or one unknown word.
 */
function segmentStretchUncached(lex: Lexicon, s: string, offset: number): Token[] {
  const n = s.length;
  // Where each katakana run ends (for positions inside one), and its exact cover by known words.
  const runEnd = new Array<number>(n).fill(-1);
  const runStart = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; ) {
    if (charKind(s[i]!) !== "katakana") {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && charKind(s[j]!) === "katakana") j++;
    for (let k = i; k < j; k++) {
      runEnd[k] = j;
      runStart[k] = i;
    }
    i = j;
  }
  const insideRun = (p: number) => p > 0 && p < n && runStart[p]! >= 0 && runStart[p] !== p;
  // Each step is a list of token lengths taken from position i, and whether they are known words.
  const cost = new Array<number>(n + 1).fill(Infinity);
  const choice: { lengths: number[]; known: boolean }[] = new Array(n + 1);
  cost[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (insideRun(i)) continue; // reached only as part of its run
    const consider = (lengths: number[], known: boolean, c: number) => {
      if (c < cost[i]!) {
        cost[i] = c;
        choice[i] = { lengths, known };
      }
    };
    if (runStart[i] === i) {
      const end = runEnd[i]!;
      const cover = fullSegmentation(lex, s, i, end);
      if (cover) consider(cover, true, cover.length + cost[end]!);
      consider([end - i], false, 10 * (end - i) + 0.01 + cost[end]!);
    } else {
      const ch = s[i]!;
      consider([1], false, (HIRAGANA.test(ch) ? 0.2 : 10) + 0.01 + cost[i + 1]!);
    }
    // A known word may start here if it does not end inside a run of katakana.
    for (const k of glossaryMatches(lex, s, i)) {
      if (insideRun(i + k)) continue;
      if (runStart[i] === i && i + k < runEnd[i]!) continue; // covered by the run's own cover
      consider([k], true, 1 + cost[i + k]!);
    }
  }
  // Walk the best path, merging runs of unknown characters of one script into one token.
  const tokens: Token[] = [];
  let i = 0;
  let pendingUnknown = -1;
  const flushUnknown = (to: number) => {
    if (pendingUnknown < 0) return;
    let a = pendingUnknown;
    while (a < to) {
      const kind = charKind(s[a]!);
      let b = a + 1;
      while (b < to && charKind(s[b]!) === kind) b++;
      const word = s.slice(a, b);
      const gloss = kind === "katakana" ? glossWord(lex, word) : undefined;
      tokens.push({ text: word, start: offset + a, end: offset + b, script: kind === "hiragana" ? "hiragana" : "cjk", ...(gloss !== undefined ? { gloss } : {}), spaceBefore: false });
      a = b;
    }
    pendingUnknown = -1;
  };
  while (i < n) {
    const c = choice[i]!;
    if (!c.known) {
      if (pendingUnknown < 0) pendingUnknown = i;
      i += c.lengths[0]!;
      continue;
    }
    flushUnknown(i);
    for (const k of c.lengths) {
      const word = s.slice(i, i + k);
      const gloss = lex.glossary.get(word)!;
      tokens.push({ text: word, start: offset + i, end: offset + i + k, script: HIRAGANA.test(word[0]!) && !KANJI.test(word) ? "hiragana" : "cjk", gloss, spaceBefore: false });
      i += k;
    }
  }
  flushUnknown(n);
  return tokens;
}

function charKind(ch: string): "hiragana" | "katakana" | "kanji" {
  if (HIRAGANA.test(ch)) return "hiragana";
  if (KATAKANA.test(ch)) return "katakana";
  return "kanji";
}

/** The English form of a run of tokens, and whether every word in it was known. */
export function translateTokens(tokens: Token[]): { english: string; complete: boolean } {
  const words: string[] = [];
  let complete = true;
  for (const t of tokens) {
    if (t.script === "punct") {
      if (t.text === "/" || t.text === "-" || t.text === "@") words.push(t.text);
      continue;
    }
    if (t.script === "hiragana" && t.text === "な") continue;
    if (t.gloss === undefined) {
      complete = false;
      words.push(t.text);
    } else if (t.gloss) words.push(t.gloss);
  }
  const english = words.join(" ").replace(/ ?([/@]) ?/g, "$1").replace(/ - /g, "-").trim();
  return { english, complete };
}

/** Words that, before の, qualify what follows rather than own it ("その他のサービス": other services). */
const QUANTIFYING = new Set(["other", "each", "every", "all", "several", "multiple", "main", "various"]);

/**
 * A heading's words as an English name, particles and all: "AのB" → "A B" ("S3のストレージクラス":
 * S3 storage class; "その他のサービス": other services), "AとのB" → "B with A" ("オンプレとの連携":
 * integration with on-premises). Complete only when every word has a gloss.
 */
export function translatePhrase(tokens: Token[]): { english: string; complete: boolean } {
  const plain = translateTokens(tokens);
  if (plain.complete) return plain;
  const parts: { words: Token[]; joiner: string }[] = [{ words: [], joiner: "" }];
  for (const t of tokens) {
    if (t.script === "hiragana" && (t.text === "の" || t.text === "との")) parts.push({ words: [], joiner: t.text });
    else parts.at(-1)!.words.push(t);
  }
  if (parts.length < 2 || parts.some((p) => !p.words.length)) return plain;
  const english = parts.map((p) => translateTokens(p.words));
  if (english.some((e) => !e.complete || !e.english)) return plain;
  let out = english[0]!.english;
  for (let i = 1; i < parts.length; i++) {
    const next = english[i]!.english;
    if (parts[i]!.joiner === "との") out = `${next} with ${out}`;
    else if (QUANTIFYING.has(out.toLowerCase())) out = `${out} ${/s$/.test(next) ? next : `${next}s`}`;
    else out = `${out} ${next}`;
  }
  return { english: out, complete: true };
}
