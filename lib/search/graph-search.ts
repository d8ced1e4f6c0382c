// Search over the graph's nodes, the same in the command line, the API and the browser.
// FlexSearch finds candidates in two indexes: names (label, Japanese label, aliases), and texts
// (each fact and summary once, mapped to the nodes it concerns). The score puts the node a query
// names (exactly, by prefix, or through a typo) above nodes that only mention it.
// The indexes can be exported at build time and imported where they are used, so neither the
// server nor the browser tokenizes the notes again.

import { Index } from "flexsearch";
import type { KnowledgeGraph, NodeKind } from "../graph/types";
import { remembered } from "../text/bounded-memo";
import { boundedEditDistance } from "../text/edit-distance";
import { splitTokens, TEXT_INDEX_OPTIONS, TextIndex } from "./text-index";
import { compactName, compileSearchGlossary, queryTokenSets, searchTokens, stem, type SearchGlossary } from "./tokens";
import { escapeRegExp } from "../text/escape-regexp";
import { plainInline } from "../text/plain-inline";

export interface SearchDoc {
  id: string;
  label: string;
  labelJa?: string;
  kind: NodeKind;
  aliases: string[];
  summary: string;
  /** Indexes into SearchPayload.facts: the lines about it (a text twice when two lines say it). */
  facts: number[];
  /** Lines that only name it (found, but weighed less). */
  mentions?: number[];
  /** Index of the doc it belongs to (its parent, or the node whose section it is named in). */
  context?: number;
  /** Index of the doc that superseded it (Elasticsearch → OpenSearch). */
  successor?: number;
}

/** Everything a search index is built from: plain JSON, so the browser can receive it. */
export interface SearchPayload {
  docs: SearchDoc[];
  /**
   * The texts indexed: the facts' and the summaries', each distinct text once ("" where the
   * watcher's index has an id free; see text-index.ts).
   */
  facts: string[];
  glossary: Record<string, string>;
  /** FlexSearch exports of the name and text indexes, when built ahead of time. */
  index?: { names: Record<string, string>; texts: Record<string, string> };
}

export interface SearchResult {
  id: string;
  label: string;
  labelJa?: string;
  kind: NodeKind;
  score: number;
  snippet: string;
  /** [start, end) ranges of the snippet that match the query. */
  highlights: [number, number][];
  /**
   * How it matched: its name holds the query's words ("name"), its notes do ("text"), or only
   * fragments of them do ("fragment": タイム in リアルタイム for タイムアウト). The graph marks the
   * first two only; "related" results follow another as its parent, context or successor.
   */
  match: "name" | "text" | "fragment" | "related";
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
  /** Set when the query asks to compare two things ("SQS vs SNS", "SQSとSNSの違い"). */
  comparison?: [string, string];
}

export interface SearchOptions {
  limit?: number;
}

const SNIPPET = 120;
const CANDIDATES = 150;
/** Names complete as they are typed (prefixes indexed); texts match whole tokens only. */
const NAME_INDEX = { tokenize: "forward", resolution: 9 } as const;

