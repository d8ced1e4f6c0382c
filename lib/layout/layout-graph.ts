// Node positions computed once, at build time, and stored: the browser draws them instead of
// running a force layout on every visit. Two steps, so the cost follows the number of services
// rather than the number of concepts:
//   1. each node's cluster: the concepts that belong to it (part_of) placed in rings around it;
//   2. the skeleton (nodes that belong to nothing: services, topics, loose concepts), each as big
//      as its cluster, laid out by fcose with one edge per pair of related clusters.
// Seeded, so the same graph always gets the same drawing.

import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { KnowledgeGraph } from "../graph/types";
import { labelHalfWidth } from "./label-room";

let registered = false;

export interface Position {
  x: number;
  y: number;
}

/** Radius of a node drawn alone, and the gap kept between neighbours in a ring. */
const LEAF_RADIUS = 20;
const GAP = 18;
/** Above this many clusters, fcose's force phase costs seconds; its spectral phase stays fast. */
export const FULL_QUALITY_LIMIT = 300;
/** Above this many, even the spectral phase grows faster than the graph: clusters go on a spiral. */
export const SPIRAL_LIMIT = 1000;

/** Mulberry32: a small, good enough PRNG for reproducible layouts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cluster {
  radius: number;
  /** Positions of the cluster's members relative to its centre (the node itself at 0,0). */
  offsets: Map<string, Position>;
}

