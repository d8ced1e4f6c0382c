// Definitions inside a line (several may share one: プロデューサー:…、コンシューマー:…) and
// parentheticals after a name: an abbreviation (SCP(サービスコントロールポリシー)), a former name
// ((旧Kinesis Data Analytics)), the English form (正規表現 (regex)) or a gloss.

import { colonInsideName, isTermLike, joinsNumbers, onlyJoiningKana, splitDefinition } from "../parse/definition";
import { lookupEntity, type Lexicon } from "../vocab/lexicon";
import { withoutFinalStop } from "../text/normalize";

export interface DefinitionSpan {
  term: string;
  /** Offsets in the NFKC line. */
  termStart: number;
  definition: string;
  definitionStart: number;
}

const BOUNDARY = /[。、]|\.\s|[:：]/g;

/** "**term** - definition" / "**term**: definition", the term as the bold marks it. */
function boldDefinition(line: string, term: string): { term: string; definitionStart: number } | undefined {
  const sep = /^\s*(?:[:：]|[-–—])\s*/.exec(line.slice(term.length));
  return sep && isTermLike(splitTrailingParenthetical(term).name) && line.slice(term.length + sep[0].length).trim() ? { term, definitionStart: term.length + sep[0].length } : splitDefinition(line);
}

/** Every "term: definition" in a line, the first at the start, later ones after 。、 or a colon. */
const instructionCues = new WeakMap<Lexicon, { ja: string[]; en: Set<string> }>();

/**
 * Does the text tell the reader what to do in a form or a console ("一時アクセスのロールをリストから
 * 選択します", "Enter a unique name")? Then "Role: …" is a field with an instruction, not a term
 * with its definition. Read on its first sentence.
 */
export function isInstruction(lex: Lexicon, text: string): boolean {
  let cues = instructionCues.get(lex);
  if (!cues) instructionCues.set(lex, (cues = { ja: lex.vocab.cues.instructionCues.endings.map((e) => e.normalize("NFKC")), en: new Set(lex.vocab.cues.instructionCues.openings.map((o) => o.toLowerCase())) }));
  const first = text.normalize("NFKC").trim().split(/。|\.\s/)[0]!.trim();
  const ja = first.replace(/(?:します|しましょう|してください|して下さい|ください|下さい|して)?[.!！]*$/, "");
  if (cues.ja.some((e) => ja.endsWith(e))) return true;
  // (An English verb that takes what follows as its object: "Type of storage" is no instruction.)
  const en = /^([A-Za-z]+)\s+(?:a|an|the|your|one|any|all|it|this|that|these|those|on|in|\d+)\b/i.exec(first);
  return !!en && cues.en.has(en[1]!.toLowerCase());
}

/** A web address alone says where a thing's page is, not what it is: "| RDS | https://docs.aws.amazon.com/rds/ |". */
export function onlyWebAddress(text: string): boolean {
  return /^<?(?:https?|ftp):\/\/\S+>?$/i.test(text.trim());
}

/**
 * "TTL = Time To Live - how long a resolver keeps a record", "iBGP = Internal BGP: routing within
 * an AS": an abbreviation set equal to its long form, then what it is. The abbreviation is the term
 * (the whole, with its equals sign, names nothing).
 */
function equatedAbbreviation(line: string): { term: string; definitionStart: number } | undefined {
  const m = /^([A-Za-z][A-Za-z0-9&]{1,9})\s+==?\s+([A-Za-z][^:：=]{2,60}?)(?:\s*[:：]|\s+[-–—])\s+(?=\S)/.exec(line);
  return m && longFormOf(m[1]!, m[2]!) === m[2]!.trim() ? { term: m[1]!, definitionStart: m[0].length } : undefined;
}

