// Search tokens shared by the index and the query, so both sides meet in one vocabulary:
// Latin words (lower case, plurals folded, neighbours joined so "Route 53" meets "route53"),
// Japanese words (Intl.Segmenter, in bounded chunks), CJK bigrams (for fragments of longer words)
// and the English form of Japanese loanwords from the glossary (ロングポーリング → long polling).

import { MAX_TOKEN_LENGTH } from "../parse/limits";
import { segmentWords } from "../text/segment";

export interface SearchGlossary {
  /** Japanese word → English form. */
  terms: Map<string, string>;
  maxLength: number;
  /** English word → Japanese forms, to highlight ロングポーリング for "long polling". */
  reverse: Map<string, string[]>;
}

export function compileSearchGlossary(terms: Record<string, string>): SearchGlossary {
  const map = new Map<string, string>();
  const reverse = new Map<string, string[]>();
  for (const [ja, en] of Object.entries(terms)) {
    const key = ja.normalize("NFKC");
    map.set(key, en);
    for (const w of en.toLowerCase().split(/[\s-]+/).filter(Boolean)) reverse.set(stem(w), [...(reverse.get(stem(w)) ?? []), key]);
  }
  return { terms: map, maxLength: Math.max(1, ...[...map.keys()].map((k) => k.length)), reverse };
}

const CJK_RUN = /[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]+/g;
const LATIN_RUN = /[a-z0-9]+(?:[\s\-.@/_&+]+[a-z0-9]+)*/g;

/** English plural folding: policies → policy, queues → queue, metrics stays. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|metrics|analytics|kubernetes|s3)$/.test(word)) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** Longest-match glossary words in a Japanese run, with their English forms. */
function glossaryWords(run: string, g: SearchGlossary): { ja: string; en: string }[] {
  const out: { ja: string; en: string }[] = [];
  let i = 0;
  while (i < run.length) {
    let found = false;
    for (let k = Math.min(g.maxLength, run.length - i); k >= 2; k--) {
      const w = run.slice(i, i + k);
      const en = g.terms.get(w);
      if (en !== undefined) {
        out.push({ ja: w, en });
        i += k;
        found = true;
        break;
      }
    }
    if (!found) i++;
  }
  return out;
}

/** The tokens a text is indexed by: words, CJK bigrams (recall for fragments) and glossary forms. */
export function searchTokens(text: string, g: SearchGlossary): string[] {
  return [...collectTokens(text, g)];
}

/**
 * A query's tokens in one pass: all of them, as the index has them, and its whole words alone
 * (no bigrams, no segmenter word inside a longer glossary word: サーバーレス, not サーバー).
 */
export function queryTokenSets(text: string, g: SearchGlossary): { all: string[]; words: string[] } {
  const words = new Set<string>();
  const all = collectTokens(text, g, words);
  return { all: [...all], words: [...words] };
}

function collectTokens(text: string, g: SearchGlossary, words?: Set<string>): Set<string> {
  const t = text.normalize("NFKC").toLowerCase();
  const out = new Set<string>();
  // A token is kept to its first MAX_TOKEN_LENGTH characters: the name index stores every prefix
  // of a token, so an unbounded word would cost memory with the square of its length.
  const bound = (w: string) => (w.length > MAX_TOKEN_LENGTH ? w.slice(0, MAX_TOKEN_LENGTH) : w);
  const word = (raw: string) => {
    const w = bound(raw);
    out.add(w);
    words?.add(w);
  };
  for (const m of t.matchAll(LATIN_RUN)) {
    const latin = m[0].split(/[\s\-.@/_&+]+/).filter(Boolean);
    latin.forEach((w, i) => {
      word(stem(w));
      if (i > 0) word(latin[i - 1]! + w);
    });
  }
  for (const m of t.matchAll(CJK_RUN)) {
    const run = m[0];
    const glossed = glossaryWords(run, g);
    for (const w of segmentWords(run)) {
      if (w.length <= 1 && !/[\u3400-\u9fff]/.test(w)) continue;
      out.add(bound(w));
      if (words && !glossed.some(({ ja }) => ja.length > w.length && ja.includes(w))) words.add(bound(w));
    }
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
    for (const { ja, en } of glossed) {
      word(ja);
      for (const w of en.toLowerCase().split(/[\s-]+/).filter(Boolean)) word(stem(w));
    }
  }
  return out;
}

/** Name key for exact and prefix comparisons of whole names. */
export function compactName(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\-_.・･/()（）「」:：,、。'"]/g, "").replace(/^(aws|amazon)(?=[a-z])/, "");
}
