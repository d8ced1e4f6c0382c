// Finding what a sentence names: the longest span of words that is a vocabulary entity (as
// written, translated, or with typos) or a term the notes define, then compounds of known words
// ending in a head noun (デッドレターキュー, FIFO queue, 加重ルーティングポリシー).

import { lookupEntity, type Lexicon } from "../vocab/lexicon";
import type { EntityEntry } from "../vocab/types";
import { tokenize, translateTokens, type Token } from "../vocab/tokenize";
import { nameKey, nfkc, stripVendorPrefix } from "../text/normalize";
import { isJapanese } from "../text/script";
import { definedInCapitals, type DraftRegistry } from "./drafts";
import { adverbAndVerb } from "../parse/definition";

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
  /**
   * An English sentence opens with a word that names none of the notes' things here (an everyday
   * word another note made a term: "Application uses local replica"): it has a subject of its own,
   * so it is about nothing the section names.
   */
  opensUnnamed = false;
  private cached: Token[] | undefined;

  constructor(
    private readonly lex: Lexicon,
    /** The sentence as written. */
    readonly original: string,
    /** NFKC text the offsets refer to. */
    readonly text: string,
    /** Whether `text` is Japanese, when already known (isJapanese). */
    japanese?: boolean,
  ) {
    this.japanese = japanese ?? isJapanese(text);
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
  // Offsets are those of the line's text, which the parser has already normalised (NFKC).
  return new AnalysedSentence(lex, original, nfkc(original));
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
  // (The set lookup first: it is cheaper than lower-casing every word, and rarely true.)
  return t.script === "latin" && lex.functionWords.has(t.text) && t.text === t.text.toLowerCase();
}

function surfaceOf(s: AnalysedSentence, from: number, to: number): string {
  return s.text.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end);
}

/** する and its forms after a noun of kanji: the noun is used as a verb (構築する, 参照して, 構築せずに, 生成され, 更新できる). */
const VERB_ENDING = /^(?:する|します|して|した|しな|せず|され|させ|でき|しよう|すれ)/

