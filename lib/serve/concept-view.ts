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
  facts: Pick<Fact, "text" | "file" | "line" | "section">[];
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
    facts: n.facts.map((f) => index.factById.get(f)).filter((f): f is Fact => !!f).map(({ text, file, line, section }) => ({ text, file, line, section })),
    relations: EDGE_KINDS.filter((k) => groups.has(k)).map((kind) => ({
      kind,
      items: groups.get(kind)!.sort((a, b) => a.other.label.localeCompare(b.other.label)),
    })),
    questions,
  };
}

/** What the browser needs to draw the graph: no facts, no evidence. */
export interface GraphLite {
  build: number;
  nodes: { id: string; label: string; labelJa?: string; kind: NodeKind; parent?: string; x?: number; y?: number; degree: number }[];
  edges: { id: number; source: string; target: string; kind: EdgeKind }[];
}

export function graphLite(index: GraphIndex, build: number): GraphLite {
  return {
    build,
    nodes: index.graph.nodes.map((n) => ({
      ...nodeRef(n),
      ...(n.parent ? { parent: n.parent } : {}),
      ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}),
      degree: index.edgesByNode.get(n.id)?.length ?? 0,
    })),
    edges: index.graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind })),
  };
}
