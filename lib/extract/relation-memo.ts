// What the relation rules proposed for each sentence, kept from one build to the next in a
// watcher's memory. The rules read only the sentence (its text and tokens), its mentions, its
// subject, the line's owner and question, the vocabulary, and what they ask the Knowledge
// interface about the things named (kind, former names, comparable, named after). So a sentence
// whose text and all of those inputs are unchanged, and each of whose questions gets the answer it
// got before, proposes exactly what it proposed before: the proposals are replayed, in order, with
// this build's evidence.
//
// (Kept in a watcher's memory, and on disk for the command line's next process with the rest of
// the memo: lib/io/match-memo-file.ts.)

import { jsonEndingInArray } from "../text/json-pieces";
import type { Knowledge } from "./rules/types";
import type { DraftEdge } from "./model";
import type { Mention } from "./mentions";

type Kind = DraftEdge["kind"];
type Question = "kindOf" | "supersedesInVocab" | "comparable" | "namedAfter" | "kindOfOther" | "commonNoun" | "vouched" | "inVocabulary" | "writtenAsCode";
/** One question the rules asked, and the answer (null for "none"). */
type Asked = readonly [question: Question, a: string, b: string, answer: string | boolean | null];
/** One proposal: source, target, kind. */
export type Proposal = readonly [source: string, target: string, kind: Kind];

interface RelationEntry {
  inputs: string;
  asked: readonly Asked[];
  proposed: readonly Proposal[];
}

/** Everything besides the text that the rules of one sentence read, as one string. */
export function relationInputs(mentions: readonly Mention[], kept: readonly Mention[], subject: string | undefined, owner: string | undefined, question: string | undefined): string {
  const all = mentions.map((m) => `${m.key}\u0001${m.start}\u0001${m.end}\u0001${m.from}\u0001${m.to}\u0001${m.surface}`).join("\u0002");
  // The mentions the rules are given: a subset of the sentence's, by position.
  const given = kept.map((m) => mentions.indexOf(m)).join(",");
  return `${all}\u0003${given}\u0003${subject ?? ""}\u0003${owner ?? ""}\u0003${question ?? ""}`;
}

/** A Knowledge that notes down every question asked of it, and its answer. */
export class AskedKnowledge implements Knowledge {
  private readonly seen = new Map<string, Asked>();
  constructor(private readonly inner: Knowledge) {}

  get asked(): Asked[] {
    return [...this.seen.values()];
  }

  private note<T extends string | boolean | undefined>(question: Question, a: string, b: string, answer: T): T {
    const key = `${question}\u0001${a}\u0001${b}`;
    if (!this.seen.has(key)) this.seen.set(key, [question, a, b, answer ?? null]);
    return answer;
  }

  kindOf(key: string): string | undefined {
    return this.note("kindOf", key, "", this.inner.kindOf(key));
  }
  supersedesInVocab(newer: string, older: string): boolean {
    return this.note("supersedesInVocab", newer, older, this.inner.supersedesInVocab(newer, older));
  }
  comparable(a: string, b: string): boolean {
    return this.note("comparable", a, b, this.inner.comparable(a, b));
  }
  namedAfter(key: string): string | undefined {
    return this.note("namedAfter", key, "", this.inner.namedAfter(key));
  }
  kindOfOther(a: string, b: string): boolean {
    return this.note("kindOfOther", a, b, this.inner.kindOfOther(a, b));
  }
  commonNoun(key: string): boolean {
    return this.note("commonNoun", key, "", this.inner.commonNoun(key));
  }
  vouched(key: string): boolean {
    return this.note("vouched", key, "", this.inner.vouched(key));
  }
  inVocabulary(key: string): boolean {
    return this.note("inVocabulary", key, "", this.inner.inVocabulary(key));
  }
  writtenAsCode(text: string): boolean {
    return this.note("writtenAsCode", text, "", this.inner.writtenAsCode(text));
  }
}

function answerNow(know: Knowledge, [question, a, b]: Asked): string | boolean | null {
  switch (question) {
    case "kindOf":
      return know.kindOf(a) ?? null;
    case "supersedesInVocab":
      return know.supersedesInVocab(a, b);
    case "comparable":
      return know.comparable(a, b);
    case "namedAfter":
      return know.namedAfter(a) ?? null;
    case "kindOfOther":
      return know.kindOfOther(a, b);
    case "commonNoun":
      return know.commonNoun(a);
    case "vouched":
      return know.vouched(a);
    case "inVocabulary":
      return know.inVocabulary(a);
    case "writtenAsCode":
      return know.writtenAsCode(a);
  }
}

/** A relation memo as kept on disk: the last build's entries, by sentence text. */
export interface StoredRelations {
  lexicon: string;
  entries: [text: string, entries: [inputs: string, asked: Asked[], proposed: Proposal[]][]][];
}

/** Held with a MentionMemo; the build before's proposals, by sentence text. */
export class RelationMemo {
  private lexicon: string | undefined;
  private before = new Map<string, RelationEntry[]>();
  private now = new Map<string, RelationEntry[]>();
  /** Sentences of the last build whose proposals were replayed, and those the rules read anew. */
  readonly stats = { reused: 0, proposed: 0 };

  /** A build begins under this vocabulary (its fingerprint): nothing is reused under another. */
  beginBuild(lexicon: string): void {
    this.before = lexicon === this.lexicon ? this.now : new Map();
    this.now = new Map();
    this.lexicon = lexicon;
    this.stats.reused = 0;
    this.stats.proposed = 0;
  }

  /** The proposals of the build before for this sentence, if every question still gets its answer. */
  find(text: string, inputs: string, know: Knowledge): readonly Proposal[] | undefined {
    for (const entry of this.before.get(text) ?? []) {
      if (entry.inputs !== inputs || !entry.asked.every((q) => answerNow(know, q) === q[3])) continue;
      this.keep(text, entry);
      this.stats.reused++;
      return entry.proposed;
    }
    return undefined;
  }

  record(text: string, inputs: string, asked: readonly Asked[], proposed: readonly Proposal[]): void {
    this.keep(text, { inputs, asked, proposed });
    this.stats.proposed++;
  }

  /** What the next build needs, a sentence at a time as JSON (nothing before a build has run). */
  storeJson(): Iterable<string> | undefined {
    const { lexicon, now } = this;
    if (lexicon === undefined) return undefined;
    return jsonEndingInArray(`{"lexicon":${JSON.stringify(lexicon)},"entries":[`, now, ([text, list]): StoredRelations["entries"][number] => [text, list.map((e) => [e.inputs, [...e.asked], [...e.proposed]])]);
  }

  static restore(stored: StoredRelations | undefined): RelationMemo {
    const memo = new RelationMemo();
    if (!stored) return memo;
    memo.lexicon = stored.lexicon;
    memo.now = new Map(stored.entries.map(([text, list]) => [text, list.map(([inputs, asked, proposed]) => ({ inputs, asked, proposed }))]));
    return memo;
  }

  /** One entry per text and inputs (the latest): notes that repeat a sentence do not pile up entries. */
  private keep(text: string, entry: RelationEntry): void {
    const list = this.now.get(text);
    if (!list) return void this.now.set(text, [entry]);
    const same = list.findIndex((e) => e.inputs === entry.inputs);
    if (same < 0) list.push(entry);
    else list[same] = entry;
  }
}
