// Drafts and proposed edges → the knowledge graph: one node per thing with its labels, aliases,
// summary and facts; part_of from structure; one edge per pair and kind with all its evidence;
// `mentions` only where no stronger relation joins the pair.

import { EDGE_KINDS, edgeKindRank, type EdgeKind, type Evidence, type Fact, type GraphEdge, type GraphNode, type KnowledgeGraph } from "../graph/types";
import { slugify } from "../graph/slug";
import { capitalizeFirst, nameKey, nfkc } from "../text/normalize";
import { splitSentences } from "../text/sentences";
import type { Lexicon } from "../vocab/lexicon";
import type { Draft, DraftRegistry } from "./drafts";
import type { LineWork, Section } from "./extract-graph";

export interface DraftEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  evidence: Evidence;
}

const UNDIRECTED: ReadonlySet<EdgeKind> = new Set(["contrasts", "alternative", "mentions", "integrates"]);
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;
const MAX_SUMMARY = 200;

function mostFrequent(surfaces: Map<string, number>, filter: (s: string) => boolean): string | undefined {
  let best: [string, number] | undefined;
  for (const [s, n] of surfaces) if (filter(s) && (!best || n > best[1])) best = [s, n];
  return best?.[0];
}

function firstSentence(text: string): string {
  const s = splitSentences(text)[0]?.text ?? text;
  return s.length > MAX_SUMMARY ? `${s.slice(0, MAX_SUMMARY - 1)}…` : s;
}

export function assembleGraph(lex: Lexicon, reg: DraftRegistry, sections: Section[], lines: LineWork[], proposed: DraftEdge[]): KnowledgeGraph {
  const facts: Fact[] = lines.map((l) => ({ id: l.factId, file: l.file, line: l.note.line, text: l.note.raw, section: l.note.path.map((h) => h.text) }));

  // Which drafts are nodes: those the notes actually name, define or give a section.
  const drafts = [...reg.drafts.values()].filter((d) => d.surfaces.size > 0 || d.definitions.length > 0 || d.ownSections.length > 0).sort((a, b) => a.order - b.order);
  const isNode = new Set(drafts.map((d) => d.key));

  // Where each draft is mentioned, by line.
  const mentionLines = new Map<string, number[]>();
  const note = (key: string, factId: number) => {
    const list = mentionLines.get(key) ?? [];
    if (list.at(-1) !== factId) list.push(factId);
    mentionLines.set(key, list);
  };
  for (const l of lines) {
    if (l.question) note(l.question, l.factId);
    for (const d of l.definitions) note(d.key, l.factId);
    for (const k of l.nested) note(k, l.factId);
    for (const s of l.sentences) for (const m of s.mentions) note(m.key, l.factId);
  }

  const index = indexLines(lines);

  // Slugs: vocabulary ids first, then the rest in order of appearance.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const d of drafts) if (d.vocab) {
    ids.set(d.key, d.vocab.id);
    used.add(d.vocab.id);
  }
  const labels = new Map<string, { label: string; labelJa?: string }>();
  for (const d of drafts) {
    const label = labelOf(d, reg, index);
    labels.set(d.key, label);
    if (ids.has(d.key)) continue;
    let slug = slugify(d.kind === "question" ? label.labelJa ?? label.label : label.label);
    if (d.kind === "question" && label.labelJa && label.label !== label.labelJa) slug = slugify(label.label);
    let n = 2;
    const base = slug;
    while (used.has(slug)) slug = `${base}-${n++}`;
    used.add(slug);
    ids.set(d.key, slug);
  }
  const id = (key: string) => ids.get(key)!;

  // part_of: what each node belongs to, with the sentence that shows it.
  const parents = new Map<string, { parent: string; evidence: Evidence }>();
  for (const d of drafts) {
    const parent = parentOf(d, reg, sections, lines, mentionLines, isNode, index);
    if (parent && parent !== d.key) parents.set(d.key, { parent, evidence: partOfEvidence(d.key, parent, reg, sections, lines, mentionLines) });
  }

  // Nodes.
  const nodes: GraphNode[] = drafts.map((d) => {
    const { label, labelJa } = labels.get(d.key)!;
    const factIds = new Set<number>();
    for (const s of d.ownSections) for (const f of sections[s]!.lines) factIds.add(f);
    for (const f of mentionLines.get(d.key) ?? []) factIds.add(f);
    const parent = parents.get(d.key);
    return {
      id: id(d.key),
      label,
      ...(labelJa && labelJa !== label ? { labelJa } : {}),
      kind: d.kind,
      aliases: aliasesOf(d, label, reg, isNode),
      summary: summaryOf(d, sections, lines, index),
      facts: [...factIds],
      ...(parent ? { parent: id(parent.parent) } : {}),
    };
  });

  // Edges: one per pair and kind, with every sentence that states it.
  const merged = new Map<string, { source: string; target: string; kind: EdgeKind; evidence: Evidence[] }>();
  const addEdge = (source: string, target: string, kind: EdgeKind, evidence: Evidence) => {
    if (!isNode.has(source) || !isNode.has(target) || source === target) return;
    const [a, b] = UNDIRECTED.has(kind) && id(source) > id(target) ? [target, source] : [source, target];
    const k = `${kind}|${id(a)}|${id(b)}`;
    const found = merged.get(k) ?? (kind === "integrates" ? undefined : undefined);
    if (found) {
      if (!found.evidence.some((e) => e.file === evidence.file && e.line === evidence.line && e.text === evidence.text)) found.evidence.push(evidence);
      return;
    }
    // Keep the direction in which the relation was first stated.
    merged.set(k, { source, target, kind, evidence: [evidence] });
  };
  for (const [child, { parent, evidence }] of parents) addEdge(child, parent, "part_of", evidence);
  for (const e of proposed) addEdge(e.source, e.target, e.kind, e.evidence);

  const strongest = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const e of merged.values()) {
    const k = pairKey(e.source, e.target);
    strongest.set(k, Math.min(strongest.get(k) ?? Infinity, edgeKindRank(e.kind)));
  }
  const edges: GraphEdge[] = [];
  for (const e of [...merged.values()].sort((x, y) => EDGE_KINDS.indexOf(x.kind) - EDGE_KINDS.indexOf(y.kind))) {
    if (e.kind === "mentions" && strongest.get(pairKey(e.source, e.target))! < edgeKindRank("mentions")) continue;
    const [first, ...more] = e.evidence;
    edges.push({ id: edges.length + 1, source: id(e.source), target: id(e.target), kind: e.kind, evidence: first!, more });
  }
  return { nodes, edges, facts };
}

