// Drafts and proposed edges → the knowledge graph: one node per thing with its labels, aliases,
// its own definition as summary, the lines about it (facts) apart from the lines that only name
// it (mentionedIn); part_of from structure; one edge per pair and kind with all its evidence;
// `mentions` only where no stronger relation joins the pair.

import { EDGE_KINDS, edgeKindRank, type EdgeKind, type Evidence, type Fact, type GraphEdge, type GraphNode, type KnowledgeGraph } from "../graph/types";
import { slugify } from "../graph/slug";
import { capitalizeFirst, nameKey, nfkc, stripVendorPrefix } from "../text/normalize";
import { remembered } from "../text/bounded-memo";
import { splitSentences } from "../text/sentences";
import { acronymOf, lookupEntity, type Lexicon } from "../vocab/lexicon";
import { inlineCodeKeys } from "./code-names";
import { endsOnNonProductHead, everyNameWritten, isCommonNoun, isServiceClass } from "./common-noun";
import type { Draft, DraftRegistry } from "./drafts";
import type { DraftEdge, LineWork, Section } from "./model";
import { analyseSentence, findMentions, type AnalysedSentence, type Mention } from "./mentions";
import { topicOf } from "./subjects";
import { endsAsClass } from "./rules/cues";
import { absentAt, deniedAt } from "./negation";
import { COMPARISON_TITLE, isAbbreviation } from "./definitions";
import { isKindsHeading, isOverviewHeading, namesOtherFacet } from "./headings";
import { isBoldSubtitle, isFragment, isDefiningSentence, isHowTitle, letters, mostlyLinks, namingSentence, showsBelow } from "./summary";
import { isReferenceLine } from "../parse/inline";
import { onlyTags } from "../parse/markdown";
import { splitDefinition } from "../parse/definition";
import { escapeRegExp } from "../text/escape-regexp";

const UNDIRECTED: ReadonlySet<EdgeKind> = new Set(["contrasts", "alternative", "mentions", "integrates"]);
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;
const MAX_SUMMARY = 200;

function mostFrequent(surfaces: Map<string, number>, filter: (s: string) => boolean): string | undefined {
  let best: [string, number] | undefined;
  for (const [s, n] of surfaces) if (filter(s) && (!best || n > best[1])) best = [s, n];
  return best?.[0];
}

function firstSentence(text: string): string {
  // (Without a list's dash glued to it: "Log streams:-A log stream is…".)
  const s = (splitSentences(text)[0]?.text ?? text).replace(/^[-–—•]+(?=\S)/, "");
  return s.length > MAX_SUMMARY ? `${s.slice(0, MAX_SUMMARY - 1)}…` : s;
}