export function definitionsInLine(lex: Lexicon, line: string, boldTerm?: string): DefinitionSpan[] {
  const first = (boldTerm ? boldDefinition(line, boldTerm) : splitDefinition(line)) ?? equatedAbbreviation(line);
  if (!first || isStopTerm(lex, first.term)) return [];
  const starts: { term: string; termStart: number; definitionStart: number }[] = [{ term: first.term, termStart: 0, definitionStart: first.definitionStart }];
  BOUNDARY.lastIndex = first.definitionStart;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(line))) {
    const at = m.index + m[0].length;
    const rest = line.slice(at);
    const nested = /^\s*([^:：。、\s][^:：。、]{0,46}?)\s*[:：]\s*(?=\S)/.exec(rest);
    if (!nested || !isTermLike(nested[1]!) || isStopTerm(lex, nested[1]!) || /^\d+$/.test(nested[1]!) || /[(（][^)）]*$|「[^」]*$|『[^』]*$/.test(nested[1]!) || joinsNumbers(line, at + nested[0].search(/[:：]/))) continue;
    const termStart = at + rest.indexOf(nested[1]!);
    if (termStart < starts.at(-1)!.definitionStart) continue;
    // (Nor a colon inside an identifier or before a slash, as for the first term:
    // "`aws:rds:failover-db-cluster`" defines no "rds", nor "aws s3 cp s3://bucket/key" an "aws s3 cp s3".)
    const colon = at + nested[0].search(/[:：]/);
    if (colonInsideName(line, colon, colon - /[^\s(`'"「（]*$/.exec(line.slice(0, colon))![0].length)) continue;
    // (Nor what an address or a path opens: "//bucket/key --sse aws" is left of an address's colon.)
    if (/^\//.test(nested[1]!)) continue;
    // (Not inside a quoted string: '"arn:aws:iam::999999999999:root" は…' defines no "iam".)
    if ((line.slice(0, termStart).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    starts.push({ term: nested[1]!.trim(), termStart, definitionStart: at + nested[0].length });
  }
  return starts.flatMap((s, i) => {
    const end = starts[i + 1]?.termStart ?? line.length;
    // A bracketed mark before the term annotates it ("【必須】 Start time", "【注意】"): no part of its name.
    const mark = /^【[^】]{1,10}】\s*/.exec(s.term)?.[0].length ?? 0;
    const term = s.term.slice(mark);
    if (!term || isStopTerm(lex, term)) return [];
    const definition = line.slice(s.definitionStart, end).replace(/[、,\s]+$/, "");
    if (onlyWebAddress(definition)) return [];
    return [{ term, termStart: s.termStart + mark, definition, definitionStart: s.definitionStart }];
  });
}

/**
 * The two sides of a term that compares: "S3 Standard vs S3 Glacier", "AとBの違い" (the cues
 * are vocabulary: infix ones are written with spaces around them, Japanese ones end the term).
 */
export function comparedSides(lex: Lexicon, term: string): [string, string] | undefined {
  const sides = sidesAsWritten(lex, term);
  return sides && sharedHead(lex, [sides[0], withoutPurpose(lex, sides[1])]);
}

/**
 * The last side of a comparison without what both are compared for: "Amazon Cognito vs IAM
 * Identity Center for Third-Party IdP Integration", "ECS vs EKS for Microservices" compare Cognito
 * with IAM Identity Center, ECS with EKS. (Not a product named with "for": "EFS vs FSx for Lustre".)
 */
function withoutPurpose(lex: Lexicon, side: string): string {
  const m = /^(.+?)\s+for\s+\S.*$/.exec(side);
  if (!m || lookupEntity(lex, side, false)) return side;
  return lookupEntity(lex, m[1]!, false) ? m[1]! : side;
}

/**
 * "Client vs Server side encryption", "Standard vs FIFO Queues", "On-Demand vs Spot Instances":
 * one word set against a name whose words after its first it shares — a kind of the same thing,
 * "Client side encryption". (Not a name of its own, "ECS vs EKS clusters", "Multi-AZ vs Read
 * Replicas", nor against a name that opens with one, "Terraform vs CloudFormation stacks".)
 */
export function sharedHead(lex: Lexicon, [a, b]: [string, string]): [string, string] {
  // (A remark in brackets is the side's own: "Static vs Dynamic (BGP) VPN" is a static VPN.)
  const words = b.replace(/\s*[(（][^()（）]*[)）]/g, "").split(/\s+/);
  const word = (w: string) => /^[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*$/.test(w);
  if (words.length < 2 || !word(a) || lookupEntity(lex, a, false) || /^(?:aws|amazon)$/i.test(words[0]!) || lookupEntity(lex, words[0]!, false)) return [a, b];
  return [`${a} ${words.slice(1).join(" ")}`, b];
}

/**
 * "Security Groups — Stateful vs Stateless": a name, then after a dash a comparison of bare
 * modifiers, kinds of it. Gives the name (the heading's section is on it), else undefined.
 */
export function kindsComparedAfterDash(lex: Lexicon, term: string): string | undefined {
  const parts = subtitled(term);
  if (!parts || sidesAsWritten(lex, parts.title)) return undefined;
  const after = sidesAsWritten(lex, parts.subtitle);
  return after && after.every((side) => bareModifier(lex, side)) ? parts.title : undefined;
}

/** A title and its subtitle after a spaced dash ("DAX vs ElastiCache — 使い分け"); a long dash first. */
function subtitled(term: string): { title: string; subtitle: string } | undefined {
  const dash = /^(.*?\S)\s+[—–―]{1,2}\s+\S/.exec(term) ?? /^(.*?\S)\s+-{1,2}\s+\S/.exec(term);
  return dash ? { title: dash[1]!, subtitle: term.slice(dash.index + dash[0].length - 1) } : undefined;
}

/** One word that qualifies a name rather than names a thing: Public, Default, Stateful, Vertical. */
function bareModifier(lex: Lexicon, side: string): boolean {
  return /^[A-Za-z]+$/.test(side) && (lex.modifiers.has(side.toLowerCase()) || /(?:al|ic|ive|ous|able|ible|ful|less|ary)$/i.test(side));
}

function sidesAsWritten(lex: Lexicon, term: string): [string, string] | undefined {
  // A comparison before a dash has its subtitle after it: "DAX vs ElastiCache — インメモリキャッシュの
  // 使い分け" compares DAX and ElastiCache, not DAX and an in-memory cache.
  const dash = subtitled(term);
  if (dash) {
    const before = sidesAsWritten(lex, dash.title);
    if (before) return before;
    // …and one after the dash is the subtitle's, of kinds of what comes before it when its sides
    // are bare modifiers: "CloudWatch Metrics - Default vs Custom" compares default and custom
    // metrics, not CloudWatch Metrics with "Custom"; "S3 - Standard vs Glacier" its two classes.
    const after = sidesAsWritten(lex, dash.subtitle);
    if (after) return after.every((side) => bareModifier(lex, side)) ? undefined : after;
  }
  // A comparison in brackets is the brackets' own: "How Addressing Works (Public vs. Private)",
  // "ElastiCache (Redis vs Memcached)" compare what the brackets hold, not the words before them.
  const bracketed = /^[^(（]*[(（]([^()（）]+)[)）]\s*$/.exec(withoutFinalStop(term));
  // (Not two bare modifiers, "(Public vs. Private)", "(Vertical vs. Horizontal)": kinds of what
  // the words before them name, and no things of their own; nor then those words and half a bracket.)
  if (bracketed) {
    const inside = sidesAsWritten(lex, bracketed[1]!);
    return inside && !inside.every((side) => bareModifier(lex, side)) ? inside : undefined;
  }
  const t = withoutFinalStop(term);
  const lower = t.toLowerCase();
  for (const cue of lex.vocab.cues.contrasts.between) {
    const c = cue.toLowerCase();
    if (/^\s.*\S.*\s$/.test(c)) {
      const i = lower.indexOf(c);
      if (i > 0 && i + c.length < t.length) return [t.slice(0, i).trim(), withoutTitleWords(lex, t.slice(i + c.length).trim())];
    } else if (c.startsWith("の") && t.endsWith(cue)) {
      const body = t.slice(0, -cue.length);
      const j = body.indexOf("と");
      if (j > 0 && j < body.length - 1) return [body.slice(0, j).trim(), body.slice(j + 1).trim()];
    }
  }
  return undefined;
}

/**
 * The second side without the words that title the comparison after it: "SNS vs SQS Decision",
 * "ALB vs NLB Comparison" compare SQS and NLB (a section's or a document's words, cues
 * sectionHeadings and documentHeadings).
 */
function withoutTitleWords(lex: Lexicon, side: string): string {
  const words = side.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(" ").toLowerCase();
    // (With the colon or dash that led to them: "Instance Store: Decision Guide".)
    if (lex.vocab.cues.sectionHeadings.some((h) => h.toLowerCase() === tail) || lex.vocab.cues.documentHeadings.some((h) => h.toLowerCase() === tail)) return words.slice(0, k).join(" ").replace(/\s*[:：\-–—]$/, "");
  }
  return side;
}

function isStopTerm(lex: Lexicon, term: string): boolean {
  const t = term.trim().toLowerCase().replace(/[.\s]+$/, "");
  if (lex.vocab.cues.contrasts.between.some((cue) => ` ${t} `.includes(cue.toLowerCase()))) return true;
  if (lex.stopTerms.has(t) || !onlyJoiningKana(splitTrailingParenthetical(t).name)) return true;
  // "レコード例" is an example, not a term (one-character markers only: エンドポイント is a term)
  return [...lex.stopTerms].some((stop) => stop.length === 1 && /[\u3040-\u9fff]/.test(stop) && t.length > 1 && t.endsWith(stop));
}

/** A term written with a parenthetical after it: "VPC外のサービス(セキュリティグループが…)". */
export function splitTrailingParenthetical(term: string): { name: string; inside?: string } {
  const m = /^(.+?)\s*\(([^()]*)\)\s*$/.exec(term);
  return m ? { name: m[1]!.trim(), inside: m[2]!.trim() } : { name: term.trim() };
}

export interface Parenthetical {
  /** Offsets of "(" and ")" in the text. */
  open: number;
  close: number;
  inside: string;
}

/** Top-level parentheticals of a sentence (NFKC, so full-width brackets are ASCII). */
export function parentheticals(text: string): Parenthetical[] {
  const out: Parenthetical[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") {
      if (depth === 0) open = i;
      depth++;
    } else if (text[i] === ")" && depth > 0) {
      depth--;
      if (depth === 0) out.push({ open, close: i, inside: text.slice(open + 1, i).trim() });
    }
  }
  return out;
}

/** Looks like an abbreviation: SCP, OAI, CA, SRT, EFA (capitals, maybe a digit). */
export function isAbbreviation(text: string): boolean {
  return /^[A-Z][A-Za-z0-9&]{1,7}$/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}

/** Words that set two things against each other ("ECS vs EKS", "SQSとSNSの違い"): a comparison, no one thing's name. */
export const COMPARISON_TITLE = /(?:^|[^a-z])(?:vs\.?|versus)(?:[^a-z]|$)|の違い|との比較|の比較/i;

/**
 * Schwartz & Hearst (2003): the shortest end of `text` whose letters spell the abbreviation in
 * order, the first letter starting a word. "Security token service" for STS; undefined if none.
 */

export function longFormOf(abbreviation: string, text: string): string | undefined {
  const sf = abbreviation.toLowerCase();
  const lf = text.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  while (s >= 0) {
    const c = sf[s]!;
    if (!/[a-z0-9]/.test(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (lf[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(lf[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = lf.lastIndexOf(" ", l) + 1;
  const long = text.slice(start).trim();
  const words = long.split(/\s+/).length;
  if (words > Math.min(sf.length + 5, sf.length * 2) || long.length <= abbreviation.length) return undefined;
  // (Two things set against each other spell no one name: "Standard vs FIFO Queues" is no SQS.)
  if (COMPARISON_TITLE.test(long)) return undefined;
  // (A first word that only lengthens the abbreviation spells no long form of it: "HTTPS content",
  // "HTTPS and TCP", "HTTPS endpoints" are no "HTTP" — unless the long form's capitals are the
  // abbreviation's letters: "SHapley Additive exPlanations" is SHAP.)
  const letters = sf.replace(/[^a-z0-9]/g, "");
  const first = long.split(/\s+/)[0]!.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (first.length > letters.length && first.startsWith(letters) && long.replace(/[^A-Z0-9]/g, "").toLowerCase() !== letters) return undefined;
  // (Nor words that open with the abbreviation itself: "NAT gateways and the data processed" finds
  // N, A and T again in "and" and "the", and spells out nothing.)
  if (first === letters && long.split(/\s+/).length > 1) return undefined;
  // (One word shortened keeps its consonants — MSG for message, CFG for configuration, PKG for
  // package —; a vowel past the first letter is some other words' initial: "compute (CPU)" is no
  // abbreviation of compute.)
  if (letters.length >= 3 && !/[\s-]/.test(long) && /[aeiou]/.test(letters.slice(1))) return undefined;
  return long;
}

/**
 * A name beside the words its letters stand for, after a colon or a dash: "ALB: Application Load
 * Balancer", "CLB:Classic Load Balancer", "Recovery Point Objective - RPO". One thing, as
 * "ALB (Application Load Balancer)" is: returned in that form, the name written first first,
 * for the brackets' reading.
 * (Not a label before a title, "Step 3: Deploy", nor a thing and its part, "S3 - Lifecycle".)
 */
export function spelledOutName(lex: Lexicon, text: string): string | undefined {
  const m = /^([^:：]+?)\s*[:：]\s*([^:：]+)$/.exec(text) ?? (/\s[-–—]|[-–—]\s/.test(text) ? /^(.+?)\s*[-–—]\s*(.+)$/.exec(text) : null);
  if (!m) return undefined;
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  // (Its letters the first letters of the words, small words counted or not — "Point in time
  // recovery" is PITR, "Recovery Point Objective" RPO —, or its capitals alone: IdP, Identity
  // Provider. Not letters found anywhere: "FTP with TLS" is no FTPS.)
  const spells = (abbreviation: string, long: string) => {
    if (!isAbbreviation(abbreviation) || longFormOf(abbreviation, long) !== long) return false;
    const words = long.split(/[\s-]+/).filter(Boolean);
    const initials = [words, words.filter((w) => !lex.functionWords.has(w.toLowerCase()))].map((ws) => ws.map((w) => w[0]!.toLowerCase()).join(""));
    return [abbreviation.toLowerCase(), abbreviation.replace(/[^A-Z0-9]/g, "").toLowerCase()].some((letters) => initials.includes(letters));
  };
  return spells(a, b) || spells(b, a) ? `${a} (${b})` : undefined;
}

/**
 * A label of two names the vocabulary knows on their own, joined by a slash, that are no one
 * name of it ("VPN/Direct Connect", "Lambda@Edge / CloudFront Functions"; not "SSL/TLS"): the two sides.
 */
export function slashedKnownNames(lex: Lexicon, text: string): [string, string] | undefined {
  const sides = text.split(/\s*[/／]\s*/);
  if (sides.length !== 2 || lookupEntity(lex, text.trim(), false)) return undefined;
  const known = (side: string) => {
    const e = lookupEntity(lex, side.replace(/\s*[(（][^()（）]*[)）]$/, "").trim(), false)?.entity;
    return !!e && !e.ambiguous;
  };
  return sides.every((side) => side.trim() && known(side)) ? [sides[0]!.trim(), sides[1]!.trim()] : undefined;
}
