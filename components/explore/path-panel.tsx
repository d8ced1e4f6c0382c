import { EDGE_KINDS, type EdgeKind, type GraphEdge } from "@/lib/graph/types";
import type { Path } from "@/lib/explore/paths";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import { nodeRef, type GraphIndex } from "@/lib/serve/concept-view";
import { EvidenceQuote, NodeLink } from "./node-link";
import { RelationWords } from "./relation-words";

/** The shortest paths between two nodes, hop by hop, each with its relation and evidence. */
export function PathPanel({ index, from, to, paths, kinds, locale }: { index: GraphIndex; from: string; to: string; paths: Path[]; kinds: string[]; locale: Locale }) {
  const t = MESSAGES[locale];
  const a = index.nodeById.get(from)!;
  const b = index.nodeById.get(to)!;
  const edgeById = new Map<number, GraphEdge>(index.graph.edges.map((e) => [e.id, e]));
  return (
    <article aria-labelledby="path-title">
      <h1 id="path-title" className="compare-title">
        {t.pathTitle(a.label, b.label)}
      </h1>
      <form className="kinds-form" method="get" action={`/path/${from}/${to}`}>
        <fieldset>
          <legend>{t.relationKinds}</legend>
          {EDGE_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" name="kind" value={k} defaultChecked={kinds.includes(k)} />
              <span className="edge-swatch" data-kind={k} aria-hidden="true" />
              {t.edgeKinds[k]}
            </label>
          ))}
          <button className="button" type="submit">
            {t.apply}
          </button>
        </fieldset>
      </form>
      {paths.length === 0 ? (
        <p role="status">{t.noPath}</p>
      ) : (
        <p role="status">{t.pathsFound(paths.length, paths[0]!.edges.length)}</p>
      )}
      {paths.map((p, i) => (
        <section key={i} className="path" aria-label={`${i + 1}: ${t.hops(p.edges.length)}`}>
          <ol className="hops">
            {p.edges.map((edgeId, hop) => {
              const e = edgeById.get(edgeId)!;
              const here = index.nodeById.get(p.nodes[hop]!)!;
              const next = index.nodeById.get(p.nodes[hop + 1]!)!;
              const forward = e.source === here.id;
              return (
                <li key={edgeId} data-relation={e.kind} data-from={here.id} data-to={next.id}>
                  <span className="relation-line">
                    <span className="edge-swatch" data-kind={e.kind} aria-hidden="true" />
                    <RelationWords locale={locale} kind={e.kind as EdgeKind} direction={forward ? "out" : "in"} subject={<NodeLink node={nodeRef(here)} />} other={<NodeLink node={nodeRef(next)} />} otherKind={next.kind} />
                  </span>
                  <EvidenceQuote evidence={e.evidence} more={e.more} sourceLabel={t.source} moreLabel={t.alsoStated} />
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </article>
  );
}
