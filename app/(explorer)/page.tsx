import Link from "next/link";
import { AllConceptsLink } from "@/components/list/all-concepts-link";
import { Highlighted } from "@/components/search/highlighted";
import { getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [served, { locale, t }, params] = await Promise.all([getGraph(), requestLocale(), searchParams]);
  if (!served) return null;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const response = q.trim() ? served.search.search(q, { limit: 20 }) : null;
  const counts = Object.entries(served.build.summary.nodesByKind) as [keyof typeof t.kinds, number][];
  return (
    <>
      {response ? (
        <section aria-labelledby="results-title">
          <h1 id="results-title" style={{ fontSize: 18 }}>
            {t.resultsFor(q)}
          </h1>
          {response.results.length === 0 && <p>{t.noResults}</p>}
          <ol className="relation-list">
            {response.results.map((r, i) => (
              <li key={r.id} data-match={r.match} className={r.match === "fragment" && response.results[i - 1]?.match !== "fragment" ? "first-partial" : undefined}>
                <span className="relation-line">
                  <span className="kind-dot" data-kind={r.kind} aria-hidden="true" />
                  <Link href={`/concept/${r.id}`}>{r.label}</Link>
                  {r.labelJa && r.labelJa !== r.label && <span lang="ja">{r.labelJa}</span>}
                  <span className="kind-badge">{t.kinds[r.kind]}</span>
                </span>
                <span className="result-snippet">
                  <Highlighted text={r.snippet} ranges={r.highlights} />
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <section className="intro" aria-labelledby="intro-title">
          <h1 id="intro-title" style={{ fontSize: 20, margin: "4px 0" }}>
            {t.appTitle}
          </h1>
          <p>{t.appDescription}</p>
          <p className="stats">
            {counts.map(([k, n]) => (
              <span key={k}>
                <span className="kind-dot" data-kind={k} aria-hidden="true" /> {t.kinds[k]} {n}
              </span>
            ))}
            <span>
              {t.relations} {served.build.summary.edges}
            </span>
          </p>
          <p>{t.searchHint}</p>
        </section>
      )}
      <AllConceptsLink locale={locale} />
    </>
  );
}
