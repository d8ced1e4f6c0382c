// Where nodes stand: the stored drawing (computed at build time) is each node's home; focus
// layouts, expansions and re-layouts move nodes away from it, and "Reset layout" brings them back.

import type { Core, NodeCollection, NodeSingular } from "cytoscape";
import { drawnSize } from "./labels";

interface Point {
  x: number;
  y: number;
}

/** Remembers the current position of nodes that have no home yet (the stored drawing). */
export function rememberHomes(cy: Core): void {
  cy.nodes().forEach((n) => {
    if (!n.scratch("_home")) n.scratch("_home", { ...n.position() });
  });
}

export function home(n: NodeSingular): Point | undefined {
  return n.scratch("_home") as Point | undefined;
}

/** Nodes not at home. */
export function moved(cy: Core): NodeCollection {
  return cy.nodes().filter((n) => {
    const h = home(n);
    const p = n.position();
    return !!h && (Math.abs(h.x - p.x) > 0.5 || Math.abs(h.y - p.y) > 0.5);
  });
}

/** Moves nodes back to their stored positions. */
export function restoreHomes(cy: Core, animate: boolean): Promise<void> {
  const away = moved(cy);
  if (away.empty()) return Promise.resolve();
  if (!animate) {
    cy.batch(() => away.forEach((n) => void n.position(home(n)!)));
    return Promise.resolve();
  }
  const runs = away.map((n) => n.animation({ position: home(n)!, duration: 300, easing: "ease-in-out-cubic" } as never).play().promise());
  return Promise.all(runs).then(() => undefined);
}

/** Moves nodes to the given positions. */
export function moveTo(nodes: NodeCollection, positions: Map<string, Point>, animate: boolean): Promise<void> {
  const targets = nodes.filter((n) => positions.has(n.id()));
  if (!animate) {
    targets.forEach((n) => void n.position(positions.get(n.id())!));
    return Promise.resolve();
  }
  return Promise.all(targets.map((n) => n.animation({ position: positions.get(n.id())!, duration: 350, easing: "ease-in-out-cubic" } as never).play().promise())).then(() => undefined);
}

/** Hops from `from` to each node of `within`, over the edges between them. */
export function hops(cy: Core, within: NodeCollection, from: string): Map<string, number> {
  const ids = new Set(within.map((n) => n.id()));
  const out = new Map<string, number>([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const n = cy.getElementById(id);
    n.neighborhood("node").forEach((m: NodeSingular) => {
      if (!ids.has(m.id()) || out.has(m.id())) return;
      out.set(m.id(), out.get(id)! + 1);
      queue.push(m.id());
    });
  }
  return out;
}

/**
 * Places nodes newly shown by "Expand" around the node expanded, outside it, without moving
 * anything already on screen.
 */
export function placeAround(anchor: NodeSingular, added: NodeCollection, radius = 120): Map<string, Point> {
  const out = new Map<string, Point>();
  const c = anchor.position();
  const list = added.toArray();
  list.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(list.length, 1) - Math.PI / 2;
    const ring = radius + 40 * Math.floor(i / 12);
    out.set(n.id(), { x: c.x + Math.cos(angle) * ring, y: c.y + Math.sin(angle) * ring });
  });
  return out;
}

/** The node a tap meant: the nearest centre under the finger (a small concept on top of a service must not win by a pixel). */
export function nodeAt(cy: Core, at: Point, slop: number): NodeSingular | undefined {
  const zoom = cy.zoom();
  let best: { n: NodeSingular; d: number } | undefined;
  cy.nodes().forEach((n) => {
    if (!n.visible()) return;
    const p = n.renderedPosition();
    const d = Math.hypot(p.x - at.x, p.y - at.y);
    const reach = (drawnSize(n) * zoom) / 2 + slop;
    if (d <= reach && (!best || d < best.d)) best = { n, d };
  });
  return best?.n;
}

interface Footprint {
  /** Width and height of the node with its name under it, in model units. */
  w: number;
  h: number;
  /** How far the footprint reaches above the node's centre. */
  up: number;
}

/**
 * A neighbourhood laid out around its focus, nearer hops nearer the centre, each node near the
 * one that brought it in, and packed so that no node or name covers another: each is put at the
 * free place nearest its preferred one (searched along a spiral). Compact enough to read at once.
 */
