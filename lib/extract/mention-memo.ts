// What matching found in each sentence, kept from one build to the next (in a watcher's memory, or
// on disk for the next run: lib/io/match-memo-file.ts):
// a sentence whose text is unchanged, and none of whose looked-up names changed, has the same
// mentions and compound candidates as before — matching reads nothing else (its text, the
// vocabulary, and the drafts those names lead to: whether one is a vocabulary entity, a question,
// defined, or has an English form). So a rebuild matches only the sentences an edit can affect: those of the changed
// notes, and those elsewhere that looked up a name the edit added, removed or re-pointed.
//
// Three passes match: the compounds pass (the names stay as they are while it runs), the
// mentions pass, which matches again the sentences a name registered since could change, and the
// structure rules and summaries at the end. In the last two names are only added (by links,
// shortened names, table columns), never re-pointed, and no draft's kind, vocabulary entity or
// definitions change; a name added during a pass, in this build or the one before, counts as
// changed from then on.
//
// The names looked up per sentence are kept as a Bloom filter (a few bytes per name): a false
// "maybe" costs one sentence matched again, never a stale answer.

import type { Lexicon } from "../vocab/lexicon";
import { vocabularyFingerprint } from "../vocab/fingerprint";
import { BloomFilter, probe, type Probe } from "../text/bloom-filter";
import { jsonEndingInArray } from "../text/json-pieces";
import type { CompoundCandidate, Mention } from "./mentions";
import { RelationMemo, type StoredRelations } from "./relation-memo";
import { TermsMemo } from "./terms-memo";

export interface MatchEntry {
  mentions: readonly Mention[];
  compounds: readonly CompoundCandidate[];
  /** What else was worked out from the sentence and its mentions alone (the words of a definition). */
  words?: readonly string[];
  /** Ids of the vocabulary drafts the matching made, in order: made again when the entry is reused. */
  ensured: readonly string[];
  looked: BloomFilter;
}

/** Past this many changed names, matching everything again costs less than checking. */
const MAX_CHANGED = 5000;

const lexiconKeys = new WeakMap<Lexicon, string>();

/**
 * Which vocabulary a lexicon holds, as a string: equal for two compilations of the same
 * vocabulary (and the same subjects), so that a memo kept on disk serves the next process.
 */
export function lexiconKey(lex: Lexicon): string {
  let key = lexiconKeys.get(lex);
  if (key === undefined) lexiconKeys.set(lex, (key = vocabularyFingerprint(lex.vocab)));
  return key;
}

/** A pass memo as kept on disk. */
interface StoredPass {
  lexicon: string;
  names: [string, string][];
  addedDuring: string[];
  entries: [string, { m: Mention[]; c: CompoundCandidate[]; w?: string[]; e: string[]; l: string }][];
}

/** One pass's matching, by sentence (and whatever else its input holds), from build to build. */
export class PassMemo {
  private lexicon: string | undefined;
  /** Names (name key → draft and what matching reads of it) when the pass began, and added while it ran. */
  private names = new Map<string, string>();
  private addedDuring: string[] = [];
  private entries = new Map<string, MatchEntry>();
  /** This build's: entries kept or made (the ones not met again are dropped). */
  private next = new Map<string, MatchEntry>();
  /** Those of them made since a name was last added: good for the same input again now. */
  private fresh = new Map<string, MatchEntry>();
  private changed: Probe[] | undefined;
  private open = false;
  /** Sentences whose matching was reused in the last build, those matched anew, names changed (-1: none could be reused). */
  readonly stats = { reused: 0, matched: 0, changedNames: 0 };

  /** A build's pass begins: which names differ from the same moment of the build before. */
  begin(lexicon: Lexicon, names: Map<string, string>): void {
    // A build that stopped inside the pass left entries that no longer match its names.
    if (this.open) this.entries = new Map();
    this.open = true;
    let changed: string[] | undefined;
    const key = lexiconKey(lexicon);
    if (key === this.lexicon) {
      changed = [...this.addedDuring];
      for (const [k, sig] of names) if (this.names.get(k) !== sig) changed.push(k);
      for (const k of this.names.keys()) if (!names.has(k)) changed.push(k);
    }
    this.changed = changed && changed.length <= MAX_CHANGED ? changed.map(probe) : undefined;
    this.stats.reused = 0;
    this.stats.matched = 0;
    this.stats.changedNames = this.changed ? changed!.length : -1;
    this.lexicon = key;
    this.names = names;
    this.addedDuring = [];
    this.next = new Map();
    this.fresh = new Map();
  }

  /** A name added while the pass runs: sentences met from now on may read it. */
  nameAdded(key: string): void {
    this.addedDuring.push(key);
    this.changed?.push(probe(key));
    // (Entries made earlier in this build did not see it: they are not reused for later sentences.)
    this.fresh.clear();
  }