/** The key of the thing a span names, if it names one. */
function matchSpan(lex: Lexicon, reg: DraftRegistry, s: AnalysedSentence, from: number, to: number, exclude?: string): string | undefined {
  const span = s.tokens.slice(from, to);
  const first = span[0]!;
  const last = span.at(-1)!;
  if (first.script === "punct" || last.script === "punct" || first.script === "hiragana" || last.script === "hiragana") return undefined;
  if (isFunctionWord(lex, first) || isFunctionWord(lex, last)) return undefined;
  const surface = surfaceOf(s, from, to);
  const bare = stripVendorPrefix(surface);
  // (Written with the vendor, a name the vocabulary knows is that service, whatever the notes call
  // the bare word: "AWS Backup" is the service where バックアップ, "Backup", is a backup.)
  // (A command-line option is named with its dashes, which are no token of the span: "--threshold".)
  const dashes = s.text.charCodeAt(first.start - 1) === 45 ? /(?:^|[\s(「"'`])(-{1,2})$/.exec(s.text.slice(Math.max(0, first.start - 3), first.start))?.[1] : undefined;
  const option = dashes && first.script === "latin" ? reg.lookupName(`${dashes}${surface}`) : undefined;
  if (option) return option === exclude ? undefined : option;
  const known = reg.lookupName(surface) ?? (bare === surface || lookupEntity(lex, surface, false) ? undefined : reg.lookupName(bare));
  // One generic English word ("resources", "default", "users") is no mention of a term the notes
  // happened to name with it: every other sentence has one.
  if (known && known !== exclude && to - from === 1 && first.script === "latin" && !reg.get(known)?.vocab && /^[A-Za-z]+$/.test(first.text) && !/[A-Z].*[A-Z]/.test(first.text)) {
    const w = first.text.toLowerCase();
    if (lex.genericWords.has(w) || lex.genericWords.has(w.replace(/s$/, "")) || lex.stopTerms.has(w)) return undefined;
    // …nor is any plain lower-case English word ("an instance", "the policy") of a term only a
    // heading named: the heading's word is a name there, the sentence's a common noun. (A term
    // the notes define, "Chloroplast: …", is meant by "chloroplasts".)
    const d = reg.get(known);
    if (!s.japanese && first.text === w && d && d.kind !== "question" && !d.definitions.length) return undefined;
    // …nor a lower-case word of a term the notes define only in capitals, an abbreviation: "REST:
    // number of API calls…" names no "data at rest".
    if (!s.japanese && first.text === w && d && definedInCapitals(d, w)) return undefined;
  }
  // "標準的な" is an adjective made of the word, not the thing 標準 names.
  if (last.script === "cjk" && s.text[last.end] === "的") return undefined;
  // "構築する", "参照して": a word of kanji used as a verb is the act, not a thing the notes named
  // with the word — unless they define it ("初期化: …"), or the vocabulary or the glossary knows it
  // as a thing of the subject ("暗号化して" speaks of encryption).
  if (known && known !== exclude && last.script === "cjk" && VERB_ENDING.test(s.text.slice(last.end)) && /^\p{Script=Han}+$/u.test(surface)) {
    const d = reg.get(known);
    if (d && !d.vocab && !d.english && !d.definitions.length && d.kind !== "question") return undefined;
  }
  // A section's topic is named by its heading, not by the plain word in sentences (コンピューティング).
  if (known && known.startsWith("h:")) return undefined;
  // The subject's own name ("AWS" in AWS notes) says nothing about which thing a sentence is about.
  if (known && known !== exclude && lex.anchorKeys.has(nameKey(surface))) return undefined;
  // (An ambiguous service's name is held to the same test when the notes have written it before:
  // "RDS Backups" in a heading makes no "automated backups" a mention of AWS Backup.)
  if (known && known !== exclude && !acceptable(reg.get(known)?.vocab, s, surface, from, to)) return undefined;
  if (known && known !== exclude) return known;
  if (span.some((t) => t.script === "hiragana")) return undefined;
  const allLatin = span.every((t) => t.script !== "cjk");
  const exact = lookupEntity(lex, surface, false);
  if (exact && acceptable(exact.entity, s, surface, from, to) && !falseFriend(exact.entity, s, to)) return reg.ensureVocab(exact.entity).key;
  let english: string | undefined;
  if (!allLatin) {
    const tr = translateTokens(span);
    if (tr.complete && tr.english) {
      english = tr.english;
      const viaEnglish = reg.lookupName(english) ?? reg.lookupName(stripVendorPrefix(english));
      if (viaEnglish) return viaEnglish;
      // A Japanese word translated to a plain English word names the thing, never a service that
      // took the word as its name: バックアップ is a backup, not AWS Backup (unless written AWSバックアップ).
      const entity = lookupEntity(lex, english, false);
      if (entity && (!entity.entity.ambiguous || /^(AWS|Amazon)/i.test(surface)) && !falseFriend(entity.entity, s, to)) return reg.ensureVocab(entity.entity).key;
    }
  }
  // Typos: only for name-like spans (Latin words in Japanese text, or capitalised English).
  const nameLike = s.japanese || /^[A-Z]/.test(first.text);
  if (!nameLike || span.length > 4) return undefined;
  const hasLatin = span.some((t) => t.script === "latin");
  const candidate = allLatin ? surface : hasLatin ? english : undefined;
  if (!candidate || nameKey(candidate).length < 5) return undefined;
  const fuzzy = lookupEntity(lex, candidate, true);
  // (Never one whose name is an ordinary word: near it are other words, "Detection" is no Detective.)
  if (fuzzy && (!fuzzy.entity.ambiguous || /^(AWS|Amazon)\s/.test(surface)) && !falseFriend(fuzzy.entity, s, to)) return reg.ensureVocab(fuzzy.entity).key;
  return undefined;
}

/** A sentence's words outside the names it mentions, a space for each name: "S3, Redshift and Athena" → " ,  and ". */
export function outsideMentions(s: { text: string; mentions: readonly Mention[] }): string {
  let rest = "";
  let at = 0;
  for (const m of [...s.mentions].sort((a, b) => a.start - b.start)) {
    rest += `${s.text.slice(at, Math.max(at, m.start))} `;
    at = Math.max(at, m.end);
  }
  return rest + s.text.slice(at);
}

/** Is `word` in the (lower-case) text as a word of its own ("gb" in "8 gb", not in "gbps"; Japanese anywhere)? */
function wordIn(text: string, word: string): boolean {
  if (/[^\x00-\x7f]/.test(word)) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[a-z]/.test(text[at - 1] ?? "") && !/[a-z]/.test(text[at + word.length] ?? "")) return true;
  }
  return false;
}

/** The word right after the name shows it means something else ("SNSアカウント", "SNS account"). */
function falseFriend(entity: EntityEntry, s: AnalysedSentence, to: number): boolean {
  if (!entity.notWith.length) return false;
  const next = s.tokens[to];
  if (!next) return false;
  const word = next.text.toLowerCase();
  return entity.notWith.some((w) => word === w.toLowerCase() || (next.script === "cjk" && s.text.slice(next.start).startsWith(w)));
}

/** What follows a verb, not a name: "Connect to the instance", "Batch your requests". */
const VERB_OBJECT = /^(?:to|the|a|an|your|my|our|their|its|it|them|this|these|those|each|every|any|up|out|into|onto)$/i;

/**
 * An ambiguous name (Glue, Config, Connect) counts in English text only when capitalised or
 * prefixed, and not when only the start of the sentence capitalises a verb ("Connect to Linux EC2
 * instance with a lost SSH key pair" is no note on Amazon Connect).
 */
export function acceptable(entity: EntityEntry | undefined, s: AnalysedSentence, surface: string, from: number, to: number): boolean {
  // (Single letters joined by a hyphen or a dot are a range or code, no name: "[A-Z]" is no AZ.)
  if (/^[A-Za-z](?:[-.][A-Za-z])+$/.test(surface)) return false;
  // (Nor words with a space between that spell an abbreviation written as one word in capitals:
  // "How many rows am I selecting?" is no AMI. "Cloud Front" is still CloudFront.)
  if (entity && /\s/.test(surface.trim())) {
    const key = nameKey(surface);
    const spelled = [entity.label, ...entity.names].filter((n) => nameKey(n) === key);
    if (spelled.length > 0 && spelled.every((n) => /^[A-Z0-9]+$/.test(n))) return false;
  }
  // (A name that is also another word is that word beside its words: "CPU, RAM, disk" and "RAM
  // optimized (memory databases)" are memory; "RAM vs Management Account Propagation" is Resource
  // Access Manager.)
  // (The label written in full is the thing, "Resource Access Manager"; one word is in doubt
  // whatever it is, "Snowball stemmer".)
  if (entity?.otherSenseWords.length && !/^(AWS|Amazon)\s/i.test(surface) && (nameKey(surface) !== nameKey(entity.label) || !/\s/.test(surface.trim()))) {
    const text = s.text.toLowerCase();
    if (entity.otherSenseWords.some((w) => wordIn(text, w))) return false;
  }
  if (!entity?.ambiguous) return true;
  if (/^(AWS|Amazon)\s/i.test(surface)) return true;
  // (In Japanese too a word in lower case after another is a command's word, no service's name:
  // "docker network connect" is no Amazon Connect; "amplifyと異なる点" is Amplify.)
  if (/^[a-z]/.test(surface) && from > 0 && /^[a-z][\w-]*$/.test(s.tokens[from - 1]!.text)) return false;
  // (Nor the first of English words in lower case: "region proposal methodは…" is an English phrase,
  // no Region.)
  if (/^[a-z]/.test(surface) && s.tokens[to]?.spaceBefore && /^[a-z][\w-]*$/.test(s.tokens[to]!.text)) return false;
  if (s.japanese) return true;
  if (!/^[A-Z]/.test(surface)) return false;
  // (Nor the word with an ending the name does not have: "Connects VPCs to each other" heads a
  // column on connecting; the plural a name is matched in is no service's.)
  if (/[a-z]s$/.test(surface) && ![entity.label, ...entity.names].some((n) => n.toLowerCase() === surface.toLowerCase())) return false;
  return !(from === 0 && VERB_OBJECT.test(s.tokens[to]?.text ?? ""));
}

function coversTaken(taken: Set<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken.has(k)) return true;
  return false;
}

