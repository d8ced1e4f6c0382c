// Parsed notes → knowledge graph, in passes over the same sentences:
//   1. terms: section headings, "term: definition", parentheticals, wikilinks, front matter
//   2. compounds: head-noun compounds counted over the whole corpus (weak heads need two uses)
//   3. mentions: every sentence's names, longest first, with ellipsis (標準 → 標準キュー)
//   4. relations: sentence rules (relations.ts), then structure: part_of, side-by-side
//      definitions, parallel topics and negated properties across sections
// then assemble-graph.ts turns the drafts into nodes and edges.

import type { Evidence, KnowledgeGraph, NodeKind } from "../graph/types";
import { isTermLike, onlyJoiningKana, splitDefinition } from "../parse/definition";
import type { HeadingRef, NoteLine, ParsedNote, Warning } from "../parse/types";
import { splitSentences } from "../text/sentences";
import { nameKey, nfkc, stripVendorPrefix } from "../text/normalize";
import type { Lexicon } from "../vocab/lexicon";
import { resolveName } from "../vocab/resolve-name";
import { tokenize, translateTokens } from "../vocab/tokenize";
import { assembleGraph, type DraftEdge } from "./assemble-graph";
import { comparedSides, definitionsInLine, isAbbreviation, longFormOf, parentheticals, splitTrailingParenthetical, type DefinitionSpan } from "./definitions";
import { DraftRegistry } from "./drafts";
import { analyseSentence, capitalisedNames, chunksOf, findCompounds, findMentions, isFunctionWord, type AnalysedSentence, type Mention } from "./mentions";
import { isClauseSubject, isTopicMarked, relationsInSentence, topicOf } from "./relations";

export interface Section {
  index: number;
  file: string;
  heading: HeadingRef;
  parent?: number;
  owner: string;
  questions: boolean;
  lines: number[];
}

export interface LineWork {
  factId: number;
  note: NoteLine;
  file: string;
  section?: number;
  sentences: AnalysedSentence[];
  /** Sentence offsets in the NFKC line, parallel to `sentences`. */
  sentenceStarts: number[];
  definitions: { key: string; span: DefinitionSpan }[];
  /** Things named inside a longer name on this line (Cloufront in Cloufrontビュワーのリクエストヘッダー). */
  nested: string[];
  question?: string;
}

export interface ExtractResult {
  graph: KnowledgeGraph;
  warnings: Warning[];
}

const AWS_PREFIX = /^(AWS|Amazon)\s+\S/;

/** Frees a line's tokens once a pass is done with them (they are made again if needed). */
function release(line: LineWork) {
  for (const s of line.sentences) s.release();
}

export function extractGraph(lex: Lexicon, notes: ParsedNote[]): ExtractResult {
  const ex = new Extraction(lex);
  return ex.run(notes);
}

class Extraction {
  readonly reg = new DraftRegistry();
  readonly sections: Section[] = [];
  readonly lines: LineWork[] = [];
  readonly edges: DraftEdge[] = [];
  readonly warnings: Warning[] = [];

  constructor(readonly lex: Lexicon) {}

  run(notes: ParsedNote[]): ExtractResult {
    for (const note of notes) this.readStructure(note);
    for (const line of this.lines) {
      this.collectTerms(line);
      release(line);
    }
    this.collectCompounds();
    for (const line of this.lines) {
      this.resolveMentions(line);
      release(line);
    }
    for (const line of this.lines) this.sentenceRelations(line);
    this.headingRelations();
    this.siblingDefinitions();
    this.parallelTopics();
    this.negatedProperties();
    const graph = assembleGraph(this.lex, this.reg, this.sections, this.lines, this.edges);
    return { graph, warnings: this.warnings };
  }

  // ---- 1. structure and terms -------------------------------------------------------------