  /** The matching found before for this input, if nothing it depended on changed. */
  reuse(input: string): MatchEntry | undefined {
    const fresh = this.fresh.get(input);
    if (fresh) return fresh;
    const old = this.changed && this.entries.get(input);
    if (!old || this.changed!.some((p) => old.looked.mayHave(p))) return undefined;
    this.next.set(input, old);
    this.fresh.set(input, old);
    this.stats.reused++;
    return old;
  }

  /** `looked`: the name keys the matching looked up (repeats allowed). */
  remember(input: string, entry: Omit<MatchEntry, "looked">, looked: readonly string[]): void {
    const made = { ...entry, mentions: [...entry.mentions], looked: BloomFilter.of(looked, looked.length) };
    this.next.set(input, made);
    this.fresh.set(input, made);
    this.stats.matched++;
  }

  /** The pass is over: what was not met again is forgotten. */
  end(): void {
    this.open = false;
    this.entries = this.next;
    this.next = new Map();
    this.fresh = new Map();
    this.changed = undefined;
  }

  /** What the next build needs, as plain data (nothing when the last pass did not finish). */
  store(): StoredPass | undefined {
    const json = this.storeJson();
    return json && (JSON.parse([...json].join("")) as StoredPass);
  }

  /**
   * The same as the JSON text of a StoredPass, a piece at a time (an entry each), so that a large
   * memo is written to disk without being one string first; undefined when there is nothing to store.
   */
  storeJson(): Iterable<string> | undefined {
    if (this.open || this.lexicon === undefined) return undefined;
    const { lexicon, names, addedDuring, entries } = this;
    return jsonEndingInArray(
      `{"lexicon":${JSON.stringify(lexicon)},"names":${JSON.stringify([...names])},"addedDuring":${JSON.stringify(addedDuring)},"entries":[`,
      entries,
      ([input, e]): StoredPass["entries"][number] => [input, { m: [...e.mentions], c: [...e.compounds], ...(e.words ? { w: [...e.words] } : {}), e: [...e.ensured], l: e.looked.serialize() }],
    );
  }

  static restore(stored: StoredPass | undefined): PassMemo {
    const memo = new PassMemo();
    if (!stored) return memo;
    memo.lexicon = stored.lexicon;
    memo.names = new Map(stored.names);
    memo.addedDuring = stored.addedDuring;
    memo.entries = new Map(stored.entries.map(([input, e]) => [input, { mentions: e.m, compounds: e.c, ...(e.w ? { words: e.w } : {}), ensured: e.e, looked: BloomFilter.deserialize(e.l) }]));
    return memo;
  }
}

/**
 * Which sentences hold none of the names added after the compounds pass (the mentions pass asks
 * it of every sentence: on aws-study 33,000 questions about 527 names, a tenth of a rebuild's
 * extraction), from one build to the next. A sentence that held none of the first k names the
 * build before added holds none now either while every name this build has added so far is one of
 * those k: the answer depends on nothing but the text (and the vocabulary) and those names.
 */
export class AddedNamesMemo {
  private lexicon: string | undefined;
  /** The last finished build's: each added name's place in the order, and each clear text's count of names then. */
  private finished: { order: Map<string, number>; clearAt: Map<string, number> } | undefined;
  private before: { order: Map<string, number>; clearAt: Map<string, number> } = { order: new Map(), clearAt: new Map() };
  private clearAt = new Map<string, number>();
  /** This build's added names looked at so far, and the furthest place in the build before's order among them. */
  private looked = 0;
  private furthest = -1;

  beginBuild(lexicon: string): void {
    // (A build that did not finish leaves nothing: its answers were not checked against its order.)
    this.before = (lexicon === this.lexicon && this.finished) || { order: new Map(), clearAt: new Map() };
    this.finished = undefined;
    this.clearAt = new Map();
    this.lexicon = lexicon;
    this.looked = 0;
    this.furthest = -1;
  }

  /**
   * Whether any name of `added` (this build's, in the order added) occurs in the sentence `text`:
   * `scan` answers when the build before cannot.
   */
  holdsAdded(text: string, added: readonly string[], scan: () => boolean): boolean {
    for (; this.looked < added.length; this.looked++) this.furthest = Math.max(this.furthest, this.before.order.get(added[this.looked]!) ?? Infinity);
    const clearOf = this.before.clearAt.get(text);
    const holds = clearOf !== undefined && this.furthest < clearOf ? false : scan();
    if (!holds) this.clearAt.set(text, added.length);
    return holds;
  }

  /** The pass that asks is over: its names' order is what the next build compares with. */
  endBuild(added: readonly string[]): void {
    this.finished = { order: new Map(added.map((k, i) => [k, i])), clearAt: this.clearAt };
  }