/** What the assembly needs to know about each key, gathered in one pass over the lines. */
interface LineIndex {
  definedAt: Map<string, LineWork>;
  questionAt: Map<string, LineWork>;
  /** First sentence that starts with the key's name, and first that names it at all. */
  leadSentence: Map<string, string>;
  anySentence: Map<string, string>;
  firstSurface: Map<string, string>;
}

function indexLines(lines: LineWork[]): LineIndex {
  const index: LineIndex = { definedAt: new Map(), questionAt: new Map(), leadSentence: new Map(), anySentence: new Map(), firstSurface: new Map() };
  const first = <K, V>(map: Map<K, V>, k: K, v: V) => {
    if (!map.has(k)) map.set(k, v);
  };
  for (const l of lines) {
    if (l.question) first(index.questionAt, l.question, l);
    for (const d of l.definitions) first(index.definedAt, d.key, l);
    for (const s of l.sentences) {
      if (s.mentions[0]) first(index.leadSentence, s.mentions[0].key, s.original);
      for (const m of s.mentions) {
        first(index.anySentence, m.key, s.original);
        first(index.firstSurface, m.key, m.surface);
      }
    }
  }
  return index;
}

function labelOf(d: Draft, reg: DraftRegistry, index: LineIndex): { label: string; labelJa?: string } {
  const ja = mostFrequent(d.surfaces, (s) => CJK.test(s));
  if (d.kind === "question") {
    const text = mostFrequent(d.surfaces, () => true) ?? d.key.slice(2);
    const line = index.questionAt.get(d.key);
    const names = line ? [...new Set(line.sentences.flatMap((s) => s.mentions.map((m) => m.key)))] : [];
    if (CJK.test(text) && /違い|比較|異な/.test(text) && names.length === 2) {
      const [a, b] = names.map((k) => reg.get(k)?.english ?? (index.firstSurface.get(k) ?? k.slice(2)).replace(/^(AWS|Amazon)\s+/, ""));
      return { label: `What is the difference between ${a} and ${b}?`, labelJa: text };
    }
    return CJK.test(text) ? { label: text, labelJa: text } : { label: text };
  }
  if (d.vocab) return { label: d.vocab.label, ...(ja ? { labelJa: ja } : {}) };
  if (d.english) return { label: capitalizeFirst(d.english), ...(ja ? { labelJa: ja } : {}) };
  const written = mostFrequent(d.surfaces, () => true) ?? d.key.slice(2);
  return CJK.test(written) ? { label: written, labelJa: written } : { label: written };
}

