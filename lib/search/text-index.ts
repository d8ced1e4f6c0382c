// The texts index of the search, kept from build to build by the watcher's search worker: a text
// an edit left alone keeps its id and its postings; only texts added or gone are indexed or taken
// out. (Made whole, aws-study's 10,000 texts took 0.4 s a build; an edit changes a few dozen.)
//
// FlexSearch lists the ids of one score slot in the order they were added, and its results keep
// that order (the search weighs a text by its place among them). A build from nothing adds the
// texts in the order of the payload's table, so here every slot is kept in the table's order too:
// a new text goes to its place, not to the end. The index then holds, slot for slot, the texts one
// made from nothing holds, and every search answers the same. A text an edit moved is taken out
// and indexed again at its new place; when an edit reorders many (a file renamed before another),
// the index is made again from nothing.
//
// This reaches into FlexSearch's in-memory layout (`map`: term → slots → ids; `reg`: the ids) of
// an Index made with tokenize "strict" and no context; tests/search/text-index.test.ts checks it,
// against an index made from nothing, on the version the lockfile installs.

import { Index } from "flexsearch";

/** Score slots of one term: slot s lists the ids whose text holds the term at score s. */
type Slots = (number[] | undefined)[];

interface IndexLayout {
  map: Map<string, Slots>;
  reg: Set<number>;
}

/** Search tokens are made ahead (tokens.ts) and handed to FlexSearch joined by spaces. */
export function splitTokens(s: string): string[] {
  return s ? s.split(" ") : [];
}

function distinctTerms(tokens: string): string[] {
  return [...new Set(splitTokens(tokens).filter(Boolean))];
}

/** Options of the texts index, shared with a build from nothing (graph-search.ts). */
export const TEXT_INDEX_OPTIONS = { tokenize: "strict", resolution: 9, encode: splitTokens } as const;

function layoutOf(index: Index): IndexLayout {
  const layout = index as unknown as Partial<IndexLayout>;
  if (!(layout.map instanceof Map) || !(layout.reg instanceof Set)) throw new Error("FlexSearch's index layout is not the one this module keeps up to date");
  return layout as IndexLayout;
}

export class TextIndex {
  private index = new Index(TEXT_INDEX_OPTIONS);
  private readonly idOf = new Map<string, number>();
  /** Text of each id ("" for an id free to reuse). */
  private readonly texts: string[] = [];
  /** Place of each id's text in the last table: the order its slots are kept in. */
  private readonly place: number[] = [];
  /** The distinct terms each id was indexed under, to take it out again (undefined: its text's tokens, worked out when needed). */
  private readonly terms: (string[] | undefined)[] = [];
  private readonly free: number[] = [];
  /** Texts of the last update indexed anew, and taken out; whether it started from nothing. */
  added = 0;
  removed = 0;
  remade = false;