  private readStructure(note: ParsedNote) {
    const byLine = new Map<number, number>();
    for (const h of note.headings) {
      const parent = h.path.length ? byLine.get(h.path.at(-1)!.line) : undefined;
      const parentSection = parent !== undefined ? this.sections[parent] : undefined;
      const questions = this.isQuestionHeading(h.text) || (parentSection?.questions ?? false);
      const owner = this.headingOwner(h.text, parentSection, questions);
      const index = this.sections.length;
      this.sections.push({ index, file: note.file, heading: h, ...(parent !== undefined ? { parent } : {}), owner, questions, lines: [] });
      byLine.set(h.line, index);
      const draft = this.reg.get(owner)!;
      const earlier = draft.ownSections.map((i) => this.sections[i]!).find((s) => s.file !== note.file);
      if (earlier) this.warnings.push({ file: note.file, line: h.line, message: `heading "${h.text}" also heads a section in ${earlier.file}:${earlier.heading.line}; both sections describe one node` });
      draft.ownSections.push(index);
      this.reg.seen(owner, h.text);
    }
    if (note.title && note.aliases.length) {
      const owner = this.reg.lookupName(note.title);
      if (owner) for (const alias of note.aliases) this.addAlias(owner, alias);
    }
    for (const n of note.lines) {
      const section = n.path.length ? byLine.get(n.path.at(-1)!.line) : undefined;
      const factId = this.lines.length;
      const sentences: AnalysedSentence[] = [];
      const sentenceStarts: number[] = [];
      const text = nfkc(n.text);
      for (const span of splitSentences(text)) {
        sentences.push(analyseSentence(this.lex, span.text));
        sentenceStarts.push(span.start);
      }
      const work: LineWork = { factId, note: n, file: note.file, ...(section !== undefined ? { section } : {}), sentences, sentenceStarts, definitions: [], nested: [] };
      this.lines.push(work);
      if (section !== undefined) this.sections[section]!.lines.push(factId);
    }
  }

  private isQuestionHeading(text: string): boolean {
    const t = nfkc(text).toLowerCase();
    return this.lex.vocab.cues.questionHeadings.some((q) => t.includes(q.toLowerCase()));
  }

  private headingOwner(text: string, parent: Section | undefined, questions: boolean): string {
    const entity = questions ? undefined : resolveName(this.lex, text);
    if (entity) return this.reg.ensureVocab(entity.entity).key;
    const parentKind = parent ? this.reg.get(parent.owner)?.kind : undefined;
    const kind: NodeKind = !questions && parentKind && parentKind !== "topic" ? "concept" : "topic";
    if (kind === "concept") return this.registerTerm(text, "concept");
    const key = `h:${nameKey(text)}`;
    const draft = this.reg.ensure(key, "topic");
    this.reg.addName(text, key);
    // A Japanese heading that the glossary translates whole (ネットワーク, 監視) is named in English
    // too, like a term; the English is not registered as a name, so plain words in sentences
    // ("network", "monitoring") do not turn into mentions of the section.
    const heading = nfkc(text).trim();
    if (!draft.english && /[\u3040-\u30ff\u4e00-\u9fff]/.test(heading)) {
      const tr = translateTokens(tokenize(this.lex, heading));
      if (tr.complete && tr.english && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(tr.english)) {
        draft.english = tr.english;
        this.reg.seen(key, heading);
      }
    }
    return key;
  }

