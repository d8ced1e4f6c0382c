// What a concept page shows, computed from the graph: labels, the user's facts, and relations
// grouped by kind with their evidence. Pure: the server renders it, the API returns it.

import { EDGE_KINDS, type EdgeKind, type Evidence, type Fact, type GraphEdge, type GraphNode, type KnowledgeGraph, type NodeKind } from "../graph/types";

export interface NodeRef {
  id: string;
  label: string;
  labelJa?: string;
  kind: NodeKind;
}

export interface RelationItem {
  /** "out": this node is the edge's source (ALIAS record part_of Route 53). */
  direction: "out" | "in";
  other: NodeRef;
  evidence: Evidence;
  more: Evidence[];
}

export interface ConceptView {
  node: NodeRef & { aliases: string[]; summary: string; parent?: NodeRef };
  /** Lines about this node: its own facts. */
  facts: Pick<Fact, "text" | "file" | "line" | "section">[];
  /** Lines that only name it in passing (about something else). */
  mentionedIn: Pick<Fact, "text" | "file" | "line" | "section">[];
  relations: { kind: EdgeKind; items: RelationItem[] }[];
  /** Open questions that name this node. */
  questions: NodeRef[];
}

/** Indexes of a graph that every request needs; built once per loaded graph. */
export interface GraphIndex {
  graph: KnowledgeGraph;
  nodeById: Map<string, GraphNode>;
  factById: Map<number, Fact>;
  edgesByNode: Map<string, GraphEdge[]>;
}

export function indexGraph(graph: KnowledgeGraph): GraphIndex {
  const edgesByNode = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    for (const id of [e.source, e.target]) {
      const list = edgesByNode.get(id) ?? [];
      list.push(e);
      edgesByNode.set(id, list);
    }
  }
  return { graph, nodeById: new Map(graph.nodes.map((n) => [n.id, n])), factById: new Map(graph.facts.map((f) => [f.id, f])), edgesByNode };
}

export function nodeRef(n: GraphNode): NodeRef {
  return { id: n.id, label: n.label, ...(n.labelJa ? { labelJa: n.labelJa } : {}), kind: n.kind };
}

export function conceptView(index: GraphIndex, id: string): ConceptView | undefined {
  const n = index.nodeById.get(id);
  if (!n) return undefined;
  const parent = n.parent ? index.nodeById.get(n.parent) : undefined;
  const groups = new Map<EdgeKind, RelationItem[]>();
  const questions: NodeRef[] = [];
  for (const e of index.edgesByNode.get(id) ?? []) {
    const direction = e.source === id ? "out" : "in";
    const other = index.nodeById.get(direction === "out" ? e.target : e.source);
    if (!other) continue;
    // Open questions have a section of their own on the nodes they name.
    if (other.kind === "question" && n.kind !== "question") {
      questions.push(nodeRef(other));
      continue;
    }
    const items = groups.get(e.kind) ?? [];
    items.push({ direction, other: nodeRef(other), evidence: e.evidence, more: e.more });
    groups.set(e.kind, items);
  }
  return {
    node: { ...nodeRef(n), aliases: n.aliases, summary: n.summary, ...(parent ? { parent: nodeRef(parent) } : {}) },
    facts: factsOf(index, n.facts),
    mentionedIn: factsOf(index, n.mentionedIn),
    relations: EDGE_KINDS.filter((k) => groups.has(k)).map((kind) => ({
      kind,
      items: groups.get(kind)!.sort((a, b) => a.other.label.localeCompare(b.other.label)),
    })),
    questions,
  };
}

function factsOf(index: GraphIndex, ids: number[]): ConceptView["facts"] {
  return ids.map((f) => index.factById.get(f)).filter((f): f is Fact => !!f).map(({ text, file, line, section }) => ({ text, file, line, section }));
}

/** What the browser needs to draw the graph: no facts, no evidence. */
export interface GraphLite {
  build: number;
  /** "overview": only the nodes that belong to nothing, with one edge per related pair. */
  mode?: "full" | "overview";
  /** Nodes in the whole graph (the overview draws fewer). */
  total?: number;
  nodes: { id: string; label: string; labelJa?: string; kind: NodeKind; parent?: string; x?: number; y?: number; degree: number; members?: number; summary?: string }[];
  edges: { id: number; source: string; target: string; kind: EdgeKind }[];
}

/** Past this many nodes the page opens on the overview; the rest comes as it is asked for. */
export const OVERVIEW_THRESHOLD = 1500;

/**
 * The overview of a large graph: each node that belongs to nothing (a service, a topic, a loose
 * concept) stands for its cluster; clusters related by any edge get one edge, of the strongest kind
 * among them. Overview edges have negative ids so they never collide with real ones.
 */
export function overviewLite(index: GraphIndex, build: number): GraphLite {
  const rootOf = new Map<string, string>();
  const root = (id: string): string => {
    const known = rootOf.get(id);
    if (known) return known;
    const seen = new Set<string>();
    let cur = id;
    for (let n = index.nodeById.get(cur); n?.parent && index.nodeById.has(n.parent) && !seen.has(cur); n = index.nodeById.get(cur)) {
      seen.add(cur);
      cur = n.parent;
    }
    rootOf.set(id, cur);
    return cur;
  };
  const members = new Map<string, number>();
  for (const n of index.graph.nodes) members.set(root(n.id), (members.get(root(n.id)) ?? 0) + 1);
  const rank: Record<EdgeKind, number> = { supersedes: 0, contrasts: 1, alternative: 2, part_of: 3, integrates: 4, mentions: 5 };
  const pairs = new Map<string, { source: string; target: string; kind: EdgeKind; weight: number }>();
  for (const e of index.graph.edges) {
    const a = root(e.source);
    const b = root(e.target);
    if (a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    const p = pairs.get(key);
    if (!p) pairs.set(key, { source: a, target: b, kind: e.kind, weight: 1 });
    else {
      p.weight++;
      if (rank[e.kind] < rank[p.kind]) p.kind = e.kind;
    }
  }
  // Each cluster keeps its strongest few links: the overview shows structure, not every mention.
  const kept = new Map<string, number>();
  const edges = [...pairs.values()]
    .sort((x, y) => y.weight - x.weight || rank[x.kind] - rank[y.kind])
    .filter((p) => {
      const a = kept.get(p.source) ?? 0;
      const b = kept.get(p.target) ?? 0;
      if (a >= 8 && b >= 8) return false;
      kept.set(p.source, a + 1);
      kept.set(p.target, b + 1);
      return true;
    })
    .map((p, i) => ({ id: -(i + 1), source: p.source, target: p.target, kind: p.kind }));
  const full = graphLite(index, build);
  return {
    build,
    mode: "overview",
    total: index.graph.nodes.length,
    nodes: full.nodes.filter((n) => !n.parent || root(n.id) === n.id).map((n) => ({ ...n, members: members.get(n.id) ?? 1 })),
    edges,
  };
}

/** A summary cut to one line for the pointer's hint (the panel shows it whole). */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 110 ? `${Array.from(flat).slice(0, 108).join("")}…` : flat;
}

export function graphLite(index: GraphIndex, build: number): GraphLite {
  return {
    build,
    mode: "full",
    total: index.graph.nodes.length,
    nodes: index.graph.nodes.map((n) => ({
      ...nodeRef(n),
      ...(n.parent ? { parent: n.parent } : {}),
      ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}),
      ...(n.summary ? { summary: oneLine(n.summary) } : {}),
      degree: index.edgesByNode.get(n.id)?.length ?? 0,
    })),
    edges: index.graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind })),
  };
}
