// Word segmentation of Japanese with Intl.Segmenter, in bounded chunks: on Node 20 its cost grows
// with the square of the input's length, so it never sees more than a sentence-sized piece.

import { remembered } from "./bounded-memo";

const MAX_CHUNK = 2000;
let wordSegmenter: Intl.Segmenter | undefined;

function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter("ja", { granularity: "word" });
  return wordSegmenter;
}

/** Pieces of at most MAX_CHUNK characters, cut at sentence ends or spaces where possible. */
export function boundedChunks(text: string): string[] {
  if (text.length <= MAX_CHUNK) return [text];
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > MAX_CHUNK) {
    const window = rest.slice(0, MAX_CHUNK);
    let cut = Math.max(window.lastIndexOf("。"), window.lastIndexOf(". "), window.lastIndexOf("\n"));
    if (cut < MAX_CHUNK / 2) cut = window.lastIndexOf(" ");
    if (cut < MAX_CHUNK / 2) cut = MAX_CHUNK - 1;
    chunks.push(rest.slice(0, cut + 1));
    rest = rest.slice(cut + 1);
  }
  if (rest) chunks.push(rest);
  return chunks;
}

// Short runs of Japanese recur across notes ("の違い", "を使う", "エンドポイント"), so their
// segmentation is remembered; long runs are rarely seen twice and are not kept.
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 200_000;
const memo = new Map<string, readonly string[]>();

/** Word-like segments (letters or digits) of the text, in order. */
export function segmentWords(text: string): readonly string[] {
  return text.length > MEMO_MAX_LENGTH ? segmentUncached(text) : remembered(memo, text, MEMO_MAX_ENTRIES, () => segmentUncached(text));
}

function segmentUncached(text: string): string[] {
  const words: string[] = [];
  for (const chunk of boundedChunks(text)) {
    for (const s of segmenter().segment(chunk)) {
      if (s.isWordLike) words.push(s.segment);
    }
  }
  return words;
}
