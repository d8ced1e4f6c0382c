// What a heading says about its section: that it is about a thing ("Amazon SQS とは" → SQS), an
// aspect of what encloses it ("Overview", "概要", "Use Cases": generic, never a node), a
// comparison of two things ("SQS vs SNS"), a list of questions, or a document's title.

import { isTermLike, looksLikeName, onlyJoiningKana } from "../parse/definition";
import { nameKey, nfkc, withoutFinalStop } from "../text/normalize";
import { lookupEntity, type Lexicon } from "../vocab/lexicon";
import { comparedSides, kindsComparedAfterDash, sharedHead } from "./definitions";
import { escapeRegExp } from "../text/escape-regexp";
import { remembered } from "../text/bounded-memo";

export type HeadingMeaning =
  | { kind: "named"; name: string }
  | { kind: "generic" }
  /** `joined`: only "and" or "と" sets the two side by side, no word of comparing ("Monitoring and Logging"). */
  | { kind: "compared"; sides: [string, string]; joined?: true }
  | { kind: "questions" }
  /**
   * Working with another thing ("Lake Formation との連携", "Integration with EventBridge"): a
   * section of what encloses it; `named`, the heading read as a name, for a heading that encloses
   * nothing to work with ("## オンプレとの連携" at the top of notes heads a chapter).
   */
  | { kind: "joined"; partners: string[]; named: HeadingMeaning }
  /**
   * What encloses it set against another thing ("Contrast with SNS" under EventBridge,
   * "CloudFormationとの違い" under CDK, "Difference from Reserved Instances"): a section of what
   * encloses it that compares it with `other`.
   */
  | { kind: "comparedWith"; other: string }
  /** A heading that is a sentence or a clause ("Next step is to click on Credentials"). */
  | { kind: "clause" };

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

interface HeadingCues {
  generic: Set<string>;
  howTo: RegExp | undefined;
  sequence: RegExp | undefined;
  prefix: RegExp | undefined;
  suffixJa: RegExp | undefined;
  suffixEn: RegExp | undefined;
  joined: RegExp | undefined;
  /** A name, then a word of joining only a known name takes ("S3 Integration"). */
  joinedAfterName: RegExp | undefined;
  partsEn: RegExp | undefined;
  partsJa: RegExp | undefined;
  kinds: RegExp | undefined;
  /** headingFacets.overview, as a heading's opening or ending. */
  overview: RegExp | undefined;
  /** headingFacets.overview in lower case, as a heading alone. */
  overviewWords: Set<string>;
  /** cues.documentHeadings in lower case, longest first. */
  documentWords: string[];
  /** Verdicts on an answer (cues.answerLabels, cues.falseLabels) in lower case: 正解, Wrong. */
  verdicts: Set<string>;
  /** The vocabulary's vendors (its domains' anchors) in lower case: aws, amazon. */
  anchors: Set<string>;
}

const compiled = new WeakMap<Lexicon, HeadingCues>();

