// Finding what a sentence names: the longest span of words that is a vocabulary entity (as
// written, translated, or with typos) or a term the notes define, then compounds of known words
// ending in a head noun (デッドレターキュー, FIFO queue, 加重ルーティングポリシー).

import { lookupEntity, type Lexicon } from "../vocab/lexicon";
import { tokenize, translateTokens, type Token } from "../vocab/tokenize";
import { nameKey, nfkc, stripVendorPrefix } from "../text/normalize";
import { isJapanese } from "../text/script";
import type { DraftRegistry } from "./drafts";

export interface Mention {
  key: string;
  start: number;
  end: number;
  surface: string;
  /** Index of the first and one past the last token covered. */
  from: number;
  to: number;
}

/**
 * A sentence under analysis. Its tokens are made when a pass asks for them and released after it:
 * a large corpus's tokens do not fit in memory all at once.
 */
export class AnalysedSentence {
  readonly japanese: boolean;
  mentions: Mention[] = [];
  private cached: Token[] | undefined;

  constructor(
    private readonly lex: Lexicon,
    /** The sentence as written. */
    readonly original: string,
    /** NFKC text the offsets refer to. */
    readonly text: string,
  ) {
    this.japanese = isJapanese(text);
  }

  get tokens(): Token[] {
    this.cached ??= tokenize(this.lex, this.text);
    return this.cached;
  }

  release(): void {
    this.cached = undefined;
  }
}

const MAX_SPAN = 7;
const CONNECTORS = new Set(["/", "-", "@", "&", "."]);
const JOINING = new Set(["の", "な"]);

export function analyseSentence(lex: Lexicon, original: string): AnalysedSentence {
  const text = nfkc(original).replace(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g, "$1");
  return new AnalysedSentence(lex, original, text);
}

/** Token index ranges [from, to) of runs that can hold one name: no kana particles, no punctuation except glued connectors. */
export function chunksOf(tokens: Token[]): [number, number][] {
  const chunks: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const joinsNext = start >= 0 && next !== undefined && !next.spaceBefore && !t.spaceBefore && next.script !== "punct" && next.script !== "hiragana";
    const glued = joinsNext && ((t.script === "punct" && CONNECTORS.has(t.text)) || (t.script === "hiragana" && JOINING.has(t.text)));
    const inName = t.script === "latin" || t.script === "cjk" || glued;
    if (inName && start < 0) start = i;
    if (!inName && start >= 0) {
      chunks.push([start, i]);
      start = -1;
    }
  }
  if (start >= 0) chunks.push([start, tokens.length]);
  return chunks;
}

export function isFunctionWord(lex: Lexicon, t: Token): boolean {
  return t.script === "latin" && t.text === t.text.toLowerCase() && lex.functionWords.has(t.text);
}

function surfaceOf(s: AnalysedSentence, from: number, to: number): string {
  return s.text.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end);
}