  /** The last finished build's answers as JSON, a piece at a time (nothing when none finished). */
  storeJson(): Iterable<string> | undefined {
    const { lexicon, finished } = this;
    if (lexicon === undefined || !finished) return undefined;
    return jsonEndingInArray(`{"lexicon":${JSON.stringify(lexicon)},"order":${JSON.stringify([...finished.order])},"clearAt":[`, finished.clearAt, (pair) => pair);
  }

  static restore(stored: StoredAddedNames | undefined): AddedNamesMemo {
    const memo = new AddedNamesMemo();
    if (!stored) return memo;
    memo.lexicon = stored.lexicon;
    memo.finished = { order: new Map(stored.order), clearAt: new Map(stored.clearAt) };
    return memo;
  }
}

interface StoredAddedNames {
  lexicon: string;
  /** Each name added after the compounds pass, with its place in the order. */
  order: [string, number][];
  clearAt: [string, number][];
}

/**
 * Held by whoever builds again and again (the watcher, the command line through its file, tests);
 * handed to each build. Nothing is reused under another vocabulary.
 */
export class MentionMemo {
  constructor(
    readonly compounds = new PassMemo(),
    readonly rematch = new PassMemo(),
    /** Matching after the passes: the structure rules' and summaries' sentences (names are only added meanwhile). */
    readonly late = new PassMemo(),
    private lexicon: string | undefined = undefined,
    private english = new Map<string, string>(),
    /** The relation rules' proposals per sentence. */
    readonly relations = new RelationMemo(),
    /** Sentences that hold no name added after the compounds pass. */
    readonly addedNames = new AddedNamesMemo(),
    /**
     * What each note's terms did to the registry (in memory only; none for a memo that serves
     * one build: following every read of the pass costs a twentieth of the extraction, and
     * kept on disk for the next process, it saved that process what following them cost this
     * one, at 15–25 MB more at aws-study's peak).
     */
    public terms: TermsMemo | undefined = new TermsMemo(),
  ) {}
  private englishNext = new Map<string, string>();

  /** Sentences of the last build whose matching was reused, and those matched anew. */
  get stats(): { reused: number; matched: number; changedNames: number } {
    return {
      reused: this.compounds.stats.reused + this.rematch.stats.reused + this.late.stats.reused,
      matched: this.compounds.stats.matched + this.rematch.stats.matched + this.late.stats.matched,
      changedNames: this.compounds.stats.changedNames,
    };
  }

  /** A build begins with this lexicon. */
  beginBuild(lexicon: Lexicon): void {
    const key = lexiconKey(lexicon);
    if (key !== this.lexicon) this.english = new Map();
    else if (this.englishNext.size) this.english = this.englishNext;
    this.englishNext = new Map();
    this.lexicon = key;
    this.relations.beginBuild(key);
    this.addedNames.beginBuild(key);
  }

  /** The memo as text, for the next process (the command line keeps it beside the parse cache). */
  serialize(): string {
    return [...this.serializeJson()].join("");
  }

  /** The text of serialize(), a piece at a time (for writing a large memo without making it one string). */
  *serializeJson(): Generator<string> {
    // The JSON of { compounds, rematch, late, relations, addedNames, lexicon, english },
    // leaving out what is undefined as JSON.stringify does.
    let first = true;
    const key = (name: string) => {
      const out = `${first ? "{" : ","}${JSON.stringify(name)}:`;
      first = false;
      return out;
    };
    for (const [name, part] of [["compounds", this.compounds], ["rematch", this.rematch], ["late", this.late], ["relations", this.relations], ["addedNames", this.addedNames]] as const) {
      const json = part.storeJson();
      if (!json) continue;
      yield key(name);
      yield* json;
    }
    if (this.lexicon !== undefined) yield `${key("lexicon")}${JSON.stringify(this.lexicon)}`;
    yield `${key("english")}[`;
    const english = this.englishNext.size ? this.englishNext : this.english;
    let n = 0;
    for (const pair of english) yield `${n++ ? "," : ""}${JSON.stringify(pair)}`;
    yield "]}";
  }

  /** A memo read back (an unreadable one is an empty memo: it only costs time). */
  static deserialize(text: string): MentionMemo {
    try {
      const data = JSON.parse(text) as { compounds?: StoredPass; rematch?: StoredPass; late?: StoredPass; relations?: StoredRelations; addedNames?: StoredAddedNames; lexicon?: string; english?: [string, string][] };
      return new MentionMemo(PassMemo.restore(data.compounds), PassMemo.restore(data.rematch), PassMemo.restore(data.late), data.lexicon, new Map(data.english ?? []), RelationMemo.restore(data.relations), AddedNamesMemo.restore(data.addedNames));
    } catch {
      return new MentionMemo();
    }
  }

  /** The name key of a Japanese sentence's English, by its text (it depends on nothing else). */
  englishKey(text: string, make: () => string): string {
    let key = this.englishNext.get(text) ?? this.english.get(text);
    if (key === undefined) key = make();
    this.englishNext.set(text, key);
    return key;
  }
}

