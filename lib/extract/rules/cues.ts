// Finding cue phrases and the names around them in a sentence.

import { nfkc } from "../../text/normalize";
import type { Lexicon } from "../../vocab/lexicon";
import { isGlossaryWord } from "../common-noun";
import { resolveName } from "../../vocab/resolve-name";
import type { AnalysedSentence, Mention } from "../mentions";
import type { SentenceContext } from "./types";

/** ASCII lower case only, so offsets stay those of the sentence (toLowerCase can lengthen İ). */
const lower = (s: string) => (/[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s);

/** The last sentence lowered: every rule asks for its cue lists in the same sentence in turn. */
let lastText = "";
let lastLower = "";

interface CueMatcher {
  /** Every cue as one alternation, longest first, with the word and katakana boundaries it needs. */
  pattern: RegExp | null;
  /** The cue as written, by its lower-case text (the first listed, when two differ only in case). */
  cueOf: Map<string, string>;
}

const matchers = new WeakMap<string[], CueMatcher>();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function matcherOf(cues: string[]): CueMatcher {
  let m = matchers.get(cues);
  if (m) return m;
  const parts: string[] = [];
  const cueOf = new Map<string, string>();
  for (const cue of [...cues].sort((a, b) => b.length - a.length)) {
    const text = lower(cue);
    if (!text || cueOf.has(text)) continue;
    cueOf.set(text, cue);
    // English cues are whole words ("or" is not in "for"); a katakana cue is a word of its own,
    // not part of a longer one (ロード in ロードバランシング).
    const wordStart = /^[a-z]/.test(text.trimStart()) && !/^\s/.test(cue);
    const wordEnd = /[a-z]$/.test(text.trimEnd()) && !/\s$/.test(cue);
    const kanaStart = /^[\u30a1-\u30ff]/.test(text);
    const kanaEnd = /[\u30a1-\u30ff]$/.test(text);
    parts.push(`${wordStart ? "(?<![a-z0-9])" : ""}${kanaStart ? "(?<![\\u30a1-\\u30ff])" : ""}${escapeRegExp(text)}${wordEnd ? "(?![a-z0-9])" : ""}${kanaEnd ? "(?![\\u30a1-\\u30ff])" : ""}`);
  }
  m = { pattern: parts.length ? new RegExp(parts.join("|"), "g") : null, cueOf };
  matchers.set(cues, m);
  return m;
}

/**
 * Every occurrence of the cues in the sentence, leftmost and longest first, as [start, end, cue].
 * English cues match whole words only ("or" is not in "for", "load" not in "download").
 * (One regular expression per cue list: the engine scans the sentence once, a few times faster
 * than trying the cues position by position.)
 */
export function occurrences(text: string, cues: string[]): [number, number, string][] {
  const { pattern, cueOf } = matcherOf(cues);
  const out: [number, number, string][] = [];
  if (!pattern) return out;
  if (text !== lastText) {
    lastText = text;
    lastLower = lower(text);
  }
  const t = lastLower;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(t); m; m = pattern.exec(t)) out.push([m.index, m.index + m[0].length, cueOf.get(m[0])!]);
  return out;
}

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
  // A common noun as the subject names what is compared of the section's thing ("料金は…KMS に
  // 比べると高額" under CloudHSM: the price is CloudHSM's): the section's node is the other side,
  // when it is of the thing's kind.
  if (ctx.subject && ctx.subject !== not && ctx.owner && ctx.owner !== not && ctx.owner !== ctx.subject && ctx.know.commonNoun(ctx.subject)) {
    if (ctx.know.kindOf(ctx.owner) === ctx.know.kindOf(not) && ctx.know.kindOf(ctx.subject) !== ctx.know.kindOf(not)) return ctx.owner;
  }
  // (A side this sentence does not write — its section's node — only when that is one thing: under
  // "General Information about AWS", "different than AWS inspector" sets Inspector against nothing.)
  // (Nor a hub of the notes the sentence does not write, a topic: "弱点分析・理解度トラッキング" is no
  // side of "Dedicated Host との違いを整理する" under it.)
  const side = (key: string) => ctx.ms.some((m) => m.key === key) || (!ctx.know.commonNoun(key) && ctx.know.kindOf(key) !== "topic");
  if (ctx.subject && ctx.subject !== not) return side(ctx.subject) ? ctx.subject : undefined;
  if (ctx.owner && ctx.owner !== not && side(ctx.owner)) return ctx.owner;
  return undefined;
}

