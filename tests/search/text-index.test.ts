// The watcher's texts index, kept from build to build, must hold slot for slot what an index made
// from nothing holds: FlexSearch's results keep the order of each slot, so any difference would
// make the watcher's searches answer otherwise than a fresh build's. This also checks the layout
// of FlexSearch's index that text-index.ts reaches into, on the version the lockfile installs.

import { Index } from "flexsearch";
import { describe, expect, it } from "vitest";
import { TEXT_INDEX_OPTIONS, TextIndex } from "../../lib/search/text-index";

/** An index's postings with each id replaced by its text: term → slots → texts. */
function postingsByText(exportedIndex: Record<string, string>, texts: readonly string[]): [string, (string[] | null)[]][] {
  const index = new Index(TEXT_INDEX_OPTIONS);
  for (const [k, v] of Object.entries(exportedIndex)) index.import(k, v);
  const map = (index as unknown as { map: Map<string, (number[] | undefined)[]> }).map;
  return [...map.entries()].map(([term, slots]): [string, (string[] | null)[]] => [term, Array.from(slots, (slot) => (slot ? slot.map((id) => texts[id]!) : null))]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** What a build from nothing makes of these texts: ids in the table's order. */
function fromNothing(table: string[], tokensOf: (t: string) => string) {
  const index = new Index(TEXT_INDEX_OPTIONS);
  table.forEach((t, i) => index.add(i, tokensOf(t)));
  const out: Record<string, string> = {};
  index.export((k, d) => {
    out[k] = d;
  });
  return postingsByText(out, table);
}

/** A small random generator, so a failure can be run again. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

describe("the watcher's texts index", () => {
  it("holds, after texts are added and removed build after build, what one made from nothing holds", () => {
    const rand = random(12);
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    // Texts share words at many positions, so slots hold many ids and order within them matters.
    // (Each text ends with a word of its own.)
    let made = 0;
    const makeText = () => [...Array.from({ length: Math.floor(rand() * 12) }, () => words[Math.floor(rand() * words.length)]!), `t${made++}`].join(" ");
    const tokensOf = (t: string) => t;
    const kept = new TextIndex();
    const distinct = (xs: string[]) => [...new Set(xs)];
    let texts = distinct(Array.from({ length: 300 }, makeText));
    let goneBefore: string[] = [];
    for (let build = 0; build < 25; build++) {
      const ids = kept.update(texts, tokensOf);
      // Each text gets one id, the same wherever it repeats, and the table gives it back.
      const table = kept.table();
      texts.forEach((t, i) => expect(table[ids[i]!]).toBe(t));
      expect(postingsByText(kept.export(), table)).toEqual(fromNothing(texts, tokensOf));
      expect(kept.remade).toBe(false);
      // The next build: some texts gone, some new ones anywhere among those that stay, and one gone
      // the build before back at the end (a line deleted, then written again).
      const gone = texts.filter(() => rand() < 0.1);
      const next: string[] = [];
      for (const t of texts) {
        if (rand() < 0.08) next.push(makeText());
        if (!gone.includes(t)) next.push(t);
      }
      // (…and now and then one moves on: a line a note and its copy both hold, edited in the first.)
      if (build % 3 === 1 && next.length > 10) next.splice(Math.floor(rand() * next.length), 0, next.splice(Math.floor(rand() * (next.length / 2)), 1)[0]!);
      texts = distinct([...next, ...goneBefore.slice(0, 1)]);
      goneBefore = gone;
    }
    expect(kept.added + kept.removed).toBeGreaterThan(0);
  });

  it("takes out a text that moved and indexes it again at its place", () => {
    const kept = new TextIndex();
    const tokensOf = (t: string) => t;
    kept.update(["a b", "b c", "c d", "d e"], tokensOf);
    const swapped = ["c d", "a b", "b c", "new e", "d e"];
    kept.update(swapped, tokensOf);
    expect(kept.remade).toBe(false);
    expect([kept.added, kept.removed]).toEqual([3, 2]);
    expect(postingsByText(kept.export(), kept.table())).toEqual(fromNothing(swapped, tokensOf));
  });

  it("starts again from nothing when many texts that stay change order", () => {
    const kept = new TextIndex();
    const tokensOf = (t: string) => t;
    const texts = Array.from({ length: 200 }, (_, i) => `w${i % 7} t${i}`);
    kept.update(texts, tokensOf);
    const reversed = [...texts].reverse();
    kept.update(reversed, tokensOf);
    expect(kept.remade).toBe(true);
    expect(postingsByText(kept.export(), kept.table())).toEqual(fromNothing(reversed, tokensOf));
  });

  it("indexes only what changed", () => {
    const kept = new TextIndex();
    const texts = Array.from({ length: 100 }, (_, i) => `text ${i} about queues`);
    kept.update(texts, (t) => t);
    expect([kept.added, kept.removed]).toEqual([100, 0]);
    kept.update([...texts.slice(1), "a new line"], (t) => t);
    expect([kept.added, kept.removed]).toEqual([1, 1]);
  });

  it("starts again from nothing when cleared", () => {
    const kept = new TextIndex();
    kept.update(["a b", "b c"], (t) => t);
    kept.clear();
    kept.update(["c d"], (t) => t);
    expect(kept.table()).toEqual(["c d"]);
    expect(postingsByText(kept.export(), kept.table())).toEqual(fromNothing(["c d"], (t) => t));
  });
});