export function searchPayloadFromGraph(graph: KnowledgeGraph, glossary: Record<string, string>): SearchPayload {
  // Each distinct text once: notes repeat lines (aws-study's 16,470 facts hold 7,549 texts), and
  // a line found twice is no more a match than once. Facts in the notes' order, then summaries:
  // the order texts are indexed in, which the watcher's index keeps too (text-index.ts).
  const facts = [...new Set([...graph.facts.map((f) => f.text), ...graph.nodes.map((n) => n.summary).filter(Boolean)])];
  const textIndex = new Map(facts.map((text, i) => [text, i]));
  const index = new Map(graph.facts.map((f) => [f.id, textIndex.get(f.text)!]));
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  // A node without a parent is placed by the node whose section it is named in most.
  const context = new Map<string, string>();
  for (const e of graph.edges) {
    if (e.kind === "part_of" && !context.has(e.source)) context.set(e.source, e.target);
  }
  const successor = new Map<string, string>();
  for (const e of graph.edges) if (e.kind === "supersedes") successor.set(e.target, e.source);
  const factSection = new Map(graph.facts.map((f) => [f.id, f.section]));
  const byLabel = new Map(graph.nodes.map((n) => [n.label, n.id] as const));
  // The first node (in the graph's order) whose Japanese label or an alias is a given heading.
  const byOtherName = new Map<string, string>();
  for (const n of graph.nodes) for (const name of [n.labelJa, ...n.aliases]) if (name !== undefined && !byOtherName.has(name)) byOtherName.set(name, n.id);
  const docs = graph.nodes.map((n): SearchDoc => {
    let ctx = n.parent ?? context.get(n.id);
    if (!ctx) {
      // The heading over most of the lines that name it ("SQL インジェクション…のブロック" under AWS WAF).
      const counts = new Map<string, number>();
      for (const f of n.mentionedIn) {
        const heading = factSection.get(f)?.at(-1);
        const owner = heading ? byLabel.get(heading) ?? byOtherName.get(heading) : undefined;
        if (owner && owner !== n.id) counts.set(owner, (counts.get(owner) ?? 0) + 1);
      }
      ctx = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    }
    const mentions = n.mentionedIn.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    const ctxIndex = ctx ? position.get(ctx) : undefined;
    const succ = successor.get(n.id);
    const succIndex = succ ? position.get(succ) : undefined;
    return {
      id: n.id,
      label: n.label,
      ...(n.labelJa ? { labelJa: n.labelJa } : {}),
      kind: n.kind,
      aliases: n.aliases,
      summary: n.summary,
      facts: n.facts.map((id) => index.get(id)).filter((i): i is number => i !== undefined),
      ...(mentions.length ? { mentions } : {}),
      ...(ctxIndex !== undefined ? { context: ctxIndex } : {}),
      ...(succIndex !== undefined ? { successor: succIndex } : {}),
    };
  });
  return { docs, facts, glossary };
}

/** The payload with its indexes built now, for shipping (build time). */
export function prebuiltSearchPayload(graph: KnowledgeGraph, glossary: Record<string, string>): SearchPayload {
  return withBuiltIndex(searchPayloadFromGraph(graph, glossary));
}

/** A payload with its indexes built (on another thread, the build hands over only this, not the graph). */
export function withBuiltIndex(payload: SearchPayload): SearchPayload {
  return { ...payload, index: new GraphSearch(payload).exportIndex() };
}

/**
 * Indexes payload after payload, for the watcher's search worker: the texts index is kept from
 * build to build (text-index.ts), so only the texts an edit added or removed are indexed or taken
 * out; the names index is made whole when an edit changes any name (a tenth of the work), else
 * kept. Every search answers as it does on a payload indexed from nothing; the texts' ids, and so
 * the payload's table, may differ.
 */
export class SearchIndexer {
  private texts = new TextIndex();
  private glossaryKey: string | undefined;
  /** Each doc's name tokens by its names, from the last payload (tokenizing them was half the names index's 120 ms on aws-study). */
  private nameTokens = new Map<string, string>();
  /** The last names index, exported, with each doc's name tokens in order: an edit that names nothing new leaves it as it was. */
  private names: { tokens: string[]; exported: Record<string, string> } | undefined;

  /** Texts of the last payload indexed anew, and taken out. */
  get changed(): { added: number; removed: number } {
    return { added: this.texts.added, removed: this.texts.removed };
  }

  /**
   * Where the last payload's texts stand in the order of the graph's table, by id (undefined: each
   * id is its place): stored beside the payload, so that a later process can restore the indexer.
   */
  places(): number[] | undefined {
    return this.texts.places();
  }

