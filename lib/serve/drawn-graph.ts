import type { GraphLite } from "./concept-view";

/**
 * What the canvas draws: the whole graph when it is small (or asked for), else the overview plus
 * the selection's cluster and its direct neighbours from the whole graph once that has arrived.
 */
export function drawnGraph(first: GraphLite, full: GraphLite | null, selected: string | null, all: boolean): GraphLite {
  if (first.mode !== "overview") return first;
  if (!full) return first;
  if (all) return full;
  if (!selected) return first;
  const byId = new Map(full.nodes.map((n) => [n.id, n]));
  const rootOf = (id: string) => {
    let cur = byId.get(id);
    const seen = new Set<string>();
    while (cur?.parent && byId.has(cur.parent) && !seen.has(cur.id)) {
      seen.add(cur.id);
      cur = byId.get(cur.parent);
    }
    return cur?.id ?? id;
  };
  const shown = new Set(first.nodes.map((n) => n.id));
  const root = rootOf(selected);
  for (const n of full.nodes) if (n.id === selected || rootOf(n.id) === root) shown.add(n.id);
  for (const e of full.edges) {
    if (e.source === selected) shown.add(e.target);
    if (e.target === selected) shown.add(e.source);
  }
  const roots = new Set(first.nodes.map((n) => n.id));
  return {
    ...first,
    nodes: [...first.nodes, ...full.nodes.filter((n) => shown.has(n.id) && !roots.has(n.id))],
    edges: [...first.edges, ...full.edges.filter((e) => shown.has(e.source) && shown.has(e.target) && (!roots.has(e.source) || !roots.has(e.target)))],
  };
}