export function assembleGraph(
  lex: Lexicon,
  reg: DraftRegistry,
  sections: Section[],
  lines: LineWork[],
  proposed: DraftEdge[],
  /** Finds a sentence's mentions (the extraction's, which may reuse the build before's). */
  match: (s: AnalysedSentence) => Mention[] = (s) => findMentions(lex, reg, s),
): KnowledgeGraph {
  const facts: Fact[] = lines.map((l) => ({ id: l.factId, file: l.file, line: l.note.line, text: l.note.raw, section: l.note.path.map((h) => h.text) }));

  // Which drafts are nodes: those the notes actually name, define or give a section.
  const drafts = [...reg.drafts.values()].filter((d) => d.surfaces.size > 0 || d.definitions.length > 0 || d.ownSections.length > 0 || d.notes.length > 0).sort((a, b) => a.order - b.order);
  const isNode = new Set(drafts.map((d) => d.key));
  // People (申請者, 管理者, インフラ担当者): roles set side by side, never parts of a thing or
  // things it works with ("X State Machine: 申請者への通知" notifies a person).
  const personSuffixes = lex.vocab.cues.personSuffixes.map((x) => nfkc(x));
  // (So are the vendor's talks, publications, courses and programmes, by the word their names end
  // on: "AWS Black Belt Online Seminar CON141 コンテナ入門 に…説明されています" cites a talk, which is
  // no part of containers.)
  const vendorResource = (d: Draft) => everyNameWritten(d, (w) => endsOnNonProductHead(lex, w)) && [...d.surfaces.keys()].some((w) => stripVendorPrefix(w) !== nfkc(w).trim());
  const people = new Set(drafts.filter((d) => everyNameWritten(d, (w) => personSuffixes.some((x) => w.endsWith(x))) || vendorResource(d)).map((d) => d.key));
  // Places things run in (vocab `place`): a part only of another place or of a topic, no partner,
  // and the whole of no other thing ("AZ Rebalancing", "Region Selection" are no parts of a place).
  const isPlace = (key: string) => reg.get(key)?.vocab?.place === true;
  // (So is a thing every resource has, vocab `pervasive`, an ARN: a part only of a topic, no partner.)
  const isPervasive = (key: string) => reg.get(key)?.vocab?.pervasive === true;
  const placedUnder = (child: string, parent: string) =>
    isPervasive(child) ? reg.get(parent)?.kind === "topic" : isPlace(child) ? isPlace(parent) || reg.get(parent)?.kind === "topic" : !isPlace(parent) || reg.get(child)?.kind === "question";

  // Titles of links: list items whose nested items are only the links ("- Amazon EC2 Auto Scaling
  // 入門編" above "  - https://youtu.be/…"). They name a page, and say nothing of the thing.
  const led = new Map<number, boolean>();
  for (const l of lines) if (l.lead !== undefined) led.set(l.lead, (led.get(l.lead) ?? true) && isReferenceLine(l.note.raw));
  const linkTitles = new Set([...led].filter(([, onlyLinks]) => onlyLinks).map(([factId]) => factId));

  // Lines that answer a question: those after it in its section (a practice question's choices,
  // answer and explanation). What they say of a thing is said against the question's case.
  const answering = new Set<string>();
  const asked = new Set<number>();
  // (And the section each line stands in, by file and line, as evidence names lines.)
  const sectionOfLine = new Map<string, number>();
  for (const l of lines) {
    if (l.section === undefined) continue;
    sectionOfLine.set(`${l.file}\0${l.note.line}`, l.section);
    if (l.question) asked.add(l.section);
    else if (asked.has(l.section)) answering.add(`${l.file}\0${l.note.line}`);
  }

  // For each draft: the lines about it, and the lines that name it.
  const about = new Map<string, number[]>();
  const named = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, key: string, factId: number) => {
    const list = map.get(key) ?? [];
    if (list.at(-1) !== factId) list.push(factId);
    map.set(key, list);
  };
  // A line whose sentences are about different things is only partly each one's.
  const partly = new Map<string, Record<number, string[]>>();
  for (const l of lines) {
    // (Sets filled in the order the spreads had, without the arrays: this runs for every line.)
    const whole = new Set<string>(l.columns);
    for (const d of l.definitions) whole.add(d.key);
    if (l.question) whole.add(l.question);
    const subjects = new Set<string>();
    // (A row of a table that compares its columns is about what they name, not about a name in the
    // aspect it is compared on: "TLS Support | Managed by AWS | TLS set up on the origin".)
    if (!l.columns?.length) for (const x of l.subjects) if (x) subjects.add(x);
    for (const k of whole) subjects.add(k);
    for (const k of subjects) note(about, k, l.factId);
    if (l.sentences.length > 1 && new Set(l.subjects).size > 1) {
      for (const k of subjects) {
        if (whole.has(k)) continue;
        const own = l.sentences.filter((_, i) => l.subjects[i] === k).map((s) => s.original.trim());
        if (own.length < l.sentences.length) {
          // (Filled in place: copying the record at each line was quadratic in a common subject's lines.)
          let record = partly.get(k);
          if (!record) partly.set(k, (record = {}));
          record[l.factId] = own;
        }
      }
    }
    const names = new Set<string>(l.nested);
    for (const s of l.sentences) for (const m of s.mentions) names.add(m.key);
    if (l.named) names.add(l.named);
    for (const k of names) if (!subjects.has(k)) note(named, k, l.factId);
  }

  const index = indexLines(lines);

  // Slugs: vocabulary ids first, then the rest in order of appearance.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const d of drafts) if (d.vocab) {
    ids.set(d.key, d.vocab.id);
    used.add(d.vocab.id);
  }
  const labels = new Map<string, { label: string; labelJa?: string }>();
  for (const d of drafts) labels.set(d.key, labelOf(lex, d, reg, index));
  // Two things one label would show as one: a term written in Japanese only and labelled by its
  // translation keeps its own words where another thing has that label ("## 分析" over a list of
  // articles beside the note analytics.md: 分析 and Analytics, not Analytics twice).
  const byLabel = new Map<string, Draft[]>();
  for (const d of drafts) {
    const k = labels.get(d.key)!.label.toLowerCase();
    const same = byLabel.get(k);
    if (same) same.push(d);
    else byLabel.set(k, [d]);
  }
  for (const same of byLabel.values()) {
    if (same.length < 2) continue;
    for (const d of same) {
      const { label, labelJa } = labels.get(d.key)!;
      if (!d.vocab && labelJa && labelJa !== label && [...d.surfaces.keys()].every((w) => CJK.test(w))) labels.set(d.key, { label: labelJa, labelJa });
    }
  }
  for (const d of drafts) {
    const label = labels.get(d.key)!;
    if (ids.has(d.key)) continue;
    let slug = slugify(d.kind === "question" ? label.labelJa ?? label.label : label.label);
    if (d.kind === "question" && label.labelJa && label.label !== label.labelJa) slug = slugify(label.label);
    let n = 2;
    const base = slug;
    while (used.has(slug)) slug = `${base}-${n++}`;
    used.add(slug);
    ids.set(d.key, slug);
  }
  const id = (key: string) => ids.get(key)!;

  // part_of: what each node belongs to, with the sentence that shows it.
  const related = new Set(proposed.filter((e) => e.kind !== "part_of" && e.kind !== "mentions").map((e) => pairKey(e.source, e.target)));
  // A thing and what it succeeds are two products, neither a part of the other ("EventBridgeは
  // Cloudwatch eventsの機能強化バージョン" reads like "the version of", and is no part).
  const succession = new Set(proposed.filter((e) => e.kind === "supersedes").map((e) => pairKey(e.source, e.target)));
  const stated = new Map<string, DraftEdge>();
  for (const e of proposed) if (e.kind === "part_of" && !stated.has(e.source) && isNode.has(e.target)) stated.set(e.source, e);
  const parents = new Map<string, { parent: string; evidence: Evidence }>();
  const listedAlone = new Set(lines.map((l) => l.named).filter((k): k is string => k !== undefined));
  const folderNotes = folderNotesOf(drafts);
  for (const d of drafts) {
    // What the notes state ("comes in three flavors: …", "の機能") outranks where a line happens to sit.
    const parent = parentOf(lex, d, reg, sections, lines, isNode, index, about, named, related, stated.get(d.key)?.target, folderNotes);
    if (!parent || parent === d.key || people.has(d.key) || people.has(parent) || succession.has(pairKey(d.key, parent)) || outsideOf(d, reg.get(parent)) || !placedUnder(d.key, parent)) continue;
    // (A kind of service, "データベースサービス" in KMS's section, is no part of where it is named;
    // one named after a thing is that thing's, "Amazon ECS サービス", and one the notes define is a
    // term of theirs, "Public service: a service reached over the public internet".)
    if (isServiceClass(d.key) && !d.prefixOf && !d.definitions.length && stated.get(d.key)?.target !== parent) continue;
    // (A common noun only mentioned, never defined or heading a section of its own, is no part of
    // where it is mentioned: "one replica table per AWS Region" makes Region no part of global tables.)
    // (A list item of it alone still is: "- Network", "- Mounts" under Namespaces.)
    if (isCommonNoun(lex, d) && !d.definitions.length && !d.ownSections.length && !listedAlone.has(d.key) && stated.get(d.key)?.target !== parent) continue;
    const evidence = stated.get(d.key)?.target === parent ? stated.get(d.key)!.evidence : partOfEvidence(lex, d.key, parent, reg, sections, lines, about, named);
    if (evidence) parents.set(d.key, { parent, evidence });
  }
  // No cycles: a node that would be its own ancestor loses the parent that closes the loop.
  for (const key of [...parents.keys()]) {
    const seen = new Set<string>([key]);
    let at = parents.get(key)?.parent;
    while (at) {
      if (seen.has(at)) {
        parents.delete(key);
        break;
      }
      seen.add(at);
      at = parents.get(at)?.parent;
    }
  }

  // Nodes.
  const nodes: GraphNode[] = drafts.map((d) => {
    const { label, labelJa } = labels.get(d.key)!;
    const own = about.get(d.key) ?? [];
    const ownSet = new Set(own);
    const parent = parents.get(d.key);
    const tags = [...d.tags];
    return {
      id: id(d.key),
      label,
      ...(labelJa && labelJa !== label ? { labelJa } : {}),
      kind: d.kind,
      aliases: aliasesOf(lex, d, label, reg, isNode),
      summary: summaryOf(lex, match, d, reg, sections, lines, about, linkTitles, { answering, sectionOfLine }),
      facts: own,
      ...(partly.has(d.key) ? { factSentences: partly.get(d.key)! } : {}),
      mentionedIn: (named.get(d.key) ?? []).filter((f) => !ownSet.has(f)),
      ...(tags.length ? { tags } : {}),
      ...(parent ? { parent: id(parent.parent) } : {}),
    };
  });

  /**
   * Is `short` named by an abbreviation whose letters are the first letters of `long`'s name, small
   * words aside? (MTU and "Maximum Transmission Unit"; not "EC2 instance", nor ALB and ELB.)
   */
  const initials = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => w && !lex.functionWords.has(w.toLowerCase()))
      .map((w) => w[0]!.toUpperCase())
      .join("");
  const spelledOut = (short: string, long: string) => {
    const abbreviation = labels.get(short)?.label ?? "";
    const name = labels.get(long)?.label ?? "";
    return isAbbreviation(abbreviation) && /^[A-Z]+$/.test(abbreviation) && /\s/.test(name) && !name.split(/[\s:：-]+/).includes(abbreviation) && initials(name) === abbreviation;
  };

  // Edges: one per pair and kind, with every sentence that states it.
  const merged = new Map<string, { source: string; target: string; kind: EdgeKind; evidence: Evidence[] }>();
  const addEdge = (source: string, target: string, stated: EdgeKind, evidence: Evidence) => {
    if (!isNode.has(source) || !isNode.has(target) || source === target) return;
    // (The sentence still names the place: "Aurora replicates across three AZs" mentions them.)
    const kind = stated === "integrates" && (isPlace(source) || isPlace(target) || isPervasive(source) || isPervasive(target)) ? "mentions" : stated;
    if (kind !== "contrasts" && kind !== "mentions" && (people.has(source) || people.has(target))) return;
    if (kind === "part_of" && !placedUnder(source, target)) return;
    // A question asks, it states no relation: it is asked under what encloses it and names what it mentions.
    if (kind !== "part_of" && kind !== "mentions" && (reg.get(source)?.kind === "question" || reg.get(target)?.kind === "question")) return;
    // A name and the words it abbreviates are one thing ("MTU とは、Maximum Transmission Unit の略"): no relation.
    if (kind !== "mentions" && (spelledOut(source, target) || spelledOut(target, source))) return;
    const [a, b] = UNDIRECTED.has(kind) && id(source) > id(target) ? [target, source] : [source, target];
    const k = `${kind}|${id(a)}|${id(b)}`;
    const found = merged.get(k);
    if (found) {
      if (!found.evidence.some((e) => e.file === evidence.file && e.line === evidence.line && e.text === evidence.text)) found.evidence.push(evidence);
      return;
    }
    // Keep the direction in which the relation was first stated.
    merged.set(k, { source, target, kind, evidence: [evidence] });
  };
  for (const [child, { parent, evidence }] of parents) addEdge(child, parent, "part_of", evidence);
  for (const e of proposed) {
    if (e.kind === "part_of" && succession.has(pairKey(e.source, e.target))) continue;
    // A stated part_of that points the other way from the tree's is kept as stated.
    addEdge(e.source, e.target, e.kind, e.evidence);
  }

  const strongest = new Map<string, number>();
  // A part and its whole need no other weak tie: "integrates" between them says nothing more.
  const family = new Set([...merged.values()].filter((e) => e.kind === "part_of").map((e) => pairKey(e.source, e.target)));
  for (const e of merged.values()) {
    const k = pairKey(e.source, e.target);
    strongest.set(k, Math.min(strongest.get(k) ?? Infinity, edgeKindRank(e.kind)));
  }
  const edges: GraphEdge[] = [];
  for (const e of [...merged.values()].sort((x, y) => EDGE_KINDS.indexOf(x.kind) - EDGE_KINDS.indexOf(y.kind))) {
    if (e.kind === "mentions" && strongest.get(pairKey(e.source, e.target))! < edgeKindRank("mentions")) continue;
    if (e.kind === "integrates" && family.has(pairKey(e.source, e.target))) continue;
    const [first, ...more] = e.evidence;
    edges.push({ id: edges.length + 1, source: id(e.source), target: id(e.target), kind: e.kind, evidence: first!, more });
  }
  return withIdsByFile(lines, { nodes, edges, facts });
}

/** Ids must fit the database's 32-bit integer columns. */
const MAX_ID = 2 ** 31 - 1;

/** The fewest bits that number `count` things from 0. */
function bitsFor(count: number): number {
  let bits = 0;
  while (2 ** bits < count) bits++;
  return bits;
}