function cuesOf(lex: Lexicon): HeadingCues {
  let c = compiled.get(lex);
  if (!c) {
    const cues = lex.vocab.cues;
    const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => escapeRegExp(nfkc(x)));
    const ja = cues.headingFacets.suffixes.filter((x) => CJK.test(x));
    const en = cues.headingFacets.suffixes.filter((x) => !CJK.test(x));
    const bareJa = ja.filter((x) => x.startsWith("の") && x.length > 2).map((x) => x.slice(1));
    const howTo = [
      ...cues.howToHeadings.prefixes.map((x) => `^${escapeRegExp(nfkc(x))}(?:\\s|$)`),
      // (A Japanese tail may follow any word: 導入方法, 実装例; an English one follows a space.)
      ...cues.howToHeadings.suffixes.map((x) => (CJK.test(x) ? `${escapeRegExp(nfkc(x))}$` : `\\s${escapeRegExp(nfkc(x))}$`)),
    ];
    // A word and a number ("Step 2", "ステップ1", "Part II"), or 第, a number and a counter
    // ("第 1 分野", "第3章"); alone, or before a title after a colon or a dash ("Step 2 – Enable
    // DNSSEC signing"), or before a Japanese title ("Domain 1 集中強化"). (Not before a plain space
    // and English: "Day 2 operations" names a thing.)
    // (A circled number is read as one in brackets: "パターン②" is "パターン(2)", parse/normalize.)
    // (A letter too, after a space, as a question's choices are named: "Option C", "選択肢 A" —
    // not "QA", nor "Phased" read as "Phase" and "d".)
    const number = "(?:\\d+(?:\\.\\d+)*|\\(\\d+\\)|[一二三四五六七八九十]+|[IVX]{1,4}|(?<=\\s)[A-F](?![A-Za-z]))";
    const words = byLength(cues.sequenceLabels);
    // (Or a range of them: "Day 22-23", "Week 1–2", "ステップ 3〜4".)
    const numbers = `${number}(?:\\s*[-–〜~]\\s*\\d+)?`;
    // (Or before a remark in brackets, a question's number in a set, "Q31 [ID=1721]", "Step 2 (optional)".)
    const sequence = words.length ? new RegExp(`^(?:(?:${words.join("|")})\\s*${numbers}|第\\s*${number}\\s*(?:${words.join("|")}))(?:$|\\s*[:：.．)）]|\\s+[-–—]|\\s+(?=[\\u3040-\\u30ff\\u3400-\\u9fff])|\\s*(?=[[(（【]))`, "i") : undefined;
    // (The thing joined is read from the group: before a Japanese tail, after an English opening.)
    const joinedJa = cues.joinedHeadings.suffixes.length ? `^(.+?)\\s*(?:${byLength(cues.joinedHeadings.suffixes).join("|")})$` : "";
    const joinedEn = cues.joinedHeadings.prefixes.length ? `^(?:${byLength(cues.joinedHeadings.prefixes).join("|")})\\s+(.+)$` : "";
    const joined = [joinedJa, joinedEn].filter(Boolean);
    const parts = cues.partsHeadings.map((x) => nfkc(x).toLowerCase());
    const partsEn = byLength(parts.filter((x) => !CJK.test(x)));
    const partsJa = byLength(parts.filter((x) => CJK.test(x)));
    const kindsEn = byLength(cues.kindsHeadings.filter((x) => !CJK.test(x)).map((x) => x.toLowerCase()));
    const kindsJa = byLength(cues.kindsHeadings.filter((x) => CJK.test(x)));
    // (English: the heading's last word, or the word before "of": "Workflow Types", "Types of
    // Queues"; Japanese: the heading's end, "キューの種類".)
    const kinds = [...(kindsEn.length ? [`(?:^|\\s)(?:${kindsEn.join("|")})(?:\\s+of\\b|$)`] : []), ...(kindsJa.length ? [`(?:${kindsJa.join("|")})$`] : [])];
    const overviewEn = byLength(cues.headingFacets.overview.filter((x) => !CJK.test(x)));
    const overviewJa = byLength(cues.headingFacets.overview.filter((x) => CJK.test(x)));
    // (English words at either end of the heading, as words; Japanese at its end after anything: "Node.jsとは？".)
    const overview = [...(overviewEn.length ? [`^(?:${overviewEn.join("|")})(?:\\s|$)`, `(?:^|\\s)(?:${overviewEn.join("|")})\\s*[?？]?$`] : []), ...(overviewJa.length ? [`(?:${overviewJa.join("|")})\\s*[?？]?$`] : [])];
    c = {
      kinds: kinds.length ? new RegExp(kinds.join("|"), "i") : undefined,
      overview: overview.length ? new RegExp(overview.join("|"), "i") : undefined,
      overviewWords: new Set(cues.headingFacets.overview.map((w) => nfkc(w).toLowerCase())),
      documentWords: cues.documentHeadings.map((w) => nfkc(w).toLowerCase()).sort((a, b) => b.length - a.length),
      // (English words anywhere as words, "Intelligence & Features", "ENI Characteristics";
      // Japanese at the end, "S3の特徴", "主な特徴".)
      partsEn: partsEn.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${partsEn.join("|")})(?![\\p{L}\\p{N}])`, "u") : undefined,
      partsJa: partsJa.length ? new RegExp(`(?:^|の|な|・|\\s)(?:${partsJa.join("|")})$`, "u") : undefined,
      joined: joined.length ? new RegExp(joined.join("|"), "i") : undefined,
      joinedAfterName: cues.joinedHeadings.nameSuffixes.length ? new RegExp(`^(.+?)\\s+(?:${byLength(cues.joinedHeadings.nameSuffixes).join("|")})$`, "i") : undefined,
      sequence,
      generic: new Set(cues.sectionHeadings.map((h) => genericKey(nfkc(h)))),
      verdicts: new Set([...cues.answerLabels, ...cues.falseLabels].map((w) => nfkc(w).toLowerCase())),
      anchors: new Set(lex.vocab.domains.flatMap((d) => d.anchors.map((a) => nfkc(a).toLowerCase()))),
      howTo: howTo.length ? new RegExp(howTo.join("|"), "i") : undefined,
      prefix: cues.headingFacets.prefixes.length ? new RegExp(`^(?:${byLength(cues.headingFacets.prefixes).join("|")})\\s+`, "i") : undefined,
      // (After a name in Latin letters the の is often left out: "CloudTrail ベストプラクティス",
      // "Redshiftメリット", "S3 制限", "Prettier設定".)
      suffixJa: ja.length ? new RegExp(`\\s*(?:${byLength(ja).join("|")})\\s*[?？]?$${bareJa.length ? `|(?<=[A-Za-z0-9)）])\\s*(?:${byLength(bareJa).join("|")})\\s*[?？]?$` : ""}`) : undefined,
      suffixEn: en.length ? new RegExp(`\\s+(?:${byLength(en).join("|")})$`, "i") : undefined,
    };
    compiled.set(lex, c);
  }
  return c;
}

function isQuestionHeading(lex: Lexicon, text: string): boolean {
  const t = nfkc(text).toLowerCase();
  return lex.vocab.cues.questionHeadings.some((q) => {
    const cue = q.toLowerCase();
    // English cues are whole words ("todo", not "to do" inside "Todoist"). A Japanese one is no
    // list of questions where a particle makes it what a verb acts on: "AWS アカウントの秘密の
    // 質問を設定する" sets up a security question.
    if (CJK.test(cue)) return new RegExp(`${escapeRegExp(cue)}(?![をがにへ])`).test(t);
    // (Nor a word of a file's name: "Added to PRACTICE-QUESTIONS.md:" heads what was added to it.)
    return new RegExp(`(?:^|[^a-z0-9_./-])${escapeRegExp(cue)}(?![a-z0-9_-]|\\.[a-z])`).test(t);
  });
}

/** A place in a sequence ("Step 2", "フェーズ1", "第 1 分野", "Step 3: Deploy"), not a thing. */
export function isSequenceLabel(lex: Lexicon, text: string): boolean {
  return cuesOf(lex).sequence?.test(nfkc(text).trim()) ?? false;
}

/** A heading of a facet alone whose section says what its thing is (headingFacets.overview): "Overview", "Short description", "概要". */
export function isOverviewHeading(lex: Lexicon, heading: string): boolean {
  return cuesOf(lex).overviewWords.has(nfkc(heading).trim().replace(/[\s:：]*$/, "").toLowerCase());
}

/**
 * The heading names a facet of its thing other than what it is: "Access Keys Best Practices",
 * "Data Transfer Pricing", "Benefits of APT", "Using EC2 Instance Connect", "Dockerイメージの削除",
 * "ACMのメリット" — not "Amazon SQS とは", "Overview of S3", nor a name alone or with an
 * abbreviation in brackets, "Cross-Region Replication (CRR)".
 */
export function namesOtherFacet(lex: Lexicon, heading: string): boolean {
  const c = cuesOf(lex);
  const h = nfkc(heading).trim().replace(/[\s:：]*$/, "");
  if (c.overview?.test(h)) return false;
  const bare = h.replace(/\s*[(（][^()（）]*[)）]$/, "").trim();
  const bracket = /[(（]\s*([^()（）]+?)\s*[)）]$/.exec(h)?.[1] ?? "";
  const of = /^(.+?)\s+(?:for|of|on|about)\s+(.+)$/i.exec(bare);
  return !!(c.prefix?.test(bare) || c.suffixJa?.test(bare) || c.suffixEn?.test(bare) || (of && genericWord(c, of[1]!)) || (bracket && (c.suffixJa?.test(bracket) || c.suffixEn?.test(` ${bracket}`))));
}

/** A heading over a thing's kinds (cues.kindsHeadings: "Workflow Types", "Types of Queues", "Throughput Modes", "キューの種類"). */
export function isKindsHeading(lex: Lexicon, heading: string): boolean {
  const h = nfkc(heading).trim().replace(/[\s:：]*$/, "").replace(/\s*[(（][^()（）]*[)）]$/, "").trim();
  return cuesOf(lex).kinds?.test(h) ?? false;
}

/**
 * A heading over a thing's parts, features or workings (cues.partsHeadings: "Key Features",
 * "Components of a Lambda Application", "How it Works (SR-IOV)", "Redshift の特徴"): what is
 * defined one after another under it is the thing's parts or aspects, no alternatives to each other.
 */
export function isPartsHeading(lex: Lexicon, heading: string): boolean {
  const c = cuesOf(lex);
  const h = nfkc(heading).toLowerCase().replace(/[\s:：]*$/, "").replace(/\s*[(（][^()（）]*[)）]$/, "").trim();
  return !!(c.partsEn?.test(h) || c.partsJa?.test(h));
}

/**
 * Words of degree that qualify a section's word rather than name anything: "Key Concepts",
 * "Common Mistakes", "Additional Resources", "S3 Advanced Features" (S3's advanced features).
 */
// (And words of a sample's kind: "Real Example", "Practical Examples", "Quick Tips", "Simple Example".)
const DEGREE = "main|key|important|notable|high-level|high level|good|bad|other|more|some|ultimate|final|overall|critical|moderate|major|minor|common|additional|further|advanced|real|real-world|real world|practical|concrete|simple|quick|typical";
const DEGREE_FIRST = new RegExp(`^(?:the|${DEGREE}|主な|その他の|重要な|基本)\\s*`);
/** One English word of an adjective's ending: "Architectural", "Technical", "Operational", "Additive". */
const ADJECTIVE_ALONE = /^[A-Za-z]+(?:al|ic|ive|ous|ful|less)$/;
const DEGREE_ALONE = /^(?:core|key|main|basic|important|general|other|advanced|additional|主な|重要な|基本)$/i;
// (Only words that are adjectives alone: "key" and "general" name things too, "KMS Key", "General Purpose".)
const DEGREE_LAST = /^(.*[\p{L}\p{N}])\s+(?:main|core|basic|important|essential|other|additional|extra|further|advanced|common)$/iu;

/** Generic after its facet words are taken off too: "Key Concepts", "主な特徴". */
function genericWord(c: HeadingCues, text: string): boolean {
  // (Asked, too: "なぜ正解か？", "Why?".)
  const t = genericKey(text.replace(/[?？]+$/, ""));
  // (After a word of degree too: "Critical Weak Areas", "Common Mistakes", "Additional Resources".)
  if (!t || c.generic.has(t) || c.generic.has(t.replace(DEGREE_FIRST, ""))) return true;
  // (Such words joined, each one of them: "注意点・ベストプラクティス", "気づき・メモ", "Overview & Use Cases".)
  // (Joined by a mark or a word of joining, not by a space: "General Purpose" is one name.)
  const pieces = text.split(/\s*(?:[・/&、,]|\s(?:and|or)\s|(?<=[\p{Script=Katakana}\p{Script=Han}ー])[とや](?=[\p{Script=Katakana}\p{Script=Han}]))\s*/iu).map(genericKey).filter(Boolean);
  return pieces.length > 1 && pieces.every((p) => c.generic.has(p) || c.generic.has(p.replace(DEGREE_FIRST, "")));
}

/** A heading word as the generic words are kept: lower case, words joined by ・ / & as by a space. */
function genericKey(text: string): string {
  return text.toLowerCase().replace(/[\s・/&]+/g, " ").trim();
}

const analogyCues = new WeakMap<Lexicon, { ja: string[]; en: Set<string> }>();
/** Words that may stand before "analogy" in a heading over one: "Real-Life Analogy", "My Simple Analogy". */
const ANALOGY_QUALIFIER = new RegExp(`^(?:${DEGREE}|the|a|an|my|our|life|real-life|world|realistic|visual|everyday|easy|fun|super|clear)$`, "i");

/**
 * A heading over an analogy (cues.analogyHeadings): "🏠 Real-World Analogy", "6. Analogy",
 * "Why are they different? (The "Cooking" Analogy)", "Analogy for VPC Peering", "オフィスビルで例える".
 * (Not a thing named with the word: "Word analogies" in notes on embeddings.)
 */
export function isAnalogyHeading(lex: Lexicon, heading: string): boolean {
  let cues = analogyCues.get(lex);
  if (!cues) {
    const words = lex.vocab.cues.analogyHeadings.map((w) => nfkc(w).toLowerCase());
    analogyCues.set(lex, (cues = { ja: words.filter((w) => CJK.test(w)), en: new Set(words.filter((w) => !CJK.test(w))) }));
  }
  const text = nfkc(heading);
  if (cues.ja.some((w) => text.includes(w))) return true;
  if (!cues.en.size) return false;
  // The words outside brackets, and those in each bracket, each read alone; a quoted word is the analogy's subject.
  const parts = [text.replace(/[(（][^()（）]*[)）]/g, " "), ...[...text.matchAll(/[(（]([^()（）]*)[)）]/g)].map((m) => m[1]!)];
  return parts.some((part) => {
    const words = part.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, " ").toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w && !/^\d+$/.test(w));
    const at = words.findIndex((w) => cues.en.has(w));
    if (at < 0 || !words.slice(0, at).every((w) => ANALOGY_QUALIFIER.test(w))) return false;
    return at === words.length - 1 || /^(?:for|of|to|with|about)$/.test(words[at + 1]!);
  });
}

/** A word every article heads a section with ("Overview", "定義", "Further reading"): before a colon too, it labels what follows, and names nothing. */
export function isGenericLabel(lex: Lexicon, text: string): boolean {
  return genericWord(cuesOf(lex), nfkc(text).trim());
}

/**
 * The meaning of a heading's text (already cleaned of emoji and numbering by the parser).
 * `depth` 1 headings that name a document ("AWS SAA-C02 Study Guide") are generic too.
 */
export function readHeading(lex: Lexicon, heading: string, depth = 2): HeadingMeaning {
  let byText = meanings.get(lex);
  if (!byText) meanings.set(lex, (byText = new Map()));
  // (Every build reads the notes' titles, link texts and file names as headings again.)
  return remembered(byText, `${depth}\u0000${heading}`, 50_000, () => Object.freeze(readHeadingNow(lex, heading, depth)));
}

/**
 * A choice's heading without the verdict on it, or undefined if it bears none: "A. Spot
 * Instances（正解）" (in brackets), "B. Amazon Cognito — ❌ Incorrect", "Cognito for both —
 * Partially incorrect", "A. Aurora Global Database — ✅ Correct" (after a spaced dash).
 */
function withoutVerdict(c: HeadingCues, text: string): string | undefined {
  const bracketed = /^(.*\S)\s*[(（]\s*([^()（）]+?)\s*[)）]$/.exec(text);
  if (bracketed && c.verdicts.has(bracketed[2]!.toLowerCase())) return bracketed[1]!;
  const dashed = /^(.*\S)\s+[-–—]\s+[\p{Extended_Pictographic}\uFE0F\u200D\s]*(?:(?:partially|partly|mostly)\s+)?([^-–—]+?)\s*$/iu.exec(text);
  if (dashed && c.verdicts.has(dashed[2]!.toLowerCase())) return dashed[1]!;
  return undefined;
}

/** Does the heading give one choice of a question with its verdict? Its thing is then no part of the section above it (a set of answers). */
export function isChoiceHeading(lex: Lexicon, heading: string): boolean {
  return withoutVerdict(cuesOf(lex), nfkc(heading).trim()) !== undefined;
}

/** Meanings by depth and text, by lexicon (frozen: one object serves every caller). */
const meanings = new WeakMap<Lexicon, Map<string, HeadingMeaning>>();

function readHeadingNow(lex: Lexicon, heading: string, depth: number): HeadingMeaning {
  const c = cuesOf(lex);
  let text = nfkc(heading).trim();
  // A verdict after a choice, in brackets or after a dash, says which answer was right: "A. Spot
  // Instances（正解）" heads the choice Spot Instances, and 正解 is no other name of it.
  text = withoutVerdict(c, text) ?? text;
  // (A verdict's label before a colon heads an answer, "## 正解: C", "## 自分の回答: B(7分)": a part
  // of the log of a question, no thing of its own.)
  const answerLabel = /^([^:：]{1,24}?)\s*[:：]/.exec(text)?.[1];
  if (answerLabel && c.verdicts.has(answerLabel.toLowerCase())) return { kind: "generic" };
  // (An analogy is a way of telling what encloses it, no thing of its own: "Real-World Analogy".)
  if (isAnalogyHeading(lex, text)) return { kind: "generic" };
  // (A remark in brackets after a generic heading leaves it generic: "Example (Real-World)",
  // "Summary (Japanese)", "Overview (2023)".)
  if (genericWord(c, text) || genericWord(c, text.replace(/\s*[(（][^()（）]*[)）]$/, ""))) return { kind: "generic" };
  // One numbered question of a practice set ("Question 10", "Q3", "質問 2") heads its text, its
  // choices and its answer: a place in a sequence, not a list of questions to ask.
  if (c.sequence?.test(text)) return { kind: "generic" };
  // A set of practice questions ("Practice Questions", "Exam-Standard Questions", "練習問題") holds
  // questions with their choices, answers and explanations: only the lines that ask are questions.
  if (isQuestionHeading(lex, text) && !/[?？]$/.test(text.replace(/とは[?？]?$/, ""))) return isDocumentTitle(lex, text) ? { kind: "generic" } : { kind: "questions" };
  // (A section's word before a colon labels what follows, a comparison too: "Summary: SQS vs SNS",
  // "Exam PowerUP: Parameter Store vs. Secrets Manager" compare the two, not "Summary: SQS".)
  const label = /^([^:：]{1,24}?)\s*[:：]\s*(\S.*)$/.exec(text);
  if (label && genericWord(c, label[1]!.trim())) {
    const after = readHeadingNow(lex, label[2]!, depth);
    if (after.kind === "compared") return after;
  }
  // (A name whose subtitle compares kinds of it heads a section on it: "Security Groups — Stateful vs Stateless".)
  const compared = kindsComparedAfterDash(lex, text);
  if (compared) return readHeadingNow(lex, compared, depth);
  const pair = englishPair(text);
  const sides = comparedSides(lex, text.replace(/[?？]$/, "")) ?? (pair && sharedHead(lex, pair));
  if (sides) return { kind: "compared", sides };
  // "Contrast with SNS" under EventBridge, "CloudFormationとの違い" under CDK: what encloses it
  // against the thing named. (Against "other services", "既存サービス", "Previous Tests", no one
  // thing, it is a section of what encloses it.)
  const against = /^(?:contrast|comparison|compared|differences?|vs\.?|versus)\s+(?:(?:with|to|from|against)\s+)?(.+)$/i.exec(text)?.[1] ?? /^(.+?)との(?:違い|比較|差異|相違点?)$/.exec(text)?.[1];
  const other = against?.trim().replace(/^(?:the|an?)\s+/i, "");
  if (other && (genericWord(c, other) || /^(?:他|その他|ほか|既存|従来|other|previous|existing|prior|the rest)/i.test(other))) return { kind: "generic" };
  if (other && isTermLike(other) && looksLikeName(other) && other.split(/\s+/).length <= 6) return { kind: "comparedWith", other };
  // "Lake Formation との連携" under Glue: Glue's section on working with Lake Formation. (Not with
  // "other services" or the like: joined to nothing in particular, it is read as before.)
  const joined = c.joined?.exec(text);
  const partner = joined && (joined[1] ?? joined[2])?.trim();
  if (partner && !genericWord(c, partner) && !/^(?:他|その他|ほか|other)/i.test(partner) && isTermLike(partner) && looksLikeName(partner)) return { kind: "joined", partners: joinedNames(partner), named: readName(lex, c, text, depth) };
  // ("KMS Integration" under Parameter Store: the store's working with KMS; not "Continuous
  // Integration", "Application Integration", "Lambda Proxy Integration", which name things.)
  const named = c.joinedAfterName?.exec(text)?.[1]?.trim();
  if (named && lookupEntity(lex, named, false)) return { kind: "joined", partners: [named], named: readName(lex, c, text, depth) };
  return readName(lex, c, text, depth);
}

/** The things a joined heading names: "Microsoft Teams / Slack", "GitHub and GitLab" are two. */
function joinedNames(name: string): string[] {
  return name.split(/\s*[/／、,]\s*|\s+(?:and|&)\s+/i).map((n) => n.trim()).filter(Boolean);
}

/** A heading's text, its facet words taken off, as the name of a thing (or generic, or a clause). */
function readName(lex: Lexicon, c: HeadingCues, heading: string, depth: number): HeadingMeaning {
  let text = heading;
  // A way of doing something or an example of it: a section of what encloses it. (Numbered, with
  // a title after a colon too: "構成例 1:静的 Web サイト配信", "記述例2:属性値のチェック".)
  if (c.howTo && (c.howTo.test(text) || c.howTo.test(text.split(/[:：]/)[0]!.replace(/\s*(?:\d+|\(\d+\))\s*$/, "")))) return { kind: "generic" };
  if (c.sequence?.test(text)) return { kind: "generic" };
  // A section's word before a colon labels the title after it: "補足:ボイラープレートコード",
  // "参考:コスト比較(東京リージョンの場合)", "Appendix: Container roadmap".
  const labelled = /^([^:：]{1,16}?)\s*[:：]\s*(\S.*)$/.exec(text);
  if (labelled && genericWord(c, labelled[1]!.trim())) text = labelled[2]!.trim();
  // (Words before a colon and a name the vocabulary knows, "AWS Implementation: Route 53", label
  // what the section shows of the thing enclosing it: a section of that, no thing of their own.)
  else if (depth > 1 && isLabelBeforeKnownName(lex, text)) return { kind: "generic" };
  if (depth === 1 && isDocumentTitle(lex, text)) return { kind: "generic" };
  // (Deeper, a heading of document words only, "## 学習ノート", "## Study Notes", heads a part of
  // the document, not a thing the things under it are parts of.)
  if (depth > 1 && onlyDocumentWords(lex, text)) return { kind: "generic" };
  // A facet in brackets after the name says which part of it the section is: "Amazon CloudFront ( Cache Control 編 )".
  const bracketed = /^(.*\S)\s*[(（]\s*([^()（）]+?)\s*[)）]$/.exec(text);
  if (bracketed && ((c.suffixJa?.test(bracketed[2]!) ?? false) || (c.suffixEn?.test(` ${bracketed[2]!}`) ?? false))) text = bracketed[1]!;
  // Facets: "Amazon SQS とは", "SQSの特徴", "Overview of S3", "S3 Key Details", "What is IAM?".
  let facetOf = false;
  let facetAfter = false;
  for (let k = 0; k < 2; k++) {
    const before = text;
    if (c.prefix) text = text.replace(c.prefix, "");
    if (c.suffixJa) text = text.replace(c.suffixJa, "");
    if (c.suffixEn) {
      const whole = text;
      text = text.replace(c.suffixEn, "");
      if (text !== whole) facetAfter = true;
    }
    // A section word and what it is of: "Important Concepts for Spread Placement", "Benefits of
    // using a NAT Gateway" (the section's words are a facet, the rest names the thing).
    // (And the article a facet leaves: "a NAT Gateway" after "using"; not "A record", DNS's.)
    const of = /^(.+?)\s+(?:for|of|on|about)\s+(.+)$/i.exec(text);
    if (of && genericWord(c, of[1]!)) {
      text = of[2]!;
      facetOf = true;
    }
    if (facetOf) text = text.replace(/^(?:an?|the)\s+(?=[A-Z]\S*\s+\S)/, "");
    // (And what joined the facet to the name: "Risks / Limitations" is "Risks".)
    text = text.replace(/[?？]$/, "").replace(/\s*[/／&・、,-]+$/, "").trim();
    if (text === before) break;
  }
  if (genericWord(c, text)) return { kind: "generic" };
  // (As is a place in a sequence its facets leave: "Q88 の解説", "Step 2 overview".)
  if (text !== heading && c.sequence?.test(text)) return { kind: "generic" };
  // (A modifier its facets leave alone is generic too: "Core" of "Core Concepts & Features".)
  if (text !== heading && DEGREE_ALONE.test(text)) return { kind: "generic" };
  // (So is an adjective they leave, "Architectural Components", "Technical Features", or a word
  // over parts joined to them, "Architecture & Components" — no thing called Architectural; but
  // "Workflow Types" are the kinds of a workflow.)
  const partsWord = (t: string) => c.partsEn?.exec(t)?.[0] === t;
  const lower = text.toLowerCase();
  const joinedWord = /\s(?:&|and)\s|[/・]/.test(heading) && partsWord(lower);
  // (…or after a word of degree: "Key architecture components".)
  const qualifiedWord = lower.replace(DEGREE_FIRST, "") !== lower && partsWord(lower.replace(DEGREE_FIRST, ""));
  if (facetAfter && (qualifiedWord || (!/\s/.test(text) && (ADJECTIVE_ALONE.test(text) || joinedWord))) && !lookupEntity(lex, text, false)) return { kind: "generic" };
  // (One they leave after a name qualified them: "S3 Advanced Features" is a section on S3's
  // advanced features, not on an "S3 Advanced"; "Shield Advanced Features" is on Shield Advanced.)
  const qualified = facetAfter ? DEGREE_LAST.exec(text) : null;
  if (qualified && !lookupEntity(lex, text, false)) text = qualified[1]!;
  // Two names joined by "and" or "と" head a section that sets them side by side: compared.
  // (Not "オンプレとの連携": との joins a noun to what follows.)
  const pair = /\s(?:and|&)\s/i.test(text) ? text.split(/\s(?:and|&)\s/i) : CJK.test(text) && onlyJoiningKana(text) ? text.split(/と(?!の)/) : [];
  // (Nor two section words, "正解の理由と解説", "Overview and Features": a section of what encloses it.)
  if (pair.length === 2 && pair.every((p) => genericWord(c, p.trim()))) return { kind: "generic" };
  // (Nor a name's facet and another facet, "SQSの特徴と用途", "SQS Features and Use Cases": the
  // name's section, which the first side read alone names without its facet.)
  if (pair.length === 2 && genericWord(c, pair[1]!.trim())) {
    const first = readHeadingNow(lex, pair[0]!.trim(), depth);
    if (first.kind === "named" && nameKey(first.name) !== nameKey(pair[0]!)) return first;
  }
  // (Nor "XのYとZ", "文字列の変換と削除": Y and Z both of X — converting strings and deleting them
  // —, no two things; "マスターキーとデータキー", "認証と認可" are.)
  const bothOfOne = CJK.test(text) && pair.length === 2 && /の/.test(pair[0]!) && !/の/.test(pair[1]!) && !/[A-Za-z]/.test(pair[1]!);
  if (pair.length === 2 && !bothOfOne && pair.every((p) => p.trim() && !/^[\u3041-\u309f]/.test(p.trim()) && isTermLike(p.trim()) && looksLikeName(p.trim())) && text.split(/\s+/).length <= 8) return { kind: "compared", sides: [pair[0]!.trim(), pair[1]!.trim()], joined: true };
  if (!isTermLike(text) || !looksLikeName(text)) return { kind: "clause" };
  return { kind: "named", name: text };
}

/** "A vs. B", "Differences between A and B" (or "A & B"), "A or B?" as an English heading. */
function englishPair(text: string): [string, string] | undefined {
  const m =
    /^(?:the\s+)?(?:main\s+)?differences?\s+between\s+(.+?)\s+(?:and|&)\s+(.+)$/i.exec(text) ??
    /^(?:comparing|comparison of)\s+(.+?)\s+(?:and|&|with|to)\s+(.+)$/i.exec(text) ??
    /^(.+?)\s+(?:vs\.?|versus)\s+(.+)$/i.exec(text) ??
    /^(.+?)\s+or\s+(.+?)\s*\?$/i.exec(text);
  // (Not a comparison inside brackets, "How Addressing Works (Public vs. Private)": each side
  // would hold half of them.)
  // (Nor one in a subtitle after a dash, "Security Groups — Stateful vs Stateless": definitions.ts
  // reads it, or finds it compares kinds of what comes before the dash.)
  return m && withoutFinalStop(m[1]!) && withoutFinalStop(m[2]!) && balancedBrackets(m[1]!) && balancedBrackets(m[2]!) && !/\s[-–—―]{1,2}\s/.test(m[1]!) ? [withoutFinalStop(m[1]!), withoutFinalStop(m[2]!)] : undefined;
}

const documentTitlePatterns = new WeakMap<Lexicon, RegExp[]>();

/** As many brackets closed as opened: a piece that splits none of them. */
function balancedBrackets(text: string): boolean {
  return (text.match(/[(（]/g)?.length ?? 0) === (text.match(/[)）]/g)?.length ?? 0);
}

function isLabelBeforeKnownName(lex: Lexicon, text: string): boolean {
  // (Not code, "Fn:Cidr", "Fn::Cidr": an ASCII colon is followed by a space.)
  const m = /^([^:：]{2,32}?)\s*(?::\s+|：\s*)(\S.*)$/.exec(text);
  // (The name is all that follows, and the colon stands outside brackets: "データキー(Customer Data Key:
  // CDK)" spells a name out.)
  if (!m || !/\s|[a-z]/.test(m[1]!) || !balancedBrackets(m[1]!) || !balancedBrackets(m[2]!) || !isTermLike(m[2]!.trim()) || !looksLikeName(m[2]!.trim()) || m[2]!.trim().length > 40) return false;
  const label = m[1]!.trim().replace(/^(?:aws|amazon)\s+/i, "");
  return !!lookupEntity(lex, m[2]!.trim(), false) && !lookupEntity(lex, label, false) && !lookupEntity(lex, m[1]!.trim(), false);
}

/** A heading of document words (cues.documentHeadings) and nothing else: "学習ノート", "Study Notes", "My Notes". */
function onlyDocumentWords(lex: Lexicon, text: string): boolean {
  const c = cuesOf(lex);
  const t = nfkc(text).toLowerCase();
  let rest = t;
  for (const w of c.documentWords) rest = rest.split(w).join(" ");
  if (rest === t) return false;
  // (Beside them only a section's words, the vendor and the exam's code: "関連知識・試験のポイント",
  // "AWS SAA-C03 試験問題 解説", "Common Exam Scenarios" head parts of a learner's document, no
  // thing the things under them are parts of.)
  const pieces = rest.split(/(?:(?!-)[\s\p{P}\p{S}])+|の|と|や/u).filter((w) => w && w !== "my" && !c.anchors.has(w) && !EXAM_CODE.test(w));
  return genericWord(c, pieces.join(" ")) || pieces.every((w) => genericWord(c, w));
}

/** An exam's code, letters and digits joined by a hyphen: SAA-C03, AZ-900, 1Z0-808. */
const EXAM_CODE = /^(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9]{1,5}-[a-z0-9]{2,5}$/;

/** A title that names a document (a study guide, notes, a memo), not a thing in it. */
export function isDocumentTitle(lex: Lexicon, text: string): boolean {
  let patterns = documentTitlePatterns.get(lex);
  if (!patterns) {
    patterns = lex.vocab.cues.documentHeadings.map((w) => {
      const cue = nfkc(w).toLowerCase();
      // (A Japanese cue in kanji opens a word of its own: 学習 in "AWS 学習メモ", not in 機械学習,
      // machine learning. One in katakana is a word of its own among kanji too — "導入ガイド",
      // "完全ガイド" are guides — but not inside a longer loanword: ガイドライン is a guideline.)
      if (/^[\u30a0-\u30ff]+$/.test(cue)) return new RegExp(`(^|[^\u30a0-\u30ff])${escapeRegExp(cue)}(?![\u30a0-\u30ff])`);
      return CJK.test(cue) ? new RegExp(`(^|[^\u3400-\u9fff])${escapeRegExp(cue)}`) : new RegExp(`(^|[^a-z])${escapeRegExp(cue)}([^a-z]|$)`);
    });
    documentTitlePatterns.set(lex, patterns);
  }
  const t = text.toLowerCase();
  // (A chapter of a numbered guide, "03 Secure Architectures", "01 はじめに": its number is zero-padded.)
  return (/^0\d[\s.-]/.test(t) && !t.includes("/")) || patterns.some((p) => p.test(t));
}
