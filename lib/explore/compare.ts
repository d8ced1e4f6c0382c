// Two nodes side by side: their facts aligned by aspect (delivery model, ordering, price…, else
// one by one), what the notes say about how they differ, and the neighbours they share or not.

import type { EdgeKind, Evidence, GraphNode } from "../graph/types";
import { parseMarkdown } from "../parse/markdown";
import { splitSentences } from "../text/sentences";
import type { Aspect } from "../vocab/types";
import { nodeRef, type GraphIndex, type NodeRef } from "../serve/concept-view";
import { escapeRegExp } from "../text/escape-regexp";

export interface FactSentence extends Evidence {
  /** The sentence is evidence that the two contrast. */
  contrast: boolean;
}

export interface AspectRow {
  id: string;
  en: string;
  ja: string;
  a: FactSentence[];
  b: FactSentence[];
}

export interface BetweenItem {
  kind: EdgeKind;
  /** "a→b": a is the edge's source. */
  direction: "a→b" | "b→a";
  evidence: Evidence;
  more: Evidence[];
  /** The evidence by what it says: each wording once, with the other places that say the same. */
  quotes: { evidence: Evidence; more: Evidence[] }[];
}

/**
 * Evidence grouped by its words: "NLB vs ALB:" in a note and in its English and Japanese copies is
 * one quote said in three places, not three quotes.
 */
export function quotesOf(evidence: readonly Evidence[]): { evidence: Evidence; more: Evidence[] }[] {
  const byWords = new Map<string, { evidence: Evidence; more: Evidence[] }>();
  for (const ev of evidence) {
    const words = ev.text.normalize("NFKC").replace(/\s+/g, " ").trim();
    const quote = byWords.get(words);
    if (quote) quote.more.push(ev);
    else byWords.set(words, { evidence: ev, more: [] });
  }
  return [...byWords.values()];
}

export interface CompareView {
  a: NodeRef & { summary: string };
  b: NodeRef & { summary: string };
  between: BetweenItem[];
  rows: AspectRow[];
  shared: NodeRef[];
  onlyA: NodeRef[];
  onlyB: NodeRef[];
}

export const OTHER_ASPECT = { id: "other", en: "Other notes", ja: "その他の記述" };

/**
 * The aspect a sentence speaks to: the one whose word comes earliest in it (a sentence's topic
 * usually leads), ties going to the aspect listed first.
 */
export function aspectOf(sentence: string, aspects: Aspect[]): Aspect | undefined {
  const s = sentence.normalize("NFKC").toLowerCase();
  let best: { aspect: Aspect; at: number } | undefined;
  for (const aspect of aspects) {
    for (const w of aspect.words) {
      const at = s.indexOf(w.normalize("NFKC").toLowerCase());
      if (at >= 0 && (!best || at < best.at)) best = { aspect, at };
    }
  }
  return best?.aspect;
}