/**
 * Numbers facts and edges by the note they come from, so that an edit to one note leaves every
 * other note's ids alone and a rebuild shares their rows with the build before (numbered across
 * all notes, one line added shifted every later id: aws-study rewrote 2,095 of its 2,148 node
 * rows, whose fact lists moved, and nearly every edge). A fact is its file's place in the build
 * times a power of two, plus its place in the file; an edge its kind's and its first evidence's
 * file's group, plus its place in the group. Ids go up in the order of the graph's lists, and the
 * edges are listed by kind, then by the note that first states them. (Too many notes for 32 bits:
 * numbered in order, as before.)
 */
function withIdsByFile(lines: LineWork[], graph: KnowledgeGraph): KnowledgeGraph {
  const fileIndex = new Map<string, number>();
  const factIdOf: number[] = [];
  const inFile = new Map<string, number>();
  for (const l of lines) {
    if (!fileIndex.has(l.file)) fileIndex.set(l.file, fileIndex.size);
    const n = inFile.get(l.file) ?? 0;
    inFile.set(l.file, n + 1);
    factIdOf[l.factId] = n;
  }
  const files = fileIndex.size + 1;
  let most = 0;
  for (const n of inFile.values()) most = Math.max(most, n);
  const factBits = bitsFor(most);
  if (files * 2 ** factBits - 1 <= MAX_ID) {
    for (const l of lines) factIdOf[l.factId] = fileIndex.get(l.file)! * 2 ** factBits + factIdOf[l.factId]!;
    const to = (f: number) => factIdOf[f] ?? f;
    for (const n of graph.nodes) {
      n.facts = n.facts.map(to);
      n.mentionedIn = n.mentionedIn.map(to);
      if (n.factSentences) n.factSentences = Object.fromEntries(Object.entries(n.factSentences).map(([f, own]) => [to(Number(f)), own]));
    }
    for (const f of graph.facts) f.id = to(f.id);
  }
  // Edges: grouped by kind, then by their first evidence's note (one outside the notes last).
  // (Counted in loops: spreading a count per note into Math.max overflows the stack past some 100,000 notes.)
  const groupOf = (e: GraphEdge) => edgeKindRank(e.kind) * files + (fileIndex.get(e.evidence.file) ?? files - 1);
  const groups = new Map<number, GraphEdge[]>();
  for (const e of graph.edges) {
    const g = groupOf(e);
    const list = groups.get(g);
    if (list) list.push(e);
    else groups.set(g, [e]);
  }
  let largest = 0;
  for (const g of groups.values()) largest = Math.max(largest, g.length);
  const edgeBits = bitsFor(largest);
  if (EDGE_KINDS.length * files * 2 ** edgeBits > MAX_ID) return graph;
  const edges: GraphEdge[] = [];
  for (const g of [...groups.keys()].sort((a, b) => a - b)) groups.get(g)!.forEach((e, i) => edges.push({ ...e, id: g * 2 ** edgeBits + i + 1 }));
  return { ...graph, edges };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** What the assembly needs to know about each key, gathered in one pass over the lines. */
interface LineIndex {
  definedAt: Map<string, LineWork>;
  questionAt: Map<string, LineWork>;
  firstSurface: Map<string, string>;
  /** Names written as inline code somewhere (`npm run dev`, `curl`), by key. */
  inCode: Set<string>;
}

function indexLines(lines: LineWork[]): LineIndex {
  const index: LineIndex = { definedAt: new Map(), questionAt: new Map(), firstSurface: new Map(), inCode: inlineCodeKeys(lines) };
  const first = <K, V>(map: Map<K, V>, k: K, v: V) => {
    if (!map.has(k)) map.set(k, v);
  };
  for (const l of lines) {
    if (l.question) first(index.questionAt, l.question, l);
    for (const d of l.definitions) first(index.definedAt, d.key, l);
    for (const s of l.sentences) for (const m of s.mentions) first(index.firstSurface, m.key, m.surface);
  }
  return index;
}

/**
 * An English name as a label reads: its first letter capitalised, except where that makes a word
 * nobody writes. A first word that is an acronym written small takes the acronym's capitals
 * ("iam multi account" → "IAM multi account", "cdk deploy" → "CDK deploy", not "Iam", "Cdk");
 * joined to what follows as a program writes names ("cdk-nag", "ec2:Vpc", "iam-password-policy",
 * "sns.lineplot"), the name is kept as written.
 */
/** The top-level media types (RFC 6838), the first word of "text/html", "application/json". */
const MEDIA_TYPES = new Set(["application", "audio", "font", "image", "message", "model", "multipart", "text", "video"]);

function englishLabel(lex: Lexicon, english: string): string {
  const first = /^([a-z][a-z0-9]*)([-:./_]\S)?/.exec(english);
  const acronym = first && acronymOf(lex, first[1]!);
  if (acronym) return first[2] ? english : acronym + english.slice(acronym.length);
  // (A lower-case word joined to the next by a dot, a colon or an underscore is written as code
  // is, and so is a media type: "buildspec.yml", "max_connections", "text/html" — no "Text/html";
  // words joined by a slash are words, "Blue/green".)
  if (first?.[2] && first[1]!.length >= 2 && (/^[.:_]/.test(first[2]) || (first[2][0] === "/" && MEDIA_TYPES.has(first[1]!)))) return english;
  return capitalizeFirst(english);
}

/**
 * A name in lower case that the notes write as code (`npm run dev`, `curl`, `-v $(pwd):/work`, `${aws:username}`) and
 * never with a capital, as written: a command or a program's word, which is read as written ("Npm
 * run dev" is no command anyone types, "- v pwd/work" no option).
 */
function writtenAsCode(d: Draft, english: string, index: LineIndex): string | undefined {
  let best: [string, number] | undefined;
  for (const [s, n] of d.surfaces) {
    if (/^[A-Z]/.test(s)) return undefined;
    // (A template's variable too: "${aws:username}", no "AWS username".)
    if (/^(?:[-a-z]|\$\{)/.test(s) && !CJK.test(s) && index.inCode.has(nameKey(s)) && (!best || n > best[1])) best = [s, n];
  }
  // (Its English as the notes spell it in code, else the form they wrote in code.)
  if (/^[a-z]/.test(english) && index.inCode.has(nameKey(english))) return english;
  return best?.[0];
}

function labelOf(lex: Lexicon, d: Draft, reg: DraftRegistry, index: LineIndex): { label: string; labelJa?: string } {
  // (A thing the vocabulary knows is shown by its Japanese name where the notes write it, not by
  // the words a note wrote around it: "リージョン", not "別リージョン", another region.)
  const vocabJa = d.vocab ? new Set(d.vocab.ja.map(nameKey)) : undefined;
  const ja = (vocabJa?.size ? mostFrequent(d.surfaces, (s) => vocabJa.has(nameKey(s))) : undefined) ?? mostFrequent(d.surfaces, (s) => CJK.test(s));
  if (d.kind === "question") {
    const text = mostFrequent(d.surfaces, () => true) ?? d.key.slice(2);
    const line = index.questionAt.get(d.key);
    const names = line ? [...new Set(line.sentences.flatMap((s) => s.mentions.map((m) => m.key)))] : [];
    if (CJK.test(text) && /違い|比較|異な/.test(text) && names.length === 2) {
      const [a, b] = names.map((k) => reg.get(k)?.english ?? (index.firstSurface.get(k) ?? k.slice(2)).replace(/^(AWS|Amazon)\s+/, ""));
      return { label: `What is the difference between ${a} and ${b}?`, labelJa: text };
    }
    return CJK.test(text) ? { label: text, labelJa: text } : { label: text };
  }
  if (d.vocab) return { label: d.vocab.label, ...(ja ? { labelJa: ja } : {}) };
  if (d.title) return CJK.test(d.title) ? { label: d.title, labelJa: d.title } : { label: d.title };
  // (A letter or two, "d" for タイトル検索（`d`）, is a key to type, no name to show.)
  if (d.english && ja && /^[a-z]{1,2}$/.test(d.english)) return { label: ja, labelJa: ja };
  if (d.english) return { label: writtenAsCode(d, d.english, index) ?? englishLabel(lex, d.english), ...(ja ? { labelJa: ja } : {}) };
  const written = mostFrequent(d.surfaces, () => true) ?? d.key.slice(2);
  return CJK.test(written) ? { label: written, labelJa: written } : { label: written };
}

function aliasesOf(lex: Lexicon, d: Draft, label: string, reg: DraftRegistry, isNode: Set<string>): string[] {
  const out = new Map<string, string>();
  // (Two things set against each other, "ElastiCache Redis vs Memcached", name neither.)
  const comparing = (name: string) => COMPARISON_TITLE.test(name) && !COMPARISON_TITLE.test(label);
  const add = (name: string | undefined) => {
    if (!name) return;
    const clean = nfkc(name).trim();
    const k = nameKey(clean);
    if (!k || k === nameKey(label) || out.has(k) || comparing(clean)) return;
    // (An option's word without its dashes, as a command's tokens give it, is the plain word.)
    if (/^-{1,2}[A-Za-z]/.test(label) && !clean.startsWith("-")) return;
    out.set(k, clean);
  };
  if (d.vocab) {
    d.vocab.names.forEach(add);
    d.vocab.ja.forEach(add);
    // Former names belong to the renamed thing unless the notes give the old name its own node.
    // (Not what it replaced: SWF is no other name of Step Functions.)
    for (const older of d.vocab.renamedFrom) {
      const od = reg.get(`e:${older}`);
      if (!od || !isNode.has(od.key)) {
        const entity = reg.get(`e:${older}`)?.vocab;
        if (entity) [entity.label, ...entity.names].forEach(add);
      }
    }
    // …and the new name belongs to the old thing when the notes only know it by its old name
    // (notes that say ElasticSearch are found by "OpenSearch").
    for (const newer of lex.vocab.entities) {
      if (!newer.renamedFrom.includes(d.vocab.id) || isNode.has(`e:${newer.id}`)) continue;
      [newer.label, ...newer.names].forEach(add);
    }
  }
  if (d.english) add(d.english);
  // (A name written with a remark in brackets, "SQS (5 Edge Cases)" heading a section, is that
  // name; so is one with its translation beside it, "ストレージ(Storage)". Words with the name in
  // brackets, "Layer 3: DAX (DynamoDB)", "Backup Policies (AWS Organizations)", head a section on
  // it and are no name of it.)
  const known = (name: string) => nameKey(name) === nameKey(label) || out.has(nameKey(name)) || d.aliases.has(name);
  // (Nor is a name after a word that only picks one among many, "別AZ", "別リージョン", "各リージョン":
  // another AZ is an AZ, written so where the sentence needs it.)
  const picked = (name: string) => {
    const m = /^([\u3400-\u9fff]{1,2})\s*(\S.*)$/.exec(nfkc(name).trim());
    return !!m && (lex.determiners.has(m[1]!) || lex.glossary.get(m[1]!) === "") && known(m[2]!);
  };
  // (Nor is a word written for it that is exactly another thing's name, a node of its own: in a
  // note on the Snow Family kept in snowball.md, "snowball" is the note's, but Snowball is no other
  // name of the family.)
  // (Unless the notes give it so in brackets after its name: "AWS Server Migration Service (SMS)"
  // keeps SMS, though SMS, a text message, is a node too.)
  const remarkOf = (surface: string) => /^(.+?)\s*[(（]([^()（）]*)[)）]$/.exec(nfkc(surface).trim());
  const bracketed = new Set<string>();
  for (const s of d.surfaces.keys()) {
    const m = remarkOf(s);
    if (m && (known(m[1]!) || known(stripVendorPrefix(m[1]!)) || d.surfaces.has(m[1]!))) bracketed.add(nameKey(m[2]!.trim()));
  }
  const othersName = (name: string) => {
    const e = lookupEntity(lex, name, false)?.entity;
    return !!e && `e:${e.id}` !== d.key && isNode.has(`e:${e.id}`) && !d.vocab?.renamedFrom.includes(e.id) && !bracketed.has(nameKey(name));
  };
  for (const s of d.surfaces.keys()) {
    const remarked = remarkOf(s);
    if ((!remarked || !(known(remarked[1]!) || known(remarked[2]!))) && !picked(s) && !othersName(s)) add(s);
  }
  for (const a of d.aliases) add(a);
  return [...out.values()];
}

/** Is the section (or one around it) a service's, other than `d`'s own or its parent's (Kinesis for Kinesis Data Streams)? */
function insideOtherService(reg: DraftRegistry, sections: Section[], si: number | undefined, d?: Draft): boolean {
  for (let i = si; i !== undefined; i = sections[i]!.parent) {
    const owner = sections[i]!.owner;
    if (owner && owner !== d?.key && owner !== (d?.vocab?.parent ? `e:${d.vocab.parent}` : undefined) && reg.get(owner)?.kind === "service") return true;
  }
  return false;
}

const howToSentences = new WeakMap<Lexicon, { ja: RegExp | undefined; en: RegExp | undefined }>();

/**
 * A sentence that says what its section shows, a way of doing something ("CloudFormation で
 * Secrets Manager の値を使用する方法です。", "This is how to rotate the key."): it opens a how-to,
 * it does not say what the section's thing is.
 */
function saysHowTo(lex: Lexicon, text: string): boolean {
  let p = howToSentences.get(lex);
  if (!p) {
    const { prefixes, suffixes } = lex.vocab.cues.howToHeadings;
    const ja = suffixes.filter((x) => CJK.test(x)).map(escapeRegExp);
    const en = prefixes.filter((x) => !CJK.test(x)).map(escapeRegExp);
    p = {
      ja: ja.length ? new RegExp(`(?:${ja.join("|")})(?:です|になります|を(?:紹介|説明|示)します)$`) : undefined,
      en: en.length ? new RegExp(`^(?:this|here)\\s+(?:is|are|shows|describes)\\s+(?:${en.join("|")})\\b`, "i") : undefined,
    };
    howToSentences.set(lex, p);
  }
  const t = text.trim().replace(/[。．.!！]+$/, "");
  // (Not a sentence with a topic, which says what its topic is: "SQS はメッセージキューの一例です".)
  return (!/は/.test(t) && (p.ja?.test(t) ?? false)) || (p.en?.test(t) ?? false);
}

/** One katakana word and nothing else: a term ("ルーティングポリシー") or a label ("デフォルト"), no description. */
const BARE_KATAKANA = /^[\u30a0-\u30ff]+$/;

/** A web address in a line's words (not a link's hidden target): the line points elsewhere, and says too little itself to sum a thing up. */
const WEB_ADDRESS = /\b(?:https?|ftp):\/\/|<img\b/i;

/** A text that is names alone, joined by commas, slashes or "and" ("S3、DynamoDB", "private subnet"): it says where or which, not what. */
function namesAlone(text: string, mentions: readonly Mention[]): boolean {
  let rest = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return rest.replace(/\b(?:and|or|etc)\b|[、,/・&.\s]|など|等/gi, "") === "";
}

/**
 * The node's own definition, never a borrowed line: what "term: definition" says, a gloss in
 * brackets, a sentence that defines it ("X is a…", "XはYのサービス", "Xとは…"), or the first line of
 * its own section when that line is about it and says what it is. Empty when none does.
 */
function summaryOf(lex: Lexicon, match: (s: AnalysedSentence) => Mention[], d: Draft, reg: DraftRegistry, sections: Section[], lines: LineWork[], about: Map<string, number[]>, linkTitles: ReadonlySet<number>, where: { answering: ReadonlySet<string>; sectionOfLine: ReadonlyMap<string, number> }): string {
  if (d.kind === "question") return firstSentence(mostFrequent(d.surfaces, () => true) ?? "");
  // What the thing's own section or note says of it comes before what a list elsewhere says: the
  // Lambda article's "サーバーを…実行できるコンピューティングサービスです" before "AWS Lambda:
  // サーバーレスでのイベント処理" among a Kinesis article's consumers, which says what Lambda does there.
  const ownLines = new Set<string>();
  for (const si of d.ownSections) for (const f of sections[si]!.lines) ownLines.add(`${lines[f]!.file}\0${lines[f]!.note.line}`);
  const own = (def: Evidence) => d.notes.includes(def.file) || ownLines.has(`${def.file}\0${def.line}`);
  // (A value two labels of one list share, "Application servers: private subnet", "Database:
  // private subnet", is a field's value: it defines neither.)
  const sharedValue = (def: Evidence) => {
    const si = where.sectionOfLine.get(`${def.file}\0${def.line}`);
    if (si === undefined) return false;
    const value = nfkc(def.text).trim().toLowerCase();
    return sections[si]!.lines.filter((f) => lines[f]!.definitions.some((x) => nfkc(x.span.definition).trim().toLowerCase() === value)).length >= 2;
  };
  const definition = (defs: Evidence[]): string | undefined => {
    for (const def of defs) {
      if (sharedValue(def)) continue;
      // A definition that goes on about something else ("ストレージゲートウェイ:キャッシュ型ボリュームは…")
      // or only lists names ("VPC外のサービス:S3、DynamoDB…") does not say what the term is.
      if (WEB_ADDRESS.test(def.text)) continue;
      // (A definition written on from its term's verb, "Buckets - are containers for Objects",
      // "'tutorialsdojo/' - is a prefix", says what it is without the verb.)
      const said = firstSentence(def.text.trim()).replace(/^(?:is|are)\s+(?!(?:it|this|that|there|they|these|those)\b)(?=\S)/i, "");
      const s = analyseSentence(lex, said);
      s.mentions = match(s);
      const topic = topicOf(s, s.mentions);
      if (topic && topic.key !== d.key) continue;
      // (…nor names alone: "Database: private subnet" in a list of tiers says where it goes.)
      if (s.mentions.length > 0 && namesAlone(s.text, s.mentions)) continue;
      if (!isFragment(lex, s.original, s)) return said;
    }
    return undefined;
  };
  const fromOwn = definition(d.definitions.filter(own));
  if (fromOwn) return fromOwn;
  // (A definition in the answer to a practice question — "Lightsail: Simpler, less scalable" among
  // the choices that lose — says what the thing is against that question: any other comes first,
  // and so does the opening of the thing's own section.)
  const answers = (def: Evidence) => where.answering.has(`${def.file}\0${def.line}`);
  // (So does one in a list inside another service's section, when the thing's own lines say what
  // it is: "Lambda: Traffic is shifted from one version…" among CodeDeploy's deployment targets
  // says what CodeDeploy does there.)
  const inOtherService = (def: Evidence) => d.kind === "service" && insideOtherService(reg, sections, where.sectionOfLine.get(`${def.file}\0${def.line}`), d);
  // (One in a list of costs that gives a charge, "Amazon SES: メール通知を利用する場合の送信料金" under
  // "コスト管理", says what a service costs there, not what it is: no summary. "Cost Explorer: 利用
  // コストを分析する" in such a list still says what it does, and a unit of billing, "シャード時間:
  // 1シャード時間あたり $0.0195", is what its charge is.)
  const priced = (def: Evidence) => {
    if (!d.vocab) return false;
    const si = where.sectionOfLine.get(`${def.file}\0${def.line}`);
    return si !== undefined && PRICE_STATEMENT.test(nfkc(def.text).trim()) && isPriceHeading(lex, sections[si]!.heading.text);
  };
  // (Nor one that gives a service a state under a section on another thing, "ALB: Always enabled
  // by default", "NLB: Disabled by default" under Cross-Zone Load Balancing: the setting's value for
  // it. A concept's, "Private Subnet: No route to internet", may say what it is.)
  const stateOfOther = (def: Evidence) => {
    if (d.kind !== "service") return false;
    const si = where.sectionOfLine.get(`${def.file}\0${def.line}`);
    const owner = si !== undefined ? sections[si]!.owner : undefined;
    // (A few words: "no loading or ETL required, run queries on S3…" says what Spectrum is.)
    const said = nfkc(firstSentence(def.text)).replace(/\s*[(（][^()（）]*[)）]/g, "").trim();
    return owner !== undefined && owner !== d.key && STATE_VALUE.test(said) && said.split(/\s+/).length <= 6;
  };
  const ownDefining = (): string | undefined => {
    for (const f of about.get(d.key) ?? []) {
      const line = lines[f]!;
      const s = line.sentences[0];
      // (In its own note or section, or one its section encloses: "## General Info" under "# AWS Lambda".)
      if (!s || line.subjects[0] !== d.key || !(d.notes.includes(line.file) || (line.section !== undefined && sections[line.section]!.owner === d.key))) continue;
      // ("Lambda is a serverless computing platform:" opening a list of what it is says so too.)
      const leadIn = s.original.replace(/\s*[:：]\s*$/, "");
      let said = s;
      if (leadIn !== s.original) {
        said = analyseSentence(lex, leadIn);
        said.mentions = s.mentions.filter((m) => m.end <= said.text.length);
      }
      if (!WEB_ADDRESS.test(line.note.text) && !mostlyLinks(line.note.raw) && isDefiningSentence(lex, said, d.key)) return firstSentence(said.original);
    }
    return undefined;
  };
  const elsewhere = definition(d.definitions.filter((def) => !own(def) && !answers(def) && !inOtherService(def) && !priced(def) && !stateOfOther(def)));
  // The first line of its own section, when that line is about it and says what it is
  // ("ストリーミングデータの収集・処理・リアルタイム分析" opening Kinesis's section)…
  // Where a text names the thing, by its English label or a name the notes write it with (-1: nowhere).
  const names = (text: string) => {
    const t = nfkc(text).toLowerCase();
    const at = [d.english, ...d.surfaces.keys()].map((n) => (n ? t.indexOf(nfkc(n).toLowerCase()) : -1)).filter((i) => i >= 0);
    return at.length ? Math.min(...at) : -1;
  };
  const opensWithName = (text: string) => names(text.replace(/^[\s\-*+]*(?:\*\*|__)?/, "")) === 0;
  const firstLine = (si: number, past = 0): { text: string; defining: boolean } | undefined => {
    // (Past a title the section opens with, "> [!abstract] How DNS Works".)
    const opening = sections[si]!.lines;
    const first = opening[(opening.length > 1 && isTitleLine(lines[opening[0]!]!) ? 1 : 0) + past];
    if (first === undefined) return undefined;
    // (Nor past a subtitle, "**Right Sizing**" under "## Strategies": what follows it is of that.)
    if (isBoldSubtitle(lex, lines[first]!.note.raw, (text) => names(text) >= 0)) return undefined;
    const line = lines[first]!;
    // (A heading that says something is a line of the section, but it titles what follows rather
    // than saying what the thing is: "Route 53 を構成する要素", "GuardDuty が必要な理由"; a line
    // that only links to a page, or titles a link, names the page.)
    if (line.note.heading || line.citation || isReferenceLine(line.note.raw) || mostlyLinks(line.note.raw) || linkTitles.has(first) || WEB_ADDRESS.test(line.note.text)) return undefined;
    const s = line.sentences[0];
    // (Past a line that only shows what follows, "正規化の例を次に示す.": the next says what it is.)
    if (past === 0 && s && line.sentences.length === 1 && showsBelow(s.text)) return firstLine(si, 1);
    // (A line whose first sentence sets the scene and a later one names the thing — "…データモデルと
    // してE-Rモデルがある. そしてE-Rモデルを図で表現したものをE-R図という." — is summed up by that one.)
    if (s && !line.note.table && line.lead === undefined && !opensWithName(s.original) && !isDefiningSentence(lex, s, d.key)) {
      const naming = line.sentences.slice(1).map((x) => namingSentence(lex, x, [d.english ?? "", ...d.surfaces.keys()])).find((x) => x !== undefined);
      if (naming) return { text: firstSentence(naming), defining: true };
    }
    // …unless it is a bare term ("ルーティングポリシー" opening Route53's section is a sub-topic).
    // (Nor a value under a figure, "< 60 seconds (high resolution): 3 hours", or under other things'
    // names, "Classic & ALB: successful response code is 200": a record, not what the thing is.)
    const label = splitDefinition(s?.original ?? "")?.term ?? "";
    const recordOfOthers = !!label && !!s && s.mentions.some((m) => m.key !== d.key && m.end <= label.length);
    if (s && line.subjects[0] === d.key && !line.definitions.length && !line.note.table && line.lead === undefined && !/^[<>≤≥~]?\s*\d/.test(label) && !recordOfOthers && !isFragment(lex, s.original, s) && !BARE_KATAKANA.test(s.text.replace(/[\s。.]/g, "")) && !saysHowTo(lex, s.text) && !reachedIn(s, d.key)) {
      const defining = isDefiningSentence(lex, s, d.key);
      // (Under a heading of kinds, "Workflow Types", a first item is the first kind — "- Standard:
      // Max 1 year…", "- Provision mode (if you can plan capacity)" —, unless it says what the thing
      // is or opens with its name: "- KMS Key new name for KMS Customer Master Key".)
      if (!defining && isKindsHeading(lex, sections[si]!.heading.text) && (label || /^\s*(?:[-*+]|\d+[.)])\s+/.test(line.note.raw)) && !opensWithName(s.original)) return undefined;
      // (Under a heading of another facet of it — "Access Keys Best Practices", "Data Transfer
      // Pricing", "Using Systems Manager", "Dockerイメージの削除" —, the first line says something of
      // that facet, "Never commit to code repositories", "IN: Free", unless it says what the thing is
      // or opens with its name.)
      if (!defining && namesOtherFacet(lex, sections[si]!.heading.text) && !opensWithName(s.original)) return undefined;
      // (A line that recalls another thing in the past tense, "予算アラートは、…通知するサービス
      // でした。" opening "## コスト異常検知", leads to the line that says what the section's is.)
      const recalled = s.japanese ? /^([^、。,.!?！？「」()（）]{2,30}?)(?:は|とは)[、,\s]/.exec(nfkc(s.original).trim())?.[1] : undefined;
      if (!defining && recalled && names(recalled) < 0 && /(?:でした|ました)[。.]?$/.test(nfkc(firstSentence(s.original)).trim())) return past === 0 ? firstLine(si, 1) : undefined;
      return { text: firstSentence(s.original), defining };
    }
    return undefined;
  };
  // …of a section under a heading of its own (the first that defines it, when several sections
  // are its own: "X は…ボリュームです" before "X のボリュームもバックアップできます"), when it says
  // at least as much as a definition elsewhere (not "データ転送" opening DataSync's section, when
  // another line defines DataSync in a sentence). A list item that heads a nested list ("- S3"
  // above "Athenaと異なるリージョンでも利用可能", in Athena's article) is a section of the article
  // it stands in, so it comes after.
  const headed = d.ownSections.filter((si) => !sections[si]!.heading.item).map((si) => firstLine(si)).filter((x) => x !== undefined);
  const opening = headed.find((x) => x.defining) ?? headed[0];
  if (opening && (!elsewhere || letters(opening.text) >= letters(elsewhere))) return opening.text;
  // …or the first line of its own note, where that says what it is without naming it, as a note
  // titled by its file opens: "## Overview" / "- A fully managed database service and also…" in
  // Amazon Aurora.md.
  if (!opening) {
    const said = noteOpening(lex, d, lines, sections);
    if (said) return said;
  }
  if (elsewhere) return elsewhere;
  const inOther = definition(d.definitions.filter((def) => !own(def) && !answers(def) && !priced(def) && !stateOfOther(def) && inOtherService(def)));
  if (inOther) return ownDefining() ?? inOther;
  const answered = definition(d.definitions.filter((def) => !own(def) && answers(def)));
  if (answered) return answered;
  // (A service's, not as an item inside another service's section: "- Amazon ECS" under X-Ray's
  // "## 利用パターン" holds how X-Ray runs on ECS. Nor a place's: "- リージョン" among API Gateway's
  // endpoint types or S3's storage classes is a scope, Regional.)
  if (!d.vocab?.place) for (const si of d.ownSections) {
    const summary = sections[si]!.heading.item && !(d.kind === "service" && insideOtherService(reg, sections, sections[si]!.parent, d)) ? firstLine(si) : undefined;
    if (summary !== undefined) return summary.text;
  }
  // A line that opens by saying what it is ("ECRはdocker imageを保存するレジストリサービス。", "S3 is an
  // object storage service…")…
  for (const f of about.get(d.key) ?? []) {
    const line = lines[f]!;
    const s = line.sentences[0];
    if (s && line.subjects[0] === d.key && !WEB_ADDRESS.test(line.note.text) && !mostlyLinks(line.note.raw) && isDefiningSentence(lex, s, d.key)) return firstSentence(s.original);
  }
  // …else a gloss in brackets: it explains in Japanese notes (シャッフルシャーディング(シャードと呼ばれる…)); in
  // English it is mostly an aside ("(think 0.0.0.0/0 -> igw)"), so it needs to read as a description.
  // (Not a word or two: "Fargate（デフォルト）" marks a default, it does not say what Fargate is;
  // nor an equation or an "= another name": "無料 (ルール評価 = リクエスト率 * …)" is a price's
  // formula, "IAM ロール(=実行ロールと呼ばれます。…)" a second name. Nor brackets after a common
  // noun: they comment on the sentence it ends — "…は無料 (データ転送料金は別途発生)".)
  if (isCommonNoun(lex, d)) return "";
  // (Nor a list of names: "AWS Shield Advanced (ALB, CLB, NLB, Elastic IP, CloudFront)" says what it
  // protects.)
  const onlyNames = (g: string) => {
    const s = analyseSentence(lex, g);
    return namesAlone(s.text, match(s));
  };
  // (Nor a word or two of katakana, "ルートテーブル(プライベート)", "EC2(インスタンスタイプ)": they say
  // which one or which part; a longer run, "Karpenter(クラスターオートスケーラー)", says what it is.)
  // (Nor a restriction or an exception, "(not just the one handling the upload)", "(only one active
  // per domain)": it qualifies what the sentence says of the thing.)
  // (Nor a list of bare nouns, "Auto Scaling(通知・クールダウン)": the topics the writer means to
  // review of it, not what it is.)
  const nounList = (g: string) => {
    const items = nfkc(g).trim().split(/\s*[・、,]\s*/);
    return items.length >= 2 && items.every((i) => /^[\u30a0-\u30ff\u3400-\u9fffー]{1,8}$/.test(i));
  };
  // (Nor a clause of another thing's, "Must use RDS RI (EC2 SP doesn't cover RDS)": it says why,
  // of EC2 Savings Plans.)
  const othersClause = (g: string) => {
    if (CJK.test(g)) return false;
    const first = [...match(analyseSentence(lex, g))].sort((a, b) => a.start - b.start)[0];
    return !!first && first.key !== d.key && /^\W*$/.test(g.slice(0, first.start)) && /^(?:\s+[A-Z][\w-]*){0,2}\s+(?:does|doesn't|do|don't|did|didn't|is|isn't|are|aren't|was|can|can't|cannot|will|won't|would|has|hasn't|have|must|should|may|needs?|only|also|covers?|supports?|requires?)\b/i.test(g.slice(first.end));
  };
  for (const g of d.glosses) if (!isFragment(lex, g) && !WEB_ADDRESS.test(g) && !onlyNames(g) && !nounList(g) && !othersClause(g) && !/^(?:not|no|only|except|excluding|without|unless|but|even)\b/i.test(g.trim()) && ((CJK.test(g) && letters(g) >= (/^[\u30a0-\u30ffー・\s]+$/.test(g.trim()) ? 10 : 6)) || /^(?:a|an|the|also|aka|i\.e\.|which|used|for)\b/i.test(g) || g.split(/\s+/).length >= 5) && !/->|[=＝×÷]|\d+\.\d+\.\d+/.test(g)) return firstSentence(g);
  return "";
}

/**
 * Does the sentence name the thing as where something goes or what is done to it ("直接リージョンに
 * ルーティングされます", "Traffic is routed to the Region")? Then it speaks of something else: under a
 * list item "- リージョン" among API Gateway's endpoint types, of the Regional endpoint.
 */
function reachedIn(s: AnalysedSentence, key: string): boolean {
  const own = s.mentions.find((m) => m.key === key);
  if (!own) return false;
  // (Not a tool one uses or an act one does: "Glue Studioを使えば…", "ID プールを使用すると…",
  // "kubectl scaleは、ReplicaSetのスケールを行うコマンド" say what it lets one do, or how it is done.)
  return s.japanese ? /^\s*(?:に|へ|を(?!\s*(?:使|用い|利用|活用|行))|から|まで|より)(?![はもとのが])/.test(s.text.slice(own.end)) : /\b(?:to|into|from|via|across|through)\s+(?:the\s+|a\s+|an\s+)?$/i.test(s.text.slice(0, own.start));
}

const firstLines = new WeakMap<LineWork[], Map<string, LineWork[]>>();

/**
 * The first line of a note the node is, when it describes the node in words of its own: a noun
 * phrase with an article ("A fully managed database service…", "A web service that speeds up…"),
 * or a Japanese sentence that ends in what it is ("…を提供するサービスです"). Or the first line
 * under the note's first heading that says what its thing is ("Short description", "Overview"),
 * wherever it stands: an outline's page opens on its acronym's letters, then "- Short
 * description" over "a theorem about…".
 */
function noteOpening(lex: Lexicon, d: Draft, lines: LineWork[], sections: Section[]): string | undefined {
  let byFile = firstLines.get(lines);
  if (!byFile) {
    firstLines.set(lines, (byFile = new Map()));
    const described = new Set<string>();
    // (A title before it, "> [!abstract] How DNS Works" over "DNS translates…", is not the opening.)
    // (Nor a line of tags alone, "#Amazon", as a vault's notes open.)
    for (const l of lines) {
      if (l.note.heading || l.citation || isReferenceLine(l.note.raw) || mostlyLinks(l.note.raw) || isTitleLine(l) || onlyTags(l.note.raw)) continue;
      const opening = byFile.get(l.file);
      if (!opening) byFile.set(l.file, [l]);
      const section = l.section !== undefined ? sections[l.section] : undefined;
      if (section && !described.has(l.file) && isOverviewHeading(lex, section.heading.text)) {
        described.add(l.file);
        if (opening && opening[0] !== l) opening.push(l);
      }
    }
  }
  for (const file of d.notes) for (const line of byFile.get(file) ?? []) {
    const s = line.sentences[0];
    // (Its subject the note's thing, or the class it opens by naming: "A web service that speeds up…".)
    // (Not one that goes on to say what that is, "A user pool is a user directory…", or does.)
    const opensWithClass = !!s?.mentions[0] && /^\s*(?:an?|the)\s+$/i.test(s.text.slice(0, s.mentions[0].start)) && /^\s*(?:$|[,;:]|that\b|which\b|for\b|to\b|with\b|in\b|of\b|on\b|used\b|designed\b|built\b|offering\b|providing\b)/i.test(s.text.slice(s.mentions[0].end));
    // (Or the note's own thing by a pronoun, as a note named by its file opens: "This is a group of
    // related features that can be enabled on new S3 buckets" in S3 Object Lock.md.)
    const opensWithPronoun = !!s && !s.japanese && /^\s*(?:this|it)\s+(?:is|are)\s+(?:an?|the)\s+\S+(?:\s+\S+){3,}/i.test(s.text) && !/[?]\s*$/.test(s.text);
    if (!s || (line.subjects[0] !== d.key && !opensWithClass && !opensWithPronoun) || line.definitions.length || line.note.table || line.question || WEB_ADDRESS.test(line.note.text)) continue;
    // (In no section, or one the note's thing owns under a heading of no name of its own: "Overview".)
    if (line.section !== undefined && (sections[line.section]!.owner !== d.key || sections[line.section]!.named)) continue;
    if (isFragment(lex, s.original, s)) continue;
    const text = s.original.trim();
    // (Not an example, "An example is a password on a laptop", nor a clause about a part of it,
    // "The infra is handled by AWS".)
    // (In lower case too under a heading that says it describes, as an outline's items are often
    // written: "a theorem about the properties of shared-data systems" under a Logseq page's
    // "Short description". Opening a note in lower case, "the network of internet connected
    // devices…" atop IOT Core.md, it may be a note on a word of the name.)
    const article = line.section !== undefined && isOverviewHeading(lex, sections[line.section]!.heading.text) ? /^(?:an?|the)\s+\S+(?:\s+\S+){3,}/i : /^(?:An?|The)\s+\S+(?:\s+\S+){3,}/;
    const english = (opensWithPronoun || article.test(text)) && !/[?]$/.test(text) && !/^(?:an?|the)\s+examples?\b/i.test(text) && !/^the\s+(?:\S+\s+){0,3}(?:is|are|was|were|has|have|lives|can|will)\b/i.test(text.replace(/\s*\([^()]*\)/g, ""));
    if (s.japanese ? /(?:です|である)[。.]?$/.test(text) && !/[?？]/.test(text) : english) return firstSentence(text);
  }
  return undefined;
}

/** A line that titles what follows it, as a callout's title does: "How DNS Works", "How it Works". */
function isTitleLine(line: LineWork): boolean {
  const s = line.sentences[0];
  return line.sentences.length === 1 && !!s && isHowTitle(s.original);
}

/** A setting's state or a yes or a no: "Always enabled by default", "Disabled by default", "Not supported", "Yes (up to 5)", "有効", "無効". */
const STATE_VALUE = /^(?:(?:always|never|not|also|usually)\s+)?(?:enabled|disabled|on|off|supported|unsupported|required|optional|allowed|yes|no|true|false)(?![\w-])|^(?:有効|無効|可能|不可|対応|非対応|必須|任意|あり|なし)(?:[(（。.、,\s]|です|$)/i;

/** A charge: a price noun it ends on (送信料金, …に応じた課金), an amount of money, or a cost per unit. */
const PRICE_STATEMENT = /(?:料金|課金|費用|使用料)[)）]?[。.]?$|[$¥]\s?\d|\d\s?(?:USD|円)|\b(?:cost|charge|fee|price)s?\s+(?:per|by)\b|\bper\s+(?:GB|TB|hour|month|request|second)\b/i;

/** Does a heading speak of what things cost ("コスト管理", "Pricing", "料金"): the vocabulary's price aspect? */
function isPriceHeading(lex: Lexicon, heading: string): boolean {
  const words = lex.vocab.aspects.find((a) => a.id === "price")?.words ?? [];
  const h = nfkc(heading).toLowerCase();
  return words.some((w) => h.includes(nfkc(w).toLowerCase()));
}

/** Does a heading head what a thing is used for ("Use Cases", "Common Use Cases", "DynamoDB のユースケース", "主な用途")? */
function isUseCaseHeading(lex: Lexicon, heading: string): boolean {
  // (Asked of a section's heading for every line of it that a concept is talked about in.)
  let byHeading = useCaseHeadings.get(lex);
  if (!byHeading) useCaseHeadings.set(lex, (byHeading = new Map()));
  return remembered(byHeading, heading, 20_000, () => readsAsUses(lex, heading));
}

const useCaseHeadings = new WeakMap<Lexicon, Map<string, boolean>>();

function readsAsUses(lex: Lexicon, heading: string): boolean {
  const h = nfkc(heading).toLowerCase().replace(/[:：]\s*$/, "").replace(/^[^\p{L}]+/u, "").trim();
  return lex.vocab.cues.useCaseHeadings.some((cue) => {
    const w = nfkc(cue).toLowerCase();
    if (h === w) return true;
    if (!(CJK.test(w) ? h.endsWith(w) : h.endsWith(` ${w}`))) return false;
    // (Uses beside another facet are no section of uses alone: "SQSの特徴と用途", "Features and Use Cases".)
    return !/(?:と|や|・|、|,|&|\/|\band|\bor)$/.test(h.slice(0, h.length - w.length).trimEnd());
  });
}

/** Is the thing named as lying outside the other ("VPC外のサービス", "AWS以外のクラウド")? Then it is no part of it. */
function outsideOf(d: Draft, whole: Draft | undefined): boolean {
  if (!whole) return false;
  const names = [...whole.surfaces.keys()].map((n) => nfkc(n).toLowerCase());
  return [...d.surfaces.keys()].some((surface) => {
    const m = /^(.+?)\s*(?:以外|外)の/.exec(nfkc(surface).toLowerCase());
    return !!m && names.includes(m[1]!.trim());
  });
}

/**
 * The notes of a vault's folders that are named after their folder ("CloudFormation/CloudFormation.md",
 * a folder note): folder → that note's node.
 */
function folderNotesOf(drafts: Draft[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of drafts)
    for (const file of d.notes) {
      const parts = file.split("/");
      const folder = parts.at(-2);
      if (folder !== undefined && nameKey(parts.at(-1)!.replace(/\.[^.]+$/, "")) === nameKey(folder)) out.set(folderOf(file), d.key);
    }
  return out;
}

/** The folder a note's file is in, as notes name their files ("CloudFormation/Mappings.md" → "CloudFormation"). */
function folderOf(file: string): string {
  return file.split("/").slice(0, -1).join("/");
}

function parentOf(lex: Lexicon, d: Draft, reg: DraftRegistry, sections: Section[], lines: LineWork[], isNode: Set<string>, index: LineIndex, about: Map<string, number[]>, named: Map<string, number[]>, related: Set<string>, stated?: string, folderNotes?: Map<string, string>): string | undefined {
  const own = d.ownSections.map((i) => sections[i]!);
  if (d.vocab?.parent && isNode.has(`e:${d.vocab.parent}`)) return `e:${d.vocab.parent}`;
  // Named after a service (SQSキュー, Lambda function) or a term of the notes; not after a general
  // technology (a NAT gateway is no part of NAT, an SSL certificate none of SSL).
  const prefix = d.prefixOf ? reg.get(d.prefixOf) : undefined;
  // (Nor after a common noun: "Storage Gateway" is no part of storage, "Public certificate" none of "Public".)
  // (Nor after a word of measure: "Max execution time" and "Max object size" are no parts of "Max",
  // an Auto Scaling group's setting.)
  const measure = (p: Draft) => [...p.surfaces.keys()].every((w) => lex.measureWords.has(w.toLowerCase()));
  // (Nor after a place: "AZ Rebalancing" is Auto Scaling's, where its heading stands, no part of an AZ.)
  if (prefix && isNode.has(prefix.key) && prefix.kind !== "question" && (!prefix.vocab || prefix.vocab.domain || prefix.kind === "service") && !prefix.vocab?.place && !isCommonNoun(lex, prefix) && !measure(prefix)) return prefix.key;
  const ownerOf = (factId: number) => {
    const l = lines[factId]!;
    return (l.section !== undefined ? sections[l.section]!.owner : undefined) ?? l.noteOwner;
  };
  // A sub-heading belongs to what the heading above it is about. A service never to a service (a
  // guide that files Global Accelerator under VPC does not make it part of VPC), nor to a heading
  // inside another service's section: "- Lambda" under X-Ray's "## 利用パターン" is how X-Ray is
  // used with Lambda, not Lambda as part of a usage pattern.
  for (const s of own) {
    const above = s.parent !== undefined ? sections[s.parent]!.owner : undefined;
    // (Nor to a set of answers from a choice's heading: "### B. Amazon Cognito — ❌ Incorrect".)
    if (!above || above === d.key || s.choice) continue;
    if (d.kind === "service" && (reg.get(above)?.kind === "service" || (reg.get(above)?.kind !== "topic" && insideOtherService(reg, sections, sections[s.parent!]!.parent)))) continue;
    return above;
  }
  // (A note in the folder of a note named after the folder is a part of that note's thing when no
  // note says otherwise: "CloudFormation/Mappings.md" beside "CloudFormation/CloudFormation.md". Not
  // a service, nor a thing the vocabulary places elsewhere: a learner files ECR's note with ECS's,
  // EKS's too, and neither is a part of ECS.)
  const folderNote = d.notes.length === 1 && d.kind !== "service" && !d.vocab?.parent ? folderNotes?.get(folderOf(d.notes[0]!)) : undefined;
  if (own.length || d.notes.length) return stated ?? (folderNote !== d.key && folderNote !== undefined && isNode.has(folderNote) ? folderNote : undefined);
  if (stated) return stated;
  // The vocabulary knows where it belongs (a security group is VPC's), or knows it as a general
  // technology (object storage, Kubernetes): the section it is talked about in files it under a
  // topic, never makes it part of another thing.
  // (A general technology defined in a section, "Memcached: …" under ElastiCache, is that section's.)
  const found = sectionParent(lex, d, reg, sections, lines, index, about, named, related);
  const placed = d.vocab && (d.vocab.parent || (!d.vocab.domain && !found?.defined));
  return found && placed && reg.get(found.owner)?.kind !== "topic" ? undefined : found?.owner;
}

function sectionParent(lex: Lexicon, d: Draft, reg: DraftRegistry, sections: Section[], lines: LineWork[], index: LineIndex, about: Map<string, number[]>, named: Map<string, number[]>, related: Set<string>): { owner: string; defined: boolean } | undefined {
  const defined = (owner: string | undefined) => (owner ? { owner, defined: true } : undefined);
  // A section's node the sentences relate to it otherwise ("…→CloudFront→オリジンサーバー": a flow)
  // is no whole it is part of.
  const placedIn = (owner: string | undefined) => (owner && !related.has(pairKey(d.key, owner)) ? { owner, defined: false } : undefined);
  // (What a section of uses lists is a use, no part: "- Fraud detection: …" under Neptune's "Use cases".)
  const ownerOf = (factId: number) => {
    const l = lines[factId]!;
    if (l.section !== undefined && isUseCaseHeading(lex, sections[l.section]!.heading.text)) return undefined;
    return (l.section !== undefined ? sections[l.section]!.owner : undefined) ?? l.noteOwner;
  };
  if (d.kind === "question") {
    const l = index.questionAt.get(d.key);
    return l ? defined(ownerOf(l.factId)) : undefined;
  }
  // Defined under a heading: it belongs to that heading's node (a service only to a topic).
  const definedAt = index.definedAt.get(d.key);
  if (definedAt) {
    const owner = ownerOf(definedAt.factId);
    if (d.kind === "service") return owner && reg.get(owner)?.kind === "topic" ? defined(owner) : undefined;
    return defined(owner);
  }
  // A concept the section's own sentences are about ("ALIASレコードはRoute53独自。" under Route53)
  // belongs to the section's node; one it only names (LDAPなど) does not.
  // (Not when they are the sections of many nodes, none with most of them: a word every article
  // talks about, "アクセス" under twenty headings of twenty notes, belongs to none of them.)
  if (d.kind === "concept") {
    const votes = new Map<string, number>();
    let total = 0;
    for (const f of about.get(d.key) ?? []) {
      const owner = ownerOf(f);
      const l = lines[f]!;
      // (A cited title says nothing of where a thing belongs: "AWS Storage Blog > …GFS2 on Amazon EBS…".)
      if (!owner || owner === d.key || l.citation || !l.sentences.some((s, i) => l.subjects[i] === d.key && s.mentions.some((m) => m.key === d.key))) continue;
      votes.set(owner, (votes.get(owner) ?? 0) + 1);
      total++;
    }
    // (Of one or two such nodes, the first, as it always was.)
    const [first] = votes.keys();
    if (first !== undefined && votes.size <= 2) return placedIn(first);
    const [most, n] = [...votes].reduce((best, v) => (v[1] > best[1] ? v : best), ["", 0]);
    if (n * 2 > total) return placedIn(most);
    // A term the notes coin inside one section and use nowhere else (可視性タイムアウト under SQS) is
    // that section's; a thing from outside (LDAP, Docker Hub: vocabulary) is not, wherever it is named.
    if (!d.vocab) {
      const all = [...(about.get(d.key) ?? []), ...(named.get(d.key) ?? [])].filter((f) => !lines[f]!.citation);
      const owners = new Set(all.map(ownerOf));
      const only = owners.size === 1 ? [...owners][0] : undefined;
      // …and in some line it is what is talked about, not an object: "可視性タイムアウト・…",
      // "パーティションキーとソートキーで…", not "EC2やDBインスタンスに対して…" or "builds proteins from mRNA".
      // (In English, only as a sentence's subject: "you need to enable CORS on API Gateway" does not make CORS API Gateway's.)
      // (And in a line of notes, not a paragraph of prose, which names many things in passing.)
      // (Nor what a line does without: "SSH キーなしで EC2 に接続" under Session Manager.)
      const spoken = all.some((f) => lines[f]!.note.text.length <= 160 && lines[f]!.sentences.some((s, i) => (s.japanese ? s.mentions.some((m) => m.key === d.key && !objectOf(s.text, m.start, m.end) && !absentAt(lex, s, m.end)) : lines[f]!.subjects[i] === d.key && s.mentions[0]?.key === d.key)));
      if (only && spoken && only !== d.key && reg.get(only)?.kind !== "question") return placedIn(only);
    }
  }
  return undefined;
}

/** Is the name at [start, end) the object of a verb or preposition, or a predicate ("…に対して", "を", "from X")? */
function objectOf(text: string, start: number, end: number): boolean {
  // (A name in brackets, "GFS2(Global File System 2) のような", is read with the words after them —
  // unless the bracket goes on to say the line's words come from it: "(AWS Black Belt Online
  // Seminarより)", "(… から引用)".)
  const rest = text.slice(end);
  if (/^[^()]*\)/.test(rest) && /^\s*(?:より|から)/.test(rest)) return true;
  const after = rest.replace(/^[^()]*\)/, "").replace(/^\s*\([^()]*\)/, "");
  // (…or it qualifies another noun: "物理テープ装置の代替として", "SQSのキュー".)
  // (…or it opens a list of nouns that is: "MACHINE LEARNING、抽出・変換、…ゲノミクスなどに利用".)
  // (…or it is an example in a list, "GFS2 や OCFS2 といった分散ファイルシステム", or names a company, "RedHat 社が".)
  if (/^\s*(?:や|とか|といった|などの|のような|社)/.test(after)) return true;
  // (…or it is what the sentence says its topic is: "SNS はメッセージングサービスで、…", "…ストレージです".)
  if (/^\s*(?:です|でした|である|であり|だ)(?:[。、,.\s]|$)|^\s*で[、,]/.test(after) && /は/.test(text.slice(0, start))) return true;
  // (…or what a sentence about its section's subject ends by calling it: "…を提供するオブジェクト
  // ストレージサービスです。" under Amazon S3 is S3's class, not a part of S3.)
  if (endsAsClass(after)) return true;
  if (/^((?:\s*[、,・]\s*(?:(?!し[たて]|する|され|った|ない|[はがをにでとも])[^、。,・]){1,40}?)*)\s*(?:など|等)?\s*(?:を|に|へ|から|まで|より|に対して|について|によって|として|の)/.test(after)) return true;
  return /\b(?:from|to|for|with|into|onto|on|in|by|via|of|using|use|uses)\s+(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(0, start));
}