export function packAround(cy: Core, focus: string, shown: NodeCollection, distance: Map<string, number>, footprint: (n: NodeSingular) => Footprint, fixed?: Map<string, Point>): Map<string, Point> {
  const out = new Map<string, Point>();
  const centre = cy.getElementById(focus);
  const origin = centre.nonempty() ? (home(centre) ?? centre.position()) : { x: 0, y: 0 };
  const cell = 60;
  const grid = new Map<string, { x1: number; y1: number; x2: number; y2: number }[]>();
  const boxOf = (n: NodeSingular, p: Point) => {
    const f = footprint(n);
    return { x1: p.x - f.w / 2, x2: p.x + f.w / 2, y1: p.y - f.up, y2: p.y - f.up + f.h };
  };
  const cells = (b: { x1: number; y1: number; x2: number; y2: number }) => {
    const keys: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x++) for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y++) keys.push(`${x},${y}`);
    return keys;
  };
  const free = (b: { x1: number; y1: number; x2: number; y2: number }) => cells(b).every((k) => !grid.get(k)?.some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2));
  const take = (n: NodeSingular, p: Point) => {
    const b = boxOf(n, p);
    for (const k of cells(b)) grid.set(k, [...(grid.get(k) ?? []), b]);
    out.set(n.id(), p);
  };
  const angleOf = new Map<string, number>();
  const nodes = shown.toArray().filter((n) => distance.has(n.id()));
  const ring = (d: number) => nodes.filter((n) => distance.get(n.id()) === d);
  const maxD = Math.max(0, ...nodes.map((n) => distance.get(n.id())!));
  // Nodes already on screen stay where they are (an expansion adds around them).
  for (const [id, p] of fixed ?? []) {
    const n = cy.getElementById(id);
    if (n.empty() || !shown.contains(n)) continue;
    take(n, p);
    angleOf.set(id, Math.atan2(p.y - origin.y, p.x - origin.x));
  }
  if (centre.nonempty() && shown.contains(centre) && !out.has(focus)) {
    take(centre, origin);
    angleOf.set(focus, 0);
  }
  for (let d = 1; d <= maxD; d++) {
    // Each node goes out from the nodes one hop in that brought it (the mean of their angles).
    const members = ring(d).map((n) => {
      const inner = n.neighborhood("node").filter((m: NodeSingular) => angleOf.has(m.id()) && distance.get(m.id()) === d - 1);
      const angles = inner.map((m: NodeSingular) => angleOf.get(m.id())!);
      const mean = angles.length ? Math.atan2(angles.reduce((a: number, x: number) => a + Math.sin(x), 0), angles.reduce((a: number, x: number) => a + Math.cos(x), 0)) : 0;
      return { n, mean };
    });
    members.sort((a, b) => a.mean - b.mean || b.n.degree(false) - a.n.degree(false));
    members.forEach(({ n }, i) => {
      if (out.has(n.id())) return;
      // The first ring spreads evenly; the next ones fan out from their inner node.
      const angle = d === 1 ? -Math.PI / 2 + (2 * Math.PI * i) / Math.max(members.length, 1) : members[i]!.mean + ((i % 3) - 1) * 0.18;
      const radius = 70 * d + 20;
      const want = { x: origin.x + Math.cos(angle) * radius, y: origin.y + Math.sin(angle) * radius };
      let placed = want;
      for (let step = 0; step < 30_000; step++) {
        const r = 7 * Math.sqrt(step);
        const a = step * 2.4;
        const p = step === 0 ? want : { x: want.x + Math.cos(a) * r, y: want.y + Math.sin(a) * r };
        if (free(boxOf(n, p))) {
          placed = p;
          break;
        }
      }
      take(n, placed);
      angleOf.set(n.id(), Math.atan2(placed.y - origin.y, placed.x - origin.x));
    });
  }
  // Shown but not reached from the focus (an expanded node's other side): placed after the rest.
  for (const n of nodes.length === shown.length ? [] : shown.toArray().filter((n) => !out.has(n.id()))) {
    const want = { x: origin.x, y: origin.y + 70 * (maxD + 1) };
    for (let step = 0; step < 30_000; step++) {
      const r = 7 * Math.sqrt(step);
      const p = { x: want.x + Math.cos(step * 2.4) * r, y: want.y + Math.sin(step * 2.4) * r };
      if (free(boxOf(n, p))) {
        take(n, p);
        break;
      }
    }
  }
  return out;
}
