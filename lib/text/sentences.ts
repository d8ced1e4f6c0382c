// Splits a line of notes into sentences, keeping the original text of each.

export interface SentenceSpan {
  text: string;
  start: number;
}

/** Characters that end a sentence wherever they stand: 。．！？!? */
const ENDS = new Set([0x3002, 0xff0e, 0xff01, 0xff1f, 0x21, 0x3f]);
const OPENING = new Set([0x28, 0xff08, 0x300c]); // ( （ 「
const CLOSING = new Set([0x29, 0xff09, 0x300d]); // ) ） 」
const ABBREVIATION = /^(e|g|i|eg|ie|etc|vs|approx|cf|Mr|Dr|No)$/i;
const JAPANESE_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uff09\u300d]/;
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Japanese sentences end at 。！？, or at ". " after a Japanese word; English ones at ". " before a
 * capital letter or the end of the line. A period inside a word ("2.0", "example.com", "e.g.") does not end a sentence.
 */
export function splitSentences(line: string): SentenceSpan[] {
  // (By character codes, looking back only over the word before a period: a line of thousands of
  // characters had been sliced again at every period and every sentence.)
  const spans: SentenceSpan[] = [];
  const push = (from: number, to: number) => {
    const text = line.slice(from, to);
    const trimmed = text.trim();
    if (trimmed) spans.push({ text: trimmed, start: from + (text.length - text.trimStart().length) });
  };
  let start = 0;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c) && depth > 0) depth--;
    let end = false;
    if (depth === 0 && ENDS.has(c)) end = true;
    else if (depth === 0 && c === 0x2e) {
      let w = i;
      while (w > start && isLatinLetter(line.charCodeAt(w - 1))) w--;
      const abbreviation = w < i && ABBREVIATION.test(line.slice(w, i));
      const next = line[i + 1];
      const after = line[i + 2];
      // (Japanese written with ". " and ", " as its stops — as academic writing is, "．", "，" — ends a
      // sentence at a period after a Japanese word: "…条件の絞り込みを行う. 特に…".)
      const afterJapanese = i > start && JAPANESE_CHAR.test(line[i - 1]!);
      if (!abbreviation && (next === undefined || (next === " " && (after === undefined || afterJapanese || /[A-Z0-9"'(]/.test(after))))) end = true;
    }
    if (end) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, line.length);
  return spans;
}
