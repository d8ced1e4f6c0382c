// Whether the canvas can afford dotted and dashed edges. Cytoscape sets a canvas line dash in model
// units (a dotted line is 1 unit on, 1 off), so each edge costs one stroke per dash of its whole
// length in the model, whatever the zoom and however much of it is off screen. A 185-article
// collection's overview drew 175 million units of dotted mentions: 9 s a frame in a software
// canvas, and a deep link kept the browser busy for a minute. Past the budget every edge is drawn
// solid; the kinds are still told apart by colour, width, arrows and opacity.

import type { EdgeKind } from "@/lib/graph/types";
import type { GraphLite } from "@/lib/serve/concept-view";

/** Model length of dashed edges a frame can draw in about 50 ms in a software canvas (measured: ~50 ns a unit). */
export const DASH_BUDGET = 1_000_000;

/** Total model length of the graph's edges of these kinds, from the nodes' stored positions. */
export function dashedLength(graph: Pick<GraphLite, "nodes" | "edges">, dashedKinds: ReadonlySet<EdgeKind>): number {
  const at = new Map<string, { x: number; y: number }>();
  for (const n of graph.nodes) if (n.x !== undefined && n.y !== undefined) at.set(n.id, { x: n.x, y: n.y });
  let total = 0;
  for (const e of graph.edges) {
    if (!dashedKinds.has(e.kind)) continue;
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (a && b) total += Math.hypot(a.x - b.x, a.y - b.y);
  }
  return total;
}

/** Draw dotted and dashed edges as such only while their length is within the budget. */
export function affordsDashes(graph: Pick<GraphLite, "nodes" | "edges">, dashedKinds: ReadonlySet<EdgeKind>): boolean {
  return dashedLength(graph, dashedKinds) <= DASH_BUDGET;
}
