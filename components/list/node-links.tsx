import Link from "next/link";
import { NODE_KINDS, type NodeKind } from "@/lib/graph/types";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { GraphLite } from "@/lib/serve/concept-view";

/** Every node as a link, grouped by kind: the graph without the canvas (server or client). */
export function NodeLinks({ graph, locale, query = "" }: { graph: GraphLite; locale: Locale; query?: string }) {
  const t = MESSAGES[locale];
  const byKind = new Map<NodeKind, GraphLite["nodes"]>();
  for (const n of graph.nodes) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n]);
  return (
    <nav className="node-list" aria-label={t.allConcepts}>
      {NODE_KINDS.filter((k) => byKind.has(k)).map((k) => (
        <section key={k} aria-label={t.kinds[k]}>
          <h2>
            <span className="kind-dot" data-kind={k} aria-hidden="true" />
            {t.kinds[k]} ({byKind.get(k)!.length})
          </h2>
          <ul>
            {byKind
              .get(k)!
              .sort((a, b) => a.label.localeCompare(b.label))
              .map((n) => (
                <li key={n.id}>
                  <Link href={`/concept/${n.id}${query}`} scroll={false}>
                    {n.label}
                  </Link>
                  {n.labelJa && n.labelJa !== n.label && (
                    <span className="ja" lang="ja">
                      {n.labelJa}
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
