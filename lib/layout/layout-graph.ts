// Node positions computed once, at build time, with headless Cytoscape: the browser then draws
// stored positions instead of running a force layout on every visit. Seeded, so the same graph
// always gets the same drawing.

import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { EdgeKind, KnowledgeGraph } from "../graph/types";

let registered = false;

export interface Position {
  x: number;
  y: number;
}

/** Ideal edge lengths: a concept sits close to its service; plain mentions may stretch. */
export const IDEAL_EDGE_LENGTH: Record<EdgeKind, number> = {
  part_of: 70,
  supersedes: 110,
  contrasts: 110,
  alternative: 120,
  integrates: 160,
  mentions: 220,
};

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

export function layoutGraph(graph: KnowledgeGraph, seed = 1): Map<string, Position> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id } })),
      ...graph.edges.map((e) => ({ data: { id: `e${e.id}`, source: e.source, target: e.target, kind: e.kind } })),
    ],
  });
  // fcose draws on Math.random; a seeded one makes the result reproducible.
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.layout({
      name: "fcose",
      animate: false,
      randomize: true,
      quality: "default",
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: (edge: cytoscape.EdgeSingular) => IDEAL_EDGE_LENGTH[edge.data("kind") as EdgeKind] ?? 100,
      nodeRepulsion: () => 30000,
      nodeSeparation: 120,
      packComponents: true,
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const out = new Map<string, Position>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    out.set(n.id(), { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
  });
  cy.destroy();
  return out;
}
