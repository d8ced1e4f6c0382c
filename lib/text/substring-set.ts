// A set of strings asked "does any of you occur in this text?" — the question String.includes
// answers for one string, answered for thousands at once: each string is filed under its first two
// characters, so a text is read once and only the strings that start where it stands are compared.

/** Two UTF-16 code units as one number: a map key that costs no string to make or hash. */
const pairAt = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

export class SubstringSet {
  private readonly byPair = new Map<number, string[]>();
  private readonly singles = new Set<string>();
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
    const list = this.byPair.get(pair);
    if (list) list.push(s);
    else this.byPair.set(pair, [s]);
  }

  /** Whether any string of the set occurs in `text` (as `text.includes(s)` would find it). */
  occursIn(text: string): boolean {
    if (this.count === 0) return false;
    for (let i = 0; i < text.length; i++) {
      if (this.singles.size && this.singles.has(text[i]!)) return true;
      if (i + 1 === text.length) continue;
      const list = this.byPair.get(pairAt(text, i));
      if (list) for (const s of list) if (text.startsWith(s, i)) return true;
    }
    return false;
  }
}