/**
 * Longest-first matching of known names over each chunk of the sentence. `exclude`: a term not to
 * match (to find what a term's own name contains). `forced`: mentions known already (links), whose
 * tokens are not looked at again.
 */
export function findMentions(lex: Lexicon, reg: DraftRegistry, s: AnalysedSentence, exclude?: string, forced: Mention[] = []): Mention[] {
  const mentions: Mention[] = [...forced];
  const taken = new Set(forced.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
  // A web address names a page, not the things its words spell ("https://docs.aws.amazon.com/s3/"
  // is no mention of HTTPS or S3). (Its characters are ASCII: Japanese goes on right after one.)
  if (s.text.includes("://") || s.text.includes("www.")) {
    const addresses = [...s.text.matchAll(/\b(?:https?|ftp):\/\/[\w\-.~:/?#@!$&'*+,;=%]+|\bwww\.[\w\-.~:/?#@!$&'*+,;=%]+/gi)].map((m) => [m.index, m.index + m[0].length] as const);
    s.tokens.forEach((t, i) => {
      if (addresses.some(([a, b]) => t.start >= a && t.start < b)) taken.add(i);
    });
  }
  for (const [cFrom, cTo] of chunksOf(s.tokens)) {
    let i = cFrom;
    while (i < cTo) {
      if (taken.has(i)) {
        i++;
        continue;
      }
      let matched = false;
      // (The vendor's own name written in full, "Amazon Web Services", is the subject, as "AWS" is:
      // none of its words names a thing, "Web Services" no web service.)
      if (lex.fullAnchorFirstWords.has(s.tokens[i]!.text.toLowerCase())) {
        const len = fullAnchorLength(lex, s, i, cTo);
        if (len) {
          i += len;
          continue;
        }
      }
      for (let len = Math.min(MAX_SPAN, cTo - i); len >= 1; len--) {
        if (taken.size && coversTaken(taken, i, i + len)) continue;
        const key = matchSpan(lex, reg, s, i, i + len, exclude);
        if (!key || ownedByNameBefore(reg, s, mentions, key, i, i + len) || spansPlaces(lex, reg, s, key, i)) continue;
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
  return mentions.sort((a, b) => a.start - b.start);
}

/** The number of tokens from `from` that write one of the domains' own names in full, or 0. */
function fullAnchorLength(lex: Lexicon, s: AnalysedSentence, from: number, to: number): number {
  for (let len = Math.min(MAX_SPAN, to - from); len >= 2; len--) if (lex.anchorKeys.has(nameKey(surfaceOf(s, from, from + len)))) return len;
  return 0;
}

/**
 * A place glued to a word of spanning places before it (cues.placeSpans) is inside a longer word:
 * "マルチAZ" is Multi-AZ, "クロスリージョンレプリケーション" cross-Region replication, ways of deploying
 * across places; neither is the AZ or the Region a sentence is about. (Any other word so glued
 * leaves the place itself: "デフォルトリージョン" is a Region; and any other name is still that thing,
 * "カスタムSG" a security group.)
 */
function spansPlaces(lex: Lexicon, reg: DraftRegistry, s: AnalysedSentence, key: string, from: number): boolean {
  if (!s.japanese || from === 0 || s.tokens[from]!.spaceBefore || !reg.get(key)?.vocab?.place) return false;
  return lex.placeSpans.has(s.tokens[from - 1]!.text);
}

/** "CLI" right after another thing's name is that thing's own tool ("Amazon ECS CLI", "CDK CLI"), not the AWS CLI. */
function ownedByNameBefore(reg: DraftRegistry, s: AnalysedSentence, mentions: Mention[], key: string, from: number, to: number): boolean {
  const owned = reg.get(key)?.vocab?.ownedAfterName;
  if (!owned?.length || mentions.at(-1)?.to !== from) return false;
  const surface = surfaceOf(s, from, to);
  return owned.some((n) => n === surface);
}

/**
 * Runs of two or more capitalised English words that stand on their own (Savings Plans, DynamoDB
 * Streams): not continued through a joining word ("Managed Service for Apache Flink"), by a slash
 * or hyphen ("VM Import/Export"), by more English inside Japanese text, or by a spaced Japanese
 * word that belongs to the name ("AWS Transit ゲートウェイ").
 */
export function capitalisedNames(text: string, japanese: boolean, functionWords: Set<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9@/.-])[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)+/g)) {
    const after = text.slice(m.index + m[0].length);
    if (/^(?:[A-Za-z0-9@/\-]| [\u30a0-\u30ff\u4e00-\u9fff])/.test(after)) continue;
    // Not the tail of a longer name glued with "/" ("Sockets Layer/Transport Layer Security" names no "Layer Security").
    if (/[A-Za-z0-9][/@.-][A-Z][A-Za-z0-9]* $/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // Nor words after "non", which says what is not meant: "Good for non HTTP USE" names no "HTTP USE".
    if (/\bnon\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const next = /^ ([A-Za-z0-9]+)/.exec(after)?.[1];
    // In English the name must end where the sentence goes on with a small word ("… are", "… can"),
    // not with more of a name ("SQS FIFO queues", "Service for Apache Flink").
    if (next && (japanese || !functionWords.has(next) || /^(for|of|on|and|to|in|the)$/.test(next))) continue;
    // A sentence's first word is capitalised anyway: "Use S3 Transfer Acceleration" names the rest.
    let words = m[0].split(" ");
    if (m.index === 0 && functionWords.has(words[0]!.toLowerCase())) words = words.slice(1);
    if (words.length >= 2 && !adverbAndVerb(words.join(" "))) out.push(words.join(" "));
  }
  return out;
}

export interface CompoundCandidate {
  surface: string;
  english?: string;
  /** Key of the entity the compound starts with (SQS in SQSキュー). */
  prefixKey?: string;
  strongHead: boolean;
  /** An English head in the plural, in lower case ("managed instances"): generic statements, counted twice. */
  pluralHead: boolean;
  from: number;
  to: number;
  /**
   * It ends its sentence after other words, as what the sentence says its subject is
   * ("…オフラインで AWS へ移動するための専用デバイス"): a description, not a name, unless used again.
   */
  predicate: boolean;
}

/**
 * Does the text before a sentence-final compound make it what the subject is? A clause that modifies
 * it ("…ための", "フルマネージドな", "…を保存する") or "is a …" does; a list before it
 * ("署名付きURL・署名付きCookie", "Short or Long polling") or a preposition ("via an API key") does not.
 */
function describes(before: string): boolean {
  const t = before.replace(/\s+$/, "");
  if (/(?:\b(?:and|or)|[,/&・、])$/i.test(t)) return false;
  // ("…部分であるクラスターボリューム" names the term it defines.)
  if (/[\u3041-\u3093]$/.test(t)) return !/(?:[とや]|である|という)$/.test(t);
  return /\b(?:is|are|was|were)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$/i.test(before);
}

/** Do the words from `from` to `to` go on, before `limit`, into a name some thing has? */
function opensLongerName(reg: DraftRegistry, s: AnalysedSentence, from: number, to: number, limit: number): boolean {
  for (let k = to + 1; k <= Math.min(limit, from + MAX_SPAN); k++) if (reg.lookupName(surfaceOf(s, from, k)) !== undefined) return true;
  return false;
}

function headOf(lex: Lexicon, t: Token): "strong" | "weak" | undefined {
  const g = t.gloss?.toLowerCase();
  if (!g) return undefined;
  const last = g.split(" ").at(-1)!;
  // Plurals head compounds too ("signed URLs", "security groups", "policies", "cookies").
  const forms = [last];
  if (t.script === "latin" && /[a-z]{3}s$/.test(last) && !/(ss|us|is)$/.test(last)) forms.push(last.slice(0, -1), ...(last.endsWith("ies") ? [`${last.slice(0, -3)}y`] : []), ...(/(ches|shes|xes|sses)$/.test(last) ? [last.slice(0, -2)] : []));
  if (lex.strongHeads.has(g) || forms.some((f) => lex.strongHeads.has(f))) return "strong";
  if (lex.weakHeads.has(g) || forms.some((f) => lex.weakHeads.has(f))) return "weak";
  return undefined;
}

/** A capital that only starts a sentence or clause ("Launch multiple…", ": These records…") says nothing of a name. */
export function casualCapital(s: AnalysedSentence, t: Token): boolean {
  return /^[A-Z][a-z]+$/.test(t.text) && /(?:^|[.:;!?(]|\s-)\s*$/.test(s.text.slice(0, t.start));
}

/**
 * An English verb in its base form by its ending ("authorize access", "normalize the data"): a
 * noun is never made from "-ize" (that is "-ization"), so the word is no word of a name. (Not the
 * nouns that happen to end so: size, prize.)
 */
const BASE_VERB = /^(?!(?:re|up|down|over)?size$|prize$)[a-z]{2,}ize$/;

function eligible(lex: Lexicon, t: Token, s?: AnalysedSentence): boolean {
  if (t.script === "latin") {
    if (isFunctionWord(lex, t) || /^\d+$/.test(t.text) || lex.stopTerms.has(t.text.toLowerCase())) return false;
    // (A possessive owns what follows, it is no word of its name: "the user's location", "ENI’s private IP".)
    if (/['’]s$/i.test(t.text)) return false;
    // English words that are not nouns of a name: pronouns, quantifiers, common verbs, adverbs.
    const lower = t.text.toLowerCase();
    const casual = t.text === lower || (s !== undefined && casualCapital(s, t));
    if (casual && (lex.nonNameWords.has(lower) || lex.functionWords.has(lower) || /[a-z]{3}ly$/.test(lower) || BASE_VERB.test(lower))) return false;
    return true;
  }
  if (t.script !== "cjk") return false;
  if (lex.determiners.has(t.text) || lex.stopTerms.has(t.text)) return false;
  return t.gloss !== undefined || /^[\u30a1-\u30ff]+$/.test(t.text) || t.text.length <= 3;
}

function isThirdPersonVerb(lex: Lexicon, t: Token): boolean {
  return t.script === "latin" && /^[a-z]{3,}s$/.test(t.text) && !/(ss|us|is)$/.test(t.text) && !headOf(lex, t);
}

const sectionPhrases = new WeakMap<Lexicon, Set<string>>();

/** Do the token at `at` and the one or two Latin words after it make a section heading's words ("key concepts")? */
function opensSectionWords(lex: Lexicon, tokens: readonly Token[], at: number): boolean {
  let phrases = sectionPhrases.get(lex);
  if (!phrases) sectionPhrases.set(lex, (phrases = new Set([...lex.vocab.cues.sectionHeadings, ...lex.vocab.cues.partsHeadings].filter((h) => /^[a-z]+(?: [a-z]+){1,2}$/i.test(h)).map((h) => h.toLowerCase()))));
  let phrase = tokens[at]!.text.toLowerCase();
  for (let k = at + 1; k <= at + 2; k++) {
    const t = tokens[k];
    if (!t || t.script !== "latin" || !t.spaceBefore) return false;
    phrase += ` ${t.text.toLowerCase()}`;
    if (phrases.has(phrase)) return true;
  }
  return false;
}

const units = new WeakMap<Lexicon, Set<string>>();

/** The vocabulary's measure words in Latin letters or in Japanese, lower case (gb, ms, iops, 時間…), made once per lexicon. */
function unitsOf(lex: Lexicon): Set<string> {
  let out = units.get(lex);
  // (A Japanese counter too: "最大 24 時間ログに保存" keeps a log for 24 hours and names no "時間ログ".)
  if (!out) units.set(lex, (out = new Set(lex.vocab.cues.measureWords.filter((w) => /^[a-z]+$/i.test(w) || /^[\u30a0-\u30ff\u3400-\u9fff]+$/.test(w)).map((w) => w.toLowerCase()))));
  return out;
}

const predicateWords = new WeakMap<Lexicon, Set<string>>();

/** Words that, right after a noun, say it is not needed or not possible (不要, 不可): no noun of a compound. */
function predicatesAfterNoun(lex: Lexicon): Set<string> {
  let out = predicateWords.get(lex);
  if (!out) predicateWords.set(lex, (out = new Set([...lex.vocab.cues.absenceMarkers.afterNoun, ...lex.vocab.cues.negation].map((w) => w.normalize("NFKC")))));
  return out;
}

function generic(lex: Lexicon, t: Token): boolean {
  return lex.genericWords.has(t.text.toLowerCase()) || (t.gloss !== undefined && lex.genericWords.has(t.gloss.toLowerCase()));
}

/**
 * Compounds in a sentence: a run of known words (optionally after a named entity) ending in a
 * head noun, with at least one modifier that says something (not データ, not サービス).
 */
/** A mention that is a proper name: a vocabulary entity, or written in Latin letters from a capital or digit. */
export function isProperName(reg: DraftRegistry, m: Mention): boolean {
  return !!reg.get(m.key)?.vocab || /^[A-Z0-9]/.test(m.surface);
}

const KATAKANA_WORD = /^[\u30a1-\u30fa\u30fc]+$/;

export function findCompounds(lex: Lexicon, s: AnalysedSentence, mentions: Mention[], reg?: DraftRegistry): CompoundCandidate[] {
  const out: CompoundCandidate[] = [];
  // A name of the vocabulary after a word in katakana is inside a longer word, read whole:
  // "プライベートDNSゾーン" is a private DNS zone, no "DNS zone" with a word before it, and "マルチ AZ
  // インスタンス" a Multi-AZ instance. (Not after kanji: "各EC2インスタンス" is an EC2 instance; and
  // the notes' own terms keep leading what follows them, as they did.)
  const insideWord = (m: Mention) => {
    if (!s.japanese || m.from === 0 || !reg?.get(m.key)?.vocab) return false;
    const name = s.tokens[m.from]!;
    const before = s.tokens[m.from - 1]!;
    return before.script === "cjk" && KATAKANA_WORD.test(before.text) && (!name.spaceBefore || name.script === "latin");
  };
  const leads = mentions.some(insideWord) ? mentions.filter((m) => !insideWord(m)) : mentions;
  const mentionAt = new Map(leads.map((m) => [m.from, m]));
  const covered = new Set(leads.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
  for (const [cFrom, cTo] of chunksOf(s.tokens)) {
    let i = cFrom;
    while (i < cTo) {
      const lead = mentionAt.get(i);
      let j = lead ? lead.to : i;
      // A lone kanji right after a verb's kana is a nominaliser (公開する時, 使う際), not a modifier.
      const afterVerb = (k: number) => {
        const t = s.tokens[k];
        const prev = s.tokens[k - 1];
        return !lead && t !== undefined && t.script === "cjk" && t.text.length === 1 && t.gloss === undefined && prev?.script === "hiragana" && !t.spaceBefore;
      };
      if (afterVerb(j)) j++;
      const runStart = j;
      // Words of one compound may be spaced where English meets Japanese ("FIFO キュー", as many write).
      // (Only one Japanese word after the space: "Elastic Fabric Adapter ネットワークデバイス" describes, it does not name.)
      const joins = (k: number) => {
        const latin = s.tokens[k]!.script === "latin";
        if (k === runStart || !s.tokens[k]!.spaceBefore || latin) return true;
        const next = s.tokens[k + 1];
        return s.tokens[k - 1]?.script === "latin" && !(next && next.script === "cjk" && !next.spaceBefore);
      };
      while (j < cTo && !covered.has(j) && eligible(lex, s.tokens[j]!, s) && joins(j)) j++;
      // In English, a lower-case word in -s right after a name is its verb, not a modifier:
      // "Redis supports replication" names no "Redis supports replication".
      // …and a compound of lower-case English words does not open with one ("removes instances").
      const verbAfterName = (lead !== undefined || (j - runStart >= 2 && s.tokens[runStart]!.text === s.tokens[runStart]!.text.toLowerCase())) && !s.japanese && j > runStart && isThirdPersonVerb(lex, s.tokens[runStart]!);
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
      // (In English a noun after the head noun is the phrase's head: "Incorrect instance
      // networking" names no "Incorrect instance".)
      const after = s.tokens[end + 1];
      // (Nor does a Japanese negating prefix end at a noun the run goes on from: "非キー属性" is a
      // non-key attribute, no "非キー"; "非同期処理", "未使用ボリューム" read whole or not at all.)
      if (end >= 0 && s.japanese && end < j - 1 && lead === undefined && /^[非不未無]$/.test(s.tokens[runStart]!.text) && s.tokens[end + 1]?.script === "cjk") end = -1;
      // (Nor, in Japanese, a noun of kanji right after it: "Windowsファイル共有" is file sharing, no
      // "Windowsファイル"; "新キー作成" makes a key. A one-kanji suffix, "S3バケット内", leaves the
      // name whole, and so does a word that says it is not needed or possible: "SSH鍵不要".)
      if (end >= 0 && s.japanese && end < j - 1 && after !== undefined && !after.spaceBefore && /^[\u3400-\u9fff]{2,}$/.test(after.text) && !predicatesAfterNoun(lex).has(after.text)) end = -1;
      if (end >= 0 && !s.japanese && end < j - 1 && after?.script === "latin" && /^[a-z]+$/.test(after.text) && !/(?:ed|ing)$/.test(s.tokens[end]!.text) && /(?:ing|ment|tion|ness|ity)$/.test(after.text)) end = -1;
      // (Nor where the head opens the words of a section heading: "VPC Key Components", "learn key
      // concepts" name no "VPC Key", no "learn key".)
      if (end >= 0 && !s.japanese && opensSectionWords(lex, s.tokens, end)) end = -1;
      if (end >= 0) {
        const from = lead ? lead.from : runStart;
        const words = s.tokens.slice(runStart, end + 1);
        const head = headOf(lex, s.tokens[end]!)!;
        const modifiers = words.slice(0, -1);
        const headWords = (s.tokens[end]!.gloss ?? "").split(" ").length;
        const hasModifier = lead !== undefined || modifiers.some((t) => !generic(lex, t)) || (modifiers.length === 0 && headWords >= 2);
        // Not the tail of a name glued to the word before ("Pub/Sub API" names no "Sub API").
        const prev = s.tokens[from - 1];
        const glued = prev !== undefined && prev.script === "punct" && CONNECTORS.has(prev.text) && !s.tokens[from]!.spaceBefore;
        // Nor a quantity: a unit after a number ("a 40 GB volume") measures the noun, it names nothing.
        const measured = prev !== undefined && /^\d[\d.,]*$/.test(prev.text) && unitsOf(lex).has((lead?.surface ?? s.tokens[from]!.text).toLowerCase());
        // Nor the first words of a longer name the notes gave a section's topic (no mention, its
        // heading names it, but its words are still that name): "EGP(Exterior Gateway Protocol)"
        // under "### EGP" names no "Exterior Gateway".
        const opensName = reg !== undefined && opensLongerName(reg, s, from, end + 1, cTo);
        if (!glued && !measured && !opensName && hasModifier && (lead !== undefined || words.length >= 2 || headWords >= 2)) {
          const tr = translateTokens(s.tokens.slice(from, end + 1));
          out.push({
            surface: surfaceOf(s, from, end + 1),
            ...(tr.complete ? { english: tr.english } : {}),
            // Named after a proper name (SQSキュー → SQS); a common word in front (標準キュー) names nothing.
            ...(lead && (reg === undefined || isProperName(reg, lead)) ? { prefixKey: lead.key } : {}),
            strongHead: head === "strong",
            pluralHead: s.tokens[end]!.script === "latin" && /[a-z]s$/.test(s.tokens[end]!.text) && !/(ss|us|is)$/.test(s.tokens[end]!.text) && !/^[A-Z]/.test(s.tokens[runStart]!.text),
            from,
            to: end + 1,
            predicate: from > 0 && /^\s*(?:です|である|だ)?\s*[。.!]?\s*$/.test(s.text.slice(s.tokens[end]!.end)) && describes(s.text.slice(0, s.tokens[from]!.start)),
          });
        }
      }
      i = Math.max(j, i + 1);
    }
  }
  return out;
}
