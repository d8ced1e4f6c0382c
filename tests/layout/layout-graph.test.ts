import { describe, expect, it } from "vitest";
import { layoutGraph } from "../../lib/layout/layout-graph";
import { seedGraph } from "../helpers/seed";

const g = seedGraph();
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("build-time layout of the seed graph", () => {
  const pos = layoutGraph(g);

  it("places every node, at finite coordinates", () => {
    expect(pos.size).toBe(g.nodes.length);
    for (const p of pos.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("is reproducible: the same graph gets the same drawing", () => {
    expect(layoutGraph(g)).toEqual(pos);
  });

  it("puts a concept next to the service it belongs to", () => {
    const all = [...pos.values()];
    const typical = all.reduce((s, p) => s + dist(p, all[0]!), 0) / all.length;
    for (const [child, parent] of [["alias-record", "route-53"], ["visibility-timeout", "sqs"], ["task-role", "ecs"]] as const) {
      expect(dist(pos.get(child)!, pos.get(parent)!), child).toBeLessThan(typical / 3);
    }
  });

  it("keeps nodes apart", () => {
    const points = [...pos.values()];
    let close = 0;
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) if (dist(points[i]!, points[j]!) < 8) close++;
    expect(close).toBe(0);
  });
});
