// What each note's terms did to the registry, kept from one build to the next in a watcher's
// memory: a rebuild collects the terms of the changed notes only, and of the notes elsewhere that
// read something the change reached; every other note's changes are done again as they were.
//
// The terms pass reads each note's lines (with their sections), the vocabulary and the registry,
// and changes only the registry and its own lines. So a note whose lines are unchanged, and none of
// whose registry reads (a name, a draft, one field of it: drafts.ts's journal) differs from the
// build before at the moment it is read, changes exactly what it changed before, in the same order.
// What differs is known part by part: at the pass's start, the registry's state against the build
// before's at the same moment; then, as the pass goes, whatever a note collected afresh wrote
// otherwise than before (and whatever a note gone from the notes had written).
//
// (Kept in memory only: the command line's next process collects every note's terms again.)

import { BloomFilter, PRECISE, probe, type Probe } from "../text/bloom-filter";
import { writtenPart, type DraftJournal, type DraftOp } from "./drafts";
import type { LineWork } from "./model";

/** What the pass wrote on one line of the note. */
export type LineTerms = Pick<LineWork, "question" | "named" | "definitions">;

interface NoteTerms {
  /** The note's lines and sections as the pass reads them. */
  input: string;
  ops: readonly DraftOp[];
  lines: readonly LineTerms[];
  read: BloomFilter;
  /** Its reads were all followed (else it is collected afresh each time; its ops still say what it wrote). */
  reusable: boolean;
}

/** Past this many changed parts, collecting every note's terms again costs less than checking. */
const MAX_CHANGED = 5000;

/** A journal for one note's terms. */
export class NoteJournal implements DraftJournal {
  readonly reads = new Set<string>();
  readonly ops: DraftOp[] = [];
  traceable = true;

  read(part: string): void {
    this.reads.add(part);
  }

  write(op: DraftOp): void {
    this.ops.push(op);
  }

  untraceable(): void {
    this.traceable = false;
  }
}

/** The parts `after` writes otherwise than `before` (each part's ops compared in order). */
function differentlyWritten(before: readonly DraftOp[], after: readonly DraftOp[]): string[] {
  const byPart = (ops: readonly DraftOp[]) => {
    const out = new Map<string, string>();
    for (const op of ops) {
      const part = writtenPart(op);
      out.set(part, `${out.get(part) ?? ""}${JSON.stringify(op)}\n`);
    }
    return out;
  };
  const a = byPart(before);
  const b = byPart(after);
  const out: string[] = [];
  for (const [part, ops] of b) if (a.get(part) !== ops) out.push(part);
  for (const part of a.keys()) if (!b.has(part)) out.push(part);
  return out;
}

export class TermsMemo {
  private lexicon: string | undefined;
  /** The registry's parts when the last finished build's pass began. */
  private state = new Map<string, string>();
  private notes = new Map<string, NoteTerms>();
  private next = new Map<string, NoteTerms>();
  /** Parts that differ from the build before so far in this pass (undefined: nothing is reused). */
  private changed: Set<string> | undefined;
  private probes: Probe[] = [];
  private open = false;
  /** Notes whose terms were done again in the last build, and those collected afresh (changed parts at the start, -1: none could be reused). */
  readonly stats = { reused: 0, collected: 0, changedParts: 0 };

  /** The pass begins: `state` is the registry's, `files` the notes the pass will read, in order. */
  begin(lexicon: string, state: Map<string, string>, files: readonly string[]): void {
    // (A build that stopped inside the pass left a registry the notes' records do not follow from.)
    if (this.open) this.notes = new Map();
    this.open = true;
    this.changed = undefined;
    if (lexicon === this.lexicon && this.notes.size) {
      const changed = new Set<string>();
      for (const [part, value] of state) if (this.state.get(part) !== value) changed.add(part);
      for (const part of this.state.keys()) if (!state.has(part)) changed.add(part);
      // A note gone (or without lines now) no longer writes what it wrote.
      const present = new Set(files);
      for (const [file, note] of this.notes) if (!present.has(file)) for (const op of note.ops) changed.add(writtenPart(op));
      if (changed.size <= MAX_CHANGED) this.changed = changed;
    }
    this.probes = this.changed ? [...this.changed].map(probe) : [];
    this.stats.reused = 0;
    this.stats.collected = 0;
    this.stats.changedParts = this.changed ? this.changed.size : -1;
    this.lexicon = lexicon;
    this.state = state;
    this.next = new Map();
  }

  /** What the note's terms did in the build before, if its lines are the same and nothing it read changed. */
  reuse(file: string, input: string): NoteTerms | undefined {
    const old = this.changed && this.notes.get(file);
    if (!old || !old.reusable || old.input !== input || this.probes.some((p) => old.read.mayHave(p))) return undefined;
    this.next.set(file, old);
    this.stats.reused++;
    return old;
  }

  /** The note's terms were collected afresh: what they wrote otherwise than before is news to the notes after it. */
  remember(file: string, input: string, journal: NoteJournal, lines: readonly LineTerms[]): void {
    this.stats.collected++;
    if (this.changed) {
      for (const part of differentlyWritten(this.notes.get(file)?.ops ?? [], journal.ops)) {
        if (this.changed.has(part)) continue;
        this.changed.add(part);
        this.probes.push(probe(part));
      }
      if (this.changed.size > MAX_CHANGED) this.changed = undefined;
    }
    this.next.set(file, { input, ops: journal.ops, lines, read: BloomFilter.of(journal.reads, journal.reads.size, PRECISE), reusable: journal.traceable });
  }

  /** The pass is over: what was not met again is forgotten. */
  end(): void {
    this.open = false;
    this.notes = this.next;
    this.next = new Map();
    this.changed = undefined;
    this.probes = [];
  }
}