/** Children in rings around their parent, each child with its own cluster; returns the radius used. */
function buildCluster(id: string, children: Map<string, string[]>, degree: Map<string, number>, seen: Set<string>, room: (id: string) => number): Cluster {
  seen.add(id);
  const kids = (children.get(id) ?? []).filter((k) => !seen.has(k));
  const offsets = new Map<string, Position>([[id, { x: 0, y: 0 }]]);
  const own = Math.max(LEAF_RADIUS, room(id));
  if (!kids.length) return { radius: own, offsets };
  // Bigger sub-clusters and busier nodes first, ties by id so the result is stable.
  const sub = kids
    .map((k) => ({ id: k, cluster: buildCluster(k, children, degree, seen, room) }))
    .sort((a, b) => b.cluster.radius - a.cluster.radius || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  let ringRadius = LEAF_RADIUS + GAP + sub[0]!.cluster.radius;
  let i = 0;
  let outer = ringRadius;
  while (i < sub.length) {
    // Fill this ring while the members' widths fit its circumference.
    const ring: typeof sub = [];
    let used = 0;
    const widest = sub[i]!.cluster.radius;
    ringRadius = Math.max(ringRadius, LEAF_RADIUS + GAP + widest);
    const circumference = 2 * Math.PI * ringRadius;
    while (i < sub.length && (ring.length === 0 || used + 2 * sub[i]!.cluster.radius + GAP <= circumference)) {
      used += 2 * sub[i]!.cluster.radius + GAP;
      ring.push(sub[i]!);
      i++;
    }
    // Spread the ring's members by their widths, starting at a ring-specific angle.
    let angle = ringRadius * 0.37;
    for (const m of ring) {
      const share = ((2 * m.cluster.radius + GAP) / Math.max(used, circumference)) * 2 * Math.PI;
      angle += share / 2;
      const cx = Math.cos(angle) * ringRadius;
      const cy = Math.sin(angle) * ringRadius;
      for (const [member, p] of m.cluster.offsets) offsets.set(member, { x: cx + p.x, y: cy + p.y });
      angle += share / 2;
    }
    outer = ringRadius + widest;
    ringRadius = outer + GAP + (sub[i]?.cluster.radius ?? 0);
  }
  return { radius: outer, offsets };
}

export function layoutGraph(graph: KnowledgeGraph, seed = 1): Map<string, Position> {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const degree = new Map<string, number>();
  for (const e of graph.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const children = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (n.parent && ids.has(n.parent) && n.parent !== n.id) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  }
  // Roots: nodes without a parent in the graph (a cycle of parents is broken at its first node).
  const seen = new Set<string>();
  const clusters = new Map<string, Cluster>();
  const rootOf = new Map<string, string>();
  const roots = graph.nodes.filter((n) => !n.parent || !ids.has(n.parent)).map((n) => n.id);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  // Room for a node's name: a concept's shows only close in, so it needs less of it.
  const room = (id: string) => {
    const n = byId.get(id);
    return n ? labelHalfWidth(n.label, n.kind) * (n.kind === "concept" ? 0.6 : 1) : LEAF_RADIUS;
  };
  const add = (root: string) => {
    const c = buildCluster(root, children, degree, seen, room);
    clusters.set(root, c);
    for (const member of c.offsets.keys()) rootOf.set(member, root);
  };
  for (const r of roots) add(r);
  for (const n of graph.nodes) if (!seen.has(n.id)) add(n.id);

  // The skeleton: one node per cluster, one edge per related pair of clusters.
  const skeletonEdges = new Map<string, { source: string; target: string; weight: number }>();
  for (const e of graph.edges) {
    const a = rootOf.get(e.source);
    const b = rootOf.get(e.target);
    if (!a || !b || a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    const found = skeletonEdges.get(key);
    if (found) found.weight += e.kind === "mentions" ? 0.5 : 1;
    else skeletonEdges.set(key, { source: a, target: b, weight: e.kind === "mentions" ? 0.5 : 1 });
  }
  const centres = layoutSkeleton(clusters, strongest([...skeletonEdges.values()], 6), seed);
  const out = new Map<string, Position>();
  for (const [root, c] of clusters) {
    const centre = centres.get(root) ?? { x: 0, y: 0 };
    // (+ 0 turns -0 into 0: a database stores them as one.)
    for (const [member, p] of c.offsets) out.set(member, { x: Math.round((centre.x + p.x) * 10) / 10 + 0, y: Math.round((centre.y + p.y) * 10) / 10 + 0 });
  }
  return out;
}

interface Circle {
  x: number;
  y: number;
  r: number;
}

/**
 * Pushes overlapping circles apart, a few sweeps over circles sorted by their left edge: each pair
 * that overlaps moves apart along the line between them, the smaller one further.
 */
export function removeOverlaps(circles: Circle[], gap: number, sweeps = 30): void {
  for (let s = 0; s < sweeps; s++) {
    let moved = false;
    const order = circles.map((_, i) => i).sort((a, b) => circles[a]!.x - circles[a]!.r - (circles[b]!.x - circles[b]!.r));
    for (let i = 0; i < order.length; i++) {
      const a = circles[order[i]!]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = circles[order[j]!]!;
        if (b.x - b.r > a.x + a.r + gap) break;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy) || 0.01;
        const overlap = a.r + b.r + gap - d;
        if (overlap <= 0) continue;
        const ux = d > 0.01 ? dx / d : Math.cos(i + j);
        const uy = d > 0.01 ? dy / d : Math.sin(i + j);
        const share = b.r / (a.r + b.r);
        a.x -= ux * overlap * share;
        a.y -= uy * overlap * share;
        b.x += ux * overlap * (1 - share);
        b.y += uy * overlap * (1 - share);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Each cluster keeps its `k` heaviest links: enough to place it, and far cheaper than all of them. */
function strongest<T extends { source: string; target: string; weight: number }>(edges: T[], k: number): T[] {
  const sorted = [...edges].sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1));
  const kept = new Map<string, number>();
  return sorted.filter((e) => {
    const a = kept.get(e.source) ?? 0;
    const b = kept.get(e.target) ?? 0;
    if (a >= k && b >= k) return false;
    kept.set(e.source, a + 1);
    kept.set(e.target, b + 1);
    return true;
  });
}

/**
 * Very large skeletons: clusters in the order of a breadth-first walk over their strongest links
 * (so related clusters come one after another), laid along an Archimedean spiral, each taking the
 * room its radius needs. Linear in the number of clusters.
 */
function spiralSkeleton(clusters: Map<string, Cluster>, edges: { source: string; target: string; weight: number }[]): Map<string, Position> {
  const adj = new Map<string, { to: string; weight: number }[]>();
  for (const e of edges) {
    adj.set(e.source, [...(adj.get(e.source) ?? []), { to: e.target, weight: e.weight }]);
    adj.set(e.target, [...(adj.get(e.target) ?? []), { to: e.source, weight: e.weight }]);
  }
  const bySize = [...clusters.keys()].sort((a, b) => clusters.get(b)!.radius - clusters.get(a)!.radius || (a < b ? -1 : 1));
  const order: string[] = [];
  const seen = new Set<string>();
  for (const start of bySize) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      order.push(id);
      for (const { to } of (adj.get(id) ?? []).sort((a, b) => b.weight - a.weight)) {
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
  }
  const out = new Map<string, Position>();
  let angle = 0;
  let radius = 0;
  for (const id of order) {
    const r = clusters.get(id)!.radius + GAP;
    // Advance along the spiral by this cluster's width; the spiral widens by a cluster's diameter per turn.
    angle += radius > 0 ? (2 * r) / radius : 0;
    radius = Math.max(radius, r) + (r * r) / (Math.PI * Math.max(radius, r));
    out.set(id, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
  }
  return out;
}

function layoutSkeleton(clusters: Map<string, Cluster>, edges: { source: string; target: string; weight: number }[], seed: number): Map<string, Position> {
  if (clusters.size > SPIRAL_LIMIT) {
    const placed = spiralSkeleton(clusters, edges);
    const circles = [...placed].map(([id, p]) => ({ id, x: p.x, y: p.y, r: clusters.get(id)!.radius }));
    removeOverlaps(circles, GAP, 8);
    return new Map(circles.map((c) => [c.id, { x: c.x, y: c.y }]));
  }
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
    elements: [
      ...[...clusters].map(([id, c]) => ({ data: { id, size: 2 * c.radius } })),
      ...edges.map((e, i) => ({ data: { id: `s${i}`, source: e.source, target: e.target, weight: e.weight } })),
    ],
  });
  // fcose draws on Math.random; a seeded one makes the result reproducible.
  const random = Math.random;
  Math.random = seededRandom(seed);
  const large = clusters.size > FULL_QUALITY_LIMIT;
  try {
    cy.layout({
      name: "fcose",
      animate: false,
      randomize: true,
      // Large skeletons: the spectral placement only, then overlaps removed below.
      quality: large ? "draft" : "default",
      nodeDimensionsIncludeLabels: false,
      // Strongly related clusters sit closer; sizes keep clusters from overlapping.
      idealEdgeLength: (edge: cytoscape.EdgeSingular) => 40 + 90 / Math.sqrt(edge.data("weight") as number),
      nodeRepulsion: () => 9000,
      nodeSeparation: 40,
      numIter: 1500,
      packComponents: true,
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const ids: string[] = [];
  const circles: Circle[] = [];
  cy.nodes().forEach((n) => {
    ids.push(n.id());
    circles.push({ ...n.position(), r: clusters.get(n.id())!.radius });
  });
  cy.destroy();
  if (large) {
    // Spectral coordinates come out cramped: spread them to the clusters' total area first.
    const area = circles.reduce((a, c) => a + Math.PI * (c.r + GAP) ** 2, 0);
    const xs = circles.map((c) => c.x);
    const ys = circles.map((c) => c.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
    const scale = (1.6 * Math.sqrt(area)) / span;
    for (const c of circles) {
      c.x *= scale;
      c.y *= scale;
    }
  }
  removeOverlaps(circles, GAP);
  return new Map(ids.map((id, i) => [id, { x: circles[i]!.x, y: circles[i]!.y }]));
}

/**
 * A drawing that keeps the last one: nodes the previous build placed stay where they were; a new
 * node goes beside the placed nodes it is related to (its parent first), on a small ring so that
 * several newcomers do not land on one spot; a node related to nothing placed goes below the
 * drawing. When most of the graph is new, the whole is laid out afresh instead.
 */
export function keepLayout(graph: KnowledgeGraph, previous: ReadonlyMap<string, Position>, seed = 1): Map<string, Position> {
  const kept = graph.nodes.filter((n) => previous.has(n.id)).length;
  if (kept < graph.nodes.length * 0.7) return layoutGraph(graph, seed);
  const out = new Map<string, Position>();
  for (const n of graph.nodes) {
    const p = previous.get(n.id);
    if (p) out.set(n.id, { x: p.x, y: p.y });
  }
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  let maxY = 0;
  let minX = 0;
  for (const p of out.values()) {
    maxY = Math.max(maxY, p.y);
    minX = Math.min(minX, p.x);
  }
  const around = new Map<string, number>();
  let loose = 0;
  // Newcomers in a stable order: those with placed neighbours first, each time one is placed.
  const pending = graph.nodes.filter((n) => !out.has(n.id)).map((n) => n.id).sort();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (let pass = 0; pass < 3 && pending.length; pass++) {
    for (let i = 0; i < pending.length; ) {
      const id = pending[i]!;
      const node = byId.get(id)!;
      const anchors = [...(node.parent && out.has(node.parent) ? [node.parent] : []), ...(neighbours.get(id) ?? []).filter((x) => out.has(x)).sort()];
      if (!anchors.length) {
        i++;
        continue;
      }
      const anchor = anchors[0]!;
      const c = out.get(anchor)!;
      const k = around.get(anchor) ?? 0;
      around.set(anchor, k + 1);
      const angle = k * 2.399963 + 0.5;
      const r = 60 + 14 * Math.sqrt(k);
      out.set(id, { x: Math.round((c.x + Math.cos(angle) * r) * 10) / 10 + 0, y: Math.round((c.y + Math.sin(angle) * r) * 10) / 10 + 0 });
      pending.splice(i, 1);
    }
  }
  for (const id of pending) {
    out.set(id, { x: minX + 60 * (loose % 20), y: maxY + 120 + 60 * Math.floor(loose / 20) });
    loose++;
  }
  return out;
}
