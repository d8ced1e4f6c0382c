// Splits a line of notes into sentences, keeping the original text of each.

export interface SentenceSpan {
  text: string;
  start: number;
}

const JA_END = /[。．！？!?]/;

/**
 * Japanese sentences end at 。！？; English ones at ". " before a capital letter or the end of the
 * line. A period inside a word ("2.0", "example.com", "e.g.") does not end a sentence.
 */
export function splitSentences(line: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "(" || ch === "（" || ch === "「") depth++;
    else if ((ch === ")" || ch === "）" || ch === "」") && depth > 0) depth--;
    let end = false;
    if (depth === 0 && JA_END.test(ch)) end = true;
    else if (depth === 0 && ch === ".") {
      const next = line[i + 1];
      const after = line[i + 2];
      const prevWord = /([A-Za-z]+)$/.exec(line.slice(start, i))?.[1] ?? "";
      const abbreviation = /^(e|g|i|eg|ie|etc|vs|approx|cf|Mr|Dr|No)$/i.test(prevWord);
      if (!abbreviation && (next === undefined || (next === " " && (after === undefined || /[A-Z0-9"'(]/.test(after))))) end = true;
    }
    if (end) {
      const text = line.slice(start, i + 1).trim();
      if (text) spans.push({ text, start: start + (line.slice(start).length - line.slice(start).trimStart().length) });
      start = i + 1;
    }
  }
  const rest = line.slice(start).trim();
  if (rest) spans.push({ text: rest, start: start + (line.slice(start).length - line.slice(start).trimStart().length) });
  return spans;
}