  /**
   * An indexer that goes on from a payload a build stored with its index (`places` as `places()`
   * gave them when it was made): a rebuild in a new process indexes only the texts its edit added or
   * removed, as the watcher's does. Undefined for a payload without an index.
   */
  static restore(stored: SearchPayload, places: readonly number[] | undefined): SearchIndexer | undefined {
    if (!stored.index) return undefined;
    const indexer = new SearchIndexer();
    indexer.glossaryKey = JSON.stringify(stored.glossary);
    indexer.texts = TextIndex.restore(stored.facts, places, stored.index.texts);
    const glossary = compileSearchGlossary(stored.glossary);
    const tokens = stored.docs.map((d) => {
      const t = [...nameTokensOf(d, glossary)].join(" ");
      indexer.nameTokens.set(namesKey(d), t);
      return t;
    });
    indexer.names = { tokens, exported: stored.index.names };
    return indexer;
  }

  index(payload: SearchPayload): SearchPayload {
    // Tokens depend on the glossary: another one, and every text is indexed again.
    const key = JSON.stringify(payload.glossary);
    if (key !== this.glossaryKey) {
      this.texts.clear();
      this.nameTokens.clear();
      this.names = undefined;
    }
    this.glossaryKey = key;
    const glossary = compileSearchGlossary(payload.glossary);
    const ids = this.texts.update(payload.facts, (text) => searchTokens(text, glossary).join(" "));
    const docs = payload.docs.map((d): SearchDoc => ({ ...d, facts: d.facts.map((i) => ids[i]!), ...(d.mentions ? { mentions: d.mentions.map((i) => ids[i]!) } : {}) }));
    const nameTokens = new Map<string, string>();
    const tokens = docs.map((d) => {
      const key = namesKey(d);
      const t = this.nameTokens.get(key) ?? [...nameTokensOf(d, glossary)].join(" ");
      nameTokens.set(key, t);
      return t;
    });
    this.nameTokens = nameTokens;
    // The same tokens at the same places make the same index (aws-study: 100 ms a build saved).
    const last = this.names;
    if (!last || last.tokens.length !== tokens.length || last.tokens.some((t, i) => t !== tokens[i])) {
      const names = new Index({ ...NAME_INDEX, encode: splitTokens });
      tokens.forEach((t, i) => names.add(i, t));
      this.names = { tokens, exported: exported(names) };
    }
    return { docs, facts: this.texts.table(), glossary: payload.glossary, index: { names: this.names!.exported, texts: this.texts.export() } };
  }
}

function exported(index: Index): Record<string, string> {
  const out: Record<string, string> = {};
  index.export((k, d) => {
    out[k] = d;
  });
  return out;
}

/** A doc's names as one string: docs with the same names have the same name tokens. */
function namesKey(d: SearchDoc): string {
  return JSON.stringify([d.label, d.labelJa ?? "", d.aliases]);
}

/** The search tokens of a doc's names: label, Japanese label, aliases. */
function nameTokensOf(d: SearchDoc, glossary: SearchGlossary): Set<string> {
  return new Set([d.label, d.labelJa ?? "", ...d.aliases].flatMap((n) => searchTokens(n, glossary)));
}

const KATAKANA_CHAR = /[\u30a1-\u30ff]/;

/**
 * Does the text hold the word whole? Latin words between word boundaries (a plural allowed);
 * a katakana word not inside a longer run of katakana (タイム is not in リアルタイム); other
 * Japanese as it is written.
 */
export function holdsWord(text: string, word: string): boolean {
  const w = word.normalize("NFKC").toLowerCase();
  if (w.length < 2) return false;
  const t = text.normalize("NFKC").toLowerCase();
  if (/^[a-z0-9]/.test(w)) return new RegExp(`(?<![a-z0-9])${escapeRegExp(w)}(?:s|es)?(?![a-z0-9])`).test(t);
  let at = t.indexOf(w);
  while (at >= 0) {
    const before = t[at - 1] ?? "";
    const after = t[at + w.length] ?? "";
    const startsKana = KATAKANA_CHAR.test(w[0]!);
    const endsKana = KATAKANA_CHAR.test(w.at(-1)!);
    if (!(startsKana && KATAKANA_CHAR.test(before)) && !(endsKana && KATAKANA_CHAR.test(after))) return true;
    at = t.indexOf(w, at + 1);
  }
  return false;
}