/** The key of the thing a span names, if it names one. */
function matchSpan(lex: Lexicon, reg: DraftRegistry, s: AnalysedSentence, from: number, to: number, exclude?: string): string | undefined {
  const span = s.tokens.slice(from, to);
  const first = span[0]!;
  const last = span.at(-1)!;
  if (first.script === "punct" || last.script === "punct" || first.script === "hiragana" || last.script === "hiragana") return undefined;
  if (isFunctionWord(lex, first) || isFunctionWord(lex, last)) return undefined;
  const surface = surfaceOf(s, from, to);
  const known = reg.lookupName(surface) ?? reg.lookupName(stripVendorPrefix(surface));
  if (known && known !== exclude) return known;
  if (span.some((t) => t.script === "hiragana")) return undefined;
  const allLatin = span.every((t) => t.script !== "cjk");
  const exact = lookupEntity(lex, surface, false);
  if (exact && acceptable(exact.entity.ambiguous, s, surface)) return reg.ensureVocab(exact.entity).key;
  let english: string | undefined;
  if (!allLatin) {
    const tr = translateTokens(span);
    if (tr.complete && tr.english) {
      english = tr.english;
      const viaEnglish = reg.lookupName(english) ?? reg.lookupName(stripVendorPrefix(english));
      if (viaEnglish) return viaEnglish;
      const entity = lookupEntity(lex, english, false);
      if (entity) return reg.ensureVocab(entity.entity).key;
    }
  }
  // Typos: only for name-like spans (Latin words in Japanese text, or capitalised English).
  const nameLike = s.japanese || /^[A-Z]/.test(first.text);
  if (!nameLike || span.length > 4) return undefined;
  const hasLatin = span.some((t) => t.script === "latin");
  const candidate = allLatin ? surface : hasLatin ? english : undefined;
  if (!candidate || nameKey(candidate).length < 5) return undefined;
  const fuzzy = lookupEntity(lex, candidate, true);
  if (fuzzy && acceptable(fuzzy.entity.ambiguous, s, surface)) return reg.ensureVocab(fuzzy.entity).key;
  return undefined;
}

/** An ambiguous name (Glue, Config) counts in English text only when capitalised or prefixed. */
function acceptable(ambiguous: boolean, s: AnalysedSentence, surface: string): boolean {
  if (!ambiguous || s.japanese) return true;
  return /^(AWS|Amazon)\s/.test(surface) || /^[A-Z]/.test(surface);
}

/** Longest-first matching of known names over each chunk of the sentence. */
/** `exclude`: a term not to match (to find what a term's own name contains). */
export function findMentions(lex: Lexicon, reg: DraftRegistry, s: AnalysedSentence, exclude?: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [cFrom, cTo] of chunksOf(s.tokens)) {
    let i = cFrom;
    while (i < cTo) {
      let matched = false;
      for (let len = Math.min(MAX_SPAN, cTo - i); len >= 1; len--) {
        const key = matchSpan(lex, reg, s, i, i + len, exclude);
        if (!key) continue;
        const t0 = s.tokens[i]!;
        const t1 = s.tokens[i + len - 1]!;
        mentions.push({ key, start: t0.start, end: t1.end, surface: s.text.slice(t0.start, t1.end), from: i, to: i + len });
        i += len;
        matched = true;
        break;
      }
      if (!matched) i++;
    }
  }
  return mentions;
}

/**
 * Runs of two or more capitalised English words that stand on their own (Savings Plans, DynamoDB
 * Streams): not continued through a joining word ("Managed Service for Apache Flink"), by a slash
 * or hyphen ("VM Import/Export"), by more English inside Japanese text, or by a spaced Japanese
 * word that belongs to the name ("AWS Transit ゲートウェイ").
 */
export function capitalisedNames(text: string, japanese: boolean, functionWords: Set<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9@/.-])[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)+/g)) {
    const after = text.slice(m.index + m[0].length);
    if (/^(?:[A-Za-z0-9@/\-]| [\u30a0-\u30ff\u4e00-\u9fff])/.test(after)) continue;
    const next = /^ ([A-Za-z0-9]+)/.exec(after)?.[1];
    // In English the name must end where the sentence goes on with a small word ("… are", "… can"),
    // not with more of a name ("SQS FIFO queues", "Service for Apache Flink").
    if (next && (japanese || !functionWords.has(next) || /^(for|of|on|and|to|in|the)$/.test(next))) continue;
    // A sentence's first word is capitalised anyway: "Use S3 Transfer Acceleration" names the rest.
    let words = m[0].split(" ");
    if (m.index === 0 && functionWords.has(words[0]!.toLowerCase())) words = words.slice(1);
    if (words.length >= 2) out.push(words.join(" "));
  }
  return out;
}

export interface CompoundCandidate {
  surface: string;
  english?: string;
  /** Key of the entity the compound starts with (SQS in SQSキュー). */
  prefixKey?: string;
  strongHead: boolean;
  from: number;
  to: number;
}

