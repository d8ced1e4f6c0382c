// A set of strings asked "does any of you occur in this text?" — the question String.includes
// answers for one string, answered for thousands at once: each string is filed under its first two
// characters, so a text is read once and only the strings that start where it stands are compared.

/** Two UTF-16 code units as one number: a map key that costs no string to make or hash. */
const pairAt = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

/** The same two code units folded into a slot of a small table, asked before the map. */
const slotAt = (s: string, i: number) => ((s.charCodeAt(i) * 0x9e37) ^ s.charCodeAt(i + 1)) & 0xffff;

export class SubstringSet {
  private readonly byPair = new Map<number, string[]>();
  private readonly singles = new Set<string>();
  /**
   * Which slots some string's first two characters fall in: most places of a text start no string,
   * and a typed array answers that several times faster than the map (a rebuild of aws-study asked
   * 33,000 sentences about 527 added names).
   */
  private readonly slots = new Uint8Array(0x10000);
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(s: string): void {
    if (!s) return;
    this.count++;
    if (s.length === 1) {
      this.singles.add(s);
      return;
    }
    const pair = pairAt(s, 0);
    this.slots[slotAt(s, 0)] = 1;
    const list = this.byPair.get(pair);
    if (list) list.push(s);
    else this.byPair.set(pair, [s]);
  }

  /** Whether any string of the set occurs in `text` (as `text.includes(s)` would find it). */
  occursIn(text: string): boolean {
    if (this.count === 0) return false;
    for (let i = 0; i < text.length; i++) {
      if (this.singles.size && this.singles.has(text[i]!)) return true;
      if (i + 1 === text.length || this.slots[slotAt(text, i)] === 0) continue;
      const list = this.byPair.get(pairAt(text, i));
      if (list) for (const s of list) if (text.startsWith(s, i)) return true;
    }
    return false;
  }
}