  /**
   * Makes the index hold exactly `table`'s texts, in its order, and gives the id of each (the
   * texts are distinct). `tokensOf` gives a text's search tokens, joined by spaces.
   */
  update(table: readonly string[], tokensOf: (text: string) => string): number[] {
    // Texts that stay must keep their order. One that moved (a line both a note and its copy hold,
    // edited in the first: the copy's place is now its place) is taken out and indexed again at its
    // place; if an edit reordered many (a file renamed before another), start again from nothing.
    this.remade = false;
    const moved = new Set<string>();
    let last = -1;
    for (const text of table) {
      const id = this.idOf.get(text);
      if (id === undefined) continue;
      if (this.place[id]! < last) moved.add(text);
      else last = this.place[id]!;
    }
    if (moved.size > Math.max(64, table.length / 8)) {
      this.clear();
      this.remade = true;
      moved.clear();
    }
    const { map, reg } = layoutOf(this.index);
    const keep = new Set(table);
    for (const text of moved) keep.delete(text);
    let removed = 0;
    for (const [text, id] of this.idOf) {
      if (keep.has(text)) continue;
      for (const term of this.terms[id] ?? distinctTerms(tokensOf(text))) {
        const slots = map.get(term);
        if (!slots) continue;
        for (let s = 0; s < slots.length; s++) {
          const slot = slots[s];
          const at = slot ? this.positionIn(slot, this.place[id]!) : -1;
          if (!slot || slot[at] !== id) continue;
          slot.splice(at, 1);
          // (An emptied slot is a hole and an emptied term is gone, as if never indexed.)
          if (!slot.length) delete slots[s];
          break;
        }
        while (slots.length && !slots[slots.length - 1]) slots.length--;
        if (!slots.length) map.delete(term);
      }
      reg.delete(id);
      this.idOf.delete(text);
      this.texts[id] = "";
      this.terms[id] = undefined;
      this.free.push(id);
      removed++;
    }
    // Places move with the table (the order of the texts that stay does not); then new texts go in.
    const ids = table.map((text, place) => {
      const id = this.idOf.get(text);
      if (id !== undefined) this.place[id] = place;
      return id;
    });
    let added = 0;
    table.forEach((text, place) => {
      if (ids[place] !== undefined) return;
      const id = this.free.pop() ?? this.texts.length;
      const tokens = tokensOf(text);
      ids[place] = id;
      this.idOf.set(text, id);
      this.texts[id] = text;
      this.place[id] = place;
      const terms = distinctTerms(tokens);
      this.terms[id] = terms;
      this.index.add(id, tokens);
      added++;
      // FlexSearch appended the id to one slot of each of its terms: move it to its text's place.
      for (const term of terms) {
        for (const slot of map.get(term) ?? []) {
          if (!slot || slot[slot.length - 1] !== id) continue;
          slot.pop();
          slot.splice(this.positionIn(slot, place), 0, id);
          break;
        }
      }
    });
    this.added = added;
    this.removed = removed;
    return ids as number[];
  }

  /**
   * Each id's place in the last table it was made to hold (its order in the slots), or undefined
   * when every id is its own place (as in an index made from nothing).
   */
  places(): number[] | undefined {
    const places = this.texts.map((text, id) => (text ? this.place[id]! : -1));
    return places.every((p, id) => p === id) ? undefined : places;
  }

  /**
   * The index a build stored (its table of texts by id and FlexSearch's export), to be kept up to
   * date from there as if this process had made it: `places` as `places()` gave them (undefined:
   * each id its own place). A text's terms are worked out again only if it is taken out.
   */
  static restore(table: readonly string[], places: readonly number[] | undefined, exported: Record<string, string>): TextIndex {
    const restored = new TextIndex();
    for (const [key, data] of Object.entries(exported)) restored.index.import(key, data);
    layoutOf(restored.index);
    table.forEach((text, id) => {
      restored.texts[id] = text;
      restored.place[id] = places?.[id] ?? id;
      restored.terms[id] = undefined;
      if (text) restored.idOf.set(text, id);
      else restored.free.push(id);
    });
    return restored;
  }

  /** Texts by id ("" where an id is free): the payload's table for the ids this index gives. */
  table(): string[] {
    return [...this.texts];
  }

  /** The index as FlexSearch exports it. */
  export(): Record<string, string> {
    const out: Record<string, string> = {};
    this.index.export((key, data) => {
      out[key] = data;
    });
    return out;
  }

  /** Starts again from nothing (the glossary changed: every text's tokens may have). */
  clear(): void {
    this.index = new Index(TEXT_INDEX_OPTIONS);
    this.idOf.clear();
    this.texts.length = 0;
    this.place.length = 0;
    this.terms.length = 0;
    this.free.length = 0;
  }

  /** Where the text at `place` is, or goes, in a slot kept in the order of places. */
  private positionIn(slot: number[], place: number): number {
    let lo = 0;
    let hi = slot.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.place[slot[mid]!]! < place) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