function sentencesOf(index: GraphIndex, id: string, contrastTexts: Set<string>): FactSentence[] {
  const n = index.nodeById.get(id);
  if (!n) return [];
  const out: FactSentence[] = [];
  const seen = new Set<string>();
  for (const factId of n.facts) {
    const f = index.factById.get(factId);
    if (!f) continue;
    // A line partly about another thing gives only its own sentences.
    const own = n.factSentences?.[factId];
    for (const s of own ? own.map((text) => ({ text })) : splitSentences(plainText(f.text))) {
      const key = `${f.file}:${f.line}:${s.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: s.text, file: f.file, line: f.line, contrast: contrastTexts.has(s.text) || contrastTexts.has(f.text) });
    }
  }
  return out;
}

/**
 * A table's row, as the parser writes it ("利用料金: EKS on EC2 = ○ / ECS on EC2 = ◎", "Key:
 * Resource / IAM ポリシー: ARN / リソースポリシー: ARN"), cut to its first cell and the cells of
 * the columns this side's name heads; undefined for any other text, or a row none of whose later
 * columns this side heads.
 */
function ownCells(text: string, named: (text: string) => boolean): string | undefined {
  const aspect = /^([^/:：=]{1,60}):\s*(.+)$/.exec(text);
  if (!aspect) return undefined;
  const parts = aspect[2]!.split(" / ");
  const equals = parts.map((p) => /^([^=/]{1,60}?) = (.*)$/.exec(p));
  if (parts.length >= 2 && equals.every(Boolean)) {
    const own = parts.filter((_, i) => named(equals[i]![1]!));
    return own.length && own.length < parts.length ? `${aspect[1]}: ${own.join(" / ")}` : undefined;
  }
  const all = text.split(" / ");
  const colon = all.map((p) => /^([^:：/]{1,60})[:：]\s*(.*)$/.exec(p));
  if (all.length < 3 || !colon.every(Boolean)) return undefined;
  const own = all.slice(1).filter((_, i) => named(colon[i + 1]![1]!));
  return own.length && own.length < all.length - 1 ? [all[0], ...own].join(" / ") : undefined;
}

/** Is a text this node's name and nothing else (brackets, marks and a final stop aside)? */
function onlyName(n: GraphNode): (text: string) => boolean {
  const key = (x: string) => x.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
  const names = new Set([n.label, n.labelJa, ...n.aliases].filter((x): x is string => !!x).map(key));
  return (text) => names.has(key(text));
}

/** Does a sentence name this node (by its label or an alias, as a whole word)? */
function namer(n: GraphNode): (text: string) => boolean {
  const names = [n.label, n.labelJa, ...n.aliases].filter((x): x is string => !!x && x.length > 1).map((x) => x.normalize("NFKC").toLowerCase());
  const patterns = names.map((x) => new RegExp(`(?<![a-z0-9])${escapeRegExp(x)}(?![a-z0-9])`));
  return (text) => {
    const t = text.normalize("NFKC").toLowerCase();
    return patterns.some((p) => p.test(t));
  };
}

/** A line of Markdown as the words it shows (no image or link syntax to split into sentences). */
function plainText(markdown: string): string {
  const { lines } = parseMarkdown("line.md", markdown);
  return lines.map((l) => l.text).join(" ") || markdown;
}

function neighbours(index: GraphIndex, id: string): Map<string, NodeRef> {
  const out = new Map<string, NodeRef>();
  for (const e of index.edgesByNode.get(id) ?? []) {
    const other = index.nodeById.get(e.source === id ? e.target : e.source);
    if (other && other.kind !== "question") out.set(other.id, nodeRef(other));
  }
  return out;
}

export function compareView(index: GraphIndex, aspects: Aspect[], a: string, b: string): CompareView | undefined {
  const na = index.nodeById.get(a);
  const nb = index.nodeById.get(b);
  if (!na || !nb || a === b) return undefined;
  const kindOrder: EdgeKind[] = ["contrasts", "supersedes", "alternative", "part_of", "integrates", "mentions"];
  const between: BetweenItem[] = (index.edgesByNode.get(a) ?? [])
    .filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))
    .sort((x, y) => kindOrder.indexOf(x.kind) - kindOrder.indexOf(y.kind))
    .map((e) => ({ kind: e.kind, direction: e.source === a ? "a→b" : "b→a", evidence: e.evidence, more: e.more, quotes: quotesOf([e.evidence, ...e.more]) }));
  const contrastTexts = new Set(between.filter((x) => x.kind === "contrasts").flatMap((x) => [x.evidence, ...x.more].map((ev) => ev.text)));

  // Rows: aspects either side speaks to, in the vocabulary's order; the rest fact by fact.
  const rows = new Map<string, AspectRow>();
  const place = (side: "a" | "b", s: FactSentence) => {
    const aspect = aspectOf(s.text, aspects) ?? OTHER_ASPECT;
    const row = rows.get(aspect.id) ?? { id: aspect.id, en: aspect.en, ja: aspect.ja, a: [], b: [] };
    row[side].push(s);
    rows.set(aspect.id, row);
  };
  const sides = { a: sentencesOf(index, a, contrastTexts), b: sentencesOf(index, b, contrastTexts) };
  const keyOf = (s: FactSentence) => `${s.file}:${s.line}:${s.text}`;
  const keys = { a: new Set(sides.a.map(keyOf)), b: new Set(sides.b.map(keyOf)) };
  const names = { a: namer(na), b: namer(nb) };
  const onlyNames = { a: onlyName(na), b: onlyName(nb) };
  for (const side of ["a", "b"] as const) {
    const otherSide = side === "a" ? "b" : "a";
    for (const written of sides[side]) {
      // A sentence that states the contrast itself ("プロデューサー:…、コンシューマー:…") is shown
      // once, under how they differ, not in both columns.
      if (written.contrast && keys[otherSide].has(keyOf(written))) continue;
      // A table's row shows in a side's column its own cell only: "利用料金: ECS on EC2 = ○", not
      // the other columns' services beside it.
      const cells = ownCells(written.text, names[side]);
      const s = cells === undefined ? written : { ...written, text: cells };
      // A lead-in ("Use case:", "Search features include:") or the side's name alone ("RDS",
      // "Infrequent Access") says nothing to compare.
      if (/[:：]$/.test(s.text.trim()) || onlyNames[side](s.text)) continue;
      // A sentence that names only the other side is the other side's ("標準は順番が保証されない。
      // FIFOキューで保証される" is two facts, one for each queue).
      if (names[otherSide](s.text) && !names[side](s.text)) {
        if (!keys[otherSide].has(keyOf(s))) place(otherSide, s);
      } else place(side, s);
    }
  }
  // (The same words in two notes — an article and its copy — are one fact in a column.)
  for (const row of rows.values()) for (const side of ["a", "b"] as const) row[side] = row[side].filter((x, i, all) => all.findIndex((y) => y.text === x.text) === i);
  const order = [...aspects.map((x) => x.id), OTHER_ASPECT.id];
  // Rows where both sides speak first: that is where they can be compared.
  const sortedRows = [...rows.values()].sort((x, y) => Number(y.a.length > 0 && y.b.length > 0) - Number(x.a.length > 0 && x.b.length > 0) || order.indexOf(x.id) - order.indexOf(y.id));

  const na2 = neighbours(index, a);
  const nb2 = neighbours(index, b);
  na2.delete(b);
  nb2.delete(a);
  const byLabel = (x: NodeRef, y: NodeRef) => x.label.localeCompare(y.label);
  return {
    a: { ...nodeRef(na), summary: na.summary },
    b: { ...nodeRef(nb), summary: nb.summary },
    between,
    rows: sortedRows,
    shared: [...na2.values()].filter((n) => nb2.has(n.id)).sort(byLabel),
    onlyA: [...na2.values()].filter((n) => !nb2.has(n.id)).sort(byLabel),
    onlyB: [...nb2.values()].filter((n) => !na2.has(n.id)).sort(byLabel),
  };
}

export interface ContrastGroup {
  /** The service (or topic) the pairs belong to. */
  group: NodeRef;
  pairs: { a: NodeRef; b: NodeRef; evidence: Evidence }[];
}

/** Every contrast the notes state, grouped by the service they belong to: a study list. */
export function contrastPairs(index: GraphIndex): ContrastGroup[] {
  const groups = new Map<string, ContrastGroup>();
  const home = (id: string) => {
    const n = index.nodeById.get(id)!;
    if (n.kind === "service" || n.kind === "topic" || !n.parent) return n;
    return index.nodeById.get(n.parent) ?? n;
  };
  for (const e of index.graph.edges) {
    if (e.kind !== "contrasts") continue;
    const a = index.nodeById.get(e.source);
    const b = index.nodeById.get(e.target);
    if (!a || !b) continue;
    const g = home(a.id);
    const group = groups.get(g.id) ?? { group: nodeRef(g), pairs: [] };
    group.pairs.push({ a: nodeRef(a), b: nodeRef(b), evidence: e.evidence });
    groups.set(g.id, group);
  }
  return [...groups.values()].sort((x, y) => x.group.label.localeCompare(y.group.label));
}