function partOfEvidence(lex: Lexicon, child: string, parent: string, reg: DraftRegistry, sections: Section[], lines: LineWork[], about: Map<string, number[]>, named: Map<string, number[]>): Evidence | undefined {
  const ev = (l: LineWork, text: string) => ({ text, file: l.file, line: l.note.line });
  // (A line of tags, "#Amazon" opening a vault's note, shows nothing.)
  const childLines = [...(about.get(child) ?? []), ...(named.get(child) ?? [])].filter((f) => !onlyTags(lines[f]!.note.raw)).sort((a, b) => a - b);
  // A sentence naming both is the best evidence — unless it denies the child: "No Cluster
  // Endpoint: …there is no single endpoint" shows no Cluster Endpoint among the Endpoints.
  for (const f of childLines) {
    const l = lines[f]!;
    for (const s of l.sentences) if (s.mentions.some((m) => m.key === parent) && s.mentions.some((m) => m.key === child && !deniedAt(lex, s, m.start))) return ev(l, s.original);
  }
  // …then the child's definition inside the parent's section…
  const inParent = childLines.find((f) => {
    const l = lines[f]!;
    const owner = (l.section !== undefined ? sections[l.section]!.owner : undefined) ?? l.noteOwner;
    return owner === parent && l.definitions.some((d) => d.key === child);
  }) ?? childLines.find((f) => {
    const l = lines[f]!;
    return ((l.section !== undefined ? sections[l.section]!.owner : undefined) ?? l.noteOwner) === parent;
  });
  const d = reg.get(child)!;
  // …and for a sub-heading, the heading itself.
  const sec = sections[d.ownSections[0] ?? -1];
  if (inParent === undefined && sec) return { text: sec.heading.text, file: sec.file, line: sec.heading.line };
  const pick = inParent ?? childLines[0];
  if (pick !== undefined) {
    const l = lines[pick]!;
    const s = l.sentences.find((x) => x.mentions.some((m) => m.key === child)) ?? l.sentences[0];
    return ev(l, s?.original ?? l.note.text);
  }
  if (sec) return { text: sec.heading.text, file: sec.file, line: sec.heading.line };
  // A note that is the child, with no line naming the parent ("EC2 Networking.md"): its name says it.
  const note = d.notes[0];
  if (note) return { text: [...d.surfaces.keys()][0] ?? d.english ?? child, file: note, line: 1 };
  // Nothing the notes write shows it: no edge.
  return undefined;
}
