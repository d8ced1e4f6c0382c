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

const LATIN_WORD = /[A-Za-z0-9]+(?:[-_.@+&'][A-Za-z0-9]+)*/y;
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

/** Dynamic programming over a run of Japanese: fewest unknown kana/kanji first, then fewest tokens. */
function segmentStretchUncached(lex: Lexicon, s: string, offset: number): Token[] {
  const n = s.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const step = new Array<number>(n + 1).fill(1);
  const known = new Array<boolean>(n + 1).fill(false);
  cost[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const ch = s[i]!;
    const charCost = HIRAGANA.test(ch) ? 0.2 : 10;
    cost[i] = charCost + cost[i + 1]! + 0.01;
    step[i] = 1;
    for (const k of glossaryMatches(lex, s, i)) {
      const c = 1 + cost[i + k]!;
      if (c < cost[i]!) {
        cost[i] = c;
        step[i] = k;
        known[i] = true;
      }
    }
  }
  // Walk the best path, merging runs of unknown characters of one script into one token.
  const tokens: Token[] = [];
  let i = 0;
  while (i < n) {
    if (known[i]) {
      const word = s.slice(i, i + step[i]!);
      const gloss = lex.glossary.get(word)!;
      tokens.push({ text: word, start: offset + i, end: offset + i + word.length, script: HIRAGANA.test(word[0]!) && !KANJI.test(word) ? "hiragana" : "cjk", gloss, spaceBefore: false });
      i += step[i]!;
      continue;
    }
    const kind = charKind(s[i]!);
    let j = i + 1;
    while (j < n && !known[j] && charKind(s[j]!) === kind) j++;
    const word = s.slice(i, j);
    const gloss = kind === "katakana" ? glossWord(lex, word) : undefined;
    tokens.push({
      text: word,
      start: offset + i,
      end: offset + j,
      script: kind === "hiragana" ? "hiragana" : "cjk",
      ...(gloss !== undefined ? { gloss } : {}),
      spaceBefore: false,
    });
    i = j;
  }
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