  /** The key of a term, registering it if new: vocabulary entity, known term, or a new one. */
  registerTerm(name: string, kind: NodeKind = "concept"): string {
    const written = nfkc(name).trim();
    const entity = resolveName(this.lex, written);
    if (entity) {
      const d = this.reg.ensureVocab(entity.entity);
      if (nameKey(written) !== nameKey(entity.entity.label)) this.reg.addName(written, d.key);
      return d.key;
    }
    const bare = stripVendorPrefix(written);
    const known = this.reg.lookupName(written) ?? this.reg.lookupName(bare);
    if (known) return known;
    // Named after something known (SQSアクセスポリシー, Glue JDBC)? Then its English form starts
    // with that thing's proper name (Lamda関数 → Lambda function).
    const s = analyseSentence(this.lex, bare);
    const first = findMentions(this.lex, this.reg, s)[0];
    const prefix = first && first.start === 0 && first.end < s.text.length ? first : undefined;
    const prefixName = prefix ? this.reg.get(prefix.key)?.english : undefined;
    const rest = prefix ? s.tokens.filter((t) => t.start >= prefix.end) : s.tokens;
    const tr = translateTokens(rest);
    const translated = prefix ? (prefixName && tr.complete ? `${prefixName} ${tr.english}`.trim() : undefined) : tr.complete ? tr.english : undefined;
    const english = translated && nameKey(translated) !== nameKey(bare) ? translated : undefined;
    const viaEnglish = english ? this.reg.lookupName(english) ?? (resolveName(this.lex, english, false) ? `e:${resolveName(this.lex, english, false)!.entity.id}` : undefined) : undefined;
    if (viaEnglish && this.reg.get(viaEnglish)) {
      this.reg.addName(written, viaEnglish);
      return viaEnglish;
    }
    const key = `t:${nameKey(english ?? bare)}`;
    const isService = AWS_PREFIX.test(written) && !prefix;
    const draft = this.reg.ensure(key, isService ? "service" : kind, english ? { english } : /[\u3040-\u30ff\u4e00-\u9fff]/.test(bare) ? {} : { english: bare });
    if (prefix && prefix.key !== key && draft.prefixOf === undefined) draft.prefixOf = prefix.key;
    this.reg.addName(written, key);
    this.reg.addName(bare, key);
    if (english) this.reg.addName(english, key);
    return key;
  }

  private addAlias(key: string, alias: string) {
    const d = this.reg.get(key);
    if (!d || !alias.trim()) return;
    d.aliases.add(alias.trim());
    this.reg.addName(alias, key);
  }

  private evidence(line: LineWork, sentence?: AnalysedSentence): Evidence {
    return { text: sentence?.original ?? line.note.text, file: line.file, line: line.note.line };
  }

  private collectTerms(line: LineWork) {
    const text = nfkc(line.note.text);
    const section = line.section !== undefined ? this.sections[line.section] : undefined;
    const marker = /^(Q|Q\d+|質問|疑問)\s*[:.：]\s*/i.exec(text);
    if (section?.questions || marker || /[?？]\s*$/.test(text)) {
      const q = marker ? text.slice(marker[0].length) : text;
      const key = `q:${nameKey(q)}`;
      this.reg.ensure(key, "question");
      this.reg.seen(key, q);
      line.question = key;
      return;
    }
    for (const span of definitionsInLine(this.lex, text)) {
      const { name, inside } = splitTrailingParenthetical(span.term);
      if (!name || this.lex.stopTerms.has(name.toLowerCase())) continue;
      const key = this.registerTerm(name);
      const draft = this.reg.get(key)!;
      const sentence = this.sentenceAt(line, span.termStart);
      const def = span.definition.trim();
      if (def) draft.definitions.push({ text: def, file: line.file, line: line.note.line });
      if (inside) this.readParenthetical(key, name, inside, line, sentence);
      line.definitions.push({ key, span });
    }
    // "A vs B: …" compares two things; a side that names nothing known yet is a name to find.
    const head = splitDefinition(text)?.term;
    for (const side of (head && comparedSides(this.lex, head)) || []) this.registerComparedName(side);
    for (const s of line.sentences) {
      for (const name of capitalisedNames(s.text, s.japanese, this.lex.functionWords)) this.registerCapitalisedName(name);
      for (const q of s.text.matchAll(/「([^「」]{2,24})」/g)) if (isTermLike(q[1]!) && onlyJoiningKana(q[1]!)) this.registerTerm(q[1]!);
      for (const p of parentheticals(s.text)) this.parentheticalInSentence(line, s, p.open, p.inside);
      for (const m of s.original.matchAll(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g)) this.registerTerm(m[1]!);
    }
  }

  /**
   * One side of a compared pair becomes a term when it looks like a name: a short noun phrase
   * written with a capital or a digit (S3 Standard, FIFO queue), or in Japanese. Lower-case English
   * ("chloroplasts") is left to the names the notes define.
   */
  private registerComparedName(side: string) {
    const name = splitTrailingParenthetical(side).name;
    if (!isTermLike(name) || !onlyJoiningKana(name) || name.split(/\s+/).length > 4) return;
    if (this.lex.stopTerms.has(name.toLowerCase())) return;
    if (!/^[A-Z0-9]/.test(name) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(name)) return;
    if (!this.namesKnownThing(name, false)) this.registerTerm(name);
  }

