// Parsed notes → knowledge graph, in passes over the same sentences:
//   0. subjects: the vocabulary of a subject (AWS) applies only to notes on it
//   1. notes: a note other notes link to (or with front matter that places it) is a node
//   2. structure: sections, what each heading names (or that it is generic: Overview, 概要)
//   3. terms: "term: definition", parentheticals, links, 「quoted」, capitalised English, tables, lists
//   4. compounds: head-noun compounds counted over the whole corpus (weak heads need two uses)
//   5. mentions: every sentence's names, longest first, links and definitions included
//   6. subjects: what each sentence is about (subjects.ts)
//   7. relations: one rule per cue family (rules/), then structure (rules/structure.ts)
// then assemble-graph.ts turns the drafts into nodes and edges.

import { createHash } from "node:crypto";
import type { Evidence, KnowledgeGraph, NodeKind } from "../graph/types";
import { isTermLike, looksLikeName, onlyJoiningKana, splitDefinition } from "../parse/definition";
import { cleanHeading, fileStem, hierarchyLeaf, isHierarchyPath, isReferenceLine } from "../parse/inline";
import { inlineCodeKeys } from "./code-names";
import { DESCRIPTION_HEADER, GLOSSARY_HEADING, MEANING_HEADER, TERM_HEADER } from "../parse/markdown";
import type { LinkSpan, NoteLine, ParsedNote, Warning } from "../parse/types";
import { splitSentences } from "../text/sentences";
import { escapeRegExp } from "../text/escape-regexp";
import { remembered } from "../text/bounded-memo";
import { nameKey, nfkc, stripVendorPrefix, withoutLeadingEmoji } from "../text/normalize";
import { domainsNamedIn, isEverydayWord, lexiconForDomains, lookupEntity, type Lexicon } from "../vocab/lexicon";
import { resolveName } from "../vocab/resolve-name";
import { tokenize, translatePhrase, translateTokens } from "../vocab/tokenize";
import { assembleGraph } from "./assemble-graph";
import { COMPARISON_TITLE, comparedSides, definitionsInLine, isAbbreviation, isInstruction, longFormOf, onlyWebAddress, parentheticals, slashedKnownNames, spelledOutName, splitTrailingParenthetical } from "./definitions";
import { endsOnNonProductHead, endsOnStandardHead, everyNameWritten, isCommonNoun, isGlossaryWord, isServiceClass, isThing } from "./common-noun";
import { DraftRegistry, singularKey, type DraftOp } from "./drafts";
import { citesDocument, citesInBrackets, withoutCitedTitles, withoutTrailingCitation } from "./citation";
import { NoteJournal, type LineTerms } from "./terms-memo";
import { aspectHeadings, aspectKey, headingLink, headingMeaning, outlineHeadings } from "./aspect-headings";
import { aspectLabels, isOneWordLabel, labelKey, type LabelledDefinition } from "./aspect-labels";
import { isAnalogyHeading, isChoiceHeading, isDocumentTitle, isGenericLabel, isSequenceLabel, readHeading } from "./headings";
import { isHowTitle, isMeasure, isRemarkLabel, measureWordOpening, mostlyLinks } from "./summary";
import { acceptable, analyseSentence, capitalisedNames, chunksOf, findCompounds, findMentions, isFunctionWord, isProperName, AnalysedSentence, type CompoundCandidate, type Mention } from "./mentions";
import { lexiconKey, type MentionMemo, type PassMemo } from "./mention-memo";
import type { EntityEntry } from "../vocab/types";
import type { DraftEdge, LineWork, Section } from "./model";
import { absentAt, deniedAt, falseSpans } from "./negation";
import { AskedKnowledge, relationInputs, type Proposal } from "./relation-memo";
import { SENTENCE_RULES } from "./rules";
import { citesSourceAt, qualifiesNext } from "./rules/cues";
import { structureRules } from "./rules/structure";
import { headerSpans, recordsTable, tableId, valueColumn } from "./tables";
import type { Knowledge } from "./rules/types";
import { topicOf } from "./subjects";

/** A day as daily notes name their files: "2025-07-19", "2025/07/19", "2025.07.19", "2025年7月19日", with a weekday after it or not. */
const DAY_LINK = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*(?:\(?[A-Za-z]{3,9}\)?|[(（][月火水木金土日][)）]))?$/;

/** A lettered choice: "A. Reserved Instances", "B) Amazon SQS", "(C) …", "Ｄ．…" (not "A: …", an answer or a record type). */
const CHOICE = /^(?:[A-F][.．)）]|[(（][A-F][)）])\s*\S/;

export type { LineWork, Section } from "./model";

/** What matching a sentence gives: its mentions, compound candidates, and words worked out from them. */
interface Matched {
  ms: Mention[];
  compounds: readonly CompoundCandidate[];
  words?: readonly string[];
}

export interface ExtractResult {
  graph: KnowledgeGraph;
  warnings: Warning[];
}

const AWS_PREFIX = /^(AWS|Amazon)\s+\S/;
/** A verb right after a sentence's first word makes that word its subject ("Application uses…", "Users can…"). */
const SUBJECT_VERB = /^\s+(?:uses|sends|stores|runs|calls|reads|writes|needs|requires|connects|accesses|gets|has|have|is|are|was|were|can|cannot|will|should|must|may|does|do)\b/;

/**
 * A question's label opening its line: "Q:", "Q3.", "Question 2:", "質問:". (A capital Q: "`q`: 終了"
 * is a key that quits a pager, no question.)
 */
const QUESTION_MARKER = /^(Q\d*|[Qq]uestion(?:\s*\d+)?|QUESTION(?:\s*\d+)?|質問|疑問)\s*[:.：]\s*/;
/**
 * A question with no name of its own that points at what is written around it — "the", "this",
 * "it", or a variable of code: "Which approach should the solutions architect recommend?",
 * "出力: A = ?", "idx の値は?" ask of the scenario or the code above them, so the same words asked in
 * two places are two questions. (Not one whose words stand alone, "Database runs 24/7, how to
 * reduce cost?", asked again in a note's translation.) Names are words in capitals past the
 * first, acronyms, katakana words and compounds of kanji.
 */