/**
 * Does "より" at `at` cite a source rather than compare — closing a clause or a bracket, or before
 * 引用 (quoted from): "(AWS Black Belt Online Seminarより)", "GitHub より引用"?
 */
export function citesSourceAt(text: string, at: number): boolean {
  return /^\s*より\s*(?:$|[)）」』】\]。.、,]|(?:引用|抜粋|転載|転記|参照))/.test(text.slice(at));
}

export const ARTICLES = /^\s*(?:the\s+|a\s+|an\s+|amazon\s+|aws\s+)*$/i;

/**
 * A mention written as one word of the glossary and naming nothing of the vocabulary (移行,
 * データ, アカウント; "user"): a common noun as this sentence writes it, though other lines may
 * write the same node with more words ("AWS 移行"). A choice or a succession is between things,
 * and a common noun there stands for what it belongs to: "CSV 形式または JSON 形式" chooses
 * between formats, "サービス停止もしくは API エラー" names two causes, "…AppSync への移行が推奨"
 * recommends a service.
 */
export function writtenAsCommonNoun(lex: Lexicon, m: Mention): boolean {
  return isGlossaryWord(lex, m.surface) && !resolveName(lex, nfkc(m.surface).trim(), false);
}

/**
 * Does the text after a name end the sentence by calling the name the sentence's subject's class?
 * A copula ("…オブジェクトストレージです。"), or the class's head noun with the copula often dropped
 * ("…を発見するための自然言語処理 (NLP) サービス"), a gloss in brackets allowed between; or a name
 * that only modifies the noun the copula closes ("…ソフトウェア開発フレームワークです。": 開発 is
 * a word of the class, not something the subject works with), or one the class belongs to ("MSETは、…を
 * 格納もしくは更新するRedisのクエリ。": a query of Redis's, no partner of MSET).
 */
export function endsAsClass(after: string): boolean {
  return ENDS_AS_CLASS.test(after);
}

/** Head nouns of a class a sentence calls its subject by, the copula often dropped. */
const CLASS_HEAD = "(?:サービス|ツール|ソリューション|プラットフォーム)\\s*(?:です|でした|である|だ)?";
const ENDS_AS_CLASS = new RegExp(`^\\s*(?:\\([^()]*\\)\\s*)?(?:${CLASS_HEAD}|[\\p{sc=Han}\\p{sc=Katakana}ー]{0,12}(?:です|でした|である|だ)|の[\\p{sc=Han}\\p{sc=Katakana}ー]{1,12}(?:です|でした|である|だ)?)\\s*[。.]?\\s*$`, "u");
const CLASS_FURTHER_ON = new RegExp(`^[^、,。.;；]*${CLASS_HEAD}\\s*[。.]?\\s*$`);

/** …or a class further on, with no comma or stop before it: "…で実行しているアプリケーションで使用できるデバッグツールです". */
export function endsOnClass(after: string): boolean {
  return CLASS_FURTHER_ON.test(after);
}

/**
 * Does the name ending at `end` only qualify a capitalised word after it ("S3 Intelligent-Tiering",
 * "Kinesis Analytics", "CloudFront Functions", "S3 Transfer Acceleration")? Then the words name
 * another thing of its, not itself. (A head noun after it is still the thing's own: "SQS Queues",
 * "EC2 Instances", "Lambda Functions".)
 */
export function qualifiesNext(lex: Lexicon, text: string, end: number): boolean {
  const word = /^ ([A-Z][\w-]*)/.exec(text.slice(end))?.[1];
  if (!word) return false;
  const w = word.toLowerCase();
  const forms = [w, w.replace(/ies$/, "y"), w.replace(/e?s$/, ""), w.replace(/s$/, "")];
  return !lex.functionWords.has(w) && !forms.some((f) => lex.strongHeads.has(f) || lex.weakHeads.has(f));
}