  /**
   * In Japanese text, English words written with capitals one after another name something
   * ("DynamoDB Streamsで…", "Provisioned Concurrencyで…"), unless it is known already under some
   * spelling, or a known name qualifies it.
   */
  private registerCapitalisedName(name: string) {
    if (!this.lex.stopTerms.has(name.toLowerCase()) && !this.namesKnownThing(name, true)) this.registerTerm(name);
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
  private parentheticalInSentence(line: LineWork, s: AnalysedSentence, open: number, inside: string) {
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
    // Only names worth a node get one here: known things, abbreviations, or compounds.
    const known = this.reg.lookupName(name) ?? resolveName(this.lex, name, false)?.entity;
    const abbreviationInside = inside
      .split(/[・,、/]/)
      .map((x) => x.trim())
      .filter((x) => isAbbreviation(x) && !this.reg.lookupName(x) && !resolveName(this.lex, x, false));
    const explainsAbbreviation = isAbbreviation(stripVendorPrefix(name).split(/\s+/).at(-1) ?? "");
    if (!known && abbreviationInside.length === 0 && !explainsAbbreviation && !this.isFormer(inside) && !this.isTranslation(name, inside)) return;
    const key = this.registerTerm(name);
    this.readParenthetical(key, name, inside, line, s);
  }

  private isFormer(inside: string): boolean {
    return this.lex.vocab.cues.supersedes.formerPrefix.some((p) => inside.toLowerCase().startsWith(p.toLowerCase()));
  }

  private isTranslation(name: string, inside: string): boolean {
    return /[\u3040-\u30ff\u4e00-\u9fff]/.test(name) && /^[A-Za-z][A-Za-z0-9 .\-/]*$/.test(inside) && !isAbbreviation(inside);
  }

  private readParenthetical(key: string, name: string, inside: string, line: LineWork, s: AnalysedSentence | undefined) {
    const draft = this.reg.get(key)!;
    if (this.isFormer(inside)) return; // a supersedes relation, found by the sentence rules
    const sameAs = (other: string) => {
      const e = resolveName(this.lex, other, false);
      return e ? `e:${e.entity.id}` : this.reg.lookupName(other);
    };
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
    if (isAbbreviation(last)) {
      const english = /[\u3040-\u30ff\u4e00-\u9fff]/.test(inside) ? translateTokens(tokenize(this.lex, nfkc(inside))).english : inside;
      if (longFormOf(last, english) || longFormOf(last, inside)) {
        const target = sameAs(last) ?? key;
        this.addAlias(target, inside);
        return;
      }
    }
    if (this.isTranslation(name, inside)) {
      const elsewhere = sameAs(inside);
      if (!elsewhere || elsewhere === key) {
        this.addAlias(key, inside);
        if (!draft.english) draft.english = inside;
        return;
      }
    }
    if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(inside) || inside.split(/\s+/).length >= 2) draft.glosses.push(inside);
    void line;
    void s;
  }

  // ---- 2. compounds -----------------------------------------------------------------------

  private collectCompounds() {
    const counts = new Map<string, { surface: string; english?: string; prefixKey?: string; strong: boolean; n: number }>();
    for (const line of this.lines) {
      if (line.question) continue;
      for (const s of line.sentences) {
        const ms = findMentions(this.lex, this.reg, s);
        for (const c of findCompounds(this.lex, s, ms)) {
          const k = nameKey(c.english ?? c.surface);
          const e = counts.get(k) ?? { surface: c.surface, ...(c.english ? { english: c.english } : {}), ...(c.prefixKey ? { prefixKey: c.prefixKey } : {}), strong: c.strongHead, n: 0 };
          e.n++;
          counts.set(k, e);
        }
      }
      release(line);
    }
    for (const c of counts.values()) {
      if (!c.strong && c.n < 2) continue;
      if (this.lex.stopTerms.has(c.surface.toLowerCase())) continue;
      const key = this.registerTerm(c.surface);
      const d = this.reg.get(key)!;
      if (c.prefixKey && c.prefixKey !== key && !d.prefixOf) d.prefixOf = c.prefixKey;
    }
  }

  // ---- 3. mentions ------------------------------------------------------------------------

