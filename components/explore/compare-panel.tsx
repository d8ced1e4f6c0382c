import Link from "next/link";
import type { CompareView, FactSentence } from "@/lib/explore/compare";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { NodeRef } from "@/lib/serve/concept-view";
import { EvidenceQuote, NodeLink, Source } from "./node-link";
import { RelationWords } from "./relation-words";

function Sentences({ items, label }: { items: FactSentence[]; label: string }) {
  if (!items.length) return <span className="muted">—</span>;
  return (
    <ul className="compare-facts">
      {items.map((s) => (
        <li key={`${s.file}:${s.line}:${s.text}`} className={s.contrast ? "contrast-evidence" : undefined}>
          {s.text}
          <Source file={s.file} line={s.line} label={label} />
        </li>
      ))}
    </ul>
  );
}

function Nodes({ items }: { items: NodeRef[] }) {
  if (!items.length) return <p className="muted">—</p>;
  return (
    <ul className="aliases">
      {items.map((n) => (
        <li key={n.id}>
          <NodeLink node={n} />
        </li>
      ))}
    </ul>
  );
}

/** Two concepts side by side: the stated relation first, then their facts aspect by aspect. */
export function ComparePanel({ view, locale }: { view: CompareView; locale: Locale }) {
  const t = MESSAGES[locale];
  const { a, b } = view;
  return (
    <article aria-labelledby="compare-title" className="compare">
      <p className="kind-badge">
        <Link href="/compare">{t.compareIndexTitle}</Link>
      </p>
      <h1 id="compare-title" className="compare-title">
        <NodeLink node={a} /> <span className="vs">vs</span> <NodeLink node={b} />
      </h1>
      <div className="compare-summaries">
        <p>{a.summary}</p>
        <p>{b.summary}</p>
      </div>

      <section aria-labelledby="between-title">
        <h2 id="between-title">{t.howTheyDiffer}</h2>
        {view.between.length === 0 && <p>{t.noStatedDifference}</p>}
        <ul className="relation-list">
          {view.between.map((x, i) => {
            const [from, to] = x.direction === "a→b" ? [a, b] : [b, a];
            return (
              <li key={i} data-relation={x.kind} className={x.kind === "contrasts" ? "contrast-evidence" : undefined}>
                <span className="relation-line">
                  <span className="edge-swatch" data-kind={x.kind} aria-hidden="true" />
                  <RelationWords locale={locale} kind={x.kind} direction="out" subject={<strong>{from.label}</strong>} other={<strong>{to.label}</strong>} otherKind={to.kind} />
                </span>
                {x.quotes.map((q) => (
                  <EvidenceQuote key={`${q.evidence.file}:${q.evidence.line}:${q.evidence.text}`} evidence={q.evidence} more={q.more} sourceLabel={t.source} moreLabel={t.alsoStated} />
                ))}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="aspects-title">
        <h2 id="aspects-title">{t.facts}</h2>
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">{t.aspect}</th>
              <th scope="col">{a.label}</th>
              <th scope="col">{b.label}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.id} data-aspect={row.id}>
                <th scope="row">{locale === "ja" ? row.ja : row.en}</th>
                <td>
                  <Sentences items={row.a} label={t.source} />
                </td>
                <td>
                  <Sentences items={row.b} label={t.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="neighbours-title">
        <h2 id="neighbours-title">{t.sharedNeighbours}</h2>
        <Nodes items={view.shared} />
        <h2>{t.onlyIn(a.label)}</h2>
        <Nodes items={view.onlyA} />
        <h2>{t.onlyIn(b.label)}</h2>
        <Nodes items={view.onlyB} />
      </section>
    </article>
  );
}
