// What the compounds pass found in each sentence, kept from one build to the next (a watcher's
// rebuilds): a sentence whose text is unchanged, and none of whose looked-up names changed, has
// the same mentions and compound candidates as before — matching reads nothing else (its text,
// the vocabulary, and the drafts those names lead to: whether one is a vocabulary entity, a
// question or defined). So a rebuild matches only the sentences an edit can affect: those of the
// changed notes, and those elsewhere that looked up a name the edit added, removed or re-pointed.
//
// The names looked up per sentence are kept as a Bloom filter (a few bytes per name): a false
// "maybe" costs one sentence matched again, never a stale answer.

import type { EntityEntry } from "../vocab/types";
import type { Lexicon } from "../vocab/lexicon";
import { BloomFilter, probe, type Probe } from "../text/bloom-filter";
import type { CompoundCandidate, Mention } from "./mentions";

interface MemoEntry {
  mentions: readonly Mention[];
  compounds: readonly CompoundCandidate[];
  /** Vocabulary drafts the matching made, in order: made again when the entry is reused. */
  ensured: readonly EntityEntry[];
  looked: BloomFilter;
}

/** Past this many changed names, matching everything again costs less than checking. */
const MAX_CHANGED = 5000;

/**
 * Held by whoever builds again and again (the watcher, tests); handed to each build. The
 * vocabulary must be the same compiled lexicon for entries to be reused.
 */
export class MentionMemo {
  private lexicon: Lexicon | undefined;
  private names = new Map<string, string>();
  private entries = new Map<string, MemoEntry>();
  /** This build's: entries kept or made (the ones not met again are dropped). */
  private next = new Map<string, MemoEntry>();
  private changed: Probe[] | undefined;
  private open = false;
  /** Sentences of the last build whose matching was reused, and those matched anew. */
  readonly stats = { reused: 0, matched: 0, changedNames: 0 };

  /**
   * A build's compounds pass begins: which names differ from the build before (name → draft and
   * what matching reads of it), with the lexicon the build uses.
   */
  begin(lexicon: Lexicon, names: Map<string, string>): void {
    // A build that stopped inside the pass left entries that no longer match its names.
    if (this.open) this.entries = new Map();
    this.open = true;
    let changed: string[] | undefined;
    if (lexicon === this.lexicon) {
      changed = [];
      for (const [k, sig] of names) if (this.names.get(k) !== sig) changed.push(k);
      for (const k of this.names.keys()) if (!names.has(k)) changed.push(k);
    }
    this.changed = changed && changed.length <= MAX_CHANGED ? changed.map(probe) : undefined;
    this.stats.reused = 0;
    this.stats.matched = 0;
    this.stats.changedNames = changed?.length ?? -1;
    this.lexicon = lexicon;
    this.names = names;
    this.next = new Map();
  }

  /** The sentence's mentions and compounds, as found before, if nothing it depended on changed. */
  reuse(text: string): MemoEntry | undefined {
    const fresh = this.next.get(text);
    if (fresh) return fresh;
    const old = this.changed && this.entries.get(text);
    if (!old || this.changed!.some((p) => old.looked.mayHave(p))) return undefined;
    this.next.set(text, old);
    this.stats.reused++;
    return old;
  }

  remember(text: string, mentions: Mention[], compounds: CompoundCandidate[], looked: Set<string>, ensured: EntityEntry[]): void {
    this.next.set(text, { mentions: [...mentions], compounds, ensured, looked: BloomFilter.of(looked, looked.size) });
    this.stats.matched++;
  }

  /** The pass is over: what was not met again is forgotten. */
  end(): void {
    this.open = false;
    this.entries = this.next;
    this.next = new Map();
    this.changed = undefined;
  }
}
