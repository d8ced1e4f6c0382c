import type { ServedGraph } from "./graph-service";

export const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** Where a slug that names no node should lead: an alias or another spelling of a node's name. */
export function slugByName(served: ServedGraph, slug: string): string | null {
  const text = decodeURIComponent(slug).replace(/[-_]+/g, " ").trim();
  if (!text) return null;
  const top = served.search.search(text, { limit: 1 }).results[0];
  // An exact name or alias match scores 100 and more; anything less is only a suggestion.
  return top && top.score >= 100 ? top.id : null;
}

/** Suggestions for a slug that leads nowhere. */
export function suggestionsFor(served: ServedGraph, slug: string, limit = 5) {
  const text = decodeURIComponent(slug).replace(/[-_]+/g, " ").trim();
  return text ? served.search.search(text, { limit }).results : [];
}

/** The node a typed name means (a slug, a label, an alias, a typo), or null when nothing fits well. */
export function resolveNodeName(served: ServedGraph, name: string): string | null {
  const text = name.trim().slice(0, 200);
  if (!text) return null;
  if (SLUG.test(text) && served.nodeById.has(text)) return text;
  const top = served.search.search(text, { limit: 1 }).results[0];
  return top && top.score >= 40 ? top.id : null;
}

/** Relation kinds from ?kind=…&kind=… (all when none are given); unknown kinds are ignored. */
export function kindsParam(value: string | string[] | undefined, all: readonly string[]): string[] {
  const list = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(",")).filter((k) => all.includes(k));
  return list.length ? [...new Set(list)] : [...all];
}

/** ?a=…&b=… from a form: the two nodes meant, or the names that matched nothing. */
export function resolvePair(served: ServedGraph, params: Record<string, string | string[] | undefined>): { a: string; b: string; ids?: [string, string]; unresolved: string[] } {
  const a = typeof params.a === "string" ? params.a : "";
  const b = typeof params.b === "string" ? params.b : "";
  if (!a || !b) return { a, b, unresolved: [] };
  const ia = resolveNodeName(served, a);
  const ib = resolveNodeName(served, b);
  const unresolved = [...(ia ? [] : [a]), ...(ib ? [] : [b])];
  return ia && ib ? { a, b, ids: [ia, ib], unresolved } : { a, b, unresolved };
}