function asksOfItsContext(question: string): boolean {
  const text = nfkc(question).replace(/^[^:：]{1,20}[:：]\s*/, "");
  if (/[\u30a1-\u30fa]{2,}|[\u3400-\u9fff]{2,}/.test(text)) return false;
  const words = text.match(/[A-Za-z][A-Za-z0-9'’-]*/g) ?? [];
  if (!words.every((w, i) => w.length < 2 || (!/[A-Z]/.test(i === 0 ? w.slice(1) : w) && !/\d/.test(w)))) return false;
  return /[\u3040-\u309f=]/.test(text) ? words.length > 0 : words.some((w) => /^(?:the|this|that|these|those|it|its|they|them|above|below|following)$/i.test(w));
}

/**
 * A line that asks: it ends on a question mark, or, in Japanese, on the endings self-quizzes and
 * exam questions close with instead — "SATAは何の略か。", "主成分分析とは。", "OLTPとOLAPの違いは。",
 * "正しいものはどれか。". Not "…とか。" (and so on), "AかBのいずれか。" (either), "いくつか。", nor a
 * field whose value asks what the label is ("RPO: どの時点まで戻せればよいか。" defines RPO).
 */
function endsAsking(text: string): boolean {
  if (/[?？]\s*$/.test(text)) return true;
  return /[\u3040-\u309f]/.test(text) && /(?:(?<!と|のいずれ|いく|なん)か|とは|(?<![とでに])は)[。.]\s*$/.test(text) && !/^[^:：。、]{1,30}[:：]/.test(text);
}

/** One thing, or two the vocabulary ties: renamed, superseded, or one part of the other. */
function related(a: EntityEntry, b: EntityEntry): boolean {
  return a.id === b.id || a.renamedFrom.includes(b.id) || b.renamedFrom.includes(a.id) || a.supersedes.includes(b.id) || b.supersedes.includes(a.id) || a.parent === b.id || b.parent === a.id;
}

/** Words that open with a count ("5 Edge Cases", "3 types"): how many of something a section holds, no name. */
const COUNTED = /^\d+\s+\S/;

/** Numbers as English writes them in words, by value ("1 ゾーン" is "One Zone"). */
const NUMBER_WORDS: readonly string[] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Words a service's own name is made of: Latin letters, digits and a little punctuation, capitalised ("Data Lifecycle Manager", "CodeCatalyst", "Well-Architected Tool"). */
const SERVICE_NAME = /^[A-Z0-9][A-Za-z0-9 .&@/+:'-]*$/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
/** English words shaped as adjectives or participles: managed, accessible, exclusive, numerous, useful, stateless. */
const PREDICATIVE = /^[a-z]{2,}(?:ed|able|ible|ive|ous|ful|less)$/;

const verdictSets = new WeakMap<Lexicon, Set<string>>();
/** Extraction.meaningful's answers, by lexicon. */
const meaningfulNames = new WeakMap<Lexicon, Map<string, boolean>>();

/** The lines at the head of a note where a template puts its fields ("日付", "分野", "Status", "Source"). */
const OPENING_LINES = 8;

/** The words of an answer's or a false belief's label, in lower case (cues.answerLabels, cues.falseLabels). */
function verdictWords(lex: Lexicon): Set<string> {
  let set = verdictSets.get(lex);
  if (!set) verdictSets.set(lex, (set = new Set([...lex.vocab.cues.answerLabels, ...lex.vocab.cues.falseLabels].map((w) => nfkc(w).toLowerCase()))));
  return set;
}

/**
 * Lettered lines A, B, C… in order (three or more, in one section) are a question's choices even
 * where the question ends without a question mark ("…SQL インジェクション攻撃から保護したい。" then "A. ALB
 * のセキュリティグループ…", "D. Network ACL + Amazon Inspector"): the line before them asks. By each
 * choice's line number, the asking line's.
 */
function lettersAsked(lines: readonly NoteLine[]): Map<number, number> {
  const asked = new Map<number, number>();
  const letter = (l: NoteLine | undefined) => (l ? /^([A-F])[.．)）]\s*\S/.exec(l.text)?.[1] : undefined);
  const sectionOf = (l: NoteLine) => l.path.at(-1)?.line;
  for (let i = 1; i < lines.length; i++) {
    const asker = lines[i - 1]!;
    if (letter(lines[i]) !== "A" || letter(asker) || sectionOf(asker) !== sectionOf(lines[i]!)) continue;
    let j = i;
    while (j < lines.length && letter(lines[j]) === String.fromCharCode(65 + j - i) && sectionOf(lines[j]!) === sectionOf(lines[i]!)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) asked.set(lines[k]!.line, asker.line);
  }
  return asked;
}

/** Frees a line's tokens once a pass is done with them (they are made again if needed). */
function release(line: LineWork) {
  for (const s of line.sentences) s.release();
}

/** An arrow, or a console's path separator between words ("許可を追加＞インラインポリシーを作成"). */
const ARROW = /→|⇒|➡|->|=>|＞|\S\s*>\s*\S/;
/** One arrow between words on both sides: "Temporary external access → STS with IAM role". */
const ONE_ARROW = /^(?:(?!→|⇒|➡|->|=>).)*\S\s*(→|⇒|➡|->|=>)\s*\S(?:(?!→|⇒|➡|->|=>).)*$/;

/**
 * Lists that map cases to answers: three or more lines of one section with one arrow each, most
 * with no thing the vocabulary knows before it ("Temporary external access → STS", "Variable
 * workload → Auto Scaling + Spot", "If you need unbroken encryption -> NLB"). A flow of known
 * things, "S3 → Lambda", or a chain of several arrows is no such list. Gives each line's arrow.
 */
function mappingLines(lines: readonly LineWork[], sections: readonly Section[], known: (key: string) => boolean): Map<LineWork, number> {
  const out = new Map<LineWork, number>();
  for (const section of sections) {
    const arrowed: [LineWork, number][] = [];
    for (const id of section.lines) {
      const line = lines[id]!;
      const at = oneArrowAt(line.note);
      if (at >= 0) arrowed.push([line, at]);
    }
    if (arrowed.length < 3) continue;
    // (A case may name a known thing, "DynamoDBの読み取り高速化 → DAX"; a flow's step is the name
    // alone, "S3 → Lambda".)
    const flowBefore = arrowed.filter(([line, at]) => {
      let rest = line.note.text.slice(0, at);
      const spans = line.sentences.flatMap((s, i) => s.mentions.filter((m) => line.sentenceStarts[i]! + m.end <= at && known(m.key)).map((m) => [line.sentenceStarts[i]! + m.start, line.sentenceStarts[i]! + m.end] as const));
      if (!spans.length) return false;
      for (const [a, b] of spans.sort((x, y) => y[0] - x[0])) rest = rest.slice(0, a) + rest.slice(b);
      return rest.replace(/[\s\p{P}\p{S}]|\b(?:and|or)\b|[とやの]/gu, "").length < 2;
    });
    if (flowBefore.length * 2 < arrowed.length) for (const [line, at] of arrowed) out.set(line, at);
  }
  return out;
}

/** Where a line's one arrow stands (-1: none, or several), kept per parsed line: the pattern is dear on long lines. */
const arrowsByLine = new WeakMap<NoteLine, number>();
function oneArrowAt(line: NoteLine): number {
  let at = arrowsByLine.get(line);
  if (at === undefined) {
    const m = ONE_ARROW.exec(line.text);
    arrowsByLine.set(line, (at = m ? line.text.indexOf(m[1]!) : -1));
  }
  return at;
}

const bracketRemarkPatterns = new WeakMap<Lexicon, RegExp | undefined>();

/**
 * Brackets that remark on a name rather than say what it is (cues.bracketRemarks): another thing
 * it goes with or covers, "パブリック IP（または Elastic IP）", "RDS（Aurora含む）", "(including Aurora)";
 * where or how, after a preposition (cues.prepositions), "(in all subnets of the VPC)".
 */
function bracketRemark(lex: Lexicon, inside: string): boolean {
  let pattern = bracketRemarkPatterns.get(lex);
  if (!bracketRemarkPatterns.has(lex)) {
    const { opening, closing } = lex.vocab.cues.bracketRemarks;
    // (English words are whole words; Japanese ones open or close the brackets' words.)
    const word = (w: string) => (CJK.test(w) ? escapeRegExp(nfkc(w)) : `${escapeRegExp(nfkc(w))}(?![\\p{L}\\p{N}])`);
    const close = (w: string) => (CJK.test(w) ? escapeRegExp(nfkc(w)) : `(?<![\\p{L}\\p{N}])${escapeRegExp(nfkc(w))}`);
    // (So does an English preposition opening them: "per AZ (by default in all subnets of the VPC)"
    // says where mount targets go, not what an AZ is.)
    const prepositions = lex.vocab.cues.prepositions.filter((w) => !CJK.test(w)).map((w) => `${escapeRegExp(nfkc(w))}\\s`);
    const alternatives = [...(opening.length ? [`^(?:${opening.map(word).join("|")})`] : []), ...(prepositions.length ? [`^(?:${prepositions.join("|")})`] : []), ...(closing.length ? [`(?:${closing.map(close).join("|")})[\\s。.]*$`] : [])];
    pattern = alternatives.length ? new RegExp(alternatives.join("|"), "iu") : undefined;
    bracketRemarkPatterns.set(lex, pattern);
  }
  return pattern?.test(nfkc(inside).trim()) ?? false;
}

/** A line's definitions (definitionsInLine), kept per parsed line: read for aspect labels, then for terms, every build. */
const spansByLine = new WeakMap<Lexicon, WeakMap<NoteLine, ReturnType<typeof definitionsInLine>>>();

function labelSpans(lex: Lexicon, line: NoteLine): ReturnType<typeof definitionsInLine> {
  let byLine = spansByLine.get(lex);
  if (!byLine) spansByLine.set(lex, (byLine = new WeakMap()));
  let spans = byLine.get(line);
  if (!spans) byLine.set(line, (spans = definitionsInLine(lex, line.text, line.term)));
  return spans;
}

/** A definition's label as a word: no bracketed remark after it, no emoji before it. */
function spanLabel(span: { term: string }): string {
  return withoutLeadingEmoji(splitTrailingParenthetical(span.term).name ?? "");
}

/** The one-word labels a line's definitions open with (isOneWordLabel), and their keys, kept per parsed line. */
const wordLabelsByLine = new WeakMap<Lexicon, WeakMap<NoteLine, { label: string; key: string }[]>>();

function oneWordLabels(lex: Lexicon, line: NoteLine): { label: string; key: string }[] {
  let byLine = wordLabelsByLine.get(lex);
  if (!byLine) wordLabelsByLine.set(lex, (byLine = new WeakMap()));
  let labels = byLine.get(line);
  if (!labels) byLine.set(line, (labels = labelSpans(lex, line).map(spanLabel).filter(isOneWordLabel).map((label) => ({ label, key: labelKey(label) }))));
  return labels;
}

/** What a line's opening label says its subject works with (see Extraction.joinedLabelOf), kept per parsed line. */
const joinedByLine = new WeakMap<Lexicon, WeakMap<NoteLine, string[] | null>>();

function joinedLabel(lex: Lexicon, line: NoteLine): string[] | undefined {
  let byLine = joinedByLine.get(lex);
  if (!byLine) joinedByLine.set(lex, (byLine = new WeakMap()));
  let partners = byLine.get(line);
  if (partners === undefined) {
    const span = line.table ? undefined : labelSpans(lex, line).find((d) => d.termStart === 0);
    const meaning = span ? readHeading(lex, spanLabel(span), 3) : undefined;
    byLine.set(line, (partners = meaning?.kind === "joined" ? meaning.partners : null));
  }
  return partners ?? undefined;
}

export function extractGraph(lex: Lexicon, notes: ParsedNote[], memo?: MentionMemo): ExtractResult {
  // Notes that never write AWS or Amazon get no AWS names: the vocabulary of a subject applies
  // only to notes on it.
  const texts = function* () {
    for (const n of notes) {
      if (n.title) yield n.title;
      for (const h of n.headings) yield h.text;
      for (const l of n.lines) yield l.text;
    }
  };
  const ex = new Extraction(lexiconForDomains(lex, domainsNamedIn(lex, texts())), memo);
  return ex.run(notes);
}

/**
 * A name and a letter that stand for one of several examples the line names alike ("VPC B is free
 * to communicate with VPC A", "Application A would pass Application B data"): a placeholder, no
 * thing of its own.
 */
/** A compared side's name: its brackets and a closing colon aside ("SQS (Simple Queue Service):" → "SQS"). */
function sideName(side: string): string {
  return splitTrailingParenthetical(side).name.replace(/[:：]$/, "").trim();
}

function placeholderName(name: string, lineText: string): boolean {
  const m = /^(.+) ([A-Z])$/.exec(name);
  if (!m) return false;
  const others = new RegExp(`(?:^|[^\\w])${escapeRegExp(m[1]!)} ([A-Z])(?![\\w-])`, "g");
  return [...lineText.matchAll(others)].some((o) => o[1] !== m[2]);
}

export class Extraction implements Knowledge {
  readonly reg = new DraftRegistry();
  readonly sections: Section[] = [];
  readonly lines: LineWork[] = [];
  readonly edges: DraftEdge[] = [];
  readonly warnings: Warning[] = [];
  /** The name each note's node was given (its title, heading or file name), by node. */
  private readonly noteNames = new Map<string, string>();
  /** The node each note is, when it is one (a vault note). */
  readonly noteNodes = new Map<string, string>();
  /** Notes that are nodes but documents: what their sections are about is no part of them. */
  private readonly documentNotes = new Set<string>();
  /** Do a link's words name the document it links to: one of its names, or a title of a document or a comparison? */
  private namesDocument(text: string, key: string): boolean {
    const t = nfkc(text).trim();
    return this.reg.lookupName(t) === key || isDocumentTitle(this.lex, t) || COMPARISON_TITLE.test(t);
  }

  private documentKeysMemo: Set<string> | undefined;
  /** The nodes of those notes (known once the notes are read). */
  private documentKeys(): Set<string> {
    return (this.documentKeysMemo ??= new Set([...this.documentNotes].map((f) => this.noteNodes.get(f)).filter((k): k is string => k !== undefined)));
  }
  /** Name keys of headings that head sections of several things: aspects of each (aspect-headings.ts). */
  private aspects = new Set<string>();
  /** Name keys of headings many notes' outlines repeat: a section of what encloses each (aspect-headings.ts). */
  private outline = new Set<string>();
  /** Labels of one word read as aspects of what their lines are under (aspect-labels.ts), by labelKey. */
  private aspectLabelKeys = new Set<string>();
  /**
   * What the words being registered are written under (the owners of their line's or heading's
   * section and of the sections around it, the nearest first) and in which note; unset where a
   * pass registers a name outside any line.
   */
  private termContext: { owners: string[]; file: string } | undefined;
  /** Notes that other notes place under them (up:), so hubs of the vault. */
  private readonly upTargets = new Set<string>();
  /** Front matter links of the notes that are nodes: up (part_of) and related. */
  readonly frontLinks: { from: string; target: string; kind: "up" | "related"; text: string; file: string; line: number }[] = [];

  /** The vocabulary's cues of examples, in lower case (lowering them per sentence had cost 70 ms a build on aws-study). */
  private readonly exampleCues: string[];
  private readonly conventionalFileNames: Set<string>;
  /** Names that name a thing other than the vocabulary's in one note only (its heading's abbreviation), by file and name key. */
  private readonly namesInNote = new Map<string, Map<string, string>>();
  /** The note whose lines the mentions pass is in, and the names it gives its own things so far. */
  private noteBeingRead: string | undefined;
  private abbreviatedInNote = new Map<string, string>();

  private nameInNote(file: string, name: string, key: string) {
    let names = this.namesInNote.get(file);
    if (!names) this.namesInNote.set(file, (names = new Map()));
    names.set(nameKey(name), key);
  }

  /** Lines of lists that map cases to answers ("Temporary external access → STS"), with where their arrow stands. */
  private mappingLines = new Map<LineWork, number>();

  /** Each folder's page (its README.md or index.md), by the folder's path in lower case with its closing slash. */
  private readonly folderPages = new Map<string, string>();

  /** The note an address leads to: a folder's ("services/sqs/") is its page. */
  private addressed(file: string): string {
    return file.endsWith("/") ? this.folderPages.get(file.toLowerCase()) ?? file : file;
  }

  /** A link to a folder that has no page: "[Practice Questions](../14-Practice/)" beside no README.md. */
  private folderWithoutPage(link: LinkSpan): boolean {
    return link.file?.endsWith("/") === true && this.addressed(link.file) === link.file;
  }

  /** Notes found by a conventional file name (index, README) from links only, by the name's key. */
  private readonly fileNameOnly = new Map<string, { key: string; to?: string }>();

  constructor(
    readonly lex: Lexicon,
    /** Matching of the build before, for a rebuild (see mention-memo.ts). */
    private readonly memo?: MentionMemo,
  ) {
    this.exampleCues = lex.vocab.cues.exampleCues.map((c) => c.toLowerCase());
    this.conventionalFileNames = new Set(lex.vocab.cues.conventionalFileNames.map((c) => c.toLowerCase()));
  }

  run(notes: ParsedNote[]): ExtractResult {
    this.memo?.beginBuild(this.lex);
    this.readNotes(notes);
    const noteNodeKeys = new Set(this.noteNodes.values());
    const headingContext = {
      noteEntity: (file: string) => {
        const key = this.noteNodes.get(file);
        return key !== undefined ? this.reg.get(key)?.vocab?.id : undefined;
      },
      namesNote: (name: string) => {
        const key = this.reg.lookupName(name);
        return key !== undefined && noteNodeKeys.has(key);
      },
    };
    this.aspects = aspectHeadings(this.lex, notes, headingContext);
    this.outline = outlineHeadings(this.lex, notes, headingContext);
    for (const note of notes) {
      this.reg.readingFile = note.file;
      this.readStructure(note);
    }
    this.reg.readingFile = undefined;
    this.aspectLabelKeys = aspectLabels(this.labelledDefinitions(), (label) => !!resolveName(this.lex, label) || headingContext.namesNote(label));
    this.collectAllTerms();
    this.collectCompounds();
    this.inPass(this.memo?.rematch, () => {
      for (const line of this.lines) {
        this.resolveMentions(line);
        release(line);
      }
    });
    this.memo?.addedNames.endBuild(this.reg.addedInOrder);
    for (const line of this.lines) this.assignSubjects(line);
    this.mappingLines = mappingLines(this.lines, this.sections, (key) => !!this.reg.get(key)?.vocab);
    for (const line of this.lines) this.sentenceRelations(line);
    const graph = this.inPass(this.memo?.late, () => {
      for (const rule of structureRules) rule(this);
      this.noPartnersCompared();
      return assembleGraph(this.lex, this.reg, this.sections, this.lines, this.edges, (s) => this.matchLate(s));
    });
    return { graph, warnings: this.warnings };
  }

  /**
   * A pass that matches through `memo` while names may be added (never re-pointed): each name
   * added is news to the sentences met after it.
   */
  private inPass<T>(memo: PassMemo | undefined, body: () => T): T {
    if (!memo) return body();
    memo.begin(this.lex, this.reg.nameSignatures());
    this.reg.onNameAdded = (k) => memo.nameAdded(k);
    try {
      const out = body();
      memo.end();
      return out;
    } finally {
      this.reg.onNameAdded = undefined;
    }
  }

  // ---- Knowledge, for the rules ----------------------------------------------------------

  kindOf(key: string): string | undefined {
    return this.reg.get(key)?.kind;
  }

  supersedesInVocab(newer: string, older: string): boolean {
    const n = this.reg.get(newer)?.vocab;
    const o = this.reg.get(older)?.vocab;
    return !!n && !!o && n.supersedes.includes(o.id);
  }

  comparable(a: string, b: string): boolean {
    return this.comparableTerms(a, b);
  }

  namedAfter(key: string): string | undefined {
    const d = this.reg.get(key);
    return d?.prefixOf ?? (d?.vocab?.parent ? undefined : undefined);
  }

  // ---- 1. notes that are nodes ------------------------------------------------------------

  /**
   * A note is a node of its own when the notes treat it as one: other notes link to it, or its
   * front matter places it (up, related, aliases) or names it (a title that is a name). Its name:
   * the title, else its one top-level heading, else its file name; the file name is an alias.
   */
  private readNotes(notes: ParsedNote[]) {
    const linked = new Set<string>();
    // Notes a link leads to by its address: a README others link to by "services/SQS/README.md"
    // is that note, not every README (the root README.md, titled "AWS メモ", was a node by it).
    const linkedFiles = new Set<string>();
    for (const n of notes) {
      const folder = n.file.slice(0, n.file.lastIndexOf("/") + 1).toLowerCase();
      if (this.conventionalFileNames.has(fileStem(n.file).toLowerCase()) && !this.folderPages.has(folder)) this.folderPages.set(folder, n.file);
    }
    const byAddressOnly = (k: LinkSpan) => k.file !== undefined && (k.file.endsWith("/") || this.conventionalFileNames.has(fileBaseName(k.file).toLowerCase()));
    // What other notes call a note when they link to it ("[RDS と Aurora の比較](rds-aurora-overview.md)").
    const linkTexts = new Map<string, string[]>();
    const documentTitles = new Map<string, string>();
    for (const n of notes) {
      for (const l of n.lines) {
        for (const k of l.links ?? []) {
          if (k.file !== undefined) linkedFiles.add(this.addressed(k.file));
          if (!byAddressOnly(k)) linked.add(nameKey(k.target));
          const text = l.text.slice(k.start, k.end).trim();
          // (A link in the words of a heading of the note calls that heading, not the note.)
          if (!text || nameKey(text) === nameKey(k.target) || k.heading) continue;
          const called = linkTexts.get(nameKey(k.target));
          if (called) called.push(text);
          else linkTexts.set(nameKey(k.target), [text]);
        }
      }
      for (const h of n.headings) {
        for (const k of h.links ?? []) {
          if (k.file !== undefined) linkedFiles.add(this.addressed(k.file));
          if (!byAddressOnly(k)) linked.add(nameKey(k.target));
        }
      }
      for (const u of [...n.up, ...n.related]) linked.add(nameKey(u.target));
      for (const u of n.up) this.upTargets.add(nameKey(u.target));
    }
    const sequenced = numberedSequences(notes);
    for (const n of notes) {
      // (A file named by its place in a hierarchy, Dendron's "tools.storage.db.snowflake.access_control.md"
      // titled "access_control", is named by the last place; the whole path finds it from links.)
      const leaf = hierarchyLeaf(n.file, n.title);
      const numberedBase = leaf ?? fileBaseName(n.file);
      // (A file numbered as one of a sequence, a course's "12 External identity provider.md" or
      // "12_SendingQueriesWithCurl", is named by its words; the number is its place. Its words
      // name a thing, or it is a chapter: a document, named with its number, as "03 Secure
      // Architectures" is.)
      // (A number of a guide's chapters, zero-padded, makes it a document already.)
      const place = sequenced.has(n.file) && !isDocumentTitle(this.lex, numberedBase) ? SEQUENCE_NUMBER.exec(numberedBase)?.[0] : undefined;
      const words = place !== undefined ? numberedBase.slice(place.length) : numberedBase;
      const chapter = place !== undefined && !namesAThing(this.lex, words);
      const base = chapter ? numberedBase : words;
      // (A title alone makes a node of a note that says something: a page of headings alone, a
      // table of contents, is none.)
      const title = place !== undefined && !chapter && n.title !== undefined && nameKey(n.title) === nameKey(numberedBase) ? n.title.replace(SEQUENCE_NUMBER, "") : n.title;
      const titled = title && isTermLike(title) && looksLikeName(title) && saysSomething(n) ? title : undefined;
      // (A list item heading its nested list, "- IAM Permissions" at the top, is no title of the note.)
      const h1s = n.headings.filter((h) => h.depth === 1 && !h.item);
      // (Nor one that comes after the note has begun: "# AWS specific considerations" after a
      // page on distributed architecture heads its last section.)
      const opensOnH1 = h1s[0] !== undefined && !n.lines.some((l) => l.line < h1s[0]!.line && l.source !== "title");
      const opens = h1s.length === 1 && opensOnH1;
      const h1 = opens ? readHeading(this.lex, h1s[0]!.text, 1) : undefined;
      // (A folder's page, README.md, is named by its first heading when no one heading names it:
      // "# Arch Install" over shell comments written as headings, "# set keyboard layout".)
      const firstH1 = this.conventionalFileNames.has(base.toLowerCase()) && opensOnH1 ? readHeading(this.lex, h1s[0]!.text, 1) : undefined;
      // (A number names no thing: "4.md", linked as "[確率](4.md)", is the note on 確率.)
      const name = titled ?? (h1?.kind === "named" ? h1.name : undefined) ?? (firstH1?.kind === "named" ? firstH1.name : undefined) ?? (isSlug(n.file) ? this.knownByFileName(base, linkTexts.get(nameKey(base)) ?? []) : undefined) ?? (NUMBERED_FILE.test(base) ? linkTexts.get(nameKey(base))?.[0] : undefined) ?? base;
      const names = [name, base, numberedBase, ...n.aliases].filter(Boolean);
      // (So is a note with no heading to name it, as a vault's notes are written, "RDS Proxy.md" opening
      // on its first line: its file's name is its title, as the vault shows it.)
      const namedByFile = !n.title && n.headings.length === 0 && name === base && saysSomething(n) && !this.conventionalFileNames.has(base.toLowerCase()) && !NUMBERED_FILE.test(base) && !isSlug(n.file) && !isDocumentTitle(this.lex, base) && isTermLike(base) && looksLikeName(base);
      const isNode = !!titled || namedByFile || n.up.length > 0 || n.related.length > 0 || n.aliases.length > 0 || linkedFiles.has(n.file) || linkedFiles.has(n.file.replace(/\.(?:md|markdown)$/i, "")) || names.some((x) => linked.has(nameKey(x)));
      if (!isNode || !name) continue;
      const kind: NodeKind = this.upTargets.has(nameKey(name)) || this.upTargets.has(nameKey(base)) ? "topic" : "concept";
      const key = this.registerTerm(name, kind);
      this.noteNodes.set(n.file, key);
      // A note whose title or name names a document ("# AWS 学習教材完全ガイド 2023年最新版",
      // aws-study-guide-2023.md: a study guide others link to) is a node, but not a thing its
      // sections are parts of.
      // So is a note that compares two things ("ecs-vs-eks.md"): EKS is no part of "ECS vs EKS".
      // (Not a note whose node is a thing the vocabulary knows: "AWS Lambda 入門" under "# AWS Lambda"
      // is an article about Lambda, and its node is Lambda.)
      // (Of a note that names no thing, what other notes call it when they link to it counts too:
      // the article whose heading is commented out, linked as "RDS と Aurora の比較".)
      const calledBy = name === base ? linkTexts.get(nameKey(base)) ?? [] : [];
      const documentTitle = chapter && name === base ? name : [n.title, h1s.length === 1 ? h1s[0]!.text : undefined, name, ...calledBy].find((t) => t !== undefined && (isDocumentTitle(this.lex, nfkc(t)) || COMPARISON_TITLE.test(t)));
      if (!this.reg.get(key)?.vocab && documentTitle !== undefined) {
        this.documentNotes.add(n.file);
        if (name === base) documentTitles.set(n.file, nfkc(documentTitle).trim());
      }
      this.reg.seen(key, name);
      this.noteNames.set(key, name);
      // (Links name a note by its file: "[…](./zenn-team-01-overview)" leads to the note titled
      // "TEAM 導入ガイド ──(1/2) 概要", so its file's name finds it too.)
      // (A name a folder gives files by convention, index.md, README.md, finds the note from a
      // link but is no name of it: the vault's index.md titled "AWS" made every 'INDEX' AWS.)
      // (Nor is a file name that is another thing's name: gillouche's sms.md, on the Server
      // Migration Service, is no reason to read every SMS, a text message, as that service — but in
      // the note itself it is.)
      if (nameKey(base) !== nameKey(name) && !isHierarchyPath(fileStem(n.file))) {
        const other = resolveName(this.lex, base, false)?.entity;
        const otherThing = other !== undefined && `e:${other.id}` !== key && !this.reg.get(key)?.vocab?.renamedFrom.includes(other.id);
        // (So is a number, "4.md": every "定義4より" would be that note.)
        // (…nor anywhere a name: registered, "ebs" of compute/ebs.md, on Elastic Beanstalk (EBS),
        // had named every "EBS volume" of the other notes "Elastic Beanstalk volume". A link finds
        // the note by its address, or by the file's name through fileNameOnly: linkedNote.)
        if (this.conventionalFileNames.has(base.toLowerCase()) || NUMBERED_FILE.test(base)) {
          this.fileNameOnly.set(nameKey(base), { key });
          this.reg.addName(base, key);
        } else if (otherThing) {
          this.fileNameOnly.set(nameKey(base), { key, to: this.reg.ensureVocab(other).key });
          this.nameInNote(n.file, base, key);
        } else {
          this.addAlias(key, base);
          this.reg.addName(base, key);
        }
      }
      // (The whole path is the note's address, no name of it, whatever its title: "tools.storage.db.md"
      // titled "databases".)
      if (leaf !== undefined || isHierarchyPath(fileStem(n.file))) {
        this.fileNameOnly.set(nameKey(fileBaseName(n.file)), { key });
        this.reg.addName(fileBaseName(n.file), key);
      }
      // (…and so is a numbered file's name with its number, "[[12 External identity provider]]".)
      if (place !== undefined && !chapter) {
        this.fileNameOnly.set(nameKey(numberedBase), { key });
        this.reg.addName(numberedBase, key);
      }
      for (const alias of n.aliases) this.addAlias(key, alias);
      const d = this.reg.get(key)!;
      for (const t of n.tags) d.tags.add(t);
      d.notes.push(n.file);
      for (const u of n.up) this.frontLinks.push({ from: key, target: u.target, kind: "up", text: u.text, file: n.file, line: u.line });
      for (const u of n.related) this.frontLinks.push({ from: key, target: u.target, kind: "related", text: u.text, file: n.file, line: u.line });
    }
    // A document known only by its file's name is labelled with the title it is written or linked
    // with ("AWS 学習ガイド", not "Study guide"); not when a note of the same name is no document (a
    // front matter file beside the article "# コンテナ" it heads).
    for (const key of new Set(this.noteNodes.values())) {
      const d = this.reg.get(key)!;
      const title = d.notes.map((f) => documentTitles.get(f)).find((t) => t !== undefined);
      if (title !== undefined && d.notes.every((f) => this.documentNotes.has(f))) {
        d.title = title;
        // (And the title names it: "[02 サービス選択](./02-service-selection.md) — 似たAWSサービスの
        // 使い分け" in a list of the chapters is that chapter's line, no second node of its title.)
        if (this.reg.lookupName(title) === undefined) this.reg.addName(title, key);
      }
    }
  }

  /**
   * The thing a note named only by its file is about, when the vocabulary knows it: what other
   * notes call it when they link to it ("[Amazon VPC Lattice 概要](vpc-lattice-overview.md)"), or
   * its file name, each read as a heading (facet words off: "iam-overview.md" is IAM's page).
   * (A name the vocabulary does not know stays the file's: a page's words alone are no name. Only
   * for a file named as an address is, "vpc-lattice-overview.md": a vault's "IAM Policy Types.md"
   * is the name its author gave the note, the one its links use.)
   */
  private knownByFileName(base: string, calledBy: string[]): string | undefined {
    const known = new Map<string, string>();
    for (const text of [...calledBy, base]) {
      const meaning = readHeading(this.lex, text, 2);
      if (meaning.kind !== "named") continue;
      const entity = resolveName(this.lex, meaning.name, false)?.entity;
      if (entity && !known.has(entity.id)) known.set(entity.id, meaning.name);
    }
    // (Called by two known names, it is no one thing's page.)
    return known.size === 1 ? [...known.values()][0] : undefined;
  }

  // ---- 2. structure ---------------------------------------------------------------------

  /** The words the note being read quoted as examples so far (a note's lines are read in turn). */
  private exampleWords: { file: string; words: Set<string> } | undefined;

  private exampleWordsOf(file: string): Set<string> {
    if (this.exampleWords?.file !== file) this.exampleWords = { file, words: new Set() };
    return this.exampleWords.words;
  }

  /**
   * Is the quote at text[start, end) a control of a console or a step of a path through one: before
   * a control's word ("「作成」をクリック", "「編集」ボタン", cues.instructionCues.controls), or joined to another
   * step by an arrow ("「作成」→「VPCにアタッチ」", "「管理とインサイト」>「可観測性」")? Such a quote
   * labels what the reader clicks, or a choice in a chart ("「特定の国をブロック」→ WAF"), no term.
   */
  private consoleLabel(text: string, start: number, end: number): boolean {
    const inside = text.slice(start + 1, end - 1);
    if (ARROW.test(inside)) return true;
    const after = text.slice(end).trimStart().normalize("NFKC");
    const { controls } = this.lex.vocab.cues.instructionCues;
    if (/^(?:→|⇒|➡|->|=>|>)/.test(after)) return true;
    if (controls.some((w) => after.startsWith(w))) return true;
    return /」\s*(?:→|->|⇒|>|＞)\s*$/.test(text.slice(0, start));
  }

  /** Where quotes open that stand in a run of two or more closed by an example word ("…」「…」など"). */
  private quotedExamples(text: string): Set<number> | undefined {
    let out: Set<number> | undefined;
    for (const run of text.matchAll(/(?:「[^「」]{1,40}」[\s、・,や]*){2,}/g)) {
      const after = text.slice(run.index + run[0].length);
      const closer = this.lex.vocab.cues.exampleClosers.find((c) => after.startsWith(c));
      // (Examples the sentence calls parts of something are parts it names: "「パッチ管理」「運用
      // タスクの自動化」等の機能があります" lists features of Systems Manager.)
      const { featureOf, consistsOf } = this.lex.vocab.cues.partOf;
      if (closer === undefined || [...featureOf, ...consistsOf].some((c) => after.startsWith(c, closer.length))) continue;
      out ??= new Set();
      for (const q of run[0].matchAll(/「/g)) out.add(run.index + q.index);
    }
    return out;
  }

  private readStructure(note: ParsedNote) {
    // A note of headings alone says nothing of how they relate: a table of contents ("## compute
    // ![compute.md](compute.md)") lists notes, and an outline not yet written has no parts yet.
    if (!saysSomething(note)) return;
    const byLine = new Map<number, number>();
    const noteOwner = this.noteNodes.get(note.file);
    const clauseLines: NoteLine[] = [];
    // Sections of the note's outline, above any thing: what an aspect under them is of is the note's subject.
    const inOutline = new Set<number>();
    for (const h of note.headings) {
      const parent = h.path.length ? byLine.get(h.path.at(-1)!.line) : undefined;
      const parentSection = parent !== undefined ? this.sections[parent] : undefined;
      const enclosing = parentSection ? parentSection.owner : this.documentNotes.has(note.file) ? undefined : noteOwner;
      let meaning = headingMeaning(this.lex, note, h);
      // (Working with something, under no thing to do the work — "## オンプレとの連携" heading a chapter — it is read as a name.)
      if (meaning.kind === "joined" && (!enclosing || this.reg.get(enclosing)?.kind === "topic" || this.reg.get(enclosing)?.kind === "question")) meaning = meaning.named;
      // Under a heading of questions, one that is an answer's or a false answer's label alone
      // ("### Correct", "#### 正解", "### Wrong") heads what was answered, no more questions.
      const answers = (parentSection?.questions ?? false) && answerHeading(this.lex).test(nfkc(h.text));
      const questions = meaning.kind === "questions" || ((parentSection?.questions ?? false) && !answers);
      let owner: string | undefined = enclosing;
      let named = false;
      // A heading that is only a link names the linked note: "## [[AWS Compute|Compute]]".
      const link = headingLink(h);
      if (questions || answers) {
        owner = enclosing;
      } else if (link) {
        owner = this.linkedNote(link) ?? this.registerTerm(link.target, this.childKind(enclosing));
        named = true;
      } else if (meaning.kind === "named" && ((this.aspects.has(aspectKey(this.lex, meaning.name)) && (enclosing || (parent !== undefined && inOutline.has(parent)))) || this.outline.has(aspectKey(this.lex, meaning.name)))) {
        // "監視" under AWS Lambda is Lambda's monitoring: a section of what encloses it; so is
        // "学習内容", which heads a section of every article, and "セキュリティ" under it.
        owner = enclosing;
        if (!enclosing) inOutline.add(this.sections.length);
      } else if (meaning.kind === "named" && (!this.meaningful(meaning.name) || this.bareModifier(meaning.name) || (enclosing !== undefined && this.bareKanjiWord(meaning.name))) && !resolveName(this.lex, meaning.name, false)) {
        // "AWS Services", "Examples": a heading of generic words is a section of what encloses it.
        owner = enclosing;
      } else if (meaning.kind === "named" && this.wordOfEnclosingService(meaning.name, enclosing)) {
        // "## Backups" in a note on DynamoDB is DynamoDB's backups, not the AWS Backup service.
        owner = enclosing;
      } else if (meaning.kind === "named") {
        // The note's own title heading ("# Amazon SQS" in Amazon SQS.md) is the note's node.
        this.termContext = { owners: this.ownersFrom(parent, this.documentNotes.has(note.file) ? undefined : noteOwner), file: note.file };
        try {
          owner = noteOwner && h.depth === 1 && nameKey(meaning.name) === nameKey(this.reg.get(noteOwner)?.english ?? "") ? noteOwner : this.headingOwner(meaning.name, enclosing);
        } finally {
          this.termContext = undefined;
        }
        named = true;
      } else if (meaning.kind === "joined") {
        // "Lake Formation との連携" under Glue: a section on Glue working with Lake Formation. What
        // it says is Lake Formation's where the vocabulary knows that one thing (the parts it
        // defines, "タグベースアクセスコントロール"), else Glue's.
        const known = meaning.partners.length === 1 ? resolveName(this.lex, meaning.partners[0]!) : undefined;
        owner = known ? this.reg.ensureVocab(known.entity).key : enclosing;
      } else if (meaning.kind === "comparedWith") {
        // "Contrast with SNS" under EventBridge: EventBridge's section, set against SNS.
        owner = enclosing;
      } else if (meaning.kind === "clause") {
        // A heading that says something ("Next step is to click on Credentials") is words of the note.
        clauseLines.push({ text: h.text, raw: h.text, line: h.line, path: h.path, source: "text", heading: true });
      }
      const index = this.sections.length;
      const analogy = parentSection?.analogy || isAnalogyHeading(this.lex, h.text);
      const choice = isChoiceHeading(this.lex, h.text);
      this.sections.push({ index, file: note.file, heading: h, ...(parent !== undefined ? { parent } : {}), ...(owner ? { owner } : {}), named, questions, ...(analogy ? { analogy } : {}), ...(choice ? { choice } : {}), lines: [] });
      byLine.set(h.line, index);
      if (meaning.kind === "compared") {
        this.comparedHeadings.push({ section: index, sides: meaning.sides, ...(meaning.joined ? { joined: true as const } : {}) });
        // A kind the heading only implies ("Inline Policies", read from "Inline vs Managed
        // Policies") is a name to find, as on a line that compares them.
        for (const side of meaning.sides) if (!nfkc(h.text).includes(side)) this.registerComparedName(side, meaning.sides);
      }
      if (meaning.kind === "joined" && enclosing) this.joinedHeadings.push({ section: index, partners: meaning.partners, enclosing });
      if (meaning.kind === "comparedWith" && enclosing) this.comparedWithHeadings.push({ section: index, other: meaning.other, enclosing });
      if (named && owner) {
        const draft = this.reg.get(owner)!;
        const earlier = draft.ownSections.map((i) => this.sections[i]!).find((s) => s.file !== note.file);
        if (earlier && !this.noteNodes.has(note.file)) this.warnings.push({ file: note.file, line: h.line, message: `heading "${h.text}" also heads a section in ${earlier.file}:${earlier.heading.line}; both sections describe one node` });
        draft.ownSections.push(index);
        // The name the heading gives, not its facet words ("Amazon SQS とは" is written "Amazon SQS").
        // (A link's words that title a chapter, "### [[03 - Storage/S3 - Simple Storage Service|03 -
        // Storage]]" in a table of contents, are the chapter's, no name of the note it opens with.)
        if (!(link && isDocumentTitle(this.lex, nfkc(h.text).trim()))) this.reg.seen(owner, meaning.kind === "named" && !link ? meaning.name : h.text);
      }
    }
    const factByLine = new Map<number, number>();
    const lines = [...note.lines, ...clauseLines].sort((a, b) => a.line - b.line);
    // The last line of each section that asks, by its fact id: lettered lines after it are its choices.
    const askedIn = new Map<number | undefined, number>();
    const askedBy = lettersAsked(lines);
    for (const n of lines) {
      const section = n.path.length ? byLine.get(n.path.at(-1)!.line) : undefined;
      const factId = this.lines.length;
      const asker = askedBy.get(n.line);
      const choiceOf = CHOICE.test(n.text) ? (askedIn.get(section) ?? (asker !== undefined ? factByLine.get(asker) : undefined)) : undefined;
      if (n.source !== "table" && endsAsking(n.text)) askedIn.set(section, factId);
      const reading = lineReading(this.lex, n);
      const sentences: AnalysedSentence[] = [];
      const sentenceStarts: number[] = [];
      for (const span of reading.sentences) {
        sentences.push(new AnalysedSentence(this.lex, span.original, span.text, span.japanese));
        sentenceStarts.push(span.start);
      }
      const lead = n.lead !== undefined ? factByLine.get(n.lead) : undefined;
      const work: LineWork = {
        factId,
        note: n,
        file: note.file,
        ...(section !== undefined ? { section } : {}),
        // (A document's node — a guide, a comparison — speaks for none of its lines.)
        ...(noteOwner && !this.documentNotes.has(note.file) ? { noteOwner } : {}),
        sentences,
        sentenceStarts,
        definitions: [],
        nested: [],
        subjects: [],
        ...(lead !== undefined ? { lead } : {}),
        ...(choiceOf !== undefined ? { choiceOf } : {}),
        ...(reading.citation ? { citation: reading.citation } : {}),
      };
      if (reading.citing) work.citing = [...reading.citing];
      this.lines.push(work);
      factByLine.set(n.line, factId);
      if (section !== undefined) this.sections[section]!.lines.push(factId);
    }
  }

  /** Headings that compare two things ("SQS vs SNS"), to relate once names are known. */
  readonly comparedHeadings: { section: number; sides: [string, string]; joined?: true }[] = [];
  /** Headings that set what encloses them against another thing ("Contrast with SNS", "CloudFormationとの違い"). */
  readonly comparedWithHeadings: { section: number; other: string; enclosing: string }[] = [];
  /**
   * Headings of working with other things ("Lake Formation との連携"), and the names of those things
   * (not made terms by the heading: a thing the notes name nowhere else, "GitHub" in a note on
   * Amazon Q, drew the lines of other notes that name it in passing).
   */
  readonly joinedHeadings: { section: number; partners: string[]; enclosing: string }[] = [];

  private childKind(enclosing: string | undefined): NodeKind {
    const k = enclosing ? this.reg.get(enclosing)?.kind : undefined;
    return k && k !== "topic" && k !== "question" ? "concept" : "topic";
  }

  /** The node a named heading is about: a vocabulary entity, a known name, else a new topic or concept. */
  private headingOwner(text: string, enclosing: string | undefined): string {
    const entity = resolveName(this.lex, text);
    if (entity) return this.reg.ensureVocab(entity.entity).key;
    // "ALB (Application Load Balancer) - L7", "CLB - v1": a layer's or a version's tag after a dash
    // heads a section on the thing itself, no part of it.
    const tagged = /^(.*\S)\s+[-–—]\s+(?:L\d|v\d+(?:\.\d+)?|Layer\s*\d)$/i.exec(nfkc(text).trim());
    if (tagged && !/[-–—]\s/.test(tagged[1]!)) return this.headingOwner(tagged[1]!, enclosing);
    // "ALB: Application Load Balancer", "CLB:Classic Load Balancer": read as "ALB (Application Load Balancer)".
    const spelled = spelledOutName(this.lex, nfkc(text).trim());
    if (spelled) {
      const key = this.headingOwner(spelled, enclosing);
      this.reg.addName(text, key);
      return key;
    }
    // "Amazon Simple Queue Service (Amazon SQS)", "Elastic Compute Cloud (EC2)": a name and its other name.
    const { name, inside } = splitTrailingParenthetical(text);
    if (inside && name) {
      const byName = resolveName(this.lex, name);
      const either = byName ?? this.thingInBrackets(inside);
      if (either) {
        const key = this.reg.ensureVocab(either.entity).key;
        // (Brackets that say which part of it the section is, "( Cache Control 編 )", name no other name.)
        // (Nor does a count of what the section holds: "SQS (5 Edge Cases)".)
        const facet = (n: string) => { const m = readHeading(this.lex, n); return m.kind !== "named" || nameKey(m.name) !== nameKey(n) || COUNTED.test(n); };
        // (The words before brackets that name the thing are another name of it only when they
        // spell it out or translate it: "Layer 3: DAX (DynamoDB)", "監視 (CloudWatch)" head a section
        // on it, under names of their own.)
        // (Or the brackets spell out the words before them: "GLB (Gateway Load Balancer)".)
        const spellsOut = (n: string) => !!longFormOf(inside, n) || (isAbbreviation(n) && longFormOf(n, inside) === inside) || !!longFormOf(inside, translateTokens(tokenize(this.lex, nfkc(n))).english) || this.isTranslation(n, inside);
        for (const n of [name, inside]) {
          if (nameKey(n) === nameKey(either.entity.label) || facet(n) || (n === name && !byName && !spellsOut(n))) continue;
          // (Nor does a word in the brackets that is no name the vocabulary knows and neither spells
          // out nor translates the name: "Elastic Beanstalk (PaaS)" says what kind of service it is.)
          if (n === inside && byName && !resolveName(this.lex, inside, false) && !spellsOut(name)) continue;
          // (An abbreviation that names another thing in general, "AWS Server Migration Service
          // (SMS)" beside text messages, names this one in this note only.)
          // (Not another name of the same thing renamed, or of what it replaced: "Amazon EventBridge
          // (Amazon CloudWatch Events)" is one service by both names everywhere.)
          const other = resolveName(this.lex, n, false)?.entity;
          if (other && !related(other, either.entity) && this.reg.readingFile !== undefined) this.nameInNote(this.reg.readingFile, n, key);
          else this.addAlias(key, n);
        }
        return key;
      }
      const key = this.headingOwner(name, enclosing);
      this.readParenthetical(key, name, inside, undefined, undefined);
      return key;
    }
    const kind = this.childKind(enclosing);
    if (kind === "concept") return this.registerTerm(text, "concept");
    const known = this.reg.lookupName(text) ?? this.reg.lookupName(stripVendorPrefix(text));
    if (known) return known;
    const key = `h:${nameKey(text)}`;
    const draft = this.reg.ensure(key, "topic");
    this.reg.addName(text, key);
    // A Japanese heading the glossary translates whole (ネットワーク, 監視) is named in English too;
    // the English is not registered as a name, so plain words in sentences ("network") do not
    // turn into mentions of the section.
    const heading = nfkc(text).trim();
    if (!draft.english && CJK.test(heading)) {
      const tr = translatePhrase(tokenize(this.lex, heading));
      if (tr.complete && tr.english && !CJK.test(tr.english)) {
        this.reg.setEnglish(key, tr.english);
        this.reg.seen(key, heading);
      }
    } else if (!draft.english && !CJK.test(heading)) this.reg.setEnglish(key, heading);
    return key;
  }

  /** The key of a term, registering it if new: vocabulary entity, known term, or a new one. */
  /** Is `name` a name of the thing `key` (as the notes or the vocabulary know it)? */
  private namesSameThing(name: string, key: string): boolean {
    if (this.reg.lookupName(name) === key) return true;
    const vocab = this.reg.get(key)?.vocab;
    return !!vocab && resolveName(this.lex, name, false)?.entity.id === vocab.id;
  }

  /**
   * The thing the vocabulary knows by what brackets hold. A word a service took is the word:
   * "Snapshot (backup)" is a snapshot, a backup, no AWS Backup; "(AWS Backup)", with the vendor's
   * name, is the service.
   */
  private thingInBrackets(inside: string) {
    const found = resolveName(this.lex, inside, false);
    return found && !(found.entity.ambiguous && !AWS_PREFIX.test(inside)) ? found : undefined;
  }

  registerTerm(name: string, kind: NodeKind = "concept"): string {
    const written = nfkc(name).trim();
    // (A mark before a name the vocabulary knows is no part of it: "✅ **AWS Backup**: …" is AWS Backup.)
    const unmarked = withoutLeadingEmoji(written);
    const entity = resolveName(this.lex, written) ?? (unmarked !== written && unmarked ? resolveName(this.lex, unmarked) : undefined);
    if (entity) {
      const d = this.reg.ensureVocab(entity.entity);
      if (nameKey(written) !== nameKey(entity.entity.label)) this.reg.addName(written, d.key);
      return d.key;
    }
    // "AWS Key Management Service (KMS)", "Elastic Block Store (EBS)": a name and its other name.
    const paren = splitTrailingParenthetical(written);
    const namesItself = (inside: string, main: string) => isAbbreviation(inside.replace(/s$/, "")) ? !!(longFormOf(inside.replace(/s$/, ""), main) ?? longFormOf(inside, main)) : isAbbreviation(stripVendorPrefix(main)) && !!longFormOf(stripVendorPrefix(main), inside);
    const namedInside = paren.inside ? this.thingInBrackets(paren.inside) : undefined;
    if (paren.inside && paren.name && paren.name !== written && (resolveName(this.lex, paren.name) || namedInside || namesItself(paren.inside, paren.name) || this.isTranslation(paren.name, paren.inside))) {
      const known = this.reg.lookupName(written);
      if (known) return known;
      const either = resolveName(this.lex, paren.name) ?? namedInside;
      const key = either ? this.reg.ensureVocab(either.entity).key : this.registerTerm(paren.name, kind);
      this.reg.addName(written, key);
      if (!either) this.readParenthetical(key, paren.name, paren.inside, undefined, undefined);
      // (Not a remark in them: "Amazon SQS (Standard vs FIFO Queues)" compares its two kinds.)
      // (Nor another thing, or a word, that says what it is or runs on: "NAT Instance (EC2)", "NAT
      // Gateway (Managed)" in a table's header. Brackets name it again only with a name of it or
      // of what it replaced, or letters its words stand for: "Amazon SNS", "EB".)
      else if (nameKey(paren.inside) !== nameKey(either.entity.label) && /^[A-Z][A-Za-z0-9 &-]{1,40}$/.test(paren.inside) && !COMPARISON_TITLE.test(paren.inside)) {
        const inside = resolveName(this.lex, paren.inside, false)?.entity;
        const renamed = (a: EntityEntry, b: EntityEntry) => a.renamedFrom.includes(b.id) || a.supersedes.includes(b.id);
        if (inside ? inside.id === either.entity.id || renamed(inside, either.entity) || renamed(either.entity, inside) : namesItself(paren.inside, paren.name)) this.addAlias(key, paren.inside);
      }
      return key;
    }
    // "MTU: Maximum Transmission Unit", "RPO - Recovery Point Objective": as in brackets, one thing.
    const spelled = spelledOutName(this.lex, written);
    if (spelled) {
      const key = this.registerTerm(spelled, kind);
      this.reg.addName(written, key);
      return key;
    }
    // "DMS -Database Migration Service", "KMS - Key Management Service": one thing by both its names;
    // "Systems Manager - Session Manager" (a note's title): the part after the dash, a part of the first.
    const dashed = /^(.+?)\s*[-–—]\s*(.+)$/.exec(written);
    if (dashed && /\s[-–—]|[-–—]\s/.test(written)) {
      const [a, b] = [resolveName(this.lex, dashed[1]!.trim(), false), resolveName(this.lex, dashed[2]!.trim(), false)];
      if (a && b && (a.entity.id === b.entity.id || b.entity.parent === a.entity.id)) {
        const key = this.reg.ensureVocab(b.entity).key;
        this.reg.addName(written, key);
        return key;
      }
    }
    const bare = stripVendorPrefix(written);
    const known = this.reg.lookupName(written) ?? this.reg.lookupName(bare);
    if (known) return known;
    // Named after something known (SQSアクセスポリシー, Glue JDBC)? Then its English form starts
    // with that thing's proper name (Lamda関数 → Lambda function).
    const s = analyseSentence(this.lex, bare);
    const found = findMentions(this.lex, this.reg, s)[0];
    // (A file's name that is another thing's name is that thing here, as it is in sentences:
    // "snowball stemmer" and "snowball client" are named after Snowball, not after the Snow Family's
    // note in snowball.md.)
    const byFileName = found && this.fileNameOnly.size > 0 ? this.fileNameOnly.get(nameKey(found.surface)) : undefined;
    // (But in that note itself it is the note's: gillouche's "SMS Connector" in sms.md. A pass that
    // registers names outside any line keeps the registry's reading.)
    const inOwnNote = !this.termContext || this.namesInNote.get(this.termContext.file)?.get(nameKey(found?.surface ?? "")) === found?.key;
    // (…where it is held to that thing's tests: "snowball stemmer" is no Snowball's either.)
    const toThing = found && byFileName?.to !== undefined && byFileName.key === found.key && !inOwnNote ? byFileName.to : undefined;
    const first = toThing === undefined ? found : acceptable(this.reg.get(toThing)?.vocab, s, found!.surface, found!.from, found!.to) ? { ...found!, key: toThing } : undefined;
    // (Not after a hub of the notes, a topic: "Storage Optimized" is no kind of the "AWS Storage" hub.)
    // (Nor is a comparison named after its first side: "ECS vs EKS" is no kind of ECS.)
    // (Nor is a name written in full with the vendor's, "AWS Certified Machine Learning Engineer",
    // a part of another such name the vocabulary does not know: each is a product of its own.)
    const ownProduct = AWS_PREFIX.test(written) && !!first && !this.reg.get(first.key)?.vocab;
    // (Nor is a common word joined to another, "Backup and Archiving" (a use of S3), named after
    // the service that took the word for its name.)
    // ("AWS Config and Remediation", written with the vendor's name, is the service's.)
    const joined = !!first && !AWS_PREFIX.test(written) && !!this.reg.get(first.key)?.vocab?.ambiguous && /^\s*(?:(?:and|or)\s|&|\/|・|と|や)\s*\S/i.test(s.text.slice(first.end));
    // (Nor is a name that opens on such a word, written bare in what the notes write of another
    // service, the service's thing: "Backup Window" under RDS, "Batch size" under SageMaker,
    // "Artifact Store" under CodePipeline are no AWS Backup's, Batch's or Artifact's; "Backup Plans"
    // under AWS Backup is, and so is "Glue Job State Change" under a topic.)
    const bareServiceWord = !!first && !AWS_PREFIX.test(written) && !!this.reg.get(first.key)?.vocab?.ambiguous && !!this.termContext && this.ownedByOtherService(this.termContext.owners, first.key);
    const prefix = first && first.start === 0 && first.end < s.text.length && isProperName(this.reg, first) && this.reg.get(first.key)?.kind !== "topic" && !COMPARISON_TITLE.test(written) && !ownProduct && !joined && !bareServiceWord ? first : undefined;
    const prefixName = prefix ? nameOfPrefix(prefix.surface, this.reg.get(prefix.key)?.english) : undefined;
    // (A word right after it, or brackets, that name it again are no word of the name: "AWS Web
    // Application Firewall (WAF) logs" is WAF logs, not "WAF WAF logs"; "DynamoDB Accelerator DAX" is DAX.)
    const again = prefix ? /^\s*(?:[(（]([^()（）]+)[)）]|([^\s()（）]+)(?=\s|$))/.exec(s.text.slice(prefix.end)) : null;
    const restFrom = prefix && again && this.namesSameThing((again[1] ?? again[2])!, prefix.key) ? prefix.end + again[0].length : prefix?.end;
    const rest = restFrom !== undefined ? s.tokens.filter((t) => t.start >= restFrom) : s.tokens;
    const tr = translateTokens(rest);
    // A word the glossary drops (型) must not leave a bare head behind: ゲートウェイ型 is not "gateway".
    const dropsWords = rest.some((t) => t.gloss === "") && tr.english.split(/\s+/).filter(Boolean).length <= 1;
    const translated = dropsWords ? undefined : prefix ? (prefixName && tr.complete ? `${prefixName} ${tr.english}`.trim() : undefined) : tr.complete ? tr.english : undefined;
    // (Tokens joined again space out an option's dash, "-d" → "- d": the same name, not an English one.)
    // (Nor the same words without the "&" or "+" that joins them, "Backup Restore" for "Backup & Restore".)
    const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
    const asWritten = !CJK.test(bare) && /[&+]/.test(bare) && /^[\p{L}\p{N}\s&+,.'’()/-]+$/u.test(bare) && words(translated ?? "") === words(bare);
    const english = translated && nameKey(translated).replace(/^--/, "") !== nameKey(bare).replace(/^--/, "") && !asWritten ? translated : undefined;
    const viaEnglish = english ? this.reg.lookupName(english) ?? (resolveName(this.lex, english, false) ? `e:${resolveName(this.lex, english, false)!.entity.id}` : undefined) : undefined;
    // (A Japanese word is the thing its English word names, not a service that took the word for
    // its name: バックアップ is a backup, not AWS Backup; as in mentions.ts.)
    const takenWord = viaEnglish !== undefined && !!this.reg.get(viaEnglish)?.vocab?.ambiguous && !/^(AWS|Amazon)/i.test(written);
    if (viaEnglish && this.reg.get(viaEnglish) && !takenWord) {
      this.reg.addName(written, viaEnglish);
      return viaEnglish;
    }
    const key = `t:${nameKey(english ?? bare)}`;
    // (An unknown abbreviation after the vendor is as often an exam or a programme as a service:
    // "AWS SAA の勉強メモ". The vocabulary lists the services people abbreviate. A service's name is
    // an English proper name: "AWS 認定", "AWS 所有のキー", "Amazon CodeGuru Reviewer との連携" are
    // the vendor's certification, its keys, a section on an integration.)
    // (A hub other notes place under them, "AWS Storage", is a topic whatever its name.)
    // (Nor a common word after the vendor's name, "AWS Products", "AWS Servers", "AWS Public": the
    // vendor's products, servers, public zone.)
    // (Nor a participle after it, which says what the vendor did: "AWS Certified Cloud Practitioner"
    // is a certification, "AWS Managed Keys", "AWS Owned Keys" are keys it manages or owns; the
    // services so named, Managed Grafana, Trusted Advisor, are the vocabulary's.)
    // (Nor a name ending on a word for the vendor's events, publications, courses or people: "AWS
    // Black Belt Online Seminar" is a series of talks, "AWS Exam Guide", "AWS Partner" no services.)
    // (Nor a standard the vendor set, which its name keeps: "Amazon States Language", "AWS Security
    // Finding Format", not "States Language", a service.)
    const standard = AWS_PREFIX.test(written) && !prefix && !english && endsOnStandardHead(this.lex, bare);
    const isService = kind !== "topic" && AWS_PREFIX.test(written) && !prefix && !joined && !!this.lex.vocab.domains.length && !/^[A-Z0-9]{2,5}$/.test(bare) && SERVICE_NAME.test(bare) && !commonWordAfterVendor(this.lex, bare) && !endsOnNonProductHead(this.lex, bare) && !standard && !/^[A-Za-z][a-z]+ed\b/.test(bare);
    this.reg.ensure(key, isService ? "service" : kind, english ? { english } : CJK.test(bare) ? {} : { english: standard ? written : bare });
    if (prefix && prefix.key !== key && !participleKey(prefix.key)) this.reg.setPrefixOf(key, prefix.key);
    this.reg.addName(written, key);
    this.reg.addName(bare, key);
    if (english) this.reg.addName(english, key);
    return key;
  }

  addAlias(key: string, alias: string) {
    const d = this.reg.get(key);
    const a = nfkc(alias).trim();
    // A name has letters: "1" of "バージョン(my-function:1)" is a value, and an alias of it would be found in every "1".
    // (More than one: "C" of "正解の理由（C）" is a question's choice, and would be found in every "C".)
    if (!d || !/\p{L}/u.test(a) || [...a].length < 2) return;
    this.reg.addAlias(key, a);
    this.reg.addName(a, key);
  }

  evidence(line: LineWork, sentence?: AnalysedSentence): Evidence {
    return { text: sentence?.original ?? line.note.text, file: line.file, line: line.note.line };
  }

  /** A list item's evidence names what it is an item of: "Storage Gateway comes in three flavors: Tape Gateway". */
  itemEvidence(line: LineWork): Evidence {
    const lead = line.lead !== undefined ? this.lines[line.lead] : undefined;
    if (!lead) return this.evidence(line);
    return { text: `${lead.note.text} ${line.note.text}`, file: line.file, line: line.note.line };
  }

  // ---- 3. terms -------------------------------------------------------------------------

  /** Every definition a line writes with a one-word label, with what the line is under (for aspectLabels). */
  private labelledDefinitions(): LabelledDefinition[] {
    const out: LabelledDefinition[] = [];
    // How far into its note each line is (a note's lines are consecutive).
    let file: string | undefined;
    let place = 0;
    for (const line of this.lines) {
      place = line.file === file ? place + 1 : 0;
      file = line.file;
      if (line.note.table || line.citation === "cites" || line.choiceOf !== undefined) continue;
      const labels = oneWordLabels(this.lex, line.note);
      if (!labels.length) continue;
      const section = line.section !== undefined ? this.sections[line.section] : undefined;
      if (section && GLOSSARY_HEADING.test(nfkc(section.heading.text).trim())) continue;
      // (Nor under a question or its explanation: two questions on placement groups both explain
      // "Spread: …", one thing, under no thing of their own.)
      if (section?.questions || line.question !== undefined) continue;
      // (A list item under another is under that item: "- **Simple Routing** / - **Logic**: …";
      // not under an aspect's label, "**Use Cases**: / - **Spread**: …" and "**Limitations**: /
      // - Spread: …" say two things of one placement strategy.)
      const lead = line.lead !== undefined ? this.lines[line.lead] : undefined;
      const leadName = lead ? (splitDefinition(lead.note.text)?.term ?? lead.note.text.replace(/[:：]\s*$/, "")) : undefined;
      const owner = leadName && !isGenericLabel(this.lex, leadName) ? `lead:${nameKey(leadName)}` : this.ownerOf(line);
      // (Among the first lines, under its note's title or no heading at all, the line opens the
      // note: a record's fields are counted there whatever the note is of, a question it logs too.)
      const opening = place < OPENING_LINES && !lead && (section === undefined || (section.parent === undefined && section.heading.depth === 1));
      if (owner === undefined || this.reg.get(owner)?.kind === "question") {
        if (opening) for (const { label, key } of labels) out.push({ label, key, file: line.file, owner: `note:${line.file}`, known: false, opening });
        continue;
      }
      const known = !!this.reg.get(owner)?.vocab;
      for (const { label, key } of labels) out.push({ label, key, file: line.file, owner, known, opening });
    }
    return out;
  }

  /** Every line's terms, note by note: done again from the build before where nothing they read changed (terms-memo.ts). */
  private collectAllTerms() {
    const memo = this.memo?.terms;
    if (!memo) {
      for (const line of this.lines) {
        this.reg.readingFile = line.file;
        this.collectTerms(line);
        release(line);
      }
      this.reg.readingFile = undefined;
      return;
    }
    // A note's lines are consecutive (readStructure adds them note by note).
    const units: { file: string; lines: LineWork[] }[] = [];
    for (const line of this.lines) {
      const last = units.at(-1);
      if (last?.file === line.file) last.lines.push(line);
      else units.push({ file: line.file, lines: [line] });
    }
    memo.begin(lexiconKey(this.lex), this.reg.stateParts(), units.map((u) => u.file));
    for (const { file, lines } of units) {
      this.reg.readingFile = file;
      const input = this.termsInput(lines);
      const kept = memo.reuse(file, input);
      if (kept && this.replayTerms(kept.ops, kept.lines, lines)) continue;
      const journal = new NoteJournal();
      this.reg.journal = journal;
      try {
        for (const line of lines) {
          this.collectTerms(line);
          release(line);
        }
      } finally {
        this.reg.journal = undefined;
      }
      memo.remember(file, input, journal, lines.map((l) => ({ ...(l.question !== undefined ? { question: l.question } : {}), ...(l.named !== undefined ? { named: l.named } : {}), definitions: [...l.definitions] })));
    }
    this.reg.readingFile = undefined;
    memo.end();
  }

  /** What the terms pass reads of a note besides the registry: its lines, their sections, the sides its headings compare. */
  private termsInput(lines: readonly LineWork[]): string {
    const first = lines[0]!.factId;
    const sides = this.comparedSidesByFile().get(lines[0]!.file) ?? [];
    const parts = [lines[0]!.file, JSON.stringify(sides)];
    // (Which of its labels are aspects depends on the other notes.)
    if (this.aspectLabelKeys.size) parts.push(lines.flatMap((l) => oneWordLabels(this.lex, l.note).map((x) => x.key)).filter((k) => this.aspectLabelKeys.has(k)).join("\u0001"));
    for (const l of lines) {
      const section = l.section !== undefined ? this.sections[l.section] : undefined;
      // (What a line's terms are named after reads the owners of the sections around it too.)
      const where = section ? `${section.heading.line}\u0001${this.ownersFrom(l.section, undefined).join("\u0004")}\u0001${section.named}\u0001${section.questions}\u0001${section.analogy ?? ""}\u0001${section.compared?.join("\u0001") ?? ""}` : "";
      parts.push(`${lineDigest(l.note)}\u0002${where}\u0002${l.lead !== undefined ? l.lead - first : ""}\u0002${l.noteOwner ?? ""}`);
    }
    return parts.join("\u0003");
  }

  /** Does again what a note's terms did; false (and nothing done) when a vocabulary entity it made is gone. */
  private replayTerms(ops: readonly DraftOp[], kept: readonly LineTerms[], lines: readonly LineWork[]): boolean {
    if (kept.length !== lines.length) return false;
    if (ops.some((op) => op[0] === "draft" && op[4] !== null && !this.entityById.has(op[4]))) return false;
    for (const op of ops) this.reg.apply(op, (id) => this.entityById.get(id));
    lines.forEach((line, i) => {
      const t = kept[i]!;
      if (t.question !== undefined) line.question = t.question;
      if (t.named !== undefined) line.named = t.named;
      line.definitions.push(...t.definitions);
    });
    return true;
  }

  /**
   * Is the section in a set of questions that gives answers ("Correct Answer: C") or lettered
   * choices? Such a set is a practice test or its review, not a list of the learner's own questions.
   */
  private answeredSet(section: number): boolean {
    let root = section;
    for (let at = this.sections[section]!.parent; at !== undefined && this.sections[at]!.questions; at = this.sections[at]!.parent) root = at;
    let answered = this.answeredSets.get(root);
    if (answered === undefined) {
      const within = (si: number): boolean => {
        for (let at: number | undefined = si; at !== undefined; at = this.sections[at]!.parent) if (at === root) return true;
        return false;
      };
      // (A label alone on its line heads the answer below it: "**Correct Answer:**".)
      // (So does a false one: "Wrong: \"Immediately\"" under "Question: …" gives the trap beside the answer.)
      const label = answerLabel(this.lex);
      const wrong = falseLabel(this.lex);
      answered = this.sections.some((sec, si) => sec.file === this.sections[root]!.file && within(si) && sec.lines.some((id) => { const l = this.lines[id]!; return l.choiceOf !== undefined || label.test(`${l.note.text} …`) || wrong.test(l.note.text); }));
      this.answeredSets.set(root, answered);
    }
    return answered;
  }
  private readonly answeredSets = new Map<number, boolean>();

  /**
   * A question that names nothing: in English, of everyday and small words asked of a pronoun ("Why
   * It Exists?"); in Japanese, a question word and no name — no Latin letters, no katakana, no run
   * of three kanji or more ("どういうときに便利か?", "なぜ併用するのか?"; not "なぜ冗長化が必要か?",
   * nor "認証と認可の違いは?", which asks with no question word).
   */
  private asksOfNothing(text: string): boolean {
    if (/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) {
      const t = text.normalize("NFKC");
      return /なぜ|どう|どの|どんな|いつ|何/.test(t) && !/[A-Za-z\u30a0-\u30ff]|[\u3400-\u9fff]{3,}/.test(t.replace(/何/g, ""));
    }
    if (/[^\x00-\x7f’]/.test(text)) return false;
    const words = text.replace(/[?!.,:;()"]/g, " ").split(/\s+/).filter(Boolean);
    // (…or of the reader, "When Are You Taking the Exam?": a question of the learner's own plans.)
    if (!words.some((w) => /^(?:it|its|they|them|this|that|these|those|one|both|you|your|we|our|i|me|my)$/i.test(w))) return false;
    return words.every((w) => {
      const word = w.toLowerCase().replace(/’/g, "'");
      if (!/^[a-z]+(?:'[a-z]+)?$/.test(word)) return false;
      return this.lex.everydayWords.has(word) || this.lex.functionWords.has(word) || this.lex.everydayWords.has(word.replace(/'[a-z]+$/, ""));
    });
  }

  private collectTerms(line: LineWork) {
    if (line.citation === "cites" || line.choiceOf !== undefined) return;
    this.termContext = { owners: this.ownersFrom(line.section, line.noteOwner), file: line.file };
    try {
      this.collectLineTerms(line);
    } finally {
      this.termContext = undefined;
    }
  }

  private collectLineTerms(line: LineWork) {
    const text = line.note.text;
    const section = line.section !== undefined ? this.sections[line.section] : undefined;
    // (Not a table's row, whose text names its header: "Question: …? / Answer: …" is a row of a
    // table of questions and answers, each the pair of its cells.)
    const marker = line.note.source === "table" ? null : QUESTION_MARKER.exec(text);
    // (A line of a list of questions that only points to a page is no question: a link, an address.)
    // (Nor one that says or tells something in full: "アカウント設定を開きます" under "秘密の質問".)
    // (A learner's "…がわかりません", "…は疑問です" is still one.)
    // (Asked only under a heading of questions: this runs on every line of every build.)
    // (Nor a key from a quoted cue to its answer: '"Single-tenant HSM" → CloudHSM (not KMS)',
    // '"Real-time" = Kinesis Data Streams': it states what the cue points to; nor a step of a
    // method, "Step 1: Identify the Constraint (5 seconds)", unless it asks.)
    const stepOfMethod = () => {
      const label = /^([^:：]{1,30})[:：]/.exec(text)?.[1];
      return label !== undefined && isSequenceLabel(this.lex, label) && !QUESTION_MARKER.test(text);
    };
    const statement = () =>
      (/(?:ます|ください)[。.]?\s*$/.test(text) && !/[?？]|か[。.]?\s*$|なぜ|どう|何|違い|わから|分から|疑問|気にな|\b(?:why|how|what)\b/i.test(text)) ||
      (!/[?？]\s*$/.test(text) && (/^["“「『][^"”」』]+["”」』]\s*(?:=|→|->|=>|⇒)\s*\S/.test(text) || stepOfMethod()));
    // (A question mark that ends a cited title is the document's: "…注意が必要です。参考:EBS マルチアタッチ…できますか?")
    // (Nor one that names nothing, "Why It Exists?", "How does it work?", "どういうときに便利か?": a
    // heading's question that the section answers of what encloses it, nothing a learner could
    // study on its own.)
    // (Nor an offer of more help an assistant's answer ends on, pasted with it: "Would you like me to
    // help you build a … learning plan?", "Want me to help you choose one…?".)
    // (…nor the choices such an offer lists: "Want me to make you:" over "- A custom 8-week plan?".)
    const offer = /^\W*(?:would you like me to|do you want me to|want me to|shall i)\b/i;
    const asks = () => endsAsking(text) && line.note.source !== "table" && !cited(line, line.sentences.length - 1) && !this.asksOfNothing(text) && !offer.test(text) && !(line.lead !== undefined && offer.test(this.lines[line.lead]?.note.text ?? ""));
    // (Nor an answer under its question: "正解: Transit Gateway", "Answer: …".)
    // (Under a set of questions that gives their answers or choices, only a line that asks is one:
    // "Key Learning Points", "CloudFront = caching at edge" explain the answer.)
    // (Nor a false answer: "Wrong: …", "❌ Trap: …".)
    // (Nor the "A:" that answers the "Q:" on the line before: a flashcard's back.)
    const previous = this.lines[line.factId - 1];
    const answersCard = /^A\d*\s*[:：]/.test(text) && previous?.file === line.file && QUESTION_MARKER.test(previous.note.text);
    // (Nor a line under a heading of one numbered question, "#### Question 4: EBS + S3 Encryption
    // at Rest ✅", "### Q12. …": the section explains that question, unless its line asks.)
    const oneQuestion = section !== undefined && QUESTION_MARKER.test(nfkc(section.heading.text).replace(/^[^\p{L}\p{N}]+/u, ""));
    if (!answersCard && ((section?.questions && !oneQuestion && !isReferenceLine(line.note.raw) && !statement() && !answerLabel(this.lex).test(text) && !falseLabel(this.lex).test(text) && !this.answeredSet(line.section!)) || marker || asks())) {
      const q = marker ? text.slice(marker[0].length) : text;
      // (One that asks of what is written around it is a question of its place.)
      const key = asksOfItsContext(q) ? `q:${nameKey(q)}@${line.file}:${line.note.line}` : `q:${nameKey(q)}`;
      this.reg.ensure(key, "question");
      this.reg.seen(key, q);
      line.question = key;
      return;
    }
    // (An analogy's lines name likenesses: "**NAT Gateway**: security guard who only allows
    // residents to go outside" under "Real-World Analogy" defines nothing, and its words are no terms.)
    if (section?.analogy) return;
    // (Labels that say whom the thing works with, or a field's before its value: no term, nor a
    // capitalised name below.)
    const labelsNamingNothing = new Set<string>();
    if (line.note.table) this.tableTerms(line);
    else {
      // (Under "## 用語" or "## Glossary", "料金: …" defines a term all the same.)
      const inGlossary = section !== undefined && GLOSSARY_HEADING.test(nfkc(section.heading.text).trim());
      // (A link's title defines nothing: "[GuardDuty Malware Protection for S3 - Overview and Demo |
      // Amazon Web Services(YouTube)](…)" names a video; a linked term before its definition,
      // "[共有スループットコンシューマー](…): 複数のコンシューマーで…", still has one.)
      const linkTitles = mostlyLinks(line.note.raw) ? [...line.note.raw.matchAll(/\[([^\]]*)\]\([^)]*\)/g)].map((m) => nfkc(m[1]!)) : [];
      for (const span of labelSpans(this.lex, line.note)) {
        const opening = span.definition.trim().slice(0, 12);
        if (opening && linkTitles.some((t) => t.includes(opening))) continue;
        // "5. RDBの特徴 : RDB_feature.md" is a table of contents, not a definition.
        if (/^\s*\S+\.(?:md|markdown|txt|html?|pdf|png|jpe?g)\s*$/i.test(span.definition) || /^\s*https?:\/\/\S+\s*$/.test(span.definition)) continue;
        // "Prod Account: 195795198264" gives a value, not a meaning.
        if (!/\p{L}/u.test(span.definition)) continue;
        // "【必須】 Role: 一時アクセスのロールをリストから選択します" is a form's field and what to do with it.
        if (isInstruction(this.lex, span.definition)) continue;
        const { name, inside } = splitTrailingParenthetical(span.term);
        // ("Step 2 – Enable DNSSEC signing": a step of what the section is about, no thing of its own;
        // "定義: …", "Further reading: [[…]]": a heading's word before a colon labels what follows.)
        // (A label's emoji is no part of its word: "⚠️ DISCLAIMER: These are original practice
        // questions…", "✅ CORRECT ANSWER: …", "❌ Option A: …", "💡 Memory Tip: …" — an answer's,
        // a choice's, a remark's label, no term.)
        // (…nor after it: "**Q44 ❌ - S3 Lifecycle Expiration**" numbers a question marked wrong.)
        const label = withoutLeadingEmoji(name ?? "").replace(/[\s\p{Extended_Pictographic}\uFE0E\uFE0F\u200D]+$/u, "");
        // (Nor one that says whom the thing works with, "KMS Integration: …", "Lake Formation との連携: …":
        // the line is the enclosing thing's, as under such a heading.)
        if (readHeading(this.lex, label, 3).kind === "joined") {
          labelsNamingNothing.add(label);
          continue;
        }
        if (!name || (this.aspectLabelKeys.has(labelKey(label)) && !inGlossary) || this.lex.stopTerms.has(label.toLowerCase()) || answerLabel(this.lex).test(`${label}: …`) || isRemarkLabel(this.lex, label) || !looksLikeTerm(name) || !this.meaningful(name) || !looksLikeName(name) || isSequenceLabel(this.lex, span.term) || isSequenceLabel(this.lex, label) || (isGenericLabel(this.lex, name) && !inGlossary)) continue;
        // (A field's label before its value, "Max Size: 400 KB", names nothing either.)
        // (Nor one that weighs what encloses it: "Corruption Risk: …", "IAM Auth Benefit: …".)
        if (isFieldLabel(this.lex, name, span.definition, inside) || isEvaluationLabel(this.lex, name)) {
          labelsNamingNothing.add(label);
          continue;
        }
        // (An ordinary word a service took for its name, labelling a definition bare inside another
        // service's section, is that section's word: "**Artifact** - describes a resource…" among
        // GuardDuty's finding fields is no AWS Artifact.)
        if (this.wordOfAnotherService(name, line)) continue;
        // "EC2 & EBS: both must be in the same AZ", "Classic & ALB: successful response code is
        // 200" say something of two things, one of them a thing the vocabulary names on its own:
        // no one term ("Backup & Restore", a strategy, is one: Backup alone is an ordinary word).
        const pair = /^(.+?)\s*(?:&|\+|\band\b)\s*(.+)$/.exec(name);
        if (pair && [pair[1]!, pair[2]!].some((side) => { const e = resolveName(this.lex, side.trim(), false)?.entity; return !!e && !e.ambiguous; })) continue;
        // (So do two the vocabulary names, joined by a slash: "VPN/Direct Connect: Secure network
        // connectivity", "Lambda@Edge / CloudFront Functions: …" — unless that is one name, SSL/TLS.)
        if (slashedKnownNames(this.lex, name)) continue;
        const def = span.definition.trim();
        // "GSI: Global Secondary Index", "LSI: Local Secondary Index. Same partition key.": what the
        // letters stand for is the thing's other name, as in brackets, not what it is.
        const longForm = inside ? undefined : def.split(/\s[-–—]\s|[.。;；,、(（:：]/)[0]?.trim();
        const spelled = longForm ? spelledOutName(this.lex, `${name}: ${longForm}`) : undefined;
        // "**標本点** sample point: …": a term with its English written after it, as a gloss; the
        // English is its other name, not part of it.
        // ("最大 object size" is no gloss: 最大 alone names nothing.)
        const gloss = spelled ? null : GLOSSED_TERM.exec(name);
        const glossed = gloss && this.meaningful(gloss[1]!) && looksLikeName(gloss[1]!) && !isGenericLabel(this.lex, gloss[1]!) && !this.lex.stopTerms.has(gloss[1]!) && !this.lex.measureWords.has(gloss[1]!) && !this.bareModifier(gloss[1]!) ? gloss : null;
        const key = this.registerTerm(spelled ?? glossed?.[1] ?? name);
        if (spelled) this.reg.addName(name, key);
        if (glossed) this.addAlias(key, glossed[2]!);
        const sentence = this.sentenceAt(line, span.termStart);
        // (A line that only spells the name out gives the thing no definition.)
        // ("- CloudFront - Multiple Origins" over a nested list titles what the list says of
        // CloudFront: words in capitals after the dash are no definition of it.)
        const titles = this.lines[line.factId + 1]?.lead === line.factId && /^(?:[A-Z][\w/-]*)(?:\s+[A-Z][\w/-]*){0,3}$/.test(def);
        const defines = (!spelled || /\p{L}/u.test(def.slice(longForm!.length))) && !titles;
        if (def && defines) this.reg.addDefinition(key, { text: def, file: line.file, line: line.note.line, whole: sentence?.original ?? text });
        if (inside) this.readParenthetical(key, name, inside, line, sentence);
        line.definitions.push({ key, span });
      }
      // "A vs B: …" compares two things; a side that names nothing known yet is a name to find.
      const head = splitDefinition(text)?.term;
      const sides = (head && comparedSides(this.lex, head)) || [];
      for (const side of sides) this.registerComparedName(side, sides);
    }
    // A list item that is only a name, under a lead-in ("Storage Gateway comes in three flavors:").
    if (line.lead !== undefined && line.sentences.length === 1 && !line.definitions.length) {
      const item = text.trim();
      if (isTermLike(item) && looksLikeName(item) && this.meaningful(item) && !isSequenceLabel(this.lex, item) && item.split(/\s+/).length <= 6 && (CJK.test(item) || /^[A-Z0-9]/.test(item))) line.named = this.registerTerm(item);
    }
    // (A link in a heading's own words is no name of its note: it names what its words name.)
    // (Nor a link to a day, "[[2025-07-19]]": a daily note's, the day the note was written, no thing.)
    // (A link to a folder names its page, a note, or nothing: no term by the folder's name.)
    for (const l of line.note.links ?? []) if (l.heading !== "in text" && !DAY_LINK.test(l.target.trim()) && !l.file?.endsWith("/")) this.registerTerm(this.linkName(line.note, l));
    // A table's header names its columns, no things — unless the columns are things set side by
    // side, and then the first column holds what they are compared on ("Redirection Handling" in
    // "Feature | S3 Origin | Custom Origin"; "Capacity Guarantee" in "Option | … | Capacity Guarantee").
    const columnWords = new Set<string>();
    const table = line.note.table;
    if (table) {
      const compared = this.comparedColumnsOf(line);
      for (const h of table.header) if (!compared.includes(h.trim())) columnWords.add(nfkc(h).trim());
      if (compared.length >= 2 && table.cells[0]) columnWords.add(nfkc(table.cells[0]).trim());
    }
    // (A label alone on its line in a set of answered questions is the set's form, "Key Learning
    // Points:", "Why You Got It Wrong:", and names nothing.)
    const formLabel = section?.questions === true && /^[^:：]{1,60}[:：]\s*$/.test(text) && this.answeredSet(line.section!);
    // (Nor a title in capitals on how something goes, "How DNS Works" over a callout: "DNS Works" names nothing.)
    const howTitle = line.sentences.length === 1 && isHowTitle(text);
    // (Nor a lead-in that is a facet of a name, as a heading would be: "VPC Key Components:" and
    // "S3 Key Features:" over a list name VPC and S3, no "VPC Key Components".)
    const facetLead = /^[^:：]{1,60}[:：]\s*$/.test(text) && this.facetOfName(text.replace(/[:：]\s*$/, "").trim());
    for (const s of line.sentences) {
      // (Brackets first: "指名ルータ(Designated Router)は…" gives 指名ルータ its English name before the
      // English, in capitals, could be read as a thing of its own.)
      for (const p of parentheticals(s.text)) this.parentheticalInSentence(line, s, p.open, p.inside, p.close);
      // (…and a name set beside its abbreviation, before its words in capitals could be read as a
      // thing of their own: "iBGP = Internal BGP".)
      this.abbreviationPairs(s);
      if (!formLabel && !howTitle && !facetLead) for (const name of capitalisedNames(withoutFormulas(withoutCitedTitles(this.lex, s.text)), s.japanese, this.lex.functionWords)) if (!placeholderName(name, line.note.text) && !columnWords.has(name) && !labelsNamingNothing.has(name)) this.registerCapitalisedName(name);
      // 「quoted」 names a term, unless the sentence gives examples (例えば「中川」で始まる…).
      // (Each pattern below is tried only on sentences holding its one fixed character or word:
      // running them on every sentence was a fifth of this pass.)
      const lower = s.text.includes("「") ? s.text.toLowerCase() : "";
      const examples = lower !== "" && this.exampleCues.some((c) => lower.includes(c));
      // (Nor a path or a pattern quoted: 「api/*」, 「/images」.)
      // (Nor how a name is read: "CTASは、「シータス」と読みます。")
      // (Nor words quoted one after another as examples of a kind: "「最も」「最小」「低レイテンシ」など
      // 優先順位を示す条件", "「クバネティス」「クバネテス」など読みます".)
      const quotedExamples = lower !== "" && !examples ? this.quotedExamples(s.text) : undefined;
      // (A word quoted as an example stays one when the note quotes it again: "例えば…子クラスとして
      // 「乗用車」「トラック」「バス」を設定可能。このとき、「トラック」には「荷物を積む」…".)
      const exampleWords = this.exampleWordsOf(line.file);
      if (examples) for (const q of s.text.matchAll(/「([^「」]{2,24})」/g)) exampleWords.add(q[1]!);
      if (lower !== "" && !examples) for (const q of s.text.matchAll(/「([^「」]{2,24})」(?!\s*と(?:読|発音))/g)) if (!quotedExamples?.has(q.index) && !exampleWords.has(q[1]!) && !this.consoleLabel(s.text, q.index, q.index + q[0].length) && isTermLike(q[1]!) && !/^\/|\/$|\*/.test(q[1]!.trim()) && onlyJoiningKana(q[1]!) && this.meaningful(q[1]!) && !this.lex.stopTerms.has(q[1]!.trim().toLowerCase())) this.registerTerm(q[1]!);
      // "Xとは、…": Japanese defines a term by its topic.
      const toha = /^([^、。,\s][^、。,]{0,30}?)とは[、,\s]/.exec(s.text);
      if (toha && isTermLike(toha[1]!) && onlyJoiningKana(toha[1]!)) this.registerTerm(toha[1]!);
      for (const item of this.classifiedItems(s.text, line.note.raw)) if (this.meaningful(item)) this.registerTerm(item);
      // "FSx for Lustre", "Transfer for SFTP": a known name, "for", and a proper name make one name.
      if (s.text.includes(" for ")) for (const m of s.text.matchAll(/(?<![A-Za-z0-9])((?:AWS |Amazon )?[A-Z][\w-]*(?: [A-Z][\w-]*)*) for ((?:[A-Z][\w-]*|[A-Z]{2,})(?: [A-Z][\w-]*){0,3})(?![\w-])/g)) {
        // …but "Redis for ElastiCache" is Redis used for a known service, not a product of its own.
        // (Nor a purpose whose words go on after the name, "Amazon Kinesis for GPS data ingestion",
        // "Amazon Comprehend for NLP tasks": what it is used for, not what it is called.)
        // ("RDS for SQL Server is managed", "…for Puppet Enterprise and OpsWorks Stacks" go on with a verb or a conjunction.)
        if (/^\s+(?!(?:and|or|is|are|was|were|has|have|can|will|does|supports|provides|offers|lets|allows|runs|uses)\b)[a-z]/.test(s.text.slice(m.index + m[0].length))) continue;
        // (A place is no product: "AZs for HA", "Regions for Residency" say what it is for.)
        const known = resolveName(this.lex, m[1]!, false);
        if (known && !known.entity.place && !resolveName(this.lex, m[2]!, false) && m[0].split(" ").length <= 7) this.registerTerm(m[0]);
      }
    }
    // The sides of the note's compared headings ("## SQS vs SNS") are names to find too. Once per
    // note, at its first line: after that they are known, and asking again changed nothing but
    // cost a pass over every compared heading of the notes for each line.
    if (!this.comparedSidesRead.has(line.file)) {
      this.comparedSidesRead.add(line.file);
      for (const sides of this.comparedSidesByFile().get(line.file) ?? []) for (const side of sides) this.registerComparedName(side, sides);
    }
  }

  /** Notes whose compared headings' sides collectTerms has registered. */
  private readonly comparedSidesRead = new Set<string>();
  private comparedSidesIndex: Map<string, string[][]> | undefined;

  /** The sides of each note's compared headings, in the order of the headings. */
  /** "RRS / Reduced Redundancy Storage", "Reduced Redundancy Storage / RRS", "TTL = Time To Live": a name and its abbreviation. */
  private abbreviationPairs(s: AnalysedSentence) {
    if (s.text.includes("/") || s.text.includes("=")) for (const m of s.text.matchAll(/(?<![\w-])([a-z]?[A-Z][A-Za-z0-9&]{1,7})(?:\s*\/\s*|\s+==?\s+)([A-Z][\w-]*(?: [A-Za-z][\w-]*){1,5})|(?<![\w-])([A-Z][\w-]*(?: [A-Za-z][\w-]*){1,5})(?:\s*\/\s*|\s+==?\s+)([A-Z][A-Za-z0-9&]{1,7})(?![\w-])/g)) {
      const abbr = m[1] ?? m[4]!;
      const long = m[2] ?? m[3]!;
      // (Abbreviations on both sides of the slash are a pair, "CI/CD for instance", "type A/AAA":
      // the words beyond are no long form.)
      const besideSlash = m[2] !== undefined ? long.trim().split(/\s+/)[0]! : long.trim().split(/\s+/).at(-1)!;
      if (/^[A-Z0-9]+$/.test(besideSlash)) continue;
      const equals = /=/.test(m[0]);
      // (Set equal, an abbreviation may open on a small letter, "iBGP = Internal BGP".)
      if ((isAbbreviation(abbr) || (equals && /^[a-z][A-Z]{2,}[A-Za-z0-9&]*$/.test(abbr))) && longFormOf(abbr, long) === long.trim()) {
        // (Set equal, the side written first is the name the notes use: "ECMP = Equal-cost multi-path routing".)
        const [name, other] = m[1] !== undefined && equals ? [abbr, long] : [long, abbr];
        const key = this.registerTerm(name);
        const otherThing = resolveName(this.lex, other, false);
        if (!otherThing || otherThing.entity.id === this.reg.get(key)?.vocab?.id) this.addAlias(key, other);
      }
    }
  }

  private comparedSidesByFile(): Map<string, string[][]> {
    if (!this.comparedSidesIndex) {
      this.comparedSidesIndex = new Map();
      for (const c of this.comparedHeadings) {
        const file = this.sections[c.section]!.file;
        const sides = this.comparedSidesIndex.get(file);
        if (sides) sides.push([...c.sides]);
        else this.comparedSidesIndex.set(file, [[...c.sides]]);
      }
    }
    return this.comparedSidesIndex;
  }

  /**
   * A name worth a node says which thing it is: not only generic words ("AWS services", "data",
   * "機能") or function words.
   */
  meaningful(name: string): boolean {
    let byName = meaningfulNames.get(this.lex);
    if (!byName) meaningfulNames.set(this.lex, (byName = new Map()));
    // (Asked of the same names in every pass and every build; the answer is the vocabulary's alone.)
    return remembered(byName, name, 200_000, () => this.meaningfulNow(name));
  }

  private meaningfulNow(name: string): boolean {
    // (A mark before the words is none of them: "❌ Assuming" opens with "assuming".)
    const words = stripVendorPrefix(withoutLeadingEmoji(nfkc(name)))
      .toLowerCase()
      .split(/[\s\-/]+/)
      .filter(Boolean);
    if (!words.length) return false;
    // A command's short option ("-c", "-h --human", "-l [NUM]", "-p 3000:3000") is no thing of its
    // own: the same letter is another option in every other command (touch -c, grep -c and wc -c
    // had been one node); what it does is a fact of the command it is written under. (A long
    // option, "--threshold", names one.)
    if (/^-[A-Za-z]{1,2}(?![\w-])/.test(nfkc(name).trim())) return false;
    // …nor is an escape of a pattern or a string ("\d", "\l", "\n"): "\l" and "\L" are two.
    if (/^\\[A-Za-z]{1,2}$/.test(nfkc(name).trim())) return false;
    // One letter is a code or a variable ("g: Graviton" among instance type suffixes, "VPC C"), and
    // would be found in every "I/O" and "N. Virginia".
    if (/^[a-z]$/i.test(nfkc(name).trim())) return false;
    // …and one kanji or kana is a morpheme of a word, found inside every word made with it: "高"
    // (a severity, "高: 7.0〜8.9") in 高速 and 高可用性, "中" in 移行中, "値" in 設定値.
    if (/^[\u3040-\u30ff\u3400-\u9fff]$/u.test(nfkc(name).trim())) return false;
    // Numbers and small words name a value, not a thing: "10.0.0.0 to 10.255.255.255", "1 or 2".
    if (!words.some((w) => /\p{L}/u.test(w) && !this.lex.functionWords.has(w))) return false;
    // …nor a number with its unit ("150 USD", "5 GB", a bound too: ">10 TB", "≤ 5 GB").
    const figure = nfkc(name).trim().replace(/^(?:[<>≤≥~≈]=?|up to|under|over|about|全|計|約|最大|最小)\s*/i, "");
    if (/^\d/.test(figure) && isMeasure(this.lex, figure)) return false;
    // …nor a pointer to another place in the text, "下記URL", "上記メトリクス", "次のステップ" (as
    // "the following" and "the above" are in English): what it points to is the thing.
    if (/^(?:下記|上記|前述|後述|前記|以下の|次の)/.test(nfkc(name).trim())) return false;
    // …nor a Japanese predicate, "バスティオンホスト不要" (no bastion host needed), "暗号化必須".
    if (/[\u3040-\u30ff\u3400-\u9fff](?:不要|必要|必須|可能|不可|禁止|推奨|なし|無し|あり|有り)$/.test(nfkc(name).trim())) return false;
    // …nor a count of things or of a unit: "3 ways", "4 types", "256 IPs", "256 ACU", "60 seconds"
    // (a number before one name, "401 Unauthorized", can be one).
    if (/^\d[\d,.]*\s+(?:[a-z]+|[A-Z][a-z]*[a-z]s|[A-Z]{2,5}s?)$/.test(figure)) return false;
    // English that opens with a pronoun, a quantifier, a common verb or an adverb is a clause or a
    // description ("The destination IP", "Create alarms", "Scales readily"), not a name.
    const first = words[0]!;
    if (/^[a-z]/.test(first) && (this.lex.nonNameWords.has(first) || this.lex.functionWords.has(first))) return false;
    // An adjective or a participle, then a preposition, is a predicate: it says what something is,
    // not which thing it is ("Managed by AWS", "Accessible inside ALL instances", "Designed for HPC",
    // and what it suits, "Good for HTTP", "Ideal for unpredictable workloads": cues.predicateAdjectives).
    if (words.length >= 2 && (PREDICATIVE.test(first) || this.lex.predicateAdjectives.has(first)) && this.lex.prepositions.has(words[1]!)) return false;
    // A choice made of one thing over another is a clause, no name: "Selected Neptune instead of
    // ElastiCache Redis" in a review of a practice test.
    if (/\b(?:instead of|rather than|in place of)\b/i.test(name)) return false;
    // Adverbs in lower case describe ("runs cheaply and efficiently"); capitalised, they name (Eventually Consistent Reads).
    if (nfkc(name).split(/\s+/).some((w) => /^[a-z]{3,}ly$/.test(w))) return false;
    // …but a verdict's word made an adverb, before a participle, says how a question was answered
    // ("Correctly identified ENI", "Incorrectly chose…"), no name ("Vertically scaled" still names).
    const verdictAdverb = /^([A-Z][a-z]{2,})ly\s+[a-z]{3,}(?:ed|ose|ew)\b/.exec(nfkc(name).trim());
    if (verdictAdverb && verdictWords(this.lex).has(verdictAdverb[1]!.toLowerCase())) return false;
    // …nor a verdict on an answer or its label: "EC2 キーペアによる暗号化（不正解）", "(Correct)", "Wrong"
    // (cues.answerLabels, cues.falseLabels).
    if (verdictWords(this.lex).has(nfkc(name).trim().toLowerCase())) return false;
    // …nor a Japanese word that never names a thing (cues.stopTerms: "本書", "自体", "結果"), in a
    // heading too ("## 本書の要点" is a section on the book the note is about, no node 本書).
    if (CJK.test(name) && this.lex.stopTerms.has(nfkc(name).trim().toLowerCase())) return false;
    // …nor a word that bounds or presets a setting, alone (cues.settingBounds: "Default", "Max",
    // "Minimum", "デフォルト", "最大"): it says which value of what encloses it, and is no thing — as
    // one node it gathered every note's "デフォルトは…" (aws-study: 46 lines of as many settings).
    if (this.lex.settingBounds.has(nfkc(name).trim().toLowerCase())) return false;
    const generic = (w: string) => this.lex.genericWords.has(w) || this.lex.genericWords.has(w.replace(/s$/, "")) || this.lex.functionWords.has(w) || this.lex.determiners.has(w);
    return !words.every(generic);
  }

  /**
   * One Japanese word of a kanji or two that no glossary or vocabulary knows (環境, 設計, 手順, 経緯)
   * is a plain noun: under a thing it heads a section on that thing's environment, design,
   * procedure, not a thing of its own.
   */
  private bareKanjiWord(name: string): boolean {
    const t = nfkc(name).trim();
    return /^\p{Script=Han}{1,2}$/u.test(t) && !this.lex.glossary.has(t);
  }

  /**
   * One English adjective alone ("Dynamic", "Regional" under a section on scaling) qualifies what
   * encloses it; it names nothing by itself.
   */
  private bareModifier(name: string): boolean {
    const t = nfkc(name).trim();
    if (/\s/.test(t) || !/^[A-Za-z]+$/.test(t) || /[A-Z].*[A-Z]/.test(t)) return false;
    const w = t.toLowerCase();
    return this.lex.modifiers.has(w) || /(?:al|ic|ive|ous|able|ible|ful|less|ary)$/.test(w);
  }

  /**
   * The kinds a Japanese sentence classifies something into: "ゲートウェイ型とインターフェイス型に
   * 分類", "AMI は、EBS-Backed、Instance Store-Backed に分類". Each is a name, known or not.
   */
  private classifiedItems(text: string, raw: string): string[] {
    const cues = this.lex.vocab.cues.partOf.classifies.filter((c) => CJK.test(c[0] ?? ""));
    const cue = cues.map((c) => text.indexOf(c)).filter((i) => i > 0).sort((a, b) => a - b)[0];
    if (cue === undefined) return [];
    // The list runs back from the cue to the topic (…は、) or the start of the sentence.
    // (Its count is no part of the last item: "SD、miniSD、microSDの3種類" lists microSD.)
    const before = text.slice(0, cue).replace(/\s*(?:など|等)?\s*(?:の\s*)?[\d０-９一二三四五六七八九十]*\s*$/, "");
    const list = before.includes("は") ? before.slice(before.lastIndexOf("は") + 1) : before;
    const items = list.split(/\s*(?:、|,|・|と)\s*/).map((x) => x.replace(/^[、,\s]+/, "").trim()).filter(Boolean);
    if (items.length < 2) return [];
    // (Words quoted as one are one name: "`フロントエンドのウェブとモバイル` に分類" files a thing under
    // the category of that name, it lists no two.)
    const quoted = nfkc(list).trim();
    if ([...raw.matchAll(/`([^`]+)`|「([^「」]+)」|"([^"]+)"/g)].some((m) => nfkc(m[1] ?? m[2] ?? m[3]!).trim() === quoted)) return [];
    return items.filter((x) => isTermLike(x) && onlyJoiningKana(x) && x.length <= 30 && !/^[\u3041-\u309f]/.test(x) && !/^\d+\s*(?:つ|種類)/.test(x) && !/(?:つ|種類|タイプ)の?$/.test(x));
  }

  /**
   * Tables: a table of terms ("Term | Meaning", or short names beside longer text) defines its
   * first column; a table whose header names things compares them (its rows are their facts); any
   * other table holds data (商品番号 | 単価), not names.
   */
  private tableTerms(line: LineWork) {
    const t = line.note.table!;
    const header = t.header.map((h) => h.trim());
    const first = t.cells[0]?.trim() ?? "";
    const rest = t.cells.slice(1).filter(Boolean).join(" / ");
    // (With more columns too when the first two are headed so: "Concept | Description | 試験のコツ".)
    const glossary = header.length === 2 ? TERM_HEADER.test(header[0]!) || MEANING_HEADER.test(header[1]!) : TERM_HEADER.test(header[0]!) && DESCRIPTION_HEADER.test(header[1] ?? "");
    // (A table of names and their pages, "サービス | URL", defines nothing: it says where to read.)
    // (Nor does a procedure's table, "Step | 内容" over "Step 2 | 12歳でも分かるように説明を書く": a place in a sequence.)
    // (A clause is no term, as on a line: "ルートユーザーは使わない | …" in a table of principles.)
    // (Nor does a template's, "項目 | 内容" over "実施日 | [YYYY-MM-DD]": a field to fill in.)
    const meaning = header.length > 2 ? t.cells[1]?.trim() ?? "" : rest;
    if (glossary && first && rest && !onlyWebAddress(rest) && !isPlaceholder(meaning) && isTermLike(first) && looksLikeTerm(first) && (!CJK.test(first) || looksLikeName(first)) && this.meaningful(first) && !isSequenceLabel(this.lex, first)) {
      // (Of a wider table, the description's column only: an exam tip beside it is no part of what it is.)
      // ("GSI | Global Secondary Index": the letters spelt out, another name, as in brackets.)
      const spelled = spelledOutName(this.lex, `${first}: ${meaning}`);
      const key = this.registerTerm(spelled ?? first);
      if (spelled) this.reg.addName(first, key);
      else if (meaning) this.reg.addDefinition(key, { text: meaning, file: line.file, line: line.note.line, whole: line.note.text });
      if (meaning) line.definitions.push({ key, span: { term: first, termStart: 0, definition: meaning, definitionStart: first.length + 2 } });
      return;
    }
    for (const h of this.comparedColumnsOf(line)) this.registerTerm(h);
  }

  /** Rows by table, and whether each table holds records (tables.ts): worked out once per build. */
  private tableRows: Map<string, LineWork[]> | undefined;
  private readonly recordTables = new Map<string, boolean>();

  /**
   * The names the columns of this row's table compare, none when the table holds records
   * (tables.ts): its header then names what is recorded of each row, not things set side by side.
   */
  comparedColumnsOf(line: LineWork): string[] {
    const t = line.note.table;
    if (!t) return [];
    const names = this.comparedColumns(t.header);
    if (names.length < 2) return names;
    const id = tableId(line);
    const key = `${id}\0${names.join("\0")}`;
    let records = this.recordTables.get(key);
    if (records === undefined) {
      if (!this.tableRows) {
        this.tableRows = new Map();
        for (const l of this.lines) {
          if (!l.note.table) continue;
          const rows = this.tableRows.get(tableId(l));
          if (rows) rows.push(l);
          else this.tableRows.set(tableId(l), [l]);
        }
      }
      const rows = this.tableRows.get(id) ?? [];
      const columns = names.map((h) => t.header.findIndex((c) => c.trim() === h));
      // (A first column among them names each row's thing: then a column of values measures it.)
      records = recordsTable(rows, columns) || (columns.includes(0) && columns.some((c) => valueColumn(rows, c)));
      this.recordTables.set(key, records);
    }
    return records ? [] : names;
  }

  /**
   * The header cells of a table that compares things in its columns: at least two names that are
   * known things, or variants of one thing (Standard Queue | FIFO Queue), or columns after a
   * first column of aspects (項目 | SA法 | QA法). A table of data (Instance state | Description |
   * Billing) compares nothing.
   */
  comparedColumns(header: string[]): string[] {
    const cells = header.map((h) => h.trim());
    // (A first column headed as names, "Concept | Description | 試験のコツ", "Service | Use case":
    // each row is one thing, each other column a fact of it — the columns set nothing side by side.)
    if (TERM_HEADER.test(cells[0] ?? "")) return [];
    // (Nor a row per thing with a column that describes it or says what it is for, "Policy |
    // Description | Use Case | Example Scenario": the other columns are what is recorded of each.)
    if (cells.slice(1).some((h) => DESCRIPTION_HEADER.test(h) || /^(?:use ?cases?|用途|examples?(?:\s+\w+)?|例)$/i.test(h))) return [];
    const aspectFirst = /^(|項目|観点|比較観点|比較項目|比較ポイント|比較|機能|特徴|要素|区分|分類|指標|aspects?|features?|propert(?:y|ies)|items?|categor(?:y|ies)|criteri(?:a|on)|key|attributes?|characteristics?|dimensions?|metrics?|parameters?|settings?|comparison)$/i.test(cells[0] ?? "");
    // (A column of explanations — Description, 説明, 備考 — describes each row; it is no thing compared.)
    // (Nor a column of values or states, "Metric | Value | Status": stop words name no thing.)
    const things = (aspectFirst ? cells.slice(1) : cells).filter((h) => h && !MEANING_HEADER.test(h) && !this.lex.stopTerms.has(h.toLowerCase()));
    if (things.length < 2 || !things.every((h) => isTermLike(h) && looksLikeName(h) && this.meaningful(h))) return [];
    // (Known as things, not only as headings of the notes: "Pattern | Location | Key Concepts | Visual
    // Aids" over a guide's links names the columns of a table of contents.)
    const known = things.every((h) => { const key = this.reg.lookupName(h); return (key !== undefined && this.reg.get(key)?.kind !== "topic") || resolveName(this.lex, h, false); });
    const heads = things.map((h) => nfkc(h).toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, ""));
    const sameHead = things.every((h) => h.split(/\s+/).length >= 2) && heads.every((h) => h === heads[0]);
    return aspectFirst || known || sameHead ? things : [];
  }

  /**
   * One side of a compared pair becomes a term when it looks like a name: a short noun phrase
   * written with a capital or a digit (S3 Standard, FIFO queue), or in Japanese. Lower-case English
   * ("chloroplasts") is left to the names the notes define.
   */
  private registerComparedName(side: string, sides: readonly string[]) {
    const name = sideName(side);
    if (!isTermLike(name) || !onlyJoiningKana(name) || name.split(/\s+/).length > 4) return;
    if (this.lex.stopTerms.has(name.toLowerCase()) || !this.meaningful(name)) return;
    // Lower-case English is a name here when it is a compound on a head noun ("interface endpoint").
    const head = name.toLowerCase().split(/\s+/);
    const compound = head.length >= 2 && (this.lex.strongHeads.has(singular(head.at(-1)!)) || this.lex.weakHeads.has(singular(head.at(-1)!)));
    if (!/^[A-Z0-9]/.test(name) && !CJK.test(name) && !compound) return;
    // (A known thing with a word before it is that thing — unless the other side puts another word
    // before the same thing: "Default VPC vs Custom VPC" compares two kinds of VPC.)
    if (!this.namesKnownThing(name, false) || this.kindBesideKind(name, sides)) this.registerTerm(name);
  }

  /** Is `name` one word before a known thing, set beside another side that puts another word before it? */
  private kindBesideKind(name: string, sides: readonly string[]): boolean {
    const words = name.split(/\s+/);
    if (words.length < 2 || resolveName(this.lex, name, false)) return false;
    const tail = nameKey(words.slice(1).join(" "));
    return sides.some((other) => {
      const o = sideName(other).split(/\s+/);
      return o.length === words.length && nameKey(o.slice(1).join(" ")) === tail && nameKey(o[0]!) !== nameKey(words[0]!);
    });
  }

  /**
   * In Japanese text, English words written with capitals one after another name something
   * ("DynamoDB Streamsで…", "Provisioned Concurrencyで…"), unless it is known already under some
   * spelling, or a known name qualifies it.
   */
  private registerCapitalisedName(name: string) {
    // (A section's word in capitals labels what follows, "EXAM TIP: …", "Important Note: …"; it names nothing.)
    // (Nor a remark's or an answer's label: "Memory Tip", "CORRECT ANSWER".)
    if (this.lex.stopTerms.has(name.toLowerCase()) || !looksLikeName(name) || !this.meaningful(name) || isGenericLabel(this.lex, name) || isSequenceLabel(this.lex, name) || isRemarkLabel(this.lex, name) || answerLabel(this.lex).test(`${name}: …`)) return;
    // (Nor a plural after the vendor's name, "AWS Servers", "AWS Products": the vendor's, no one thing.)
    if (AWS_PREFIX.test(name) && isPluralWord(stripVendorPrefix(name))) return;
    // (Nor words that end on the vendor's name without a preposition before it: "Amazon Kinesis AWS
    // のストリーミング…", a title cut short, is Kinesis and the vendor; "VMware Cloud on AWS" is a name.)
    const words = name.trim().split(/\s+/);
    if (words.length > 1 && this.lex.anchorKeys.has(nameKey(words.at(-1)!)) && !this.lex.prepositions.has(words.at(-2)!.toLowerCase())) return;
    // (Nor a known thing and a word of its facets, "EKS Features", "Systems Manager Components",
    // "Lambda Limitations": what follows is said of that thing, as under such a heading.)
    const read = readHeading(this.lex, name, 3);
    if (read.kind === "named" && read.name !== name && this.namesKnownThing(read.name, false)) return;
    if (!this.namesKnownThing(name, true)) this.registerTerm(name);
  }

  /**
   * The name is known already (as written, without AWS/Amazon, or in the vocabulary: with typos
   * when `fuzzy`), or it is a known thing with a qualifier before it (ElastiCache Redis is Redis).
   */
  private namesKnownThing(name: string, fuzzy: boolean): boolean {
    const known = (n: string, typos: boolean) => !!(this.reg.lookupName(n) ?? this.reg.lookupName(stripVendorPrefix(n)) ?? resolveName(this.lex, n, typos));
    if (known(name, fuzzy)) return true;
    const words = name.split(/\s+/);
    for (let k = 1; k < words.length; k++) if (known(words.slice(k).join(" "), false)) return true;
    return false;
  }

  private sentenceAt(line: LineWork, offset: number): AnalysedSentence | undefined {
    let found: AnalysedSentence | undefined;
    line.sentenceStarts.forEach((start, i) => {
      if (start <= offset) found = line.sentences[i];
    });
    return found;
  }

  /** "X(Y)" inside a sentence: X is the name ending right at the bracket. */
  private parentheticalInSentence(line: LineWork, s: AnalysedSentence, open: number, bracketed: string, close: number) {
    // (A reference the brackets end on is no part of what they say: "OpenID Connect (OIDC、参考＞[…](…))".)
    const written = withoutTrailingCitation(this.lex, bracketed);
    // "汎用 SSD (General Purpose SSD : gp2)": the English form, then a code for it.
    const coded = /^([A-Za-z][^:：]*?)\s*[:：]\s*([A-Za-z0-9][\w.-]{0,11})$/.exec(written);
    const inside = coded ? coded[1]! : written;
    const before = s.text.slice(0, open).replace(/\s+$/, "");
    if (!before || /[、。,.:：)]$/.test(before)) return;
    const tokens = s.tokens.filter((t) => t.end <= before.length);
    if (!tokens.length || tokens.at(-1)!.script === "hiragana" || tokens.at(-1)!.script === "punct") return;
    const chunk = chunksOf(tokens).at(-1);
    if (!chunk || chunk[1] !== tokens.length) return;
    let from = chunk[0];
    for (let i = chunk[1] - 1; i >= chunk[0]; i--) if (isFunctionWord(this.lex, tokens[i]!) || tokens[i]!.script === "hiragana") {
      from = i + 1;
      break;
    }
    if (from >= chunk[1]) return;
    const name = s.text.slice(tokens[from]!.start, tokens[chunk[1] - 1]!.end);
    if (this.lex.stopTerms.has(name.toLowerCase())) return;
    // Letters an answer gives ("正解: AE（EBSアレイ+インスタンスサイズアップ）", "自分の回答: DF（…）")
    // name the choices it picked, no abbreviation the brackets spell out.
    if (/^[A-F]{1,5}$/.test(name) && [...name].every((c, i) => i === 0 || c > name[i - 1]!) && (answerLabel(this.lex).test(line.note.text) || falseLabel(this.lex).test(line.note.text))) return;
    // Only names worth a node get one here: known things, abbreviations, or compounds.
    const known = this.reg.lookupName(name) ?? resolveName(this.lex, name, false)?.entity;
    // (Brackets that end "等", "など", "etc." give examples, not another name: "コンプライアンス要件への
    // 対応（SOX、ISO 27001等）" names no 対応 called SOX.)
    const examples = /(?:等|など|etc\.?|…)\s*$/i.test(inside);
    const abbreviationInside = (examples ? "" : inside)
      .split(/[・,、/]/)
      .map((x) => x.trim())
      .filter((x) => isAbbreviation(x) && !this.reg.lookupName(x) && !resolveName(this.lex, x, false))
      // (…that an English name spells out: "Everything else (PrivateLink, ENI, $)" lists examples.)
      .filter((x) => CJK.test(name) || longFormOf(x, name));
    const explainsAbbreviation = isAbbreviation(stripVendorPrefix(name).split(/\s+/).at(-1) ?? "");
    // A noun a verb or an adjective qualifies ("停止した状態(Stopped)", "データを暗号化する鍵(データキー)"):
    // the brackets name the whole phrase, not the bare noun, unless they translate it or spell out
    // an abbreviation ("開発した GFS2(Global File System 2)").
    const qualifier = tokens[from - 1];
    if (qualifier?.script === "hiragana" && /[るたいうつすむくぐぶぬ]$/.test(qualifier.text) && !abbreviationInside.length && !explainsAbbreviation && !this.isTranslation(name, inside, true)) return;
    // (So does an adjective's "な" — "透過的なデータ暗号化 (Transparent data encryption: TDE)" names
    // transparent data encryption — unless the brackets say no more than the noun: a translation of it.)
    if (qualifier?.script === "hiragana" && qualifier.text.endsWith("な") && !explainsAbbreviation && !(this.isTranslation(name, inside, true) && inside.trim().split(/\s+/).length <= translateTokens(tokenize(this.lex, nfkc(name))).english.split(/\s+/).length)) return;
    if (!known && abbreviationInside.length === 0 && !explainsAbbreviation && !this.isFormer(inside) && !this.isTranslation(name, inside)) return;
    // (Nor a count or a size of things: "…beyond 10GB or 3k RCU or 1k WCU (whichever happens first)".)
    if (!known && ((/^\d/.test(name) && !isTermLike(name)) || !looksLikeTerm(name) || !this.meaningful(name) || !looksLikeName(name))) return;
    // The English form already names a term ("General Purpose SSD" found as a capitalised name):
    // the Japanese is that term's other name, not a second node.
    const english = !known && this.isTranslation(name, inside) ? this.reg.lookupName(inside) : undefined;
    if (english) this.reg.addName(name, english);
    const key = english ?? this.registerTerm(name);
    // (Brackets after a thing the vocabulary knows, reached by a preposition, say more of what is
    // done with it: "Can be backed up to S3 (Manual or Automatic 0-35 days retention)" under FSx
    // says nothing of what S3 is. An item of a list glosses itself: "Karpenter(クラスターオートスケーラー)".)
    const aside = !!this.reg.get(key)?.vocab && /\b(?:to|from|in|into|on|onto|with|via|using|by|for|at|through|over|than)\s+(?:(?:the|a|an|amazon|aws)\s+)*$/i.test(s.text.slice(0, tokens[from]!.start));
    // (Nor, after a thing the vocabulary knows, brackets in a running sentence: they say what it is
    // there — where it is set, what is done to it — "…と IAM ポリシー（アクセスする別アカウント側で設定）",
    // "GitHub Actions → CloudFront（キャッシュ無効化）". Where its name opens the line, "App Mesh(AWS
    // コンピューティングサービスのモニタリングとコントロール)", or it is an item of an enumeration,
    // "Karpenter(クラスターオートスケーラー)・Kubernetesメトリクスサーバー・…", they say what it is.)
    const opensLine = line.sentences[0] === s && s.text.slice(0, tokens[from]!.start).trim() === "";
    const enumerated = /[・、,，]\s*$/.test(s.text.slice(0, tokens[from]!.start)) || /^\s*[・、,，]/.test(s.text.slice(close + 1));
    this.readParenthetical(key, name, inside, line, s, !aside && (opensLine || enumerated || !this.reg.get(key)?.vocab));
    // (The code names the thing only with its English form before it: "my-function:BLUE" in
    // "エイリアス（my-function:BLUE）" is an example's name and its alias, no other name of Alias.)
    if (coded && (english !== undefined || this.isTranslation(name, coded[1]!) || this.reg.lookupName(coded[1]!) === key)) this.addAlias(key, coded[2]!);
  }

  private isFormer(inside: string): boolean {
    return this.lex.vocab.cues.supersedes.formerPrefix.some((p) => inside.toLowerCase().startsWith(p.toLowerCase()));
  }

  /**
   * "正規表現 (regex)", "外部キー (foreign key)": the English form of a Japanese name. Not an
   * identifier written after a word ("表(deapartment)", "表(companyA)"): one character names too
   * little, and where the glossary knows the Japanese, the English must share a word with it.
   */
  private isTranslation(name: string, inside: string, strictly = false): boolean {
    if (!CJK.test(name) || !/^[A-Za-z][A-Za-z0-9 .\-/]*$/.test(inside) || isAbbreviation(inside)) return false;
    if (nfkc(name).replace(/[\s\p{P}]/gu, "").length < 2) return false;
    if (/[a-z][A-Z]|\d/.test(inside)) return false;
    // A translation keeps the names the Japanese holds: "EC2インスタンス（Linux）" says which OS, not what
    // EC2インスタンス is called in English.
    // (…and its numbers, in figures or words: "レイヤー 7 (Application)" says which layer 7 is, it is
    // no name of it; "1 ゾーン低頻度アクセス (One Zone-Infrequent Access)" is.)
    const kept = nfkc(name).match(/[A-Za-z][A-Za-z0-9]*|\d+/g) ?? [];
    const said = (w: string) => inside.toLowerCase().includes(w.toLowerCase()) || (NUMBER_WORDS[Number(w)] !== undefined && new RegExp(`\\b${NUMBER_WORDS[Number(w)]}\\b`, "i").test(inside));
    if (kept.some((w) => !said(w))) return false;
    // A list that holds an abbreviation or a known name gives examples ("アクセスを制限（IAM / Cognito / OIDC）").
    const parts = inside.split(/\s*[/,]\s*/);
    if (parts.length > 1 && parts.some((p) => isAbbreviation(p) || resolveName(this.lex, p, false) || this.reg.lookupName(p))) return false;
    // (So does a list of three or more, which no one name is: "Storage Gateway の種類（File/Volume/Tape）"
    // lists its types, and 種類 is not called "File/Volume/Tape" anywhere else.)
    if (parts.length > 2 && !/[/／・,、]/.test(name)) return false;
    const tr = translateTokens(tokenize(this.lex, nfkc(name)));
    // One English word may say it differently (正規表現 (regex)); words joined by spaces or hyphens
    // must share one with it ("バージョン (my-function)" is an example of a version, not its name).
    // (Strictly, one word too: the glossary's word for it.)
    if (strictly && !tr.complete) return false;
    // (Not one word the glossary gives it against another: "無料 (Standard)" in a table of tiers says
    // which tier is free, 無料 is "free"; "停止 (Stopped)" is the glossary's "stop".)
    const one = tr.english.trim().toLowerCase();
    const other = inside.trim().toLowerCase();
    if (tr.complete && !/[\s-]/.test(one) && !/[\s-]/.test(other) && one.slice(0, 4) !== other.slice(0, 4)) return false;
    if (!strictly && (!tr.complete || !/[\s-]/.test(inside.trim()))) return true;
    const words = new Set(tr.english.toLowerCase().split(/[\s/-]+/).map(singular));
    return inside.toLowerCase().split(/[\s/-]+/).map(singular).some((w) => words.has(w));
  }

  private readParenthetical(key: string, name: string, inside: string, _line: LineWork | undefined, _s: AnalysedSentence | undefined, describes = true) {
    const draft = this.reg.get(key)!;
    if (this.isFormer(inside)) return; // a supersedes relation, found by the sentence rules
    const sameAs = (other: string) => {
      const e = resolveName(this.lex, other, false);
      return e ? `e:${e.entity.id}` : this.reg.lookupName(other);
    };
    // An abbreviation or a Japanese name, then the English words it stands for: "密結合マルチプロセッサ
    // システム(TCMP: Tightly Coupled Multiprocessor)", "IC(集積回路: Integrated Circuit)",
    // "偽陽性(FP: False Positive)" — two more names of the thing, no one name
    // with a colon in it, and no other thing the thing is a part of.
    const spelledOut = /^([^:：()（）]{1,30}?)\s*[:：]\s*([A-Za-z][A-Za-z0-9 '&-]{2,80})$/.exec(inside);
    const bareName = stripVendorPrefix(nfkc(name)).trim();
    if (spelledOut && ((isAbbreviation(spelledOut[1]!) && longFormOf(spelledOut[1]!, spelledOut[2]!)) || (isAbbreviation(bareName) && longFormOf(bareName, spelledOut[2]!)))) {
      for (const other of [spelledOut[1]!.trim(), spelledOut[2]!.trim()]) {
        const elsewhere = sameAs(other);
        if (!elsewhere || elsewhere === key) this.addAlias(key, other);
      }
      if (CJK.test(name) && !draft.vocab && !draft.english) this.reg.setEnglish(key, spelledOut[2]!.trim());
      return;
    }
    const parts = inside.split(/[・,、/]/).map((x) => x.trim()).filter(Boolean);
    if (parts.length && parts.every(isAbbreviation)) {
      const english = draft.english ?? (draft.vocab ? draft.vocab.label : translateTokens(tokenize(this.lex, nfkc(name))).english);
      for (const abbr of parts) {
        const elsewhere = sameAs(abbr);
        if (elsewhere && elsewhere !== key) continue; // names another thing: a mention, not an alias
        if (!longFormOf(abbr, english) && !longFormOf(abbr, name)) continue; // Aレコード(IPv4) is no abbreviation
        this.addAlias(key, abbr);
      }
      return;
    }
    const last = stripVendorPrefix(name).split(/\s+/).at(-1) ?? "";
    // (Its long form is a name, not a remark that names it: "≒ELB（ELB に代わるものではないが近い機能）".)
    if (isAbbreviation(last) && looksLikeName(inside) && !inside.includes(last)) {
      const english = CJK.test(inside) ? translateTokens(tokenize(this.lex, nfkc(inside))).english : inside;
      if (longFormOf(last, english) || longFormOf(last, inside)) {
        const target = sameAs(last) ?? key;
        // (An abbreviation the vocabulary knows, spelled out as another thing, is used in another
        // sense there: "transfer EB (exabyte) of data" makes no exabyte of Elastic Beanstalk, EB.)
        const known = this.reg.get(target)?.vocab;
        if (!known || spellsOutEntity(known, english) || spellsOutEntity(known, inside)) this.addAlias(target, inside);
        return;
      }
    }
    if (this.isTranslation(name, inside)) {
      const elsewhere = sameAs(inside);
      if (!elsewhere || elsewhere === key) {
        this.addAlias(key, inside);
        // (The notes' own English outranks one made word by word that only puts its words in the
        // plural: "アカウントアサインメント（Account Assignment）" is labelled as written, not "Accounts
        // Assignment" after a node "Accounts"; and a name of words the glossary made word by word:
        // "許可ポリシー(Acceptable Use Policy)" not "Allow policy", "共有メモリ(Shared Memory)" not "Sharing memory".)
        if (!draft.english || onlyPluralOf(draft.english, inside) || (!draft.vocab && ownEnglishName(inside, draft.english) && madeWordByWord(this.lex, name, draft.english))) this.reg.setEnglish(key, inside);
        return;
      }
    }
    if (describes && (CJK.test(inside) || inside.split(/\s+/).length >= 2) && !bracketRemark(this.lex, inside)) this.reg.addGloss(key, inside);
  }

  // ---- 4. compounds ---------------------------------------------------------------------

  /** The mentions and compounds of a sentence (from the build before, when nothing it read changed). */
  private matchForCompounds(s: AnalysedSentence): Matched {
    return this.matchOnce(this.memo?.compounds, s.text, () => {
      const ms = findMentions(this.lex, this.reg, s);
      return { ms, compounds: findCompounds(this.lex, s, ms, this.reg) };
    });
  }

  /** A sentence matched again in the mentions pass (from the build before, when nothing it read changed). */
  private rematch(s: AnalysedSentence, forced: Mention[]): Mention[] {
    const input = forced.length ? `${s.text}\u0000${forced.map((m) => `${m.key} ${m.start} ${m.end}`).join("\u0000")}` : s.text;
    return this.matchOnce(this.memo?.rematch, input, () => ({ ms: findMentions(this.lex, this.reg, s, undefined, forced), compounds: [] })).ms;
  }

  /** Matching, reused from the pass memo when it holds this input, else done and noted with what it read. */
  private matchOnce(memo: PassMemo | undefined, input: string, match: () => Matched): Matched {
    const kept = memo?.reuse(input);
    const ensured = kept?.ensured.map((id) => this.entityById.get(id));
    if (kept && ensured!.every((e) => e !== undefined)) {
      for (const e of ensured!) this.reg.ensureVocab(e!);
      return { ms: [...kept.mentions], compounds: kept.compounds, ...(kept.words ? { words: kept.words } : {}) };
    }
    if (!memo) return match();
    const reading = { looked: [] as string[], ensured: [] as EntityEntry[] };
    this.reg.reading = reading;
    try {
      const found = match();
      memo.remember(input, { mentions: found.ms, compounds: found.compounds, ensured: reading.ensured.map((e) => e.id), ...(found.words ? { words: found.words } : {}) }, reading.looked);
      return found;
    } finally {
      this.reg.reading = undefined;
    }
  }

  /** The vocabulary's entities by id, for making again the drafts a reused matching made. */
  private get entityById(): Map<string, EntityEntry> {
    return (this.entities ??= new Map(this.lex.vocab.entities.map((e) => [e.id, e])));
  }
  private entities: Map<string, EntityEntry> | undefined;

  /** A sentence's mentions once the passes are done (structure rules, summaries). */
  matchLate(s: AnalysedSentence): Mention[] {
    return this.matchOnce(this.memo?.late, s.text, () => ({ ms: findMentions(this.lex, this.reg, s), compounds: [] })).ms;
  }

  /** Words worked out from a text and its mentions once the passes are done, kept like its matching. */
  wordsLate(text: string, words: (s: AnalysedSentence, ms: Mention[]) => string[]): readonly string[] {
    return this.matchOnce(this.memo?.late, `words\u0000${text}`, () => {
      const s = analyseSentence(this.lex, text);
      const ms = findMentions(this.lex, this.reg, s);
      return { ms, compounds: [], words: words(s, ms) };
    }).words!;
  }

  private collectCompounds() {
    const counts = new Map<string, { surface: string; english?: string; prefixKey?: string; strong: boolean; plural: boolean; predicate: boolean; n: number }>();
    // (The names do not change during this pass: matching only reads them.)
    this.memo?.compounds.begin(this.lex, this.reg.nameSignatures());
    for (const line of this.lines) {
      if (line.question) continue;
      line.sentences.forEach((s, i) => {
        const { ms, compounds } = this.matchForCompounds(s);
        // Kept: the mentions stand unless a name registered from here on could change them.
        this.provisional.set(s, ms);
        // (A cited document's title coins no names: "…GFS2 on Amazon EBS Multi-Attach enabled volumes".)
        for (const c of cited(line, i) ? [] : compounds) {
          const k = nameKey(c.english ?? c.surface);
          const e = counts.get(k) ?? { surface: c.surface, ...(c.english ? { english: c.english } : {}), ...(c.prefixKey ? { prefixKey: c.prefixKey } : {}), strong: c.strongHead, plural: c.pluralHead, predicate: c.predicate, n: 0 };
          if (!c.pluralHead) e.plural = false;
          if (!c.predicate) e.predicate = false;
          e.n++;
          counts.set(k, e);
        }
      });
      release(line);
    }
    this.memo?.compounds.end();
    this.reg.record();
    for (const c of counts.values()) {
      // Weak heads, plural heads and English written all in lower case ("enabled encryption") need a
      // second use to be a name of the notes rather than words of one sentence.
      const casualEnglish = !CJK.test(c.surface) && c.surface === c.surface.toLowerCase();
      // (So does a compound only ever said as what something is: "…ための専用デバイス".)
      if ((!c.strong || c.plural || casualEnglish || c.predicate) && c.n < 2) continue;
      if (this.lex.stopTerms.has(c.surface.toLowerCase()) || !looksLikeTerm(c.surface) || !this.meaningful(c.english ?? c.surface) || (!CJK.test(c.surface) && !looksLikeName(c.surface))) continue;
      const key = this.registerTerm(c.surface);
      if (c.prefixKey && c.prefixKey !== key && !participleKey(c.prefixKey)) this.reg.setPrefixOf(key, c.prefixKey);
    }
  }

  // ---- 5. mentions ----------------------------------------------------------------------

  /** Mentions found while counting compounds, before the compounds became names. */
  private readonly provisional = new Map<AnalysedSentence, Mention[]>();

  /**
   * Could a name added since the compounds were counted occur in the sentence, as written or as
   * the glossary's English of its words? (If not, its mentions are what they were.)
   */
  private namesAddedIn(s: AnalysedSentence): boolean {
    if (!this.reg.namesAdded) return false;
    const scan = () => {
      if (this.reg.addedNameIn(nameKey(s.text))) return true;
      if (!s.japanese) return false;
      const english = () => nameKey(translateTokens(s.tokens).english);
      return this.reg.addedNameIn(this.memo ? this.memo.englishKey(s.text, english) : english());
    };
    return this.memo ? this.memo.addedNames.holdsAdded(s.text, this.reg.addedInOrder, scan) : scan();
  }

  private resolveMentions(line: LineWork) {
    line.sentences.forEach((s, i) => {
      const start = line.sentenceStarts[i]!;
      const end = start + s.text.length;
      // Links name their target, whatever their text says ("[[Amazon Redshift|Redshift]]"); not a
      // link into a document, a comparison or a guide, in words of its own: "[ALB](ALB vs NLB.md)"
      // points at where ALB is written about, and its words name what the line speaks of.
      const forced: Mention[] = [];
      for (const l of line.note.links ?? []) {
        // (A link in a heading's own words names what they name: matched as any other words.)
        if (l.start < start || l.end > end || l.heading === "in text") continue;
        // (A link to a day names no thing, unless the day is a note of the collection.)
        if (DAY_LINK.test(l.target.trim()) && !this.reg.lookupName(l.target)) continue;
        // (Nor does a link to a folder with no page, README.md or index.md: its words are words.)
        if (this.folderWithoutPage(l)) continue;
        let key = this.linkedNote(l) ?? this.reg.lookupName(l.target) ?? this.registerTerm(this.linkName(line.note, l));
        if (this.documentKeys().has(key) && !this.namesDocument(s.text.slice(l.start - start, l.end - start), key)) continue;
        let linkEnd = l.end - start;
        // A link to a service with the name of one of its parts written on after it, "[[Amazon
        // CloudFront]] Functions", names that part (the note links the page it has).
        const linked = this.reg.get(key)?.vocab;
        const more = linked ? /^\s+([A-Z][\w@-]*(?:\s+[A-Z][\w@-]*){0,2})/.exec(s.text.slice(linkEnd)) : null;
        if (linked && more) {
          const words = more[1]!.split(/\s+/);
          for (let n = words.length; n > 0; n--) {
            const part = resolveName(this.lex, `${s.text.slice(l.start - start, linkEnd)} ${words.slice(0, n).join(" ")}`, false)?.entity;
            if (part && part.parent === linked.id) {
              key = this.reg.ensureVocab(part).key;
              linkEnd += more[0].indexOf(words[0]!) + words.slice(0, n).join(" ").length;
              break;
            }
          }
        }
        const from = s.tokens.findIndex((t) => t.start >= l.start - start);
        const to = s.tokens.findIndex((t) => t.start >= linkEnd);
        if (from < 0) continue;
        forced.push({ key, start: l.start - start, end: linkEnd, surface: s.text.slice(l.start - start, linkEnd), from, to: to < 0 ? s.tokens.length : to });
      }
      const kept = this.provisional.get(s);
      this.provisional.delete(s);
      const found = kept && !forced.length && !this.namesAddedIn(s) ? kept : this.rematch(s, forced);
      // (A file's name in a sentence is the note only where it is no one's other name; where it is
      // another thing's, it is that thing.)
      const byFileName = (m: Mention) => (this.fileNameOnly.size > 0 ? this.fileNameOnly.get(nameKey(m.surface)) : undefined);
      s.mentions = found.filter((m) => forced.some((f) => f.start === m.start && f.end === m.end) || (!this.everydayWordElsewhere(m, line.file) && !(byFileName(m)?.key === m.key && byFileName(m)?.to === undefined)));
      // (The same word labelling the line, "Artifact - …", is no mention of the service either.)
      if (i === 0 && line.definitions.length === 0 && s.mentions[0]?.start === 0 && /^\s*(?:[*_]+)?\s*(?:[-–:：])/.test(s.text.slice(s.mentions[0].end)) && this.wordOfAnotherService(s.mentions[0].surface, line)) s.mentions = s.mentions.slice(1);
      if (this.fileNameOnly.size > 0) s.mentions = s.mentions.map((m) => { const f = byFileName(m); return f?.to !== undefined && f.key === m.key && !forced.includes(m) ? { ...m, key: f.to } : m; });
      // (…and so does one its sentences give in brackets, "AWS Server Migration Service (SMS) は…",
      // from there to the note's end.)
      if (this.noteBeingRead !== line.file) {
        this.noteBeingRead = line.file;
        this.abbreviatedInNote = new Map(this.namesInNote.get(line.file) ?? []);
      }
      const inNote = this.abbreviatedInNote;
      s.mentions.forEach((m, k) => {
        const named = s.mentions[k - 1];
        // (Only between two things the vocabulary knows: a term of the notes spelt out before an
        // abbreviation, "Network Access Control List (NACL)", is that abbreviation's thing.)
        const [nv, mv] = [this.reg.get(named?.key ?? "")?.vocab, this.reg.get(m.key)?.vocab];
        if (!named || !nv || !mv || related(nv, mv)) return;
        if (!isAbbreviation(m.surface) || !/^\s*[(（]\s*$/.test(s.text.slice(named.end, m.start)) || !/^\s*[)）]/.test(s.text.slice(m.end))) return;
        const long = this.reg.get(named.key)?.english ?? named.surface;
        if (longFormOf(m.surface, stripVendorPrefix(long)) || longFormOf(m.surface, stripVendorPrefix(named.surface))) inNote.set(nameKey(m.surface), named.key);
      });
      if (inNote.size) s.mentions = s.mentions.map((m) => { const key = inNote.get(nameKey(m.surface)); return key !== undefined && key !== m.key ? { ...m, key } : m; });
      // (…as its subject, before its verb: "Application uses the local replica key"; not "Managed
      // Kubernetes", "Client handlers to instrument…".)
      s.opensUnnamed = !s.japanese && s.mentions.length < found.length && found.some((m) => !s.mentions.includes(m) && /^[\s*_>#\d.)-]*$/.test(s.text.slice(0, m.start)) && SUBJECT_VERB.test(s.text.slice(m.end)));
    });
    for (const d of line.definitions) {
      const i = line.sentenceStarts.findLastIndex((start) => start <= d.span.termStart);
      const s = line.sentences[i];
      if (!s) continue;
      const at = d.span.termStart - line.sentenceStarts[i]!;
      if (s.mentions.some((m) => m.start <= at && m.end > at)) continue;
      const surface = splitTrailingParenthetical(d.span.term).name;
      const from = s.tokens.findIndex((t) => t.start >= at);
      const to = s.tokens.findIndex((t) => t.start >= at + surface.length);
      if (from < 0) continue;
      s.mentions = [...s.mentions.filter((m) => m.end <= at || m.start >= at + surface.length), { key: d.key, start: at, end: at + surface.length, surface, from, to: to < 0 ? s.tokens.length : to }].sort((a, b) => a.start - b.start);
    }
    this.resolveEllipsis(line);
    line.sentences.forEach((s, i) => {
      const start = line.sentenceStarts[i]!;
      for (const m of s.mentions) {
        // A link names its target, whatever it shows: its text is no name of the target
        // ("[AWS Lambda 概要](lambda-overview.md)" is a page on Lambda, not another name of Lambda).
        const link = line.note.links?.find((l) => l.start - start === m.start && l.end - start === m.end);
        this.reg.seen(m.key, link ? (this.reg.get(m.key)?.english ?? this.noteNames.get(m.key) ?? this.linkName(line.note, link)) : m.surface);
        // The thing a term is named after, as this line spells it.
        const prefix = this.reg.get(m.key)?.prefixOf;
        if (!prefix) continue;
        const inner = findMentions(this.lex, this.reg, analyseSentence(this.lex, m.surface), m.key).find((x) => x.key === prefix && x.start === 0);
        if (inner) {
          this.reg.seen(prefix, inner.surface);
          line.nested.push(prefix);
        }
      }
    });
  }

  /**
   * Is the mention one everyday word ("environment", "storage", データ) that names a term of the
   * notes, in a note that neither defines it, heads a section with it nor is it? There the word is
   * the everyday word: "a full environment monitoring solution" names no "Environment: the layout
   * of the board" a note on reinforcement learning defined, nor does "the Environment tab". (An
   * abbreviation in capitals is no everyday word: RAID is RAID wherever it is written; a link
   * names its target anywhere.)
   */
  private everydayWordElsewhere(m: Mention, file: string): boolean {
    if (/^[A-Z]{2,}s?$/.test(m.surface)) return false;
    const home = this.everydayTermHome(m.key) ?? (this.everydayWordWritten(m.surface) ? this.termHome(m.key) : undefined);
    return home !== undefined && !home.has(file);
  }

  /**
   * Is a mention's surface one everyday word, in English or Japanese ("application",
   * アプリケーション)? Written so, it names a term by another name ("Layer 7 (Application)" made
   * "Application" one of Layer 7's) only where the notes made that term.
   */
  private everydayWordWritten(surface: string): boolean {
    const t = nfkc(surface).trim();
    if (/^[A-Za-z]+$/.test(t)) return isEverydayWord(this.lex, t.toLowerCase());
    if (!/^[\u30a1-\u30ff\u3400-\u9fffー]+$/.test(t)) return false;
    const gloss = this.lex.glossary.get(t);
    return gloss !== undefined && /^[A-Za-z]+$/.test(gloss) && isEverydayWord(this.lex, gloss.toLowerCase());
  }

  /** The files where a term of the notes (no vocabulary entity, question or service) is theirs: see everydayTermHome. */
  private termHome(key: string): ReadonlySet<string> | undefined {
    let home = this.termHomes.get(key);
    if (home === undefined) {
      const d = this.reg.get(key);
      home = d && !d.vocab && d.kind !== "question" && d.kind !== "service" ? new Set([...(d.origin !== undefined ? [d.origin] : []), ...d.definitions.map((x) => x.file), ...d.ownSections.map((i) => this.sections[i]!.file), ...d.notes]) : null;
      this.termHomes.set(key, home);
    }
    return home ?? undefined;
  }
  private readonly termHomes = new Map<string, Set<string> | null>();

  /**
   * The files where a term named by one everyday word is the notes' term — the note that made it
   * a term, and those that define it, head a section with it or are it; undefined for any other thing.
   */
  private everydayTermHome(key: string): ReadonlySet<string> | undefined {
    let home = this.everydayHomes.get(key);
    if (home === undefined) {
      const d = this.reg.get(key);
      const name = d && !d.vocab && d.kind !== "question" && d.kind !== "service" ? (d.english ?? key.slice(2)) : "";
      home = /^[A-Za-z]+$/.test(name) && isEverydayWord(this.lex, name.toLowerCase()) ? (this.termHome(key) as Set<string>) : null;
      this.everydayHomes.set(key, home);
    }
    return home ?? undefined;
  }
  private readonly everydayHomes = new Map<string, Set<string> | null>();

  /**
   * A modifier standing for "modifier + head" within one line: 標準は… beside FIFOキュー means
   * 標準キュー; ショート/ロングポーリング means ショートポーリング and ロングポーリング.
   */
  private resolveEllipsis(line: LineWork) {
    const heads: { headJa: string; headEn: string }[] = [];
    for (const s of line.sentences) {
      for (const m of s.mentions) {
        const d = this.reg.get(m.key);
        if (!d || d.vocab || !d.english) continue;
        const headEn = this.headNounOf(d.english);
        if (headEn === undefined) continue;
        // (Only a name with a word before its head stands beside a shortened one: FIFOキュー beside
        // 標準は; "モニタリング" alone makes no "詳細モニタリング" of "詳細は…を参照".)
        const headJa = (this.lex.reverseGlossary.get(headEn) ?? []).find((ja) => m.surface.endsWith(ja) && m.surface.trim() !== ja);
        if (headJa) heads.push({ headJa, headEn });
      }
    }
    if (!heads.length) return;
    for (const s of line.sentences) {
      // (Only a sentence that lists with "/" or "・", or opens a topic with a modifier, can hold
      // one: the rest are not split into words for it.)
      if (!s.text.includes("/") && !s.text.includes("・") && !this.modifierTopic.test(s.text)) continue;
      const added: Mention[] = [];
      s.tokens.forEach((t, i) => {
        if (t.script !== "cjk" || t.gloss === undefined || s.mentions.some((m) => m.from <= i && i < m.to)) return;
        const next = s.tokens[i + 1];
        const prev = s.tokens[i - 1];
        if (prev && prev.script === "cjk" && !prev.spaceBefore) return;
        const nextMention = s.mentions.find((m) => m.from === i + 2);
        const parallelLoanword = /^[\u30a1-\u30ff]+$/.test(t.text) && nextMention !== undefined && /^[\u30a1-\u30ff]/.test(nextMention.surface) && !this.lex.genericWords.has(t.text);
        const listed = next && next.script === "punct" && (next.text === "/" || next.text === "・") && (this.lex.modifiers.has(t.text) || parallelLoanword);
        // ("詳細は…を参照してください" sends the reader elsewhere: 詳細 there shortens nothing; nor
        // does "標準では取得できない", by default, beside ログファイル.)
        const topic = /^\s*は/.test(s.text.slice(t.end)) && !/参照|ご覧/.test(s.text);
        if (!(listed && s.mentions.some((m) => m.from === i + 2)) && !(topic && this.lex.modifiers.has(t.text))) return;
        const target = listed ? s.mentions.find((m) => m.from === i + 2) : undefined;
        // (The name after the slash must be a modifier and the head, ロングポーリング: "ロール/ポリシー"
        // lists a role and a policy, it shortens no "ロールポリシー".)
        const head = target ? heads.find((h) => target.surface.endsWith(h.headJa) && target.surface.trim() !== h.headJa) : heads[0];
        if (!head || t.text.endsWith(head.headJa)) return;
        const key = this.registerTerm(t.text + head.headJa);
        added.push({ key, start: t.start, end: t.end, surface: t.text + head.headJa, from: i, to: i + 1 });
      });
      if (added.length) s.mentions = [...s.mentions, ...added].sort((a, b) => a.start - b.start);
    }
  }

  /** A Japanese modifier before は: "標準は…" (resolveEllipsis). */
  private get modifierTopic(): RegExp {
    if (!this.modifierTopicPattern) {
      const modifiers = [...this.lex.modifiers].filter((m) => CJK.test(m)).map(escapeRegExp);
      this.modifierTopicPattern = modifiers.length ? new RegExp(`(?:${modifiers.join("|")})\\s*は`) : /(?!)/;
    }
    return this.modifierTopicPattern;
  }
  private modifierTopicPattern: RegExp | undefined;

  /** English names' head nouns (the last word, when the vocabulary knows it as a head), by name. */
  private readonly headNouns = new Map<string, string | null>();

  private headNounOf(english: string): string | undefined {
    let head = this.headNouns.get(english);
    if (head === undefined) {
      const last = english.split(" ").at(-1)!.toLowerCase();
      head = this.lex.strongHeads.has(last) || this.lex.weakHeads.has(last) ? last : null;
      this.headNouns.set(english, head);
    }
    return head ?? undefined;
  }

  // ---- 6. subjects ----------------------------------------------------------------------

  /**
   * Are the nearest of `owners` (a line's or a heading's, then those around it) another service
   * than `key`, or a thing of one — named after it or a part of it in the vocabulary — and no thing
   * of `key`'s? ("Detective Guardrails" under GuardRails under Control Tower.)
   */
  private ownedByOtherService(owners: readonly string[], key: string): boolean {
    const id = this.reg.get(key)?.vocab?.id;
    for (const owner of owners) {
      for (let k: string | undefined = owner, steps = 0; k !== undefined && steps < 4; steps++) {
        if (k === key) return false;
        const d = this.reg.get(k);
        if (id !== undefined && d?.vocab?.parent === id) return false;
        if (d?.kind === "service") return true;
        k = d?.prefixOf;
      }
    }
    return false;
  }

  /** The owners of a section and of the sections around it, the nearest first, then the note's node. */
  private ownersFrom(section: number | undefined, noteOwner: string | undefined): string[] {
    const out: string[] = [];
    for (let i = section, steps = 0; i !== undefined && steps < 12; steps++) {
      const sec = this.sections[i]!;
      if (sec.owner !== undefined && out.at(-1) !== sec.owner) out.push(sec.owner);
      i = sec.parent;
    }
    if (noteOwner !== undefined && out.at(-1) !== noteOwner) out.push(noteOwner);
    return out;
  }

  /** Is `name` an ordinary word a service took (ambiguous), written bare in a line of another service's section? */
  private wordOfAnotherService(name: string, line: LineWork): boolean {
    return this.wordOfEnclosingService(name, this.ownerOf(line));
  }

  /** Is `name` an ordinary word that another service took for its name, written bare inside the section of service `owner`? */
  private wordOfEnclosingService(name: string, owner: string | undefined): boolean {
    if (AWS_PREFIX.test(name)) return false;
    const entity = resolveName(this.lex, name, false)?.entity;
    if (!entity?.ambiguous) return false;
    const d = owner !== undefined ? this.reg.get(owner) : undefined;
    return d?.kind === "service" && d.vocab?.id !== entity.id;
  }

  /**
   * The things a line's opening label says its subject works with ("KMS Integration: …", "Lake
   * Formation との連携: …"), read as such a heading is; undefined for any other line.
   */
  joinedLabelOf(line: LineWork): string[] | undefined {
    return joinedLabel(this.lex, line.note);
  }

  /** The node whose section holds the line (or the note's node). */
  ownerOf(line: LineWork): string | undefined {
    const owner = line.section !== undefined ? this.sections[line.section]!.owner : undefined;
    return owner ?? line.noteOwner;
  }

  private assignSubjects(line: LineWork) {
    const question = line.question ?? (line.choiceOf !== undefined ? this.lines[line.choiceOf]!.question : undefined);
    if (question || line.choiceOf !== undefined) {
      line.subjects = line.sentences.map(() => question);
      return;
    }
    const owner = this.ownerOf(line);
    const lead = line.lead !== undefined ? this.lines[line.lead] : undefined;
    const leadSubject = lead ? lead.subjects.at(-1) : undefined;
    let carry: string | undefined;
    // (A label that says whom the subject works with, "KMS Integration: …", names no topic: the
    // partner it names is not what the line is about.)
    const joinedLabel = this.joinedLabelOf(line) !== undefined;
    line.sentences.forEach((s, i) => {
      const start = line.sentenceStarts[i]!;
      const end = start + s.text.length;
      const defined = line.definitions.find((d) => d.span.termStart >= start && d.span.termStart < end)?.key;
      const topic = defined ?? (joinedLabel && start === 0 ? undefined : topicOf(s, s.mentions)?.key);
      if (topic) carry = topic;
      line.subjects[i] = topic ?? carry ?? leadSubject ?? owner;
    });
  }

  // ---- 7. relations ---------------------------------------------------------------------

  propose(source: string | undefined, target: string | undefined, kind: DraftEdge["kind"], evidence: Evidence) {
    if (!source || !target || source === target) return;
    // Two documents (a guide's chapters, its flashcards and its quick reference) work with each
    // other, are set against each other and replace each other in no way the notes teach: "03
    // Secure → 04 Resilient → 05 High-Performing の順に確認する" is an order of reading. One mentions
    // the other. (One document beside a thing may be that thing's page: an article on containers
    // is set against virtual machines.)
    if (kind !== "mentions" && kind !== "part_of" && this.documentKeys().has(source) && this.documentKeys().has(target)) kind = "mentions";
    this.edges.push({ source, target, kind, evidence });
  }

  /**
   * A section that sets two things against each other ("## SQS vs SNS", "Contrast with SNS" under
   * EventBridge) compares them in its lines: a line that weighs one against the other makes no
   * partners of the two ("More difficult to trigger step functions with SNS than with EventBridge",
   * "Neither security groups nor NACLs can inspect domain names"); one that joins them still does
   * ("org wide across account protection - WAF + Firewall manager").
   */
  private noPartnersCompared() {
    if (!this.sections.some((sec) => sec.compared)) return;
    const sectionOf = new Map(this.lines.map((l) => [`${l.file}\u0000${l.note.line}`, l.section]));
    const comparedAt = (index: number | undefined): [string, string] | undefined => {
      for (let i = index; i !== undefined; i = this.sections[i]!.parent) if (this.sections[i]!.compared) return this.sections[i]!.compared;
      return undefined;
    };
    const kept = this.edges.filter((e) => {
      if (e.kind !== "integrates") return true;
      const pair = comparedAt(sectionOf.get(`${e.evidence.file}\u0000${e.evidence.line}`));
      return !pair || !pair.includes(e.source) || !pair.includes(e.target) || !WEIGHS.test(e.evidence.text);
    });
    this.edges.splice(0, this.edges.length, ...kept);
  }

  private sentenceRelations(line: LineWork) {
    // A document's node (a study guide, "ECS vs EKS") is no party to what its lines relate.
    const documentNode = this.documentNotes.has(line.file) ? this.noteNodes.get(line.file) : undefined;
    const notDocument = (key: string | undefined) => (key === documentNode ? undefined : key);
    const owner = notDocument(this.ownerOf(line));
    const memo = this.memo?.relations;
    // A question's choice or a false belief ("❌ TRAP: ECS dynamic port mapping works with NLB")
    // relates nothing.
    // (So does one a verdict after a dash calls false: "Single AZ + remove TGW + VPN only — ❌ Incorrect".)
    const saysNothing = line.choiceOf !== undefined || falseLabel(this.lex).test(line.note.text) || falseVerdictAfter(this.lex).test(line.note.text) || falseVerdictRow(this.lex, line.note);
    const falseFieldSpans = saysNothing ? undefined : falseFields(this.lex, line.note.text);
    // A table's row relates nothing by the names its text repeats from the header: "Spread
    // (Resilience) = Standard" gives the Spread column's value, and says nothing of Resilience.
    // (What the columns it compares are to each other, comparisonTables says once per table.)
    const headers = line.note.table ? headerSpans(line) : [];
    line.sentences.forEach((s, i) => {
      const start = line.sentenceStarts[i]!;
      const end = start + s.text.length;
      // (A sentence whose own subject names nothing here relates nothing the section names: "Application
      // uses local replica" under a key's steps.)
      const subject = s.opensUnnamed && !s.mentions.some((m) => m.key === line.subjects[i]) ? undefined : notDocument(line.subjects[i]);
      const ev = line.lead !== undefined && line.named ? this.itemEvidence(line) : this.evidence(line, s);
      // A definition's own term is not something its definition names; a source the line cites
      // ("(AWS Black Belt Online Seminarより)") is no party to what it says.
      const defined = line.definitions.find((d) => d.span.termStart >= start && d.span.termStart < end);
      const inFalseField = (m: Mention) => !!falseFieldSpans?.some(([from, to]) => start + m.start >= from && start + m.start < to);
      const inHeader = (m: Mention) => headers.some(([from, to]) => start + m.start >= from && start + m.end <= to);
      const ms = s.mentions.filter((m) => !(defined && m.key === defined.key && m.start <= defined.span.termStart - start + 1) && !citesSourceAt(s.text, m.end) && !inFalseField(m) && !inHeader(m));
      if (falseFieldSpans && subject) for (const m of s.mentions) if (inFalseField(m) && m.key !== subject) this.propose(subject, m.key, "mentions", ev);
      // A cited document's title relates nothing either: the sentence only mentions what it names.
      if (saysNothing || cited(line, i)) {
        if (subject) for (const m of ms) if (m.key !== subject) this.propose(subject, m.key, "mentions", ev);
        return;
      }
      // A watcher's rebuild: what the rules proposed for this sentence before, if nothing they read changed.
      const inputs = memo ? relationInputs(s.mentions, ms, subject, owner, line.question) : "";
      const replayed = memo?.find(s.text, inputs, this);
      // (A line of a list that maps cases to answers, "Temporary external access → STS", joins no
      // case with its answer: what is kept for the next build is what the rules said, this is applied after.)
      const arrowAt = this.mappingLines.get(line);
      const mapsAcross = (source: string, target: string, kind: DraftEdge["kind"]) => {
        if (arrowAt === undefined || kind !== "integrates") return false;
        const side = (key: string) => new Set(s.mentions.filter((m) => m.key === key).map((m) => start + m.start < arrowAt));
        const [a, b] = [side(source), side(target)];
        return a.size === 1 && b.size === 1 && [...a][0] !== [...b][0];
      };
      if (replayed) {
        for (const [source, target, kind] of replayed) if (!mapsAcross(source, target, kind)) this.propose(source, target, kind, ev);
        return;
      }
      const know = memo ? new AskedKnowledge(this) : this;
      const proposed: Proposal[] = [];
      const propose = (source: string, target: string, kind: DraftEdge["kind"]) => {
        if (!source || !target || source === target) return;
        proposed.push([source, target, kind]);
        if (!mapsAcross(source, target, kind)) this.propose(source, target, kind, ev);
      };
      const related = new Set<string>();
      const proposals = SENTENCE_RULES.flatMap((rule) => rule.propose({ lex: this.lex, s, ms, ...(subject ? { subject } : {}), ...(owner ? { owner } : {}), know }));
      // (…nor joins what it says one replaced: "CodeWhispererはAmazon Q Developerに統合されました".)
      const contrasted = new Set(proposals.filter((e) => e.kind === "contrasts" || e.kind === "alternative" || e.kind === "supersedes").map((e) => [e.source, e.target].sort().join("|")));
      // (A mistake the notes mark, "❌ Lambda + EC2 same target group", joins nothing it names.)
      const mistakes = falseSpans(this.lex, s.text);
      const writes = (key: string) => (m: Mention) => m.key === key || know.namedAfter(m.key) === key;
      /** Is the key written in the sentence (by `which` mentions), and is each place it is written so? */
      const everyWritten = (key: string, test: (m: Mention) => boolean, which: (m: Mention) => boolean = (m) => m.key === key) => {
        const written = ms.filter(which);
        return written.length > 0 && written.every(test);
      };
      const inMistake = (m: Mention) => mistakes.some(([a, b]) => m.start >= a && m.end <= b);
      const onlyInMistake = (key: string) => everyWritten(key, inMistake, writes(key));
      // (In a row, each column's cell is that column's value: names in two columns' cells are
      // not related by the row, "…NAT gateways you use / NAT instance = …NAT instances that you
      // use". The first cell, before any header, is what every cell is a value of.)
      const cellOf = (m: Mention) => headers.filter(([from]) => from <= start + m.start).length;
      const cellsApart = (a: string, b: string) => {
        const [ca, cb] = [a, b].map((k) => new Set(ms.filter(writes(k)).map(cellOf)));
        return ca!.size > 0 && cb!.size > 0 && !ca!.has(0) && !cb!.has(0) && ![...ca!].some((c) => cb!.has(c));
      };
      for (const e of proposals) {
        if (headers.length && e.kind !== "mentions" && cellsApart(e.source, e.target)) continue;
        const pair = [e.source, e.target].sort().join("|");
        // A sentence that sets two things against each other does not also join them ("EventBridgeに
        // 比べて、SNSは送信先の…"); a section's topic is no party to a relation ("Compared to EBS…"
        // under "Databases on AWS").
        // (Nor a thing named after one of them: "While EBS mounts…, you can attach one EFS volume".)
        const own = (k: string) => know.namedAfter(k) ?? k;
        if (e.kind === "integrates" && (contrasted.has(pair) || contrasted.has([own(e.source), own(e.target)].sort().join("|")))) continue;
        if (e.kind !== "mentions" && (know.kindOf(e.source) === "topic" || know.kindOf(e.target) === "topic")) continue;
        // A denied clause ("DynamoDBは不可", "does not support") says they do not work together.
        if (e.kind !== "contrasts" && e.kind !== "mentions") {
          // (A thing the sentence names through another's name is written where that name is:
          // "invoke Lambda not EC2 instances" denies EC2 as well as "EC2 instances".)
          const at = ms.find(writes(e.target)) ?? ms.find(writes(e.source));
          if (at && deniedAt(this.lex, s, at.start)) continue;
          // (Nor, in Japanese, the first side as the object of a denied verb: "完全にアクセスキーを使用
          // しない方法としては、CloudShell…" names CloudShell as a way to do without access keys, not as
          // working with them — not a topic whose clause denies something else, "EFS にはバケット
          // ポリシーが付けられないため、…セキュリティグループを利用する".)
          const from = ms.find(writes(e.source));
          if (e.kind === "integrates" && s.japanese && from && from !== at && /^\s*(?:の[^、。をがは]{0,8})?を[^、。をがは]{0,10}?(?:しない|せず|ない|なく)/.test(s.text.slice(from.end))) continue;
          // (…nor does one the sentence does without: "APIGateway を作成しなくても、HTTPS の URL を利用".)
          // (Written elsewhere in the sentence without it, it still is: "…は AWS Organizations での利用を
          // 想定…AWS Organizations なしでも利用可能に".)
          const absent = (key: string) => everyWritten(key, (m) => absentAt(this.lex, s, m.end, m.start));
          if (absent(e.source) || absent(e.target)) continue;
          if (e.kind !== "alternative" && mistakes.length && (onlyInMistake(e.source) || onlyInMistake(e.target))) continue;
        }
        // A kind of service the notes do not name ("Fully managed service", "データベースサービス",
        // "各種サービス") is what something is, or a class of partners, never one partner; nor one
        // product's successor or stand-in ("Managed service: Previously called Elasticsearch Service"
        // labels what OpenSearch is).
        if ((e.kind === "integrates" || e.kind === "supersedes" || e.kind === "alternative") && (isServiceClass(e.source) || isServiceClass(e.target))) continue;
        // A comparison sets the thing a name qualifies against the other, not the name's own thing:
        // "S3 Intelligent-Tiering is more expensive than Glacier Deep Archive" says nothing of S3.
        // (A rename keeps its brand: "CodeWhisperer は Amazon Q Developer に統合されました".)
        if (e.kind === "contrasts" || e.kind === "alternative") {
          const qualifying = (key: string) => everyWritten(key, (m) => qualifiesNext(this.lex, s.text, m.end));
          if (qualifying(e.source) || qualifying(e.target)) continue;
        }
        propose(e.source, e.target, e.kind);
        related.add(pair);
      }
      // Everything else the sentence names, its subject mentions.
      if (subject) for (const m of ms) if (m.key !== subject && !related.has([subject, m.key].sort().join("|"))) propose(subject, m.key, "mentions");
      if (line.question) for (const m of s.mentions) propose(line.question, m.key, "mentions");
      if (memo && know instanceof AskedKnowledge) memo.record(s.text, inputs, know.asked, proposed);
    });
  }

  private words(key: string): string[] {
    const d = this.reg.get(key);
    if (!d) return [];
    if (d.english) return d.english.toLowerCase().split(/[\s/]+/).filter(Boolean);
    const surface = [...d.surfaces.keys()][0] ?? key.slice(2);
    return tokenize(this.lex, nfkc(surface)).filter((t) => t.script !== "punct").map((t) => (t.gloss ?? t.text).toLowerCase()).filter(Boolean);
  }

  /** A word of the glossary standing alone (料金, スループット; "pricing"): a common noun, no proper name. */
  commonNoun(key: string): boolean {
    return isCommonNoun(this.lex, this.reg.get(key));
  }

  vouched(key: string): boolean {
    return isThing(this.lex, this.reg.get(key));
  }

  inVocabulary(key: string): boolean {
    return !!this.reg.get(key)?.vocab;
  }

  writtenAsCode(text: string): boolean {
    return inlineCodeKeys(this.lines).has(nameKey(text));
  }

  /**
   * One name ends in the other's words: a kind of it (保管型ボリュームゲートウェイ is a ボリューム型ゲートウェイ),
   * unless what it adds negates the rest (非Hive形式 is no Hive形式).
   */
  kindOfOther(a: string, b: string): boolean {
    // Two services the vocabulary knows apart, neither a part of the other, are two things named
    // alike: Application Auto Scaling is no kind of Auto Scaling.
    const va = this.reg.get(a)?.vocab;
    const vb = this.reg.get(b)?.vocab;
    if (va?.kind === "service" && vb?.kind === "service" && va.parent !== vb.id && vb.parent !== va.id) return false;
    const wa = this.words(a).map(singular);
    const wb = this.words(b).map(singular);
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    if (!(short.length > 0 && short.length < long.length && short.every((w, i) => long[long.length - short.length + i] === w))) return this.endsOnOtherName(a, b);
    // (Nor a name that ends on the other after a preposition: "Manual approval with SNS", "Transit
    // VIF on Direct Connect" are things done with it, no kinds of it.)
    if (this.lex.prepositions.has(long[long.length - short.length - 1]!.toLowerCase())) return false;
    return !this.lex.vocab.cues.negatingPrefixes.includes(long[0]!);
  }

  /**
   * A Japanese name that ends on the other's, a word the glossary does not split: "根元事象" is a
   * kind of "事象", as "複合事象" is (the head of a Japanese compound comes last).
   */
  private endsOnOtherName(a: string, b: string): boolean {
    const written = (key: string) => { const d = this.reg.get(key); return d ? [...d.surfaces.keys()].filter((x) => /^[\p{sc=Han}\p{sc=Katakana}ー]+$/u.test(x)) : []; };
    const wa = written(a);
    const wb = written(b);
    const ends = (xs: string[], ys: string[]) => xs.some((x) => ys.some((y) => y.length >= 2 && x.length > y.length && x.endsWith(y) && !this.lex.vocab.cues.negatingPrefixes.includes(x.slice(0, x.length - y.length))));
    return ends(wa, wb) || ends(wb, wa);
  }

  /** Same head, different modifiers, neither named after another thing: gateway/interface endpoint. */
  /**
   * Names apart only in their numbers are members of a numbered series ("分野 1" / "分野 2",
   * "パターン 2" / "パターン 3", "Field 1" / "Field 2"), an outline's items, never alternatives.
   */
  numberedSeries(a: string, b: string): boolean {
    // (Only an ordinal of its own counts: "L1"/"L2" constructs, "v1"/"v2", "Price Class 100"/"200"
    // are variants a learner chooses between.)
    const unnumbered = (key: string) => {
      const text = this.words(key).map(singular).join(" ");
      // (A letter standing alone as a label counts as one too: "列A: 番号" / "列B: 用語", columns in turn.)
      // (So does a date, a step of a schedule: "〜2025年9月: 基礎固め期" / "〜2025年10月13日: 重点学習期".)
      const out = text
        .replace(/(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*(?:末|初め|上旬|中旬|下旬|頃))?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?/g, "#")
        .replace(/第\s*\d+\s*/g, "#")
        .replace(/(?<![A-Za-z\d.])(\d{1,2})(?:\s*(?:つ目|番目))?(?![A-Za-z\d.])/g, (m, n: string) => (Number(n) <= 20 ? "#" : m))
        .replace(/(?<![A-Za-z\d.'’-])[A-Za-z](?![A-Za-z\d.'’-])/g, "#");
      return out === text ? undefined : out.replace(/\s+/g, "");
    };
    const ua = unnumbered(a);
    return ua !== undefined && ua === unnumbered(b);
  }

  /** Words a heading would read as a facet of the name they open with ("VPC Key Components" of VPC, "S3 Key Features" of S3). */
  private facetOfName(label: string): boolean {
    const meaning = readHeading(this.lex, label, 2);
    return meaning.kind === "named" && nameKey(meaning.name) !== nameKey(label) && nfkc(label).toLowerCase().startsWith(nfkc(meaning.name).toLowerCase());
  }

  /**
   * The note a link's address leads to, where it is a note of the folder and a node: an address
   * says which of two notes of one file name it means ("[See EBS](/storage/ebs.md)" is the note on
   * EBS, not compute/ebs.md on Elastic Beanstalk (EBS)), where the name alone finds the first.
   */
  private linkedNote(link: LinkSpan): string | undefined {
    const byAddress = link.file ? this.noteNodes.get(this.addressed(link.file)) ?? (/\.(?:md|markdown)$/i.test(link.file) ? undefined : this.noteNodes.get(`${link.file}.md`)) : undefined;
    if (byAddress !== undefined) return byAddress;
    // (A note whose file's name is another thing's name is found by that name from links only.)
    const byFileName = this.fileNameOnly.size > 0 ? this.fileNameOnly.get(nameKey(link.target)) : undefined;
    return byFileName?.to !== undefined ? byFileName.key : undefined;
  }

  /**
   * The name a link gives what it links to: its target, unless that is only a number (a chapter's
   * file, "[多次元の確率分布](7.md)", that no note of the notes names otherwise): then its words.
   */
  private linkName(line: NoteLine, link: LinkSpan): string {
    // (So is a place in a hierarchy of dotted names that no note of the folder has,
    // "[[concepts.design_patterns.observer]]": the link shows its last name, "observer".)
    const pathOfNoNote = isHierarchyPath(link.target) && this.reg.lookupName(link.target) === undefined;
    if (!NUMBERED_FILE.test(fileBaseName(link.target)) && !pathOfNoNote) return link.target;
    const shown = line.text.slice(link.start, link.end).trim();
    return shown && !NUMBERED_FILE.test(shown) ? shown : link.target;
  }

  /**
   * A command line the notes write as code, a program and its words in lower case (`git status`,
   * `npm run dev`, `terraform fmt`): one of a tool's commands, which a list sets side by side as a
   * reference, not as alternatives to weigh.
   */
  commandLine(key: string): boolean {
    const inCode = inlineCodeKeys(this.lines);
    return everyNameWritten(this.reg.get(key), (w) => /^[a-z][\w.-]*\s+\S/.test(w) && inCode.has(nameKey(w)));
  }

  /**
   * A name written as a program writes it — auth_time, data-masking-digits-mask, exp, iat,
   * ResourceTypeAffected — names a field, a parameter or a command: a list of them defines a format
   * or an interface, each entry beside the next, no alternatives a learner chooses between.
   * (Names the vocabulary knows — DynamoDB, CloudFront — are products, whatever their case.)
   */
  codeIdentifier(key: string): boolean {
    return everyNameWritten(this.reg.get(key), (w) => {
      // snake_case (or kebab-case in lower case), a short lower-case word, three humps of camelCase,
      // or a directory's path ("bin/", "boot/": a listing of a file system, no alternatives).
      const joined = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+$/i.test(w) && /_|^[a-z0-9-]+$/.test(w);
      if (joined || /^[a-z]{1,4}$/.test(w) || /^[A-Z]?[a-z]+(?:[A-Z][a-z0-9]+){2,}$/.test(w) || /^\/?[\w.-]+(?:\/[\w.-]+)*\/$/.test(w)) return true;
      // …or a command's option ("-name", "--size"), a key pressed with another ("Ctrl + b", "Alt+F4"),
      // a media type ("text/html"), or a field a tool prints with its sign ("%MEM", "TIME+", "{N}"):
      // a reference's entries, one after another.
      return /^-{1,2}[A-Za-z][\w-]*$/.test(w) || /^(?:ctrl|control|alt|shift|cmd|command|option|opt|meta|super|win|fn)\s*\+\s*\S/i.test(w) || /^[a-z]+\/[a-z0-9][\w.+-]*$/.test(w) || /^%\w|^\{.*\}$|^[A-Za-z]+\+$/.test(w);
    });
  }

  comparableTerms(a: string, b: string): boolean {
    const da = this.reg.get(a);
    const db = this.reg.get(b);
    if (!da || !db || da.kind !== db.kind || da.kind === "service" || da.kind === "question") return false;
    if (da.prefixOf || db.prefixOf) return false;
    const wa = this.words(a).map(singular);
    const wb = this.words(b).map(singular);
    if (wa.length < 1 || wb.length < 1) return false;
    if (this.numberedSeries(a, b)) return false;
    // One name inside the other is the same thing or a part of it (キャッシュ型ボリューム / …ゲートウェイ).
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    if (short.every((w, i) => long[i] === w) || this.kindOfOther(a, b)) return false;
    const sameHead = wa.at(-1) === wb.at(-1) && wa.length >= 2 && wb.length >= 2 && wa.slice(0, -1).join(" ") !== wb.slice(0, -1).join(" ");
    const isHead = this.lex.strongHeads.has(wa.at(-1)!) || this.lex.weakHeads.has(wa.at(-1)!);
    // Sharing a first word that names a service (IAM role / IAM policy) makes parts of it, not variants.
    const sharedFirst = wa[0] === wb[0] && wa.length >= 2 && wb.length >= 2 && !this.lex.genericWords.has(wa[0]!) && !this.lex.exactKeys.has(nameKey(wa[0]!));
    const variants = this.lex.modifiers.has(wa[0]!) && this.lex.modifiers.has(wb[0]!);
    // "Eventually Consistent Reads" / "Strongly Consistent Reads": a two-word head shared, one modifier apart.
    const sharedTail = wa.length >= 3 && wb.length >= 3 && wa.slice(-2).join(" ") === wb.slice(-2).join(" ") && wa.length === wb.length;
    return (sameHead && (isHead || variants || sharedTail)) || sharedFirst;
  }

  /**
   * Two names of one thing's variants: the same head after different words ("Origin response" /
   * "Viewer response", "Zonal RI" / "Regional RI"), or one word and its negation ("synchronous" /
   * "asynchronous", "homogeneous migrations" / "heterogeneous migrations" aside).
   */
  variantNames(a: string, b: string): boolean {
    // (A name of one hyphenated word is a compound all the same: "Single-Attach" / "Multi-Attach".)
    const wordsOf = (key: string) => { const ws = this.words(key); return (ws.length === 1 && /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(ws[0]!) ? ws[0]!.split("-") : ws).map(singular); };
    const wa = wordsOf(a);
    const wb = wordsOf(b);
    if (!wa.length || wa.length !== wb.length) return false;
    // (A head one writes in the plural is the same head: "Primary ENI" / "Secondary ENIs".)
    const sameWord = (x: string, y: string) => x === y || `${x}s` === y || `${y}s` === x;
    if (wa.length >= 2) return sameWord(wa.at(-1)!, wb.at(-1)!) && wa.slice(0, -1).join(" ") !== wb.slice(0, -1).join(" ") && !this.lex.genericWords.has(wa.at(-1)!);
    const [x, y] = [wa[0]!, wb[0]!];
    const negated = (w: string, of: string) => w.length > of.length && w.endsWith(of) && /^(?:a|an|non-?|un|in|im|dis)$/.test(w.slice(0, w.length - of.length));
    return negated(x, y) || negated(y, x);
  }

  /** Things the line's sentences are about. */
  lineSubjects(line: LineWork): Set<string> {
    return new Set(line.subjects.filter((x): x is string => !!x));
  }
}

/**
 * The words a compound is named with for the name it opens with: its English label, or the words
 * the notes wrote where those differ from the label only in number ("Object Lock" after a term
 * labelled "Objects" is no "Objects Lock", nor "Price Class 200" a "Price Classes 200").
 */
function nameOfPrefix(written: string, english: string | undefined): string | undefined {
  if (!english || !/^[\x20-\x7e]+$/.test(written) || nameKey(written) === nameKey(english)) return english;
  const sameWords = written.trim().split(/\s+/).length === english.trim().split(/\s+/).length;
  return sameWords && singularKey(written) === singularKey(english) ? written.trim() : english;
}

/** One capitalised word in the plural ("Servers", "Products"; not "Access"). */
/** Is `english` the glossary's word-by-word English of `name` (its words in the plural or not)? */
function madeWordByWord(lex: Lexicon, name: string, english: string): boolean {
  const made = translateTokens(tokenize(lex, nfkc(name))).english;
  return nameKey(made) === nameKey(english) || onlyPluralOf(english, made);
}

/**
 * Is the English in brackets a name of words, as the glossary's is, and not a shorter word, an
 * example or a plural of it ("認証(Auth)", "ローカルマシン(Mac/Linux)", "設定ファイル(config.json)")?
 */
function ownEnglishName(written: string, made: string): boolean {
  const words = written.trim().split(/\s+/);
  return words.length >= 2 && words.length >= made.trim().split(/\s+/).length && !/[/.]/.test(written) && !onlyPluralOf(written, made);
}

function isPluralWord(word: string): boolean {
  return /^[A-Z][a-z]+[^s]s$/.test(word);
}

/** One word of the glossary or a plural after the vendor's name ("Servers", "Products", "Public"): the vendor's, no product. */
function commonWordAfterVendor(lex: Lexicon, bare: string): boolean {
  return !/\s/.test(bare) && (isGlossaryWord(lex, bare) || isPluralWord(bare));
}

/**
 * The text with its inline formulas blanked: a "$…$" that holds a LaTeX command ("$P\Longrightarrow
 * Q$", "$x\leq y$") is notation, whose words name nothing. (Not prices: "$5 – $10" holds none.)
 */
function withoutFormulas(text: string): string {
  return text.includes("$") ? text.replace(/\$[^$\n]*\\[A-Za-z]+[^$\n]*\$/g, (m) => " ".repeat(m.length)) : text;
}

/** Does the note say anything, beyond its title and headings? */
function saysSomething(note: ParsedNote): boolean {
  return note.lines.some((l) => l.source !== "title");
}

/**
 * A measure word before a value labels the value rather than naming a thing: "Min - /28", "Max - 7
 * instances", "Interval - 30 sec" (not "IOPS: input/output operations per second", which says what it is).
 */
function isFieldLabel(lex: Lexicon, name: string, definition: string, inBrackets?: string): boolean {
  if (isPlaceholder(definition)) return true;
  // (Nor one whose value opens on a template's variable: "Subject - ${user:subject} - persistent"
  // maps a field to it.)
  if (/^\s*(?:\$\{[^{}]*\}|\{\{[^{}]*\}\})/.test(definition)) return true;
  // (A field's label with a value that names the label's own thing, "Amazon Resource Name (ARN): the
  // ARN of the bucket -> arn:aws:s3:::…", "Name: the name of the function", says which one is meant,
  // not what the thing is.)
  // (The whole label or its abbreviation: "ACU (Aurora Capacity Unit): The unit of measure for
  // compute" says what an ACU is.)
  const which = /^(?:(?:the|your)\s+)?([A-Za-z][\w-]*)\s+(?:of|for)\s/i.exec(definition.trim());
  if (which && [name, inBrackets].some((w) => w && nameKey(w) === nameKey(which[1]!))) return true;
  // (…nor a label that opens with a word of measure before a figure: "Max Size: 4KB", "Maximum
  // Size: /16 (65,536 IP addresses)", "最大サイズ: 400 KB" give a value of what encloses them, a
  // setting, not a thing. "Default" opens names too: "Default monitoring: 5-minute intervals" is
  // CloudWatch's basic monitoring.)
  // (A Japanese word of measure opens the compound only if it is two characters or more: 分 opens 分類.)
  const measure = measureWordOpening(lex, name);
  const opensOnMeasure = measure !== undefined && measure !== "default" && measure !== "デフォルト" && (measure.length >= 2 || measure === nfkc(name).trim().toLowerCase().split(/[\s_-]+/)[0]);
  if (opensOnMeasure && /^[\s(]*[\d/<>=≤≥~+-]/.test(definition)) return true;
  // (So does a participle before a list of names: "Supported: Amazon SageMaker and Amazon
  // Comprehend"; not a state a thing is in, "Approved: the request was granted".)
  return isParticiple(name.trim()) && /^[\s,、・/&]*(?:(?:[A-Z0-9][\w.-]*|and|or|&)[\s,、・/&]*)+$/.test(definition.replace(/\([^()]*\)/g, " ").trim());
}

const evaluationHeadLists = new WeakMap<Lexicon, string[]>();

/**
 * A label that weighs what encloses it, ending on one of cues.evaluationHeads ("Corruption Risk",
 * "Encryption Requirement", "Trade-off", "セキュリティリスク"): how good, needed or hard that is, no
 * thing of its own. (Not a name the vocabulary knows.)
 */
function isEvaluationLabel(lex: Lexicon, name: string): boolean {
  let heads = evaluationHeadLists.get(lex);
  if (!heads) evaluationHeadLists.set(lex, (heads = lex.vocab.cues.evaluationHeads.map((h) => nfkc(h).toLowerCase().trim())));
  const t = withoutLeadingEmoji(nfkc(name)).trim().toLowerCase().replace(/\s*[(（][^()（）]*[)）]$/, "");
  const weighs = heads.some((h) => t === h || (CJK.test(h) ? t.endsWith(h) : t.endsWith(` ${h}`) || t.endsWith(`-${h}`)));
  return weighs && !lookupEntity(lex, name.trim(), false);
}

/**
 * A template's value, a placeholder to fill in: "実施日: [YYYY-MM-DD]", "所要時間: [分]", "Date:
 * <date>", "Owner: {{name}}", "Score: ___". Its label is a field of the template, no term.
 */
function isPlaceholder(value: string): boolean {
  return /^\s*(?:\[[^[\]]*\]|<[^<>]*>|\{\{[^{}]*\}\}|_{3,})\s*$/.test(value);
}

/** One English word in -ed, a past participle ("Supported", "scheduled"; not "Speed"). */
function isParticiple(word: string): boolean {
  return /^[A-Za-z][a-z]{3,}ed$/.test(word) && !/eed$/.test(word);
}

/**
 * A term of one English participle ("Scheduled", "Enhanced"): what begins with it is described by
 * it, not named after a thing ("Scheduled scaling", "Scheduled RIs" are no parts of "Scheduled").
 */
function participleKey(key: string): boolean {
  return key.startsWith("t:") && isParticiple(key.slice(2));
}

/** A file's place in a numbered sequence, before its words: "12 ", "2.", "3. ", "07 " (of "07-intro"). */
const SEQUENCE_NUMBER = /^\d{1,3}(?:\s*[._-]\s*|\s+)(?=\p{L})/u;

/**
 * Notes numbered as a sequence in their folder (or under one parent of a hierarchy of dotted
 * names): a course's lectures, "1. IAM - INTRODUCTION.md" … "14. IAM Credential Report.md". Three
 * numbers or more, covering half their range at least: "2-Phase Commit.md" and "12-factor app.md"
 * in one folder are no sequence.
 */
function numberedSequences(notes: readonly ParsedNote[]): Set<string> {
  const groups = new Map<string, { file: string; number: number }[]>();
  for (const n of notes) {
    const leaf = hierarchyLeaf(n.file, n.title);
    // (As the file is named: its name as a heading has lost "1. ", not "12 ".)
    const place = SEQUENCE_NUMBER.exec(leaf ?? fileStem(n.file))?.[0];
    if (place === undefined) continue;
    const folder = n.file.slice(0, n.file.lastIndexOf("/") + 1);
    const parent = leaf !== undefined ? fileStem(n.file).split(".").slice(0, -1).join(".") : "";
    const group = `${folder}\u0000${parent}`;
    let members = groups.get(group);
    if (!members) groups.set(group, (members = []));
    members.push({ file: n.file, number: parseInt(place, 10) });
  }
  const out = new Set<string>();
  for (const members of groups.values()) {
    const numbers = new Set(members.map((m) => m.number));
    const range = Math.max(...numbers) - Math.min(...numbers) + 1;
    if (numbers.size >= 3 && numbers.size * 2 >= range) for (const m of members) out.add(m.file);
  }
  return out;
}

/**
 * Do a numbered file's words name a thing, written as words ("External identity provider",
 * "Kernel-based Virtual Machine"), or title a chapter: words run together as a file's name
 * ("SendingQueriesWithCurl", "MetricAggregations"), one word ("Replication", "Installation": what
 * the chapter is on, with other chapters' words in it)?
 */
function namesAThing(lex: Lexicon, words: string): boolean {
  return /\s/.test(words.trim()) && readHeading(lex, words, 1).kind === "named" && isTermLike(words) && looksLikeName(words);
}

/** A file named as an address is, in lower case without spaces: "vpc-lattice-overview.md", "rds_aurora.md". */
/** A Japanese term and its English in lower case after it: "標本点 sample point". */
const GLOSSED_TERM = /^(\S*[\u3040-\u30ff\u3400-\u9fff]\S*)\s+([a-z][a-z -]*[a-z])$/;

/** A file named by a number alone: "4.md", "07.md". */
const NUMBERED_FILE = /^\d+$/;

function isSlug(file: string): boolean {
  return /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(fileStem(file));
}

/** A file's name without folders and extension, as words: "saa/storage.md" → "storage". */
function fileBaseName(file: string): string {
  const base = fileStem(file);
  // Kebab-case file names read as words ("application-integration" → "application integration").
  const words = /\s/.test(base) ? base : base.replace(/[-_]+/g, " ");
  return cleanHeading(words);
}

/** English plural folded for comparing words of names (reads → read, policies → policy). */
/** Is `made` the words of `written` with some of them in the plural ("Accounts Assignment", "Account Assignment")? */
function onlyPluralOf(made: string, written: string): boolean {
  const a = made.toLowerCase().split(/\s+/);
  const b = written.toLowerCase().split(/\s+/);
  if (a.length !== b.length) return false;
  let plural = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (singular(a[i]!) !== b[i]) return false;
    plural = true;
  }
  return plural;
}

function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/**
 * A term worth a node is a name, not a file name, a number, an HTML comment or a sentence
 * fragment: no ".png", no "<!--", not only digits and symbols.
 */
function looksLikeTerm(name: string): boolean {
  const t = name.trim();
  if (!t || /<!--|-->|<\/?[a-z]/i.test(t)) return false;
  if (/\.(png|jpe?g|gif|svg|webp|pdf|md)$/i.test(t)) return false;
  if (!/[\p{L}]/u.test(t)) return false;
  return true;
}

/**
 * A line as the passes read it, as a digest of all of it (kept per line object: a watcher's
 * unchanged notes come back as the same objects). The terms pass compares a note's lines by these
 * at every save: aws-study's lines written out whole came to some 5 MB joined and compared.
 */
const lineDigests = new WeakMap<NoteLine, string>();
function lineDigest(line: NoteLine): string {
  let digest = lineDigests.get(line);
  if (digest === undefined) lineDigests.set(line, (digest = createHash("sha256").update(JSON.stringify(line)).digest("base64")));
  return digest;
}

/**
 * Do these words spell out the thing as the vocabulary names it: one of its long names shares a
 * word of them ("Elastic Block Storage" for EBS, Elastic Block Store)? A thing it knows by
 * abbreviations only is spelled out by any long form.
 */
function spellsOutEntity(entity: EntityEntry, words: string): boolean {
  const content = (t: string) => nfkc(t).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && w !== "aws" && w !== "amazon");
  const long = [entity.label, ...entity.names].filter((n) => !isAbbreviation(stripVendorPrefix(n)));
  if (!long.length) return true;
  const said = new Set(content(words));
  return long.some((n) => content(n).some((w) => said.has(w)));
}

/** Words that weigh one thing against another in a line. */
const WEIGHS = /\b(?:than|unlike|whereas|neither|nor|vs\.?|versus|compared|instead|rather)\b|より|に比べ|と比べ|と違って|に対して/i;

/**
 * A line that is only a link to a page on the web, with at most a bracket of its own ("[【AWS Black
 * Belt Online Seminar】AWS CloudFormation deep dive(YouTube)](https://…)(1:06:10)"), cites that
 * page: its title is the page's words. (A link to another note is the vault's own structure.)
 */
function linksOut(line: NoteLine): boolean {
  return !line.links?.length && /\]\(\s*<?https?:\/\//.test(line.raw) && isReferenceLine(line.raw);
}

/**
 * A line that only links to a page, with its remarks on the page blanked out (the length kept): a
 * series' label in lenticular brackets and what brackets add after the title — the medium, the
 * publisher, the length ("【AWS Black Belt Online Seminar】Amazon Cognito(YouTube)(59:18)",
 * "コンテナとは(Google Cloud)") — say where and how the page is published, and name nothing the
 * page is about. Brackets that spell out or abbreviate the name before them stay: "LPWA(Low Power,
 * Wide Area)", "Elastic Load Balancing (ELB)".
 */
function withoutPageRemarks(text: string): string {
  return text.replace(/【[^【】]*】|[(（]([^()（）]*)[)）]/g, (m, inside: string | undefined, at: number) => {
    if (inside !== undefined) {
      const before = text.slice(Math.max(0, at - 120), at).trimEnd();
      const short = stripVendorPrefix(inside);
      const lastWord = /([A-Za-z][A-Za-z0-9&]*)$/.exec(before)?.[1] ?? "";
      if ((isAbbreviation(short) && longFormOf(short, before)) || (isAbbreviation(lastWord) && longFormOf(lastWord, inside.trim()))) return m;
    }
    return " ".repeat(m.length);
  });
}

/** Is the line's sentence `i` words of a document the line cites? */
function cited(line: LineWork, i: number): boolean {
  return line.citation !== undefined || (line.citing?.includes(i) ?? false);
}

/**
 * What the structure pass reads of a line on its own, kept per parsed line (the watcher's parse
 * cache hands an unchanged note's lines back, build after build): its sentences in NFKC and
 * whether each is Japanese, and whether it, or which of its later sentences, cites a document.
 */
interface LineReading {
  sentences: { original: string; text: string; start: number; japanese: boolean }[];
  citation?: "cites" | "links";
  citing?: number[];
}

const readingsByLine = new WeakMap<Lexicon, WeakMap<NoteLine, LineReading>>();

function lineReading(lex: Lexicon, line: NoteLine): LineReading {
  let byLine = readingsByLine.get(lex);
  if (!byLine) readingsByLine.set(lex, (byLine = new WeakMap()));
  let reading = byLine.get(line);
  if (!reading) {
    const citation = citesDocument(lex, line.text) || citesInBrackets(lex, line.raw) ? ("cites" as const) : linksOut(line) ? ("links" as const) : undefined;
    const sentences = withoutAnswerLabel(lex, splitSentences(line.text)).map((span) => {
      const s = analyseSentence(lex, span.text);
      return { original: s.original, text: citation === "links" ? withoutPageRemarks(s.text) : s.text, start: span.start, japanese: s.japanese };
    });
    const citing = sentences.flatMap((s, i) => (i > 0 && citesDocument(lex, s.text) ? [i] : []));
    reading = { sentences, ...(citation ? { citation } : {}), ...(citing.length ? { citing } : {}) };
    byLine.set(line, reading);
  }
  return reading;
}

/**
 * A label of one of the vocabulary's lists at the start of a text, as `pattern` places the labels
 * (escaped, joined by "|"), compiled once per vocabulary. No labels: a pattern that matches nothing.
 */
function labelPattern(lex: Lexicon, lists: "answerLabels" | "falseLabels" | ("answerLabels" | "falseLabels")[], pattern: (labels: string) => string, flags: string): RegExp {
  let byList = labelPatterns.get(lex);
  if (!byList) labelPatterns.set(lex, (byList = new Map()));
  // (One list may stand in several patterns: keyed by the pattern too.)
  const key = `${lists} ${flags} ${pattern("")}`;
  let re = byList.get(key);
  if (re === undefined) {
    const labels = [lists].flat().flatMap((list) => lex.vocab.cues[list]).map((l) => escapeRegExp(nfkc(l)));
    byList.set(key, (re = labels.length ? new RegExp(pattern(labels.join("|")), flags) : /$^/g));
  }
  return re;
}
const labelPatterns = new WeakMap<Lexicon, Map<string, RegExp>>();

/** A false belief's label at the start of a text, after any emoji ("❌ TRAP: …", "Wrong: …"; cues.falseLabels). */
const falseLabel = (lex: Lexicon) => labelPattern(lex, "falseLabels", (labels) => `^[\\p{Extended_Pictographic}\\uFE0F\\u200D\\s]*(?:${labels})\\s*[:：]`, "iu");
/** …or a false verdict closing the text after a spaced dash ("… — ❌ Incorrect", "… - Wrong"). */
const falseVerdictAfter = (lex: Lexicon) => labelPattern(lex, "falseLabels", (labels) => `\\s[-–—]\\s+[\\p{Extended_Pictographic}\\uFE0F\\u200D\\s]*(?:(?:partially|partly|mostly)\\s+)?(?:${labels})[.!。]?\\s*$`, "iu");
/** …or opening one of the fields a line joins with slashes (falseFields). */
const falseFieldLabel = (lex: Lexicon) => labelPattern(lex, "falseLabels", (labels) => `\\s[/／|]\\s[\\p{Extended_Pictographic}\\uFE0F\\u200D\\s]*(?:${labels})\\s*[:：]`, "giu");

/**
 * Where a line of fields joined by slashes gives a false belief in one of them, from its label to
 * the next field: "問題番号: Q4 / トピック: Lambda + SQS / 自分の回答: B (Auto Scaling + m1.large) /
 * 正解: A" — the learner's wrong answer relates nothing; the topic still does.
 */
function falseFields(lex: Lexicon, text: string): [number, number][] | undefined {
  if (!text.includes("/") && !text.includes("／") && !text.includes("|")) return undefined;
  let spans: [number, number][] | undefined;
  for (const m of text.matchAll(falseFieldLabel(lex))) {
    const next = /\s[/／|]\s/.exec(text.slice(m.index + m[0].length));
    (spans ??= []).push([m.index, next ? m.index + m[0].length + next.index : text.length]);
  }
  return spans;
}

const falseWordSets = new WeakMap<Lexicon, Set<string>>();

/**
 * A row of a table of choices whose verdict cell calls it false: "| E. Simple Network Management
 * Protocol | SNMPは…SNSはこのプロトコルでの通知配信をサポートしていない。 | 不正解 |" explains a wrong
 * choice, and relates nothing (cues.falseLabels).
 */
function falseVerdictRow(lex: Lexicon, line: NoteLine): boolean {
  if (!line.table) return false;
  let words = falseWordSets.get(lex);
  if (!words) falseWordSets.set(lex, (words = new Set(lex.vocab.cues.falseLabels.map((w) => nfkc(w).toLowerCase()))));
  return line.table.cells.some((c) => words.has(withoutLeadingEmoji(nfkc(c)).replace(/[\s*_]+/g, " ").trim().toLowerCase()));
}

/** An answer's label and what follows it, at the start of a text (cues.answerLabels). */
const answerLabel = (lex: Lexicon) => labelPattern(lex, "answerLabels", (labels) => `^[\\s\\p{Extended_Pictographic}\\uFE0F\\u200D]*(?:${labels})\\s*[:：]\\s*(?=\\S)`, "iu");

/** A heading of an answer's or a false answer's label alone: "Correct", "正解:", "❌ Wrong". */
const answerHeading = (lex: Lexicon) => labelPattern(lex, ["answerLabels", "falseLabels"], (labels) => `^[\\s\\p{Extended_Pictographic}\\uFE0F\\u200D*_]*(?:${labels})[\\s*_:：]*$`, "iu");

/**
 * The words after an answer's label ("Answer: Lambda is a serverless…", "答え: …"): the
 * label says where the line stands in a question and answer, the words after it what they say.
 */
function withoutAnswerLabel(lex: Lexicon, spans: ReturnType<typeof splitSentences>): ReturnType<typeof splitSentences> {
  const first = spans[0];
  const m = first ? answerLabel(lex).exec(first.text) : null;
  if (!first || !m) return spans;
  return [{ ...first, text: first.text.slice(m[0].length), start: first.start + m[0].length }, ...spans.slice(1)];
}