function aliasesOf(d: Draft, label: string, reg: DraftRegistry, isNode: Set<string>): string[] {
  const out = new Map<string, string>();
  const add = (name: string | undefined) => {
    if (!name) return;
    const clean = nfkc(name).trim();
    const k = nameKey(clean);
    if (!k || k === nameKey(label) || out.has(k)) return;
    out.set(k, clean);
  };
  if (d.vocab) {
    d.vocab.names.forEach(add);
    d.vocab.ja.forEach(add);
    // Former names belong to the successor unless the notes give the old thing its own node.
    for (const older of d.vocab.supersedes) {
      const od = reg.get(`e:${older}`);
      if (!od || !isNode.has(od.key)) {
        const entity = reg.get(`e:${older}`)?.vocab;
        if (entity) [entity.label, ...entity.names].forEach(add);
      }
    }
  }
  if (d.english) add(d.english);
  for (const s of d.surfaces.keys()) add(s);
  for (const a of d.aliases) add(a);
  return [...out.values()];
}

function summaryOf(d: Draft, sections: Section[], lines: LineWork[], index: LineIndex): string {
  if (d.kind === "question") return firstSentence(mostFrequent(d.surfaces, () => true) ?? "");
  const def = d.definitions.find((x) => x.text.trim());
  if (def) return firstSentence(def.text.trim());
  if (d.glosses[0]) return firstSentence(d.glosses[0]);
  for (const s of d.ownSections) {
    const first = sections[s]!.lines[0];
    if (first !== undefined) return firstSentence(lines[first]!.note.text);
  }
  const sentence = index.leadSentence.get(d.key) ?? index.anySentence.get(d.key);
  return sentence ? firstSentence(sentence) : "";
}

function parentOf(d: Draft, reg: DraftRegistry, sections: Section[], lines: LineWork[], mentionLines: Map<string, number[]>, isNode: Set<string>, index: LineIndex): string | undefined {
  const own = d.ownSections.map((i) => sections[i]!);
  if (d.kind === "topic") {
    const p = own.find((s) => s.parent !== undefined);
    return p ? sections[p.parent!]!.owner : undefined;
  }
  if (d.vocab?.parent && isNode.has(`e:${d.vocab.parent}`)) return `e:${d.vocab.parent}`;
  if (d.prefixOf && isNode.has(d.prefixOf) && reg.get(d.prefixOf)?.kind !== "question") return d.prefixOf;
  const ownerOf = (factId: number) => {
    const l = lines[factId]!;
    return l.section !== undefined ? sections[l.section]!.owner : undefined;
  };
  // A sub-heading belongs to the heading above it.
  const sub = own.find((s) => s.parent !== undefined);
  if (sub) return sections[sub.parent!]!.owner;
  if (own.length) return undefined;
  if (d.kind === "question") {
    const l = index.questionAt.get(d.key);
    return l ? ownerOf(l.factId) : undefined;
  }
  const definedAt = index.definedAt.get(d.key);
  if (definedAt) {
    const owner = ownerOf(definedAt.factId);
    if (d.kind === "service") return owner && reg.get(owner)?.kind === "topic" ? owner : undefined;
    return owner;
  }
  if (d.kind !== "concept") return undefined;
  const counts = new Map<string, number>();
  for (const f of mentionLines.get(d.key) ?? []) {
    const o = ownerOf(f);
    if (o && o !== d.key) counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const [o, n] of counts) if (!best || n > best[1]) best = [o, n];
  return best?.[0];
}

function partOfEvidence(child: string, parent: string, reg: DraftRegistry, sections: Section[], lines: LineWork[], mentionLines: Map<string, number[]>): Evidence {
  const ev = (l: LineWork, text: string) => ({ text, file: l.file, line: l.note.line });
  const childLines = mentionLines.get(child) ?? [];
  // A sentence naming both is the best evidence…
  for (const f of childLines) {
    const l = lines[f]!;
    for (const s of l.sentences) if (s.mentions.some((m) => m.key === parent) && s.mentions.some((m) => m.key === child)) return ev(l, s.original);
  }
  // …then a line about the child inside the parent's section…
  const inParent = childLines.find((f) => {
    const l = lines[f]!;
    return l.section !== undefined && sections[l.section]!.owner === parent;
  });
  const pick = inParent ?? childLines[0];
  if (pick !== undefined) {
    const l = lines[pick]!;
    const s = l.sentences.find((x) => x.mentions.some((m) => m.key === child)) ?? l.sentences[0];
    return ev(l, s?.original ?? l.note.text);
  }
  // …and for a sub-heading, the heading itself.
  const d = reg.get(child)!;
  const sec = sections[d.ownSections[0] ?? -1];
  return sec ? { text: sec.heading.text, file: sec.file, line: sec.heading.line } : { text: "", file: "", line: 0 };
}
