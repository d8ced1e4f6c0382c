// "How is X related to Y?": the shortest paths between two nodes over the relation kinds allowed,
// every path of the shortest length (up to a limit), each hop with the edge that makes it.

import type { EdgeKind } from "../graph/types";

export interface PathEdge {
  id: number;
  source: string;
  target: string;
  kind: EdgeKind;
}

export interface Path {
  nodes: string[];
  /** Edge ids, one per hop, parallel to nodes[i] → nodes[i+1]. */
  edges: number[];
}

export interface PathOptions {
  /** Relation kinds a path may use (default: all). */
  kinds?: ReadonlySet<EdgeKind>;
  /** How many paths of the shortest length to return (default 3). */
  limit?: number;
  /** Longest path considered (default 8 hops). */
  maxHops?: number;
}

/** Undirected adjacency: a relation reads both ways when asking how two things are connected. */
function adjacency(edges: PathEdge[], kinds?: ReadonlySet<EdgeKind>): Map<string, { to: string; edge: PathEdge }[]> {
  const adj = new Map<string, { to: string; edge: PathEdge }[]>();
  for (const e of edges) {
    if (kinds && !kinds.has(e.kind)) continue;
    adj.set(e.source, [...(adj.get(e.source) ?? []), { to: e.target, edge: e }]);
    adj.set(e.target, [...(adj.get(e.target) ?? []), { to: e.source, edge: e }]);
  }
  // Stronger relations first, so that equal-length paths come out in a useful order.
  const rank: Record<EdgeKind, number> = { supersedes: 0, contrasts: 1, alternative: 2, part_of: 3, integrates: 4, mentions: 5 };
  for (const list of adj.values()) list.sort((a, b) => rank[a.edge.kind] - rank[b.edge.kind] || a.edge.id - b.edge.id);
  return adj;
}

export function shortestPaths(edges: PathEdge[], from: string, to: string, options: PathOptions = {}): Path[] {
  const limit = options.limit ?? 3;
  const maxHops = options.maxHops ?? 8;
  if (from === to) return [{ nodes: [from], edges: [] }];
  const adj = adjacency(edges, options.kinds);
  // Breadth-first, remembering every predecessor on a shortest route.
  const depth = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, { node: string; edge: number }[]>();
  let frontier = [from];
  for (let d = 0; d < maxHops && frontier.length && !depth.has(to); d++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const { to: m, edge } of adj.get(n) ?? []) {
        const seen = depth.get(m);
        if (seen === undefined) {
          depth.set(m, d + 1);
          preds.set(m, [{ node: n, edge: edge.id }]);
          next.push(m);
        } else if (seen === d + 1 && !preds.get(m)!.some((p) => p.node === n)) preds.get(m)!.push({ node: n, edge: edge.id });
      }
    }
    frontier = next;
  }
  if (!depth.has(to)) return [];
  // Walk back from the target, enumerating routes until the limit.
  const out: Path[] = [];
  const walk = (node: string, nodes: string[], via: number[]) => {
    if (out.length >= limit) return;
    if (node === from) {
      out.push({ nodes: [from, ...nodes], edges: via });
      return;
    }
    for (const p of preds.get(node) ?? []) walk(p.node, [node, ...nodes], [p.edge, ...via]);
  };
  walk(to, [], []);
  return out;
}

/** The nodes within `depth` relations of the centre (the centre included). */
export function neighbourhood(edges: PathEdge[], centre: string, depth: number, kinds?: ReadonlySet<EdgeKind>): Set<string> {
  const adj = adjacency(edges, kinds);
  const seen = new Set([centre]);
  let frontier = [centre];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) for (const { to } of adj.get(n) ?? []) if (!seen.has(to)) {
      seen.add(to);
      next.push(to);
    }
    frontier = next;
  }
  return seen;
}