function headOf(lex: Lexicon, t: Token): "strong" | "weak" | undefined {
  const g = t.gloss?.toLowerCase();
  if (!g) return undefined;
  const last = g.split(" ").at(-1)!;
  if (lex.strongHeads.has(g) || lex.strongHeads.has(last)) return "strong";
  if (lex.weakHeads.has(g) || lex.weakHeads.has(last)) return "weak";
  return undefined;
}

function eligible(lex: Lexicon, t: Token): boolean {
  if (t.script === "latin") return !isFunctionWord(lex, t) && !/^\d+$/.test(t.text) && !lex.stopTerms.has(t.text.toLowerCase());
  if (t.script !== "cjk") return false;
  if (lex.determiners.has(t.text) || lex.stopTerms.has(t.text)) return false;
  return t.gloss !== undefined || /^[\u30a1-\u30ff]+$/.test(t.text) || t.text.length <= 3;
}

function isThirdPersonVerb(lex: Lexicon, t: Token): boolean {
  return t.script === "latin" && /^[a-z]{3,}s$/.test(t.text) && !/(ss|us|is)$/.test(t.text) && !headOf(lex, t);
}

function generic(lex: Lexicon, t: Token): boolean {
  return lex.genericWords.has(t.text.toLowerCase()) || (t.gloss !== undefined && lex.genericWords.has(t.gloss.toLowerCase()));
}

/**
 * Compounds in a sentence: a run of known words (optionally after a named entity) ending in a
 * head noun, with at least one modifier that says something (not データ, not サービス).
 */
export function findCompounds(lex: Lexicon, s: AnalysedSentence, mentions: Mention[]): CompoundCandidate[] {
  const out: CompoundCandidate[] = [];
  const mentionAt = new Map(mentions.map((m) => [m.from, m]));
  const covered = new Set(mentions.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
  for (const [cFrom, cTo] of chunksOf(s.tokens)) {
    let i = cFrom;
    while (i < cTo) {
      const lead = mentionAt.get(i);
      let j = lead ? lead.to : i;
      const runStart = j;
      while (j < cTo && !covered.has(j) && eligible(lex, s.tokens[j]!) && (j === runStart || !s.tokens[j]!.spaceBefore || s.tokens[j]!.script === "latin")) j++;
      // In English, a lower-case word in -s right after a name is its verb, not a modifier:
      // "Redis supports replication" names no "Redis supports replication".
      const verbAfterName = lead !== undefined && !s.japanese && j > runStart && isThirdPersonVerb(lex, s.tokens[runStart]!);
      if (j === runStart || verbAfterName) {
        i = verbAfterName ? runStart + 1 : lead ? lead.to : i + 1;
        continue;
      }
      // The compound ends at the last head noun of the run.
      let end = -1;
      for (let k = j - 1; k >= runStart; k--) if (headOf(lex, s.tokens[k]!)) {
        end = k;
        break;
      }
      if (end >= 0) {
        const from = lead ? lead.from : runStart;
        const words = s.tokens.slice(runStart, end + 1);
        const head = headOf(lex, s.tokens[end]!)!;
        const modifiers = words.slice(0, -1);
        const headWords = (s.tokens[end]!.gloss ?? "").split(" ").length;
        const hasModifier = lead !== undefined || modifiers.some((t) => !generic(lex, t)) || (modifiers.length === 0 && headWords >= 2);
        if (hasModifier && (lead !== undefined || words.length >= 2 || headWords >= 2)) {
          const tr = translateTokens(s.tokens.slice(from, end + 1));
          out.push({
            surface: surfaceOf(s, from, end + 1),
            ...(tr.complete ? { english: tr.english } : {}),
            ...(lead ? { prefixKey: lead.key } : {}),
            strongHead: head === "strong",
            from,
            to: end + 1,
          });
        }
      }
      i = Math.max(j, i + 1);
    }
  }
  return out;
}
