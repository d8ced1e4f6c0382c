// integrates: chains "A → B → C", "A + B"; and a verb of working together (連携, 送信, 保存,
// delivers to, triggers, protects, attaches to…) joins the sentence's subject with each thing
// it names. A list ("WAF can be set on CloudFront, ALB and API Gateway") joins each item to the
// subject, never the items to each other. Denied clauses (negation.ts) are dropped later.

import type { Mention } from "../mentions";
import type { ProposedEdge } from "../model";
import { parallelClauses, parallelTopics } from "./contrast";
import { endsAsClass, endsOnClass, occurrences, outsideNames, writtenAsCommonNoun } from "./cues";
import type { SentenceContext, SentenceRule } from "./types";
import { escapeRegExp } from "../../text/escape-regexp";

/** A cue word between list dots is a noun of the list ("抽出・変換・読み取り"), not a verb. */
function inNounList(text: string, start: number, end: number): boolean {
  return /[・]\s*$/.test(text.slice(0, start)) || /^\s*[・]/.test(text.slice(end));
}

/**
 * An English cue of one word after an article, a possessive or "data" is a noun, not the verb:
 * "This data stream is separate from…", "a trigger", "the load", "its monitor" ("that monitors" is the verb).
 */
function usedAsNoun(text: string, start: number, cue: string): boolean {
  return /^[a-z]+$/i.test(cue) && /\b(?:a|an|the|each|every|its|their|your|our|data)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * An English cue that is a noun ("integration") joins things only with what it is of or with:
 * "integration with QuickSight", "integration between OpsWorks and RDS", "Integration via ODBC /
 * JDBC"; not "integration hell", "integration problems", "the method integration as a stage variable".
 */
function nounWithoutPartner(text: string, end: number, cue: string): boolean {
  return /^[a-z]+(?:tion|ment)s?$/i.test(cue) && !/^\s+(?:with|between|of|into|via|to|across|among)\b/i.test(text.slice(end));
}

/** Words between a verb's subject and the verb: "is", "can", "also", "not". */
const AUXILIARY = /^(?:is|are|was|were|be|been|gets?|can|cannot|will|must|may|should|could|would|also|then|not|never|only|first|automatically|directly)$/i;

/** Nouns that make a clause of time, case or purpose, not a thing: "利用する場合", "接続する際", "統合する必要". */
const CLAUSE_NOUN = /^(?:場合|とき|時|際|ため|為|こと|事|必要|予定|前|後|上で|中|間|うち|たび|度|限り|以上|旨|方法|手順|よう|様|か|の|機能|仕組み|オプション)/;
/**
 * A noun phrase that ends the sentence: what it calls its subject ("EBS: EC2に接続するブロックストレージ",
 * "Producer: メッセージを SQS に送信するアプリケーション", "…を使用した最新のデータ同期サービス", "…で使用できる
 * デバッグツールです"), so the verb qualifying it is the subject's.
 */
const PREDICATE_NOUN = /^(?:[\p{sc=Han}\p{sc=Katakana}ーA-Za-z0-9\s()（）・\/&＆-]|(?:から|へ|で|と)?の)*?(?:です|でした|である|だ)?\s*[。.]?\s*$/u;

/**
 * A Japanese cue verb that qualifies the noun after it says what that noun does, not the
 * sentence's subject: "プライバシー保護を目的として利用するユーザーがいる" (users who use it), "SSE-KMS を使用した
 * バケット" in a sentence that goes on, "DAX を使用したアーキテクチャを検討". (Not a clause of time or case,
 * "利用する場合", nor a feature the subject has, "ログをエクスポートする機能をもつ", nor what the sentence ends
 * by calling its subject.)
 */
function qualifiesNoun(text: string, end: number, cue: string): boolean {
  // (Active forms only: what a passive qualifies, "S3に保存されたデータ", is what the subject acts on.)
  const tail = /^(?:し(?:た|ている|ていた)|する|できる|させる|[むぐるうつくす]|んだ|いだ|った|いた)?/.exec(text.slice(end))![0];
  if (!tail && !/[むぐるうつくす]$/.test(cue)) return false;
  const after = text.slice(end + tail.length);
  return /^[\p{sc=Han}\p{sc=Katakana}ー]/u.test(after) && !CLAUSE_NOUN.test(after) && !PREDICATE_NOUN.test(after) && !endsOnClass(after);
}

/**
 * An English cue written with a capital after a capitalised word that names nothing is a word of
 * a name: "Module 08: Application Integration", "Database Triggers (DynamoDB, …)" name a category
 * or a use, they join nothing.
 */
function inTitleCaseName(text: string, start: number, ms: readonly Mention[]): boolean {
  // (Not after a name: "S3 Sends Event to EventBridge" is a sentence written in title case.)
  return /^[A-Z][a-z]/.test(text.slice(start, start + 2)) && /(?:^|\s)[A-Z][\w-]*\s+$/.test(text.slice(Math.max(0, start - 40), start)) && !ms.some((m) => m.end <= start && /^\s+$/.test(text.slice(m.end, start)));
}

/**
 * A Japanese cue written in kanji with a katakana noun right after it is a word of that noun, no
 * verb: "サーバーレスデータ統合サービス" (a data integration service) names what Glue is, and joins
 * nothing; nor with a suffix that makes it a noun of quality or measure (`nounSuffixes`:
 * "同時実行性を高め", concurrency; "データ転送量", "接続方法"). "S3 と統合", "連携可能" still join.
 */
function inCompoundNoun(text: string, end: number, cue: string, nounSuffixes: readonly string[]): boolean {
  if (!/^\p{sc=Han}+$/u.test(cue)) return false;
  const after = text.slice(end);
  return /^[\p{sc=Katakana}ー]/u.test(after) || nounSuffixes.some((suffix) => after.startsWith(suffix));
}

/** What joins two items of a list that are only side by side: "A や B", "A、B", "A・B", "A or B" (not と or "and", which may join the two in working together). */
const ITEM_JOINER = /^\s*(?:\([^()]*\)\s*)?(?:や|、|,|・|or|または)\s*$/i;

/** What joins two names of one list: "A や B", "A、B", "A and B" (a gloss in brackets allowed after A). */
const LIST_JOINER = /^\s*(?:\([^()]*\)\s*)?(?:や|、|,|・|と|and|or)\s*$/i;

/** Names a protection word marks as threats: "DDoS対策", "SQLインジェクションをブロック", "protects against DDoS". */
const threatPatterns = new WeakMap<object, { before: RegExp | null; guardsFrom: RegExp | null }>();

/**
 * What ends the text before a threat's name: a marker ("against", "blocks the"), or a guard verb
 * and its "from" ("protects CloudFront and ALB from").
 */
function threatPatternsOf(lex: SentenceContext["lex"]): { before: RegExp | null; guardsFrom: RegExp | null } {
  let p = threatPatterns.get(lex);
  if (p === undefined) {
    const { before, guardsFrom } = lex.vocab.cues.threatMarkers;
    // (…or before examples of what the marker's noun stands for: "from common exploits like SQL
    // injection", "against attacks such as DDoS".)
    const examples = `(?:\\s+(?:the|a|an))?(?:(?:\\s+[\\w-]+){1,4}\\s+(?:like|such\\s+as|including|e\\.g\\.))?`;
    // (…or after words that qualify the threat, no preposition among them: "against accidental or
    // malicious \"permanent\" deletions"; not "against DDoS attacks on CloudFront".)
    const qualified = `(?:\\s+(?!(?:on|in|for|to|of|with|from|by|at|via|through|across|into|onto|over)\\b)["'“”‘’]?[\\w-]+["'“”‘’]?){0,4}`;
    p = {
      before: before.length ? new RegExp(`\\b(?:${before.map(escapeRegExp).join("|")})(?:${examples}|${qualified})$`, "i") : null,
      guardsFrom: guardsFrom.length ? new RegExp(`\\b(?:${guardsFrom.map(escapeRegExp).join("|")})\\b[^.;:!?]{0,80}\\bfrom${examples}$`, "i") : null,
    };
    threatPatterns.set(lex, p);
  }
  return p;
}

/**
 * The text with the brackets it opens with taken off, nested ones too: "(分散型サービス拒否,DDoS 攻撃
 * (Distributed Denial of Service attack)とは(Wikipedia))攻撃から保護" goes on "攻撃から保護".
 */
function withoutBracketsAhead(text: string): string {
  if (!/^\s*[(（]/.test(text)) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(" || c === "（") depth++;
    else if (c === ")" || c === "）") {
      depth--;
      if (depth === 0) return text.slice(i + 1);
    } else if (depth === 0 && !/\s/.test(c)) return text;
  }
  return text;
}

function threatsIn(ctx: SentenceContext): Set<string> {
  const { s, ms, lex } = ctx;
  const { after } = lex.vocab.cues.threatMarkers;
  const { before, guardsFrom } = threatPatternsOf(lex);
  const out = new Set<string>();
  for (const [i, m] of ms.entries()) {
    // (Each name of a list the marker closes or opens: "SQL インジェクションやクロスサイトスクリプティングのブロック", "against SQL injection and XSS".)
    let end = m.end;
    for (let j = i + 1; j < ms.length && LIST_JOINER.test(s.text.slice(end, ms[j]!.start)); j++) end = ms[j]!.end;
    let start = m.start;
    for (let j = i - 1; j >= 0 && LIST_JOINER.test(s.text.slice(ms[j]!.end, start)); j--) start = ms[j]!.start;
    // (…and of examples the marker's noun stands for: "SQL インジェクションや…のような攻撃から保護",
    // "XSS などの脆弱性から保護" — a kind of threat, cues.threatMarkers.kinds, before the marker.)
    // (A name that closes brackets is read with the words after them: "分散型サービス拒否(DDoS)攻撃から保護".)
    let next = withoutBracketsAhead(s.text.slice(end)).trimStart().replace(/^[)）]\s*/, "").replace(/^(?:(?:や|、|・)[^、。,]{1,30}?)?(?:のような|などの|といった|等の)\s*/, "");
    const kind = lex.vocab.cues.threatMarkers.kinds.find((k) => next.startsWith(k));
    if (kind && after.some((w) => next.slice(kind.length).trimStart().startsWith(w))) next = next.slice(kind.length).trimStart();
    const prev = s.text.slice(0, start).trimEnd().toLowerCase();
    if (after.some((w) => next.startsWith(w)) || before?.test(prev) || (!s.japanese && guardsFrom?.test(prev)) || namesThreat(lex, m)) out.add(m.key);
  }
  return out;
}

/**
 * A name that is itself a kind of threat (cues.threatMarkers.kinds at its end), as written or as the
 * vocabulary names the thing: "DDoS 攻撃", "SQL injection attack", and "DDoS 保護" — DDoS is "DDoS
 * attack" — wherever it stands.
 */
function namesThreat(lex: SentenceContext["lex"], m: Mention): boolean {
  let known = threatNames.get(lex);
  if (!known) {
    const kinds = lex.vocab.cues.threatMarkers.kinds.map((k) => k.toLowerCase());
    const isThreat = (name: string) => kinds.some((k) => name.endsWith(k) && name.length > k.length);
    const entities = new Set(lex.vocab.entities.filter((e) => [e.label, ...e.names, ...e.ja].some((n) => isThreat(n.toLowerCase()))).map((e) => e.id));
    threatNames.set(lex, (known = { isThreat, entities }));
  }
  return known.isThreat(m.surface.toLowerCase()) || (m.key.startsWith("e:") && known.entities.has(m.key.slice(2)));
}

/** Per lexicon: what ends on a kind of threat, and the vocabulary's things so named. */
const threatNames = new WeakMap<object, { isThreat: (name: string) => boolean; entities: Set<string> }>();

/** Quotes a setting's choice is written in, opening → closing. */
const QUOTES: Record<string, string> = { "「": "」", "『": "』", "“": "”", '"': '"', "‘": "’" };

/**
 * Where the quote around [start, end) opens and closes, when the name stands inside one
 * ("「次に予定されるメンテナンスウィンドウ中」"), else undefined.
 */
function quoteAround(text: string, start: number, end: number): { open: number; close: number } | undefined {
  for (let i = start - 1; i >= 0 && start - i <= 60; i--) {
    const closing = QUOTES[text[i]!];
    if (!closing) continue;
    const close = text.indexOf(closing, end);
    // (The quote must not close before the name: "「A」と B" does not quote B.)
    const closedBefore = text.slice(i + 1, start).includes(closing);
    if (close >= 0 && close - end <= 60 && !closedBefore) return { open: i, close };
    return undefined;
  }
  return undefined;
}

/**
 * Names a choice word marks as an option, not a partner: recommended for some case ("…場合は、
 * RDS が最適"), or quoted and picked among a setting's choices ("「その他のシークレットタイプ」を
 * 選択", select "Edge-optimized"). An option is what a case or a setting calls for, not what the
 * subject works with.
 */
function choicesIn(ctx: SentenceContext): Set<string> {
  const { s, ms, lex } = ctx;
  const markers = choiceMarkersOf(lex.vocab.cues);
  const out = new Set<string>();
  const startsWithAny = (text: string, words: string[]) => {
    const t = text.toLowerCase();
    return words.some((w) => t.startsWith(w));
  };
  // A choice among names: those after "choose between" in its sentence, those before "のいずれか"
  // in its clause ("For storage, you can choose between EC2 Instance Store … or Elastic Block Store").
  const { amongBefore, amongAfter } = lex.vocab.cues.choiceMarkers;
  const openAt = occurrences(s.text, amongBefore)[0]?.[0] ?? Infinity;
  const closes = occurrences(s.text, amongAfter).map(([at]) => at);
  for (const m of ms) {
    if (m.start > openAt) out.add(m.key);
    if (closes.some((at) => at >= m.end && at - m.end <= 40 && !/[。.!?]/.test(s.text.slice(m.end, at)))) out.add(m.key);
    // (After a gloss in brackets: "RDS (MySQL) が最適".)
    const next = s.text.slice(m.end).replace(/^\s*(?:\([^()]*\)\s*)?/, "");
    if (startsWithAny(next, markers.recommended)) out.add(m.key);
    const quote = quoteAround(s.text, m.start, m.end);
    if (quote && (startsWithAny(s.text.slice(quote.close + 1).trimStart(), markers.pickedAfter) || markers.pickedBefore?.test(s.text.slice(0, quote.open).trimEnd()))) out.add(m.key);
  }
  return out;
}

const compiledChoiceMarkers = new WeakMap<object, { recommended: string[]; pickedAfter: string[]; pickedBefore?: RegExp }>();

/**
 * The recommending words in lower case, and the instructions that pick a quoted name (after the
 * quote, "を選択"; before it, "select" as one pattern), made once per vocabulary.
 */
function choiceMarkersOf(cues: { choiceMarkers: { recommended: string[] }; instructionCues: { endings: string[]; openings: string[] } }): { recommended: string[]; pickedAfter: string[]; pickedBefore?: RegExp } {
  let out = compiledChoiceMarkers.get(cues);
  if (!out) {
    const before = cues.instructionCues.openings.map(escapeRegExp).join("|");
    const lower = (words: string[]) => words.map((w) => w.toLowerCase());
    out = { recommended: lower(cues.choiceMarkers.recommended), pickedAfter: lower(cues.instructionCues.endings), ...(before ? { pickedBefore: new RegExp(`\\b(?:${before})(?:\\s+(?:the|a|an|on))?$`, "i") } : {}) };
    compiledChoiceMarkers.set(cues, out);
  }
  return out;
}

const compiledMergedInto = new WeakMap<object, { japanese: string[]; english?: RegExp; englishBefore?: RegExp }>();

/** The "merged into" cues: Japanese ones after the newer's name, English ones before it as patterns (made once per vocabulary). */
function mergedIntoOf(cues: string[]): { japanese: string[]; english?: RegExp; englishBefore?: RegExp } {
  let out = compiledMergedInto.get(cues);
  if (!out) {
    const english = cues.filter((c) => /^[a-z]/i.test(c)).map(escapeRegExp).join("|");
    out = { japanese: cues.filter((c) => !/^[a-z]/i.test(c)), ...(english ? { english: new RegExp(`\\b(?:${english})\\b`, "i"), englishBefore: new RegExp(`\\b(?:${english})\\s+(?:the\\s+|a\\s+|an\\s+)?$`, "i") } : {}) };
    compiledMergedInto.set(cues, out);
  }
  return out;
}

/**
 * The column headers of a table row as the parser writes it, each before its cell ("方式: Transit
 * Gateway 方式 / VPC 間接続: ○ / 備考: …"): [start, end) of each, when the line has two or more.
 */
function columnHeaders(text: string): { start: number; end: number; cellEnd: number }[] {
  const out = [...text.matchAll(/(?:^|\s\/\s)([^:：。.\/]{1,48})[:：]\s/g)].map((m) => ({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length, cellEnd: text.length }));
  out.forEach((h, i) => (h.cellEnd = out[i + 1]?.start ?? text.length));
  return out.length >= 2 ? out : [];
}

/**
 * A verb made the subject of a comparison names a choice, not something done together: "…を
 * 利用するほうが良い" (better to use …), "採用したほうがシンプル", "it is better to use …".
 */
function chosenOver(text: string, start: number, end: number): boolean {
  return /^(?:する|した|して|している|させる|できる)?(?:ほう(?:が|は|も)?|方(?:が|は|も))/.test(text.slice(end)) || /\b(?:better|best|rather)\s+to\s+$/i.test(text.slice(0, start));
}

const ARROW_BETWEEN = /^\s*(→|⇒|⇨|➡|->|=>)\s*$/;

/**
 * The mentions (by index) that an arrow joins to the one before inside a chain none of whose
 * steps is a service: such a chain orders things — levels ("Cloud Practitioner → Associate →
 * Professional"), an evaluation ("Explicit DENY → Explicit ALLOW → Implicit DENY"), a migration's
 * source and target ("Oracle → PostgreSQL") — it does not say they work together, as a flow
 * through services does ("S3 → Glue → Athena", "DynamoDB Streams → Lambda function").
 */
function orderingChains(ms: readonly Mention[], arrowAfter: readonly boolean[], isService: (key: string) => boolean): Set<number> {
  const out = new Set<number>();
  for (let start = 0; start < ms.length; ) {
    let end = start;
    while (arrowAfter[end]) end++;
    if (end > start && !ms.slice(start, end + 1).some((m) => isService(m.key))) for (let i = start + 1; i <= end; i++) out.add(i);
    start = end + 1;
  }
  return out;
}

export const integratesRule: SentenceRule = {
  name: "integrates",
  propose(ctx: SentenceContext): ProposedEdge[] {
    const { s, ms, lex, subject, owner } = ctx;
    const out: ProposedEdge[] = [];
    const add = (a: string | undefined, b: string | undefined) => {
      // (A common noun alone — version, user, API — names no thing to work with: the sentence only mentions it.)
      if (a && b && a !== b && !ctx.know.commonNoun(a) && !ctx.know.commonNoun(b)) out.push({ source: a, target: b, kind: "integrates" });
    };
    // (…nor one this sentence writes as a common noun: "データを暗号化する鍵を利用する" uses a key, it
    // does not work with "Data"; "Cookie を生成した…を使用" generates nothing to work with.)
    const common = new Set(ms.filter((m) => writtenAsCommonNoun(lex, m)));
    // (A plus joins a service with a thing, "CloudFront + S3", "ELB + ASG", "CloudFront + ACM
    // certificate", "Aurora レプリカ + RDS Proxy", or two things the vocabulary knows; between other
    // words it is an "and": "Security group = Allows HTTP + SSH", "ENI always has private IP + DNS",
    // "Leader node + compute nodes", "Module 14 + weak areas".)
    // (A thing named after a service is a thing of that service's: "Aurora レプリカ".)
    const service = (key: string) => ctx.know.kindOf(key) === "service" || ctx.know.kindOf(ctx.know.namedAfter(key) ?? "") === "service";
    const thing = (key: string) => ctx.know.vouched(key) || service(key);
    const joinedByPlus = (a: Mention, b: Mention) => (ctx.know.inVocabulary(a.key) && ctx.know.inVocabulary(b.key)) || ((service(a.key) || service(b.key)) && thing(a.key) && thing(b.key));
    const arrowAfter = ms.map((m, i) => i + 1 < ms.length && ARROW_BETWEEN.test(s.text.slice(m.end, ms[i + 1]!.start)));
    const ordering = orderingChains(ms, arrowAfter, (key) => ctx.know.kindOf(key) === "service");
    // (Nor two ideas, no service among them, summed and set equal to a third: "NoSQL + ACID = DynamoDB
    // transactions" says what the transactions combine, not that NoSQL works with ACID; "Lambda + API
    // Gateway = Full Serverless" still joins two services.)
    const sumEquals = (b: Mention) => /^[^=＝.。;；]*[=＝](?![=>])/.test(s.text.slice(b.end));
    const ideasSummed = (a: Mention, b: Mention) => !service(a.key) && !service(b.key) && sumEquals(b);
    for (let i = 1; i < ms.length; i++) {
      const between = s.text.slice(ms[i - 1]!.end, ms[i]!.start);
      const plus = /^\s*(?:\+|＋)\s*$/.test(between) && !ideasSummed(ms[i - 1]!, ms[i]!);
      if ((plus || (arrowAfter[i - 1] && !ordering.has(i))) && !common.has(ms[i - 1]!) && !common.has(ms[i]!) && (!plus || joinedByPlus(ms[i - 1]!, ms[i]!))) add(ms[i - 1]!.key, ms[i]!.key);
    }
    // A cue in the term of "term: definition" (監視の流れ:…) labels the line; it joins nothing.
    const label = /^[^:：。.]{1,48}[:：]/.exec(s.text)?.[0].length ?? 0;
    // (Nor one in a column's header before each cell of a table row, "方式: … / VPC 間接続: ○",
    // unless its cell names something: "連携先: SQS" says what the row's thing works with.)
    const headers = columnHeaders(s.text).filter((h) => !ms.some((m) => m.start >= h.end && m.start < h.cellEnd));
    // (Nor does a verb inside a gloss: "エニーキャストルーティング(1つのIPアドレスを複数のサーバーに適用)".)
    const glosses = [...s.text.matchAll(/\([^()]*\)/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const cued = outsideNames(s, occurrences(s.text, lex.vocab.cues.integrates).filter(([start, end, c]) => start >= label && !inTitleCaseName(s.text, start, ms) && !headers.some((h) => start >= h.start && start < h.end) && !glosses.some(([a, b]) => start > a && start < b) && !inNounList(s.text, start, end) && !usedAsNoun(s.text, start, c) && !nounWithoutPartner(s.text, end, c) && !(s.japanese && (qualifiesNoun(s.text, end, c) || inCompoundNoun(s.text, end, c, lex.vocab.cues.nounSuffixes))) && !chosenOver(s.text, start, end) && !/^(→|⇒|⇨|➡|->| \+ |＋)$/.test(c)));
    if (!cued.length || !subject) return out;
    // A subject this sentence writes only as a common noun ("…へのアクセスは…を使う") works with nothing.
    const subjectWritten = ms.filter((m) => m.key === subject);
    if (subjectWritten.length > 0 && subjectWritten.every((m) => common.has(m))) return out;
    // "プロデューサー:…、コンシューマー:…" defines two terms side by side: a verb in one
    // definition joins nothing across them.
    if ((s.text.match(/(?:^|[、,;]\s*)[^:：、,;。]{1,30}[:：]/g) ?? []).length >= 2) return out;
    const threats = threatsIn(ctx);
    const choices = choicesIn(ctx);
    // What something was merged into ("…Amazon Q Developerに統合されました", "was merged into
    // EventBridge") succeeds it (supersedes.ts); the subject does not work with it.
    const mergedInto = mergedIntoOf(lex.vocab.cues.supersedes.mergedInto);
    const merged = new Set(
      mergedInto.japanese.some((c) => s.text.includes(c)) || mergedInto.english?.test(s.text)
        ? ms.filter((m) => mergedInto.japanese.some((c) => s.text.slice(m.end).replace(/^[\sA-Za-z0-9-]*/, "").startsWith(c)) || !!mergedInto.englishBefore?.test(s.text.slice(0, m.start))).map((m) => m.key)
        : [],
    );
    // Names that open clauses parallel to the subject's are set against it, not joined with it.
    const pairs = [...parallelClauses(s, ms), ...parallelTopics(s, ms)];
    const parallel = new Set(pairs.flatMap(([a, b]) => (a.key === subject ? [b.key] : b.key === subject ? [a.key] : [])));
    // …and what the other clause names is its own ("EBS is …; EFS is NFS shared by many instances").
    // (A semicolon before another name opens a clause of that name's: "Kinesis Data Streams for
    // real-time streaming; Kinesis Data Firehose loads streams into S3".)
    const subjectAt = ms.find((m) => m.key === subject)?.start ?? -1;
    const semicolons = [...s.text.matchAll(/[;；]/g)].map((m) => m.index).filter((at) => at > subjectAt && ms.some((m) => m.key !== subject && m.start > at && /^[\s*_]*(?:(?:the|an?)\s+)?$/i.test(s.text.slice(at + 1, m.start))));
    // (So does a Japanese "but" after the subject's predicate: "NAT Gatewayは…外部へ出られるが、S3 /
    // DynamoDBだけが宛先ならVPC Endpointの方が…" goes on about another choice.)
    const butAt = s.japanese && subjectAt >= 0 ? [...s.text.matchAll(/(?:る|た|い|だ|です|ます|ない)(?:が|けど|けれど|けれども)[、,]/g)].map((m) => m.index + m[0].length).filter((at) => at > subjectAt) : [];
    // (…and a reason the subject's state gives, "…は強力すぎるため、", "…は無料なので、": what is done
    // for it is the reader's doing — "ルートユーザーは強力すぎるため、日常業務ではIAMユーザーを使用する" is no
    // root user using IAM users. A deed's reason, "…はキャッシュするため、", leaves the subject the doer.)
    const becauseAt = s.japanese && subjectAt >= 0 && /^\s*(?:\([^()]*\)\s*)?は/.test(s.text.slice(ms.find((m) => m.key === subject)!.end)) ? [...s.text.matchAll(/(?:い|すぎる|な|だ|である)(?:ため|ので|から)[、,]/g)].map((m) => m.index + m[0].length).filter((at) => at > subjectAt) : [];
    const otherClause = Math.min(...pairs.filter(([a]) => a.key === subject).map(([, b]) => b.start), ...semicolons, ...butAt, ...becauseAt);
    // What the subject is ("EBS is block storage …") is a class, not something it works with.
    // (So is a class the copula closes after a topic: "SNS はメッセージングサービスで、…", "EBS は…
    // ブロックストレージです"; "で、" closes it only after a class, not a service: "…は S3 で、" is where.
    // Notes often drop the copula: "FSx for Windows は、SMB プロトコルを…可能なファイルシステム".)
    const topicAt = s.japanese ? ms.find((x) => x.key === subject && /^\s*(?:\([^()]*\)\s*)?は/.test(s.text.slice(x.end))) : undefined;
    // (…and what the object serves as is its role, not another partner: "EKSのストレージデバイスとして
    // …EFSを使用", "attach the volume to a temporary instance as a secondary volume"; not "such as".)
    // (Nor is another name of it: "インターフェイス型は、「AWS PrivateLink」とも呼ばれ", "also known as".)
    const isAlias = (m: Mention) => /^\s*[」』"”]?\s*(?:とも|と)呼ばれ/.test(s.text.slice(m.end)) || /\b(?:also (?:called|known as)|aka|a\.k\.a\.)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, m.start - 24), m.start));
    const isRole = (m: Mention) => /^\s*[」』"”]?\s*として/.test(s.text.slice(m.end)) || /(?<!\b(?:such|well)\s+)\bas\s+(?:(?:an?|the)\s+)?$/i.test(s.text.slice(0, m.start));
    // (…nor what a definition opens by calling its term, before saying what it does: "activation
    // function: math function that takes an input value", "DNS endpoints: one or more ENI that…".)
    const opensDefinition = (m: Mention) => label > 0 && /^\s*(?:(?:an?|the|one or more|one|two|several)\s+)?$/i.test(s.text.slice(label, m.start)) && /^\s*(?:\([^()]*\)\s*)?(?:that|which|who|whose|used|designed|built|made)\b/i.test(s.text.slice(m.end));
    const isWhat = (m: Mention) =>
      isRole(m) ||
      opensDefinition(m) ||
      isAlias(m) ||
      // ("AWS Key Management Service (AWS KMS) is a managed service": a gloss may come between.)
      // (…nor after adjectives joined: "AWS KMS is a secure and resilient service".)
      ms.some((x) => x.key === subject && x.end <= m.start && /^\s*(?:\([^()]*\)\s*)?(?:is|are)\s+(?:(?:an?|the)\s+(?:(?!(?:with|to|by|for|in|on|from|of|that|which|using|via)\b)[a-z][\w-]*(?:\s*,|\s+and|\s+or)?\s+){0,4}|(?:fully|highly|serverless|regional|global)\s+)?$/i.test(s.text.slice(x.end, m.start))) ||
      // (…and so is what a sentence ends by calling its subject, written or carried from the
      // heading: "…変換のためのビジュアルデータ準備サービスです。" under Glue DataBrew.)
      // (…the class's head noun after it, the copula dropped: "…自然言語処理 (NLP) サービス" under Comprehend.)
      (s.japanese && endsAsClass(s.text.slice(m.end))) ||
      // (…or what a Japanese definition ends on, its term's class: "EBS: EC2に接続するブロックストレージ";
      // not an act after a verb's て, "…を利用してシングルサインオン", what it does.)
      (s.japanese && label > 0 && m === ms.at(-1) && m.start > label && /^\s*(?:です|である|だ)?\s*[。.]?\s*$/.test(s.text.slice(m.end)) && !ms.some((x) => x.start < label && x.key !== subject) && !/[てで]\s*$/.test(s.text.slice(0, m.start))) ||
      (!!topicAt && topicAt.end <= m.start && (/^\s*(?:です|でした|である|であり|だ)?\s*[。.]?\s*$|^\s*(?:です|でした|である|であり|だ)(?:[。、,.\s]|$)/.test(s.text.slice(m.end)) || (/^\s*で[、,]/.test(s.text.slice(m.end)) && ctx.know.kindOf(m.key) !== "service")));
    // A row of a table that compares its columns, "レポート: Standard = 無 / Advanced = 攻撃を…通知":
    // each column's thing is what its cell says something of, never what the subject works with.
    const comparesColumns = / = .* \/ | \/ .* = /.test(s.text);
    const columns = new Set(comparesColumns ? ms.filter((m) => /^\s=\s/.test(s.text.slice(m.end))).map((m) => m.key) : []);
    // A subject the sentence does not write, carried from the section's heading or the list's lead,
    // works with what the sentence names only when it is a thing: a heading's words ("料金体系",
    // "RDS のログ", "CIDR 設計") head what is said about some aspect, and the cue's doer is another.
    // (Nor, in English, where another named thing does what the cue says: "AWS Client VPN connects
    // your users to…" in a section on Site-to-Site VPN; the carried subject is not the doer.)
    // (Not when the doer is the subject by another name, "the reader endpoint connects…" under
    // Aurora Reader Endpoints, nor when what it acts on is the subject: "EC2 connects to the RDS
    // backend" under RDS Read Replicas.)
    const ownName = (key: string) => ctx.know.kindOfOther(subject, key) || ctx.know.kindOfOther(key, subject);
    const namedAfter = ctx.know.namedAfter(subject);
    // (Auxiliaries and a "not" between are the doer's too: "NAT Gateways and NAT Instances do not
    // work with IPv6" under a note on NAT; the denial itself is negation.ts's.)
    const doerBefore = (start: number) => ms.some((m) => m.key !== subject && !ownName(m.key) && m.end <= start && /^\s*(?:\([^()]*\)\s*)?(?:(?:also|then|can|cannot|can't|will|won't|do|does|don't|doesn't|not|never|may|must|should|could|would|always|usually|often|typically|automatically|directly|simply|only)\s+)*$/i.test(s.text.slice(m.end, start)));
    const actsOnSubject = (start: number) => ms.some((m) => m.start > start && (m.key === namedAfter || ownName(m.key)));
    // (…or a phrase the notes name nothing by, whose noun is not the subject's: "If a license is
    // attached to a MAC address" under Networking, "This key encrypts the object level key" under
    // S3 encryption; "The service integrates with KMS", "A rate-based rule tracks…" under Rate-Based
    // Rules speak of the subject.)
    const phraseDoerBefore = (start: number) => {
      const before = s.text.slice(Math.max(0, start - 80), start);
      const np = /\b(?:this|that|these|those|the|a|an|each|every|its|their|your|our)\s+((?:[a-z][\w-]*\s+){1,6})$/i.exec(before);
      if (!np) return false;
      const at = start - before.length + np.index;
      if (ms.some((m) => m.end > at && m.start < start)) return false;
      // (The noun is the last word before the verb's auxiliaries: "a license is attached to".)
      const words = np[1]!.trim().split(/\s+/);
      while (words.length && AUXILIARY.test(words.at(-1)!)) words.pop();
      // (Lower-case words only: "The KSK is backed by a customer managed key in AWS KMS" under Route 53
      // names a thing of the subject's the notes write as a name.)
      if (!words.length || words.length > 3 || words.some((w) => AUXILIARY.test(w) || !/^[a-z][a-z-]*$/.test(w))) return false;
      const head = words.at(-1)!.toLowerCase().replace(/(?<=\w{3})s$/, "");
      return !lex.genericWords.has(head) && !lex.weakHeads.has(head) && !subject.toLowerCase().includes(head.replace(/-/g, ""));
    };
    const anotherDoes = !/[\u3040-\u30ff\u3400-\u9fff]/.test(s.text) && subjectWritten.length === 0 && cued.length > 0 && cued.every(([start]) => (doerBefore(start) || phraseDoerBefore(start)) && !actsOnSubject(start));
    // (Nor an instruction, a verb that opens the sentence and takes its object: "Attach the EBS volume
    // to a temporary EC2 instance", "Re-attach the volume to the original instance" under a note on a
    // procedure — the reader does it. "Integrated with CloudWatch", "Send to Kinesis" say what the
    // subject does.) (So after a clause of case or purpose: "For asynchronous invocation, if you see
    // …, invoke the Lambda function synchronously", "To reduce latency, attach the volume…".)
    const opening = /^[\W_]*(?:(?:if|when|for|to|once|after|before|in order to)\b[^,.;:]{0,120},\s*){0,2}((?:re-)?[A-Za-z]+)\s+(?:the|a|an|your|this|that|these|those|its|their)\s/di.exec(s.text);
    const verbAt = opening?.indices?.[1];
    // (In Japanese, a sentence that asks the reader to do it: "…CloudWatch Logs にも配信しましょう", "…を
    // 設定してください".)
    const asksReader = s.japanese ? /(?:ましょう|てください|て下さい)[。.!！]*\s*$/.test(s.text) : !!opening && !!verbAt && cued.some(([start]) => start >= verbAt[0] && start < verbAt[1]) && !/(?:ed|s)$/i.test(opening[1]!);
    const instructs = subjectWritten.length === 0 && asksReader;
    const carried = (subjectWritten.length === 0 && !ctx.know.vouched(subject)) || anotherDoes || instructs;
    // The subject written as one item of a list is used with the others, not with them: "S3 や
    // DynamoDB を利用する場合は…" (a gateway endpoint's use), "EC2、Lambda、ECS から呼び出せる".
    const listed = new Set<string>();
    for (let i = 0; i < ms.length; i++) {
      const run = [ms[i]!];
      while (i + 1 < ms.length && ITEM_JOINER.test(s.text.slice(ms[i]!.end, ms[i + 1]!.start))) run.push(ms[++i]!);
      if (run.length > 1 && run.some((m) => m.key === subject)) for (const m of run) listed.add(m.key);
    }
    // (The cue may end on its preposition: "connect to", "integrated with", "in front of".)
    const cuedPartner = (m: Mention) =>
      cued.some(
        ([start, end, c]) =>
          (end <= m.start && (/^\s+(?:to|with|w\/|into|onto|through|via)\s+(?:(?:the|an?|its|their|your)\s+)?$/i.test(s.text.slice(end, m.start)) || (/\s(?:to|with|into|onto|on|in|from|by|of)$/i.test(c) && /^\s+(?:(?:the|an?|its|their|your)\s+)?$/i.test(s.text.slice(end, m.start))))) ||
          (s.japanese && start >= m.end && /^\s*[」』]?\s*(?:と|に|へ)\s*$/.test(s.text.slice(m.end, start))),
      );
    // (A remark in brackets right after the cue, in words of its own, says how and names no partner:
    // "Integration with (load TLS certificates on)" over a list of the services. Brackets that list
    // names, "monitor (Budgets, Cost Anomaly Detection)", "(e.g. S3, Lambda)", name partners.)
    const cueRemarks = glosses.filter(([open, close]) => cued.some(([, end]) => end <= open && /^\s*(?:with|to|into|w\/)?\s*$/i.test(s.text.slice(end, open))) && /^\(\s*(?!(?:e\.?g|i\.?e|eg|ie|such|like|including|incl)\b)[a-z]/.test(s.text.slice(open, close)));
    for (const m of ms) {
      if (carried) break;
      if (cueRemarks.some(([open, close]) => m.start > open && m.end < close)) continue;
      // (What it is likened to is a comparison, no partner: "replicated within its AZ (similar to Standard S3)".)
      // (Not "like", which also gives examples: "targets like AWS Lambda"; but "like" that opens the
      // sentence or follows a verb likens: "Like identity policies but attached to a bucket", "works
      // like SQS access policies", "designed like S3"; nor what it is set against: "quick to set up vs Direct Connect".)
      if (/\b(?:similar to|unlike|compared (?:to|with)|than|vs\.?|versus|(?:works?|acts?|behaves?|looks?|functions?|designed|built|modell?ed|just|much)\s+like)\s+(?:(?:the|an?)\s+)?(?:[A-Z][\w-]*\s+)?$/i.test(s.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      if (/^\W*(?:just\s+|much\s+)?like\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+)?$/i.test(s.text.slice(0, m.start))) continue;
      // (In Japanese after it, a head noun allowed: "EC2 Auto Scalingグループと同様の方式で", "…構成よりも".)
      if (s.japanese && /^\s*[」』]?[\u30a0-\u30ff\u3400-\u9fff]{0,6}[」』]?\s*(?:と同様|と同じ|と比べ|と比較して|よりも|に似)/.test(s.text.slice(m.end))) continue;
      // (Nor a unit after its number: "supports up to 64 TiB volume sizes" measures, it works with nothing.)
      if (lex.measureWords.has(m.surface.trim().toLowerCase()) && /\d\s*$/.test(s.text.slice(0, m.start))) continue;
      if (listed.has(m.key) || parallel.has(m.key) || threats.has(m.key) || choices.has(m.key) || merged.has(m.key) || common.has(m) || columns.has(m.key) || m.start >= otherClause || isWhat(m)) continue;
      // (A partner is a thing the notes or the vocabulary know as one — a service, a name, a term they
      // define —, or what the cue says it is done with, right after it or before it: "connects to the
      // primary instance", "…と連携". Not a phrase the verb happens to take: "delivers the event log
      // files to an S3 bucket" works with S3, not with "log files"; "監査などの目的で保存" with no 監査.)
      if (!thing(m.key) && !cuedPartner(m)) continue;
      // (Nor what the subject is a kind of, by its own name: "静的SQLは…SQL文を…実行する方式" — Static
      // SQL is SQL written one way, no partner of it.)
      if (ownName(m.key)) continue;
      add(subject, m.key);
      // Working with an SNS topic is working with SNS: the service a thing is named after.
      const named = ctx.know.namedAfter(m.key);
      if (named && ctx.know.kindOf(named) === "service") add(subject, named);
    }
    // "auto scalingも連携可能" under EMR's heading: what the sentence names works with the section's node.
    // (Not "キャッシュ型ボリュームゲートウェイは、iSCSI を利用し…": a topic with は says what it does itself.)
    // Each clause a semicolon opens works with what it names, when a cue stands in it: "…;
    // Kinesis Data Firehose loads streams into S3, Redshift or OpenSearch".
    semicolons.forEach((at, k) => {
      const until = semicolons[k + 1] ?? s.text.length;
      const inClause = ms.filter((m) => m.start > at && m.start < until);
      const clauseSubject = inClause[0];
      if (!clauseSubject || !cued.some(([start]) => start > clauseSubject.end && start < until)) return;
      for (const m of inClause.slice(1)) if (m.key !== clauseSubject.key && !threats.has(m.key) && !common.has(m)) add(clauseSubject.key, m.key);
    });
    // (Nor, in English, a sentence that opens with it: "IAM authentication uses short lived tokens".)
    const saysItself = ms.some((m) => m.key === subject && (/^\s*(?:\([^()]*\)\s*)?(?:は|では)/.test(s.text.slice(m.end)) || (!s.japanese && /^\W*(?:(?:the|an?)\s+)?$/i.test(s.text.slice(0, m.start)))));
    // (Nor where the sentence asks the reader to do it: "CloudWatch Logs にも配信しましょう" in a note on an
    // account's first settings.)
    if (owner && owner !== subject && ms.length > 0 && ms.every((m) => m.key === subject) && !saysItself && !asksReader) add(owner, subject);
    return out;
  },
};
