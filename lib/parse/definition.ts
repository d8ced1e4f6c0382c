// "term: definition" lines, the commonest shape of study notes (VPCピアリング:二つのVPCをつなげる).

export interface DefinitionParts {
  term: string;
  definition: string;
  /** Offset of the definition within the text. */
  definitionStart: number;
}

const MAX_TERM = 48;

/** Kana that only join nouns (オンプレとの連携, 明示的な拒否); any other kana makes a clause. */
const JOINING_KANA = new Set(["の", "と", "との", "や", "な", "その", "および", "における", "について"]);
export function onlyJoiningKana(text: string): boolean {
  return (text.normalize("NFKC").match(/[\u3041-\u309f]+/g) ?? []).every((run) => JOINING_KANA.has(run));
}

/** A term is a short noun phrase: no sentence end, no list comma, not a URL scheme or a time. */
export function isTermLike(term: string): boolean {
  const t = term.trim();
  if (!t || t.length > MAX_TERM) return false;
  if (/[。．！？!?、，]/.test(t)) return false;
  if (/,\s/.test(t)) return false;
  if (/^(https?|ftp|mailto|file)$/i.test(t)) return false;
  // An equals sign between words sets two things equal, a mapping or a sum ("22 = SSH", "TTL =
  // Time To Live", "1 GB = 1024 MB"): what stands on either side may be a name; the whole is none.
  if (/\s==?\s|＝/.test(t)) return false;
  if (/^\d+$/.test(t)) return false;
  // (A share opening on its percentage is an amount too: "20% On-Demand above base", "99.99% SLA".)
  if (/^\d+(?:\.\d+)?\s*%/.test(t)) return false;
  if (countOfThings(t)) return false;
  if (/[はがをにでへ]$/.test(t)) return false;
  // (Counting words, not the dashes and slashes between them: "AWS Key Management Service / SSE - KMS".)
  if (t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > 7) return false;
  return true;
}

/**
 * A number of things, in English: a count or a size and what is counted ("5 JS files", "3 main
 * targets", "0 or 1 Public IP", "500GB volume", "1 GB of storage per region"). It says how many,
 * and names nothing. (Not a status code with its reason, "401 Unauthorized"; nor a numbered title,
 * "03 Secure Architectures"; nor a compound joined by a hyphen, "3-Tier", "2-way".)
 */