  private resolveMentions(line: LineWork) {
    for (const s of line.sentences) s.mentions = findMentions(this.lex, this.reg, s);
    for (const d of line.definitions) {
      const i = line.sentenceStarts.findLastIndex((start) => start <= d.span.termStart);
      const s = line.sentences[i];
      if (!s) continue;
      const at = d.span.termStart - line.sentenceStarts[i]!;
      if (s.mentions.some((m) => m.start <= at && m.end > at)) continue;
      const surface = splitTrailingParenthetical(d.span.term).name;
      const from = s.tokens.findIndex((t) => t.start >= at);
      const to = s.tokens.findIndex((t) => t.start >= at + surface.length);
      s.mentions = [...s.mentions.filter((m) => m.end <= at || m.start >= at + surface.length), { key: d.key, start: at, end: at + surface.length, surface, from, to: to < 0 ? s.tokens.length : to }].sort((a, b) => a.start - b.start);
    }
    this.resolveEllipsis(line);
    for (const s of line.sentences) {
      for (const m of s.mentions) {
        this.reg.seen(m.key, m.surface);
        // The thing a term is named after, as this line spells it.
        const prefix = this.reg.get(m.key)?.prefixOf;
        if (!prefix) continue;
        const inner = findMentions(this.lex, this.reg, analyseSentence(this.lex, m.surface), m.key).find((x) => x.key === prefix && x.start === 0);
        if (inner) {
          this.reg.seen(prefix, inner.surface);
          line.nested.push(prefix);
        }
      }
    }
  }

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
        const headEn = d.english.split(" ").at(-1)!.toLowerCase();
        if (!this.lex.strongHeads.has(headEn) && !this.lex.weakHeads.has(headEn)) continue;
        const headJa = (this.lex.reverseGlossary.get(headEn) ?? []).find((ja) => m.surface.endsWith(ja));
        if (headJa) heads.push({ headJa, headEn });
      }
    }
    if (!heads.length) return;
    for (const s of line.sentences) {
      const covered = new Set(s.mentions.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
      const added: Mention[] = [];
      s.tokens.forEach((t, i) => {
        if (covered.has(i) || t.script !== "cjk" || t.gloss === undefined) return;
        const next = s.tokens[i + 1];
        const prev = s.tokens[i - 1];
        if (prev && prev.script === "cjk" && !prev.spaceBefore) return;
        const nextMention = s.mentions.find((m) => m.from === i + 2);
        const parallelLoanword = /^[\u30a1-\u30ff]+$/.test(t.text) && nextMention !== undefined && /^[\u30a1-\u30ff]/.test(nextMention.surface) && !this.lex.genericWords.has(t.text);
        const listed = next && next.script === "punct" && (next.text === "/" || next.text === "・") && (this.lex.modifiers.has(t.text) || parallelLoanword);
        const topic = /^\s*(は|では)/.test(s.text.slice(t.end));
        if (!(listed && s.mentions.some((m) => m.from === i + 2)) && !(topic && this.lex.modifiers.has(t.text))) return;
        const target = listed ? s.mentions.find((m) => m.from === i + 2) : undefined;
        const head = target ? heads.find((h) => target.surface.endsWith(h.headJa)) : heads[0];
        if (!head || t.text.endsWith(head.headJa)) return;
        const key = this.registerTerm(t.text + head.headJa);
        added.push({ key, start: t.start, end: t.end, surface: t.text + head.headJa, from: i, to: i + 1 });
      });
      if (added.length) s.mentions = [...s.mentions, ...added].sort((a, b) => a.start - b.start);
    }
  }

  // ---- 4. relations -----------------------------------------------------------------------

  private propose(source: string | undefined, target: string | undefined, kind: DraftEdge["kind"], evidence: Evidence) {
    if (!source || !target || source === target) return;
    this.edges.push({ source, target, kind, evidence });
  }

  private supersedesInVocab = (newer: string, older: string): boolean => {
    const n = this.reg.get(newer)?.vocab;
    const o = this.reg.get(older)?.vocab;
    return !!n && !!o && n.supersedes.includes(o.id);
  };

  private sentenceRelations(line: LineWork) {
    const owner = line.section !== undefined ? this.sections[line.section]!.owner : undefined;
    if (line.question) {
      for (const s of line.sentences) {
        const ev = this.evidence(line, s);
        for (const e of relationsInSentence(this.lex, s, s.mentions, { supersedesInVocab: this.supersedesInVocab })) this.propose(e.source, e.target, e.kind, ev);
        for (const m of s.mentions) this.propose(line.question, m.key, "mentions", ev);
      }
      return;
    }
    let carry: string | undefined = line.definitions[0]?.key;
    line.sentences.forEach((s, i) => {
      const start = line.sentenceStarts[i]!;
      const end = start + s.text.length;
      const defined = line.definitions.find((d) => d.span.termStart >= start && d.span.termStart < end);
      const topic = defined?.key ?? topicOf(s, s.mentions)?.key;
      if (topic) carry = topic;
      const subject = topic ?? carry ?? owner;
      const ev = this.evidence(line, s);
      const ms = s.mentions.filter((m) => !(defined && m.key === defined.key && m.start <= defined.span.termStart - start + 1));
      for (const e of relationsInSentence(this.lex, s, ms, { ...(subject ? { subject } : {}), ...(owner ? { owner } : {}), supersedesInVocab: this.supersedesInVocab })) {
        this.propose(e.source, e.target, e.kind, ev);
      }
      // The section's node and everything its lines name.
      if (owner) for (const m of s.mentions) this.propose(owner, m.key, "mentions", ev);
      for (const d of line.definitions) if (owner && d.span.termStart >= start && d.span.termStart < end) this.propose(owner, d.key, "mentions", ev);
    });
  }

  /** A heading can state a relation too: "## SQS vs SNS", "## EventBridgeとStep Functionsの違い". */
  private headingRelations() {
    for (const section of this.sections) {
      const s = analyseSentence(this.lex, section.heading.text);
      s.mentions = findMentions(this.lex, this.reg, s, section.owner);
      if (s.mentions.length < 2) continue;
      const owner = section.parent !== undefined ? this.sections[section.parent]!.owner : undefined;
      const evidence = { text: section.heading.text, file: section.file, line: section.heading.line };
      for (const e of relationsInSentence(this.lex, s, s.mentions, { ...(owner ? { owner } : {}), supersedesInVocab: this.supersedesInVocab })) {
        if (e.kind !== "mentions") this.propose(e.source, e.target, e.kind, evidence);
      }
    }
  }

  /**
   * Alternatives defined side by side in one section contrast: ショート/ロングポーリング,
   * Memcached/Redis, パブリック/プライベートホストゾーン. Two nearby definitions count when their
   * terms vary one modifier of a shared head, or their definitions share what they talk about.
   */
  private siblingDefinitions() {
    for (const section of this.sections) {
      const defs: { key: string; line: LineWork; order: number }[] = [];
      section.lines.forEach((id, order) => {
        const line = this.lines[id]!;
        for (const d of line.definitions) if (d.key !== section.owner && !defs.some((x) => x.key === d.key)) defs.push({ key: d.key, line, order });
      });
      for (let i = 0; i < defs.length; i++) {
        for (let j = i + 1; j < defs.length && defs[j]!.order - defs[i]!.order <= 2; j++) {
          const a = defs[i]!;
          const b = defs[j]!;
          if (this.comparableTerms(a.key, b.key) || this.sharedSubject(a, b)) {
            this.propose(a.key, b.key, "contrasts", this.evidence(a.line));
            if (a.line !== b.line) this.propose(a.key, b.key, "contrasts", this.evidence(b.line));
          }
        }
      }
    }
  }

  private words(key: string): string[] {
    const d = this.reg.get(key);
    if (!d) return [];
    if (d.english) return d.english.toLowerCase().split(/[\s/]+/).filter(Boolean);
    const surface = [...d.surfaces.keys()][0] ?? key.slice(2);
    return tokenize(this.lex, nfkc(surface)).filter((t) => t.script !== "punct").map((t) => (t.gloss ?? t.text).toLowerCase()).filter(Boolean);
  }

  /** Same head, different modifiers, neither named after another thing: gateway/interface endpoint. */
  comparableTerms(a: string, b: string): boolean {
    const da = this.reg.get(a);
    const db = this.reg.get(b);
    if (!da || !db || da.kind !== db.kind || da.kind === "service") return false;
    if (da.prefixOf || db.prefixOf) return false;
    if (da.prefixOf === b || db.prefixOf === a) return false;
    const wa = this.words(a);
    const wb = this.words(b);
    if (wa.length < 1 || wb.length < 1) return false;
    const sameHead = wa.at(-1) === wb.at(-1) && wa.length >= 2 && wb.length >= 2 && wa.slice(0, -1).join(" ") !== wb.slice(0, -1).join(" ");
    const isHead = this.lex.strongHeads.has(wa.at(-1)!) || this.lex.weakHeads.has(wa.at(-1)!);
    // Sharing a first word that names a service (IAM role / IAM policy) makes parts of it, not variants.
    const sharedFirst = wa[0] === wb[0] && wa.length >= 2 && wb.length >= 2 && !this.lex.genericWords.has(wa[0]!) && !this.lex.exactKeys.has(nameKey(wa[0]!));
    const variants = this.lex.modifiers.has(wa[0]!) && this.lex.modifiers.has(wb[0]!);
    return (sameHead && (isHead || variants)) || sharedFirst;
  }

  private readonly contentCache = new Map<string, Set<string>>();

  /** Definitions of two things of one kind that talk about the same aspect (データ構造). */
  private sharedSubject(a: { key: string; line: LineWork }, b: { key: string; line: LineWork }): boolean {
    const da = this.reg.get(a.key);
    const db = this.reg.get(b.key);
    if (!da || !db || da.kind !== db.kind) return false;
    const content = (line: LineWork, key: string) => {
      const cacheKey = `${line.factId}|${key}`;
      const cached = this.contentCache.get(cacheKey);
      if (cached) return cached;
      const def = line.definitions.find((d) => d.key === key)?.span.definition ?? "";
      const s = analyseSentence(this.lex, def);
      const ms = findMentions(this.lex, this.reg, s);
      const covered = new Set(ms.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
      const words = new Set<string>();
      s.tokens.forEach((t, i) => {
        if (covered.has(i) || t.script === "punct" || t.script === "hiragana" || isFunctionWord(this.lex, t)) return;
        const w = (t.gloss || t.text).toLowerCase();
        if (w.length >= 2 && !/^\d/.test(w) && !this.lex.genericWords.has(w) && !this.lex.genericWords.has(t.text.toLowerCase())) words.add(w);
      });
      this.contentCache.set(cacheKey, words);
      return words;
    };
    const wa = content(a.line, a.key);
    const wb = content(b.line, b.key);
    // What the terms are called is no shared subject (コールドシャード / リシャーディング share "shard").
    const own = new Set([...this.words(a.key), ...this.words(b.key)].flatMap((w) => [w, ...w.split("-")]));
    const shared = [...wa].filter((w) => wb.has(w) && !own.has(w) && ![...own].some((o) => o.length >= 4 && (w.includes(o) || o.includes(w)))).length;
    if (da.kind === "service") {
      const sameFamily = !!da.vocab?.parent && da.vocab.parent === db.vocab?.parent;
      return sameFamily ? shared >= 1 : shared >= 2;
    }
    return shared >= 1;
  }

  /**
   * Parallel topics in one line contrast: "ECSは…、EKSは…", "SESは…。…のはSNS",
   * "キャッシュ型ボリュームは…。保管型ボリュームは…".
   */
  private parallelTopics() {
    for (const line of this.lines) {
      if (line.question) continue;
      const topics: { key: string; sentence: AnalysedSentence }[] = [];
      for (const s of line.sentences) for (const m of s.mentions) if ((s.japanese ? isTopicMarked(s, m) : isClauseSubject(s, m)) && !topics.some((t) => t.key === m.key)) topics.push({ key: m.key, sentence: s });
      for (let i = 0; i < topics.length; i++) {
        for (let j = i + 1; j < topics.length; j++) {
          const a = topics[i]!;
          const b = topics[j]!;
          if (!this.parallel(a.key, b.key)) continue;
          this.propose(a.key, b.key, "contrasts", a.sentence === b.sentence ? this.evidence(line, a.sentence) : this.evidence(line));
        }
      }
      // A topic set against a variant that leads the next sentence: 標準は…。FIFOキューで…
      for (const t of topics) {
        for (const s of line.sentences) {
          const m = s.mentions[0];
          if (s === t.sentence || !m || m.key === t.key || !/^\s*(は|で|が|では|も)/.test(s.text.slice(m.end))) continue;
          if (this.comparableTerms(t.key, m.key)) this.propose(t.key, m.key, "contrasts", this.evidence(line));
        }
      }
      // Variants listed for comparison: 「明示的な拒否」>「明示的な許可」>「暗示的な拒否」
      for (const s of line.sentences) {
        for (let i = 1; i < s.mentions.length; i++) {
          const a = s.mentions[i - 1]!;
          const b = s.mentions[i]!;
          const between = s.text.slice(a.end, b.start);
          const quoted = s.text[a.start - 1] === "「" && s.text[b.end] === "」";
          if ((quoted && /^」\s*(>|＞|<|＜|、|・|\/)?\s*「$/.test(between)) || /^」?\s*[>＞<＜]\s*「?$/.test(between)) {
            if (this.comparableTerms(a.key, b.key)) this.propose(a.key, b.key, "contrasts", this.evidence(line, s));
          }
        }
      }
    }
  }

  private parallel(a: string, b: string): boolean {
    const da = this.reg.get(a);
    const db = this.reg.get(b);
    if (!da || !db || da.kind !== db.kind) return false;
    if (da.prefixOf === b || db.prefixOf === a || da.vocab?.parent === db.vocab?.id || db.vocab?.parent === da.vocab?.id) return false;
    if (da.kind === "service") return true;
    return this.comparableTerms(a, b);
  }

  /**
   * A property one section denies and another asserts: SQS "pub/subではない", SNS "pub/subであり".
   */
  private negatedProperties() {
    const denied: { term: string; owner: string; line: LineWork; sentence: AnalysedSentence }[] = [];
    const asserted: { term: string; owner: string; line: LineWork; sentence: AnalysedSentence }[] = [];
    for (const line of this.lines) {
      if (line.section === undefined || line.question) continue;
      const owner = this.sections[line.section]!.owner;
      for (const s of line.sentences) {
        for (const m of s.text.matchAll(/([A-Za-z][\w/.-]*|[\u30a1-\u30ff]{2,})\s*(?:では|じゃ)(?:ない|なく)/g)) denied.push({ term: nameKey(m[1]!), owner, line, sentence: s });
        const lead = /^([A-Za-z][\w/.-]*|[\u30a1-\u30ff]{2,})\s*(?:であり|である|です|だ|、|。|$)/.exec(s.text);
        if (lead) asserted.push({ term: nameKey(lead[1]!), owner, line, sentence: s });
      }
    }
    // Names are not properties: "ELBではない" says nothing about ELB as a property.
    const isName = (term: string) => this.reg.names.has(term) || this.lex.exactKeys.has(term);
    const byTerm = new Map<string, typeof asserted>();
    for (const a of asserted) byTerm.set(a.term, [...(byTerm.get(a.term) ?? []), a]);
    for (const d of denied) {
      if (isName(d.term)) continue;
      // The one nearest section that asserts it (same file first): a denial answers a
      // neighbouring note, not every note that ever used the word.
      let nearest: (typeof asserted)[number] | undefined;
      let distance = Infinity;
      for (const a of byTerm.get(d.term) ?? []) {
        if (a.owner === d.owner || this.reg.get(a.owner)?.kind !== this.reg.get(d.owner)?.kind) continue;
        const dist = (a.line.file === d.line.file ? 0 : 1e9) + Math.abs(a.line.factId - d.line.factId);
        if (dist < distance) {
          nearest = a;
          distance = dist;
        }
      }
      if (!nearest) continue;
      this.propose(d.owner, nearest.owner, "contrasts", this.evidence(d.line, d.sentence));
      this.propose(d.owner, nearest.owner, "contrasts", this.evidence(nearest.line, nearest.sentence));
    }
  }
}