/** Cheap first test: most texts deny nothing, and need no normalising. */
const DENIAL_HINT = /ではな|ではあり|じゃな|\bnot\b|n't\b/i;
const DENIAL = /^\s*(?:では(?:ない|なく|ありません)|じゃ(?:ない|なく)|is not\b|isn't\b|are not\b|aren't\b|not\b)/;

/** Every place the text names the phrase, it denies it: "pub/subではない", "is not serverless". */
function deniedIn(text: string, phrase: string): boolean {
  if (phrase.length < 2 || !DENIAL_HINT.test(text)) return false;
  const t = text.normalize("NFKC").toLowerCase();
  let at = t.indexOf(phrase);
  if (at < 0) return false;
  while (at >= 0) {
    if (!DENIAL.test(t.slice(at + phrase.length))) return false;
    at = t.indexOf(phrase, at + phrase.length);
  }
  return true;
}

/** "A vs B", "AとBの違い", "difference between A and B", "A versus B", "compare A and B". */
export function comparisonParts(query: string): [string, string] | undefined {
  const q = query.normalize("NFKC").trim().replace(/[?？]$/, "");
  const patterns = [
    /^(?:what(?:'s| is) the )?difference between (.+?) and (.+)$/i,
    /^compare (.+?) (?:and|with|to) (.+)$/i,
    /^(.+?)\s+(?:vs\.?|versus|compared to|compared with)\s+(.+)$/i,
    /^(.+?)\s*(?:と|vs\.?)\s*(.+?)\s*の?(?:違い|比較|差|ちがい)(?:は)?$/i,
    /^(.+?)\s*との?(?:違い|比較)\s*(.+)$/,
  ];
  for (const p of patterns) {
    const m = p.exec(q);
    if (m && m[1]?.trim() && m[2]?.trim()) return [m[1].trim(), m[2].trim()];
  }
  return undefined;
}

export class GraphSearch {
  private readonly docs: SearchDoc[];
  private readonly facts: string[];
  private readonly glossary: SearchGlossary;
  private readonly names = new Index({ ...NAME_INDEX, encode: splitTokens });
  /** The payload's texts, by their places in its table (a payload made before summaries joined the table: a summary at F + doc). */
  private readonly texts = new Index(TEXT_INDEX_OPTIONS);
  private readonly nameTokens: Set<string>[] = [];
  private readonly nameKeys: string[][] = [];
  /** Which docs each text entry concerns, and how much (1: a line about it; 0.5: a line naming it). */
  private readonly textDocs: [number, number][][];
  /** Every token of every name, for correcting typos in queries. */
  private readonly vocabulary = new Set<string>();
  private readonly byLength = new Map<number, string[]>();

  constructor(payload: SearchPayload) {
    this.docs = payload.docs;
    this.facts = payload.facts;
    this.glossary = compileSearchGlossary(payload.glossary);
    const f = this.facts.length;
    this.textDocs = Array.from({ length: f + this.docs.length }, () => []);
    const textOf = new Map(this.facts.map((text, i) => [text, i]));
    /** Text entry `entry` concerns doc `doc` (once, by its strongest share). */
    const concerns = (entry: number, doc: number, share: number) => {
      const pairs = this.textDocs[entry];
      if (!pairs) return;
      const had = pairs.find(([d]) => d === doc);
      if (!had) pairs.push([doc, share]);
      else if (had[1] < share) had[1] = share;
    };
    this.docs.forEach((d, i) => {
      const tokens = nameTokensOf(d, this.glossary);
      this.nameTokens.push(tokens);
      this.nameKeys.push([d.label, d.labelJa ?? "", ...d.aliases].filter(Boolean).map(compactName));
      for (const t of tokens) this.vocabulary.add(t);
      for (const fact of d.facts) concerns(fact, i, 1);
      for (const fact of d.mentions ?? []) concerns(fact, i, 0.5);
      // A summary is one of the texts (a payload made before summaries were had its own entry).
      const same = d.summary ? textOf.get(d.summary) : undefined;
      concerns(same ?? f + i, i, 1);
    });
    for (const t of this.vocabulary) this.byLength.set(t.length, [...(this.byLength.get(t.length) ?? []), t]);
    if (payload.index) {
      for (const [k, v] of Object.entries(payload.index.names)) this.names.import(k, v);
      for (const [k, v] of Object.entries(payload.index.texts)) this.texts.import(k, v);
    } else {
      this.nameTokens.forEach((tokens, i) => this.names.add(i, [...tokens].join(" ")));
      // (In the table's order: see searchPayloadFromGraph.)
      this.facts.forEach((text, i) => text && this.texts.add(i, searchTokens(text, this.glossary).join(" ")));
    }
  }

  static fromGraph(graph: KnowledgeGraph, glossary: Record<string, string>): GraphSearch {
    return new GraphSearch(searchPayloadFromGraph(graph, glossary));
  }

  /** The indexes as FlexSearch exports them, for a payload built ahead of time. */
  exportIndex(): NonNullable<SearchPayload["index"]> {
    return { names: exported(this.names), texts: exported(this.texts) };
  }

  get size(): number {
    return this.docs.length;
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    const q = query.normalize("NFKC").trim().slice(0, 200);
    if (!q) return { query, results: [] };
    const parts = comparisonParts(q);
    if (parts) {
      const compared = this.compare(parts[0], parts[1]);
      if (compared) {
        const rest = this.rank(q, limit + 2).filter((r) => r.id !== compared[0].id && r.id !== compared[1].id && r.match !== "related");
        return { query, results: [compared[0], compared[1], ...rest].slice(0, limit), comparison: [compared[0].id, compared[1].id] };
      }
    }
    return { query, results: this.rank(q, limit) };
  }

  /** The two things compared; "Gateway vs Interface endpoint" reads as gateway endpoint vs interface endpoint. */
  private compare(a: string, b: string): [SearchResult, SearchResult] | undefined {
    const best = (text: string) => this.rank(text, 1)[0];
    const wordsA = a.split(/\s+/);
    const wordsB = b.split(/\s+/);
    const candidatesA = [a];
    const candidatesB = [b];
    if (wordsA.length === 1 && wordsB.length >= 2) candidatesA.push(`${a} ${wordsB.at(-1)}`);
    if (wordsB.length === 1 && wordsA.length >= 2) candidatesB.push(`${b} ${wordsA.at(-1)}`);
    const pick = (cands: string[]) => cands.map(best).filter((r): r is SearchResult => !!r).sort((x, y) => y.score - x.score)[0];
    const ra = pick(candidatesA);
    const rb = pick(candidatesB);
    if (!ra || !rb || ra.id === rb.id) return undefined;
    return [ra, rb];
  }

  private known(token: string): boolean {
    return this.vocabulary.has(token) || (this.texts.search(token, { limit: 1 }) as number[]).length > 0;
  }

  /**
   * Query tokens, each misspelt one replaced by the nearest name token: all of them (with CJK
   * bigrams, to find fragments of longer words) and the whole words alone.
   */
  private queryTokens(q: string): { all: string[]; words: string[] } {
    const { all, words } = queryTokenSets(q, this.glossary);
    const last = all.at(-1);
    const corrected = new Map<string, string>();
    const correct = (t: string): string => remembered(corrected, t, Infinity, () => this.corrected(t, t === last));
    return { all: all.map(correct), words: words.map(correct) };
  }

  /** A query token as it is, or the nearest name token when it is misspelt. */
  private corrected(t: string, isLast: boolean): string {
    if (t.length < 4 || /[^\x00-\x7f]/.test(t) || this.known(t)) return t;
    // Typing in progress: a prefix of a known name is fine as it is.
    if (isLast && (this.names.search(t, { limit: 1 }) as number[]).length > 0) return t;
    const allowance = t.length >= 8 ? 2 : 1;
    let best: [string, number] | undefined;
    for (let len = t.length - allowance; len <= t.length + allowance; len++) {
      for (const v of this.byLength.get(len) ?? []) {
        if (v[0] !== t[0]) continue;
        const d = boundedEditDistance(t, v, allowance);
        if (d <= allowance && (!best || d < best[1])) best = [v, d];
      }
    }
    return best ? best[0] : t;
  }

  private rank(q: string, limit: number): SearchResult[] {
    const { all: tokens, words } = this.queryTokens(q);
    if (!tokens.length) return [];
    const encoded = tokens.join(" ");
    const byName = this.names.search(encoded, { limit: CANDIDATES, suggest: true }) as number[];
    const byText = this.texts.search(encoded, { limit: CANDIDATES, suggest: true }) as number[];
    // The text score of a node: how early its best fact or summary ranks, and whether that text
    // holds a whole word of the query or only fragments (タイム inside リアルタイム, for タイムアウト).
    // A text that says the query is *not* so ("SQSはpub/subではない") counts for little.
    const phrase = q.toLowerCase();
    const textRank = new Map<number, number>();
    const wholeInText = new Set<number>();
    byText.forEach((entry, rank) => {
      const text = entry < this.facts.length ? this.facts[entry]! : (this.docs[entry - this.facts.length]?.summary ?? "");
      const whole = words.some((w) => holdsWord(text, w)) || (phrase.length >= 2 && holdsWord(text, phrase));
      const weight = (1 - rank / Math.max(byText.length, 1)) * (deniedIn(text, phrase) ? 0.5 : 1);
      for (const [doc, share] of this.textDocs[entry] ?? []) {
        if (!textRank.has(doc)) textRank.set(doc, weight * share);
        if (whole) wholeInText.add(doc);
      }
    });
    const key = compactName(q);
    const lastToken = tokens.at(-1)!;
    const scored = new Map<number, { score: number; match: SearchResult["match"] }>();
    const consider = (i: number) => {
      if (scored.has(i)) return;
      const names = this.nameTokens[i]!;
      const named = (list: string[]) => list.filter((t) => names.has(t) || (t === lastToken && t.length >= 2 && [...names].some((n) => n.startsWith(t)))).length;
      // Whole words of the query in the name count fully; shared two-character fragments only when
      // no whole word matches (サーバーレス shares サー・ーバ・バー with オリジンサーバー, and is not it).
      const inWords = words.length ? named(words) : 0;
      let score = (inWords > 0 ? (40 * inWords) / words.length : (10 * named(tokens)) / tokens.length) + 15 * (textRank.get(i) ?? 0);
      const keys = this.nameKeys[i]!;
      const exact = !!key && keys.includes(key);
      const prefix = !exact && key.length >= 2 && keys.some((k) => k.startsWith(key));
      if (exact) score += 100;
      else if (prefix) score += 30;
      const doc = this.docs[i]!;
      score += Math.min(5, doc.facts.length / 4);
      if (doc.kind === "question") score -= 5;
      const match = exact || prefix || inWords > 0 ? "name" : wholeInText.has(i) ? "text" : "fragment";
      scored.set(i, { score, match });
    };
    byName.forEach(consider);
    for (const doc of textRank.keys()) consider(doc);
    const tier = { name: 0, text: 1, fragment: 2, related: 3 } as const;
    const ranked = [...scored.entries()]
      .filter(([, s]) => s.score > 8)
      .sort((a, b) => tier[a[1].match] - tier[b[1].match] || b[1].score - a[1].score || this.docs[a[0]]!.label.length - this.docs[b[0]]!.label.length);
    // The best few bring what they belong to and what replaced them, right after themselves:
    // SQLインジェクション → SQL injection, then AWS WAF; Elasticsearch → then OpenSearch.
    const out: [number, { score: number; match: SearchResult["match"] }][] = [];
    const placed = new Set<number>();
    ranked.forEach(([i, s], position) => {
      if (placed.has(i)) return;
      out.push([i, s]);
      placed.add(i);
      if (position >= 3 || s.match === "fragment") return;
      const d = this.docs[i]!;
      for (const j of [d.successor, d.kind !== "service" ? d.context : undefined]) {
        if (j === undefined || placed.has(j) || !this.docs[j]) continue;
        out.push([j, { score: s.score - 0.1, match: "related" }]);
        placed.add(j);
      }
    });
    return out.slice(0, limit).map(([i, s]) => this.result(i, s.score, q, tokens, s.match));
  }

  private result(i: number, score: number, q: string, tokens: string[], match: SearchResult["match"]): SearchResult {
    const d = this.docs[i]!;
    const { snippet, highlights } = this.snippet(d, q, tokens);
    return { id: d.id, label: d.label, ...(d.labelJa ? { labelJa: d.labelJa } : {}), kind: d.kind, score: Math.round(score * 10) / 10, snippet, highlights, match };
  }

  /** Words to highlight: the query's words, and their Japanese forms (record → レコード). */
  private highlightTerms(q: string, tokens: string[]): string[] {
    const terms = new Set<string>();
    for (const w of q.toLowerCase().split(/[\s,、。/]+/)) if (w.length >= 2) terms.add(w);
    for (const t of tokens) {
      if (t.length >= 2) terms.add(t);
      for (const ja of this.glossary.reverse.get(stem(t)) ?? []) terms.add(ja.toLowerCase());
    }
    return [...terms].sort((a, b) => b.length - a.length);
  }

  private snippet(d: SearchDoc, q: string, tokens: string[]): { snippet: string; highlights: [number, number][] } {
    const terms = this.highlightTerms(q, tokens);
    // (Facts are lines as written, in Markdown: a snippet shows their words, "OSPFは、リンク状態型の…",
    // not "**OSPF**は、[リンク状態型](#リンク状態型)の…".)
    const texts = [d.summary, ...d.facts.map((f) => this.facts[f] ?? "")].filter(Boolean).map(plainInline);
    let best = texts[0] ?? "";
    let bestHits = -1;
    for (const t of texts) {
      const lower = t.normalize("NFKC").toLowerCase();
      const hits = terms.filter((x) => lower.includes(x)).length;
      if (hits > bestHits) {
        best = t;
        bestHits = hits;
      }
      if (hits === terms.length) break;
    }
    // Centre a window on the first match.
    const norm = best.normalize("NFKC");
    const lower = norm.toLowerCase();
    const first = Math.min(...terms.map((x) => lower.indexOf(x)).filter((n) => n >= 0), Infinity);
    const start = first === Infinity || first < SNIPPET / 3 ? 0 : first - Math.floor(SNIPPET / 3);
    let snippet = norm.slice(start, start + SNIPPET);
    if (start > 0) snippet = `…${snippet}`;
    if (start + SNIPPET < norm.length) snippet = `${snippet}…`;
    const low = snippet.toLowerCase();
    const highlights: [number, number][] = [];
    for (const x of terms) {
      let at = low.indexOf(x);
      while (at >= 0) {
        const end = at + x.length;
        if (!highlights.some(([a, b]) => at < b && end > a)) highlights.push([at, end]);
        at = low.indexOf(x, end);
      }
    }
    highlights.sort((a, b) => a[0] - b[0]);
    // Touching marks read as one: ALIAS + レコード → ALIASレコード.
    const merged: [number, number][] = [];
    for (const h of highlights) {
      const last = merged.at(-1);
      if (last && h[0] <= last[1]) last[1] = Math.max(last[1], h[1]);
      else merged.push([h[0], h[1]]);
    }
    return { snippet, highlights: merged };
  }
}
