import type { Metadata } from "next";
import Link from "next/link";
import { NodeLink } from "@/components/explore/node-link";
import { conceptView } from "@/lib/serve/concept-view";
import { getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t.questionsTitle, description: t.questionsIntro, openGraph: { title: t.questionsTitle, description: t.questionsIntro } };
}

export default async function QuestionsPage() {
  const [served, { t }] = await Promise.all([getGraph(), requestLocale()]);
  if (!served) return null;
  const questions = served.graph.nodes.filter((n) => n.kind === "question");
  return (
    <article aria-labelledby="questions-title">
      <h1 id="questions-title" className="compare-title">
        {t.questionsTitle}
      </h1>
      <p>{t.questionsIntro}</p>
      <ul className="relation-list">
        {questions.map((q) => {
          const view = conceptView(served, q.id)!;
          const named = view.relations.flatMap((r) => r.items.map((i) => i.other)).filter((o) => o.kind !== "topic");
          const pair = named.length === 2 ? named : undefined;
          return (
            <li key={q.id} data-question={q.id}>
              <span className="relation-line">
                <span className="kind-dot" data-kind="question" aria-hidden="true" />
                <Link href={`/concept/${q.id}`}>{q.labelJa ?? q.label}</Link>
              </span>
              {q.labelJa && q.labelJa !== q.label && <span className="result-snippet">{q.label}</span>}
              {named.length > 0 && (
                <p className="relation-line">
                  <span className="relation-phrase">{t.names}:</span>
                  {named.map((n) => (
                    <NodeLink key={n.id} node={n} />
                  ))}
                  {pair && (
                    <Link className="button" href={`/compare/${pair[0]!.id}/${pair[1]!.id}`}>
                      {t.compare}
                    </Link>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
