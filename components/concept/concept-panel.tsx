import Link from "next/link";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { ConceptView, NodeRef } from "@/lib/serve/concept-view";
import { EvidenceQuote, NodeLink, Source } from "../explore/node-link";
import { RelationWords } from "../explore/relation-words";
import { FactText } from "./fact-text";

function FactList({ facts, sourceLabel }: { facts: ConceptView["facts"]; sourceLabel: string }) {
  return (
    <ul className="facts">
      {facts.map((f) => (
        <li key={`${f.file}:${f.line}`}>
          <FactText text={f.text} />
          <Source file={f.file} line={f.line} label={sourceLabel} />
        </li>
      ))}
    </ul>
  );
}

/** A concept with its labels, the user's facts and its relations grouped by kind, each with evidence. */
export function ConceptPanel({ view, locale, query = "" }: { view: ConceptView; locale: Locale; query?: string }) {
  const t = MESSAGES[locale];
  const n = view.node;
  return (
    <article className="concept" aria-labelledby="concept-title">
      <Link className="button panel-close" href={`/${query}`} scroll={false} aria-label={t.close}>
        ✕
      </Link>
      <header className="concept-head">
        <span className="kind-badge">
          <span className="kind-dot" data-kind={n.kind} aria-hidden="true" />
          {t.kinds[n.kind]}
          {n.parent && (
            <>
              {" · "}
              <RelationWords locale={locale} kind="part_of" direction="out" other={<NodeLink node={n.parent} query={query} />} otherKind={n.parent.kind} />
            </>
          )}
        </span>
        <h1 id="concept-title">{n.label}</h1>
        {n.labelJa && n.labelJa !== n.label && (
          <p className="concept-ja" lang="ja">
            {n.labelJa}
          </p>
        )}
      </header>
      {n.summary && <p className="concept-summary">{n.summary}</p>}

      {n.aliases.length > 0 && (
        <section aria-labelledby="aliases-title">
          <h2 id="aliases-title">{t.aliases}</h2>
          <ul className="aliases">
            {n.aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      )}

      {view.relations.length > 0 && (
        <section aria-labelledby="relations-title">
          <h2 id="relations-title">{t.relations}</h2>
          {view.relations.map((group) => (
            <section key={group.kind} aria-label={t.edgeKinds[group.kind]}>
              <h3>
                <span className="edge-swatch" data-kind={group.kind} aria-hidden="true" />
                {t.edgeKinds[group.kind]} ({group.items.length})
              </h3>
              <ul className="relation-list">
                {group.items.map((item) => (
                  <li key={`${item.direction}-${item.other.id}`} data-relation={group.kind} data-other={item.other.id}>
                    <span className="relation-line">
                      <RelationWords locale={locale} kind={group.kind} direction={item.direction} other={<NodeLink node={item.other} query={query} />} otherKind={item.other.kind} />
                      {(group.kind === "contrasts" || group.kind === "alternative" || group.kind === "supersedes") && item.other.kind !== "question" && (
                        <Link className="compare-link" href={`/compare/${n.id}/${item.other.id}`}>
                          {t.compareWith(item.other.label)}
                        </Link>
                      )}
                    </span>
                    <EvidenceQuote evidence={item.evidence} more={item.more} sourceLabel={t.source} moreLabel={t.alsoStated} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}

      {view.questions.length > 0 && (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{t.openQuestions}</h2>
          <ul className="relation-list">
            {view.questions.map((q) => (
              <li key={q.id}>
                <span className="relation-line">
                  <span className="kind-dot" data-kind="question" aria-hidden="true" />
                  <Link href={`/concept/${q.id}${query}`}>{q.labelJa ?? q.label}</Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p>
        <Link className="button" href={`/path?a=${encodeURIComponent(n.id)}`}>
          {t.pathFrom}
        </Link>
      </p>

      {view.facts.length > 0 && (
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">{t.facts}</h2>
          <FactList facts={view.facts} sourceLabel={t.source} />
        </section>
      )}

      {view.mentionedIn.length > 0 && (
        <details className="mentioned-in">
          <summary>{t.mentionedIn(view.mentionedIn.length)}</summary>
          <FactList facts={view.mentionedIn} sourceLabel={t.source} />
        </details>
      )}
    </article>
  );
}