function countOfThings(t: string): boolean {
  const m = /^((?:[1-9]\d*|0)(?:[.,]\d+)?)(\s*(?:k|kb|mb|gb|tb|pb|kib|mib|gib|tib|gbps|mbps|kbps|ms|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\b)?(\s+(?:or|to)\s+\d+)?\s+([A-Za-z].*)$/i.exec(t);
  if (!m || /[^\x00-\x7f]/.test(m[4]!)) return false;
  if (/^[1-5]\d\d\s+[A-Z]/.test(t)) return false;
  // (Nor a set named by its count and its letter: "the 6 R's of migration", "7 Rs", "3 Vs of big data".)
  if (/^[A-Z](?:'?s)?\b/.test(m[4]!)) return false;
  // A size or a time, one thing, a range or a rate: "500GB volume", "30 min before", "1 HTML
  // file", "0 or 1 Public IP", "20 GSI max per table"; else things counted in the plural, "3 CSS
  // files", "10 Complex Scenarios Covered".
  // (A count before a singular word qualifies a name: "3 Tier Architecture" is a three-tier one.)
  const words = m[4]!.split(/\s+/);
  return !!m[2] || !!m[3] || /^[01]$/.test(m[1]!) || words.includes("per") || words.some((w) => /^[A-Za-z]+[^sSuUiI']s$/.test(w));
}

/** Splits "term: definition" (ASCII or full-width colon, also " - " and " — " in English notes). */
/**
 * A bracket or a quote the term opens and does not close: the colon sits inside it ("汎用 SSD
 * (General Purpose SSD : gp2) は…", the setting 「Amazon Q: Share Content」).
 */
function openBracket(term: string): boolean {
  const count = (re: RegExp) => term.match(re)?.length ?? 0;
  return count(/[(（]/g) > count(/[)）]/g) || count(/「/g) > count(/」/g) || count(/『/g) > count(/』/g) || count(/"/g) % 2 === 1;
}

/** A key in double quotes before its colon is JSON's ('"AWS": "arn:aws:iam::…"'): code, not a term. */
function jsonKey(term: string): boolean {
  return /^"[^"]*"$/.test(term.trim());
}

/** A colon between two digits joins numbers (a ratio, "１：１"; a time, "10:30"): it ends no term. */
export function joinsNumbers(text: string, colon: number): boolean {
  return /[0-9０-９]/.test(text[colon - 1] ?? "") && /[0-9０-９]/.test(text[colon + 1] ?? "");
}

/**
 * A colon inside a name as programs write them: in a word that opens in lower case, straight before
 * more of it ("ec2:Vpc", "aws:PrincipalOrgID", "s3:GetObject", "arn:aws:iam::1234:user/*",
 * "client:port"): an IAM condition key or action, an ARN, a field; no term ends there ("ec2:Vpc:
 * restricts…" ends at the second); in a template's variable too, "${aws:username}".
 */
function joinsIdentifier(text: string, colon: number, wordStart: number): boolean {
  let first = wordStart;
  while (text[first] === "$" || text[first] === "{" || text[first] === "%") first++;
  return text[colon] === ":" && /[A-Za-z0-9*:_]/.test(text[colon + 1] ?? "") && /[A-Za-z0-9*:_-]/.test(text[colon - 1] ?? "") && /[a-z]/.test(text[first] ?? "");
}

/**
 * A colon that ends no term where it stands: inside an identifier (joinsIdentifier), or straight
 * before a slash, in an address or a path ("s3://bucket/key", "fs-12345678:/ /mnt/efs").
 */
export function colonInsideName(text: string, colon: number, wordStart: number): boolean {
  return joinsIdentifier(text, colon, wordStart) || (text[colon] === ":" && text[colon + 1] === "/");
}

/** What a word starts after: a space, a bracket or a quote. */
const WORD_BOUNDARY = /[\s(`'"「（]/;

/** Where the colon that ends a term stands (-1 if none): the first one, passing over colons inside identifiers. */
function termColon(text: string): number {
  const colons = /[:：]/g;
  // (Where the word holding each colon starts, found in one pass over the line: a line of many
  // colons, "a:b:c:…", costs no more than its length.)
  let wordStart = 0;
  let scanned = 0;
  for (let m = colons.exec(text); m; m = colons.exec(text)) {
    for (; scanned < m.index; scanned++) if (WORD_BOUNDARY.test(text[scanned]!)) wordStart = scanned + 1;
    if (m.index > 0 && !colonInsideName(text, m.index, wordStart)) return m.index;
  }
  return -1;
}

export function splitDefinition(text: string): DefinitionParts | undefined {
  const colon = termColon(text);
  if (colon > 0) {
    const term = text.slice(0, colon).trim();
    const start = colon + /^[:：]\s*/.exec(text.slice(colon))![0].length;
    // (A label before a spaced dash that comes first, whose words up to the colon make no name,
    // is the term: "Detective Guardrails - using AWS Config - EG: identify untagged resources".)
    const dashFirst = /^([^\s].{0,46}?)\s+[-–—]\s+/.exec(term);
    const dashed = !!dashFirst && isTermLike(dashFirst[1]!) && looksLikeName(dashFirst[1]!) && !looksLikeName(term);
    if (term && !dashed && isTermLike(term) && !openBracket(term) && !jsonKey(term) && !/^\d{1,2}$/.test(term) && !/^\/\//.test(text.slice(start)) && !joinsNumbers(text, colon)) {
      const definition = text.slice(start);
      if (definition.trim()) return { term, definition, definitionStart: start };
    }
  }
  const dash = /^([^\s].{0,46}?)\s+[-–—]\s+/.exec(text);
  if (dash && dash[1] && isTermLike(dash[1]) && !openBracket(dash[1])) {
    const definition = text.slice(dash[0].length);
    if (definition.trim()) return { term: dash[1].trim(), definition, definitionStart: dash[0].length };
  }
  return undefined;
}

/** Words that make an English phrase a clause, not a name ("It is…", "If your application has:"). */
const CLAUSE_WORDS = new Set(
  ("is are was were be been being am can cannot can't could will won't would should must may might do does did don't doesn't " +
    "has have had it its it's you your yours we our they their them i my me he she his her this these those there here if when " +
    "whenever then which who whom whose what why how where click please let's lets also not no only just very always never " +
    "typically usually often simply even still " +
    // (Contractions say something too: "Manual running isn't automatic".)
    "isn't aren't wasn't weren't hasn't haven't didn't shouldn't couldn't wouldn't mustn't " +
    // (…and Hindi written in Latin letters, as many learners' notes mix it with English: its
    // copulas, auxiliaries and question words make "Security Group check karta hai", "Route Table ko
    // kaun check karta hai" clauses, not names.)
    "hai hain tha thi hota hoti hote karta karti karte raha rahi rahe sakta sakti sakte deta deti dete kya kaise kyu kyun kaun kaunsa").split(" "),
);
/** English verbs in -s that open or carry a clause ("provides always-on detection"). */
const CLAUSE_VERBS = new Set(
  ("provides allows enables supports makes helps uses requires includes contains creates stores sends runs gives takes offers " +
    "means needs works comes returns keeps prevents protects ensures manages handles applies completes becomes shows checks moves " +
    "copies replicates encrypts delivers triggers invokes connects writes reads acts lives sits goes gets sets puts").split(" "),
);

/** Words in -ly that are no adverbs: adjectives of time and nouns ("Daily Cost Trend", "Supply chain"). */
const LY_NOT_ADVERB = new Set("daily weekly monthly yearly hourly quarterly nightly early only family supply reply assembly anomaly monopoly rally ally italy july butterfly friendly lonely likely elderly silly holy ugly curly bully belly jelly lily".split(" "));

/**
 * An adverb and what is done, two words: "Fully Managed", "Automatically Scales", in capitals in a
 * sentence, say how a thing is, of something named elsewhere; no name. (A label the notes define
 * or list still is one: "Vertically scaled: more compute power…" against "Horizontally scaled: …";
 * "Types: Mandatory, Strongly Recommended, Elective". "Highly Available" and "Eventually
 * Consistent", an adverb and an adjective, may name a model.)
 */
export function adverbAndVerb(text: string): boolean {
  const m = /^([A-Za-z]{3,}ly)\s+([A-Za-z]+)$/.exec(text.trim());
  return !!m && !LY_NOT_ADVERB.has(m[1]!.toLowerCase()) && /^[a-z]{2,}(?:ed|[^s'u]s)$/i.test(m[2]!);
}

/**
 * Does the text read as a name (a heading's subject, a list item that heads others, a title), not
 * as a clause? Japanese: only joining kana (の, と, な…). English: at most seven words, none that
 * make a clause (pronouns, auxiliaries, question words, verbs in -s), no sentence punctuation.
 */
export function looksLikeName(text: string): boolean {
  const t = text.normalize("NFKC").trim();
  if (!t || t.length > 80) return false;
  if (/[。．！？!?]/.test(t) || /[:：]$/.test(t) || /\.\s|\.$/.test(t)) return false;
  // An address is where a page is, not the name of a thing.
  if (/\b(?:https?|ftp):\/\/|^www\./i.test(t)) return false;
  if (/[\u3040-\u30ff\u3400-\u9fff]/.test(t)) return onlyJoiningKana(t) && t.length <= 40;
  const words = t.split(/\s+/);
  if (words.length > 7) return false;
  // A name does not end on a preposition or a conjunction ("User authentication through").
  if (/\s(?:through|with|for|to|of|in|on|by|from|and|or|at|into|via|across)$/i.test(t)) return false;
  // An infinitive ("Easier to maintain and deploy") or a verb in -s inside ("Pipe receives events") makes a clause.
  if (/\sto\s+[a-z]/.test(t)) return false;
  if (words.slice(1, -1).some((w) => /^[a-z]{3,}s$/.test(w) && !/(?:ss|us|is|ics|ous)$/.test(w))) return false;
  // A participle and what it is done with, after the first word ("Kinesis designed for huge scale
  // ingestion", "Centrally managed from the management account"), says something of a thing: a
  // clause, not a name ("Customer managed keys" qualifies keys).
  if (/\S\s+[a-z]{2,}ed\s+(?:for|to|by|with|from|into|onto|on|at|in|via|across|through|as)\s+\S/.test(t)) return false;
  // So does a plural and a verb before where or how ("Hosts run in a single AZ", "Replicas live in
  // another region"): a subject and its verb ("Lambda in a VPC", whose second word is a preposition, names).
  if (/^[A-Za-z][\w-]*[a-rt-z]s\s+[a-z]*[a-rt-z]\s+(?:in|on|at|into|to|from|across|within|inside|over|under|through|with|behind)\s+(?:a|an|the|one|each|every|all|any|its|their|your|another|other|multiple|many)\b/.test(t)) return false;
  // An instruction ("Specify a bucket", "Create an IAM role") is a clause, not a name.
  if (/^[A-Za-z]+\s+(?:a|an|the|your|this|that|these|those|each|every|all|some|any|it|them)\b/i.test(t)) return false;
  return !words.some((w) => {
    const lower = w.toLowerCase().replace(/’/g, "'").replace(/[^a-z']/g, "");
    return CLAUSE_WORDS.has(lower) || (w === lower && CLAUSE_VERBS.has(lower));
  });
}
