import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PairForm } from "@/components/explore/pair-form";
import { contrastPairs } from "@/lib/explore/compare";
import { getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";
import { resolvePair } from "@/lib/serve/resolve-slug";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t.compareIndexTitle, description: t.compareIndexIntro, openGraph: { title: t.compareIndexTitle, description: t.compareIndexIntro } };
}

export default async function CompareIndex({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [served, { locale, t }, params] = await Promise.all([getGraph(), requestLocale(), searchParams]);
  if (!served) return null;
  const { a, b, ids, unresolved } = resolvePair(served, params);
  if (ids && ids[0] !== ids[1]) redirect(`/compare/${ids[0]}/${ids[1]}`);
  const groups = contrastPairs(served);
  return (
    <article aria-labelledby="compare-index-title">
      <h1 id="compare-index-title" className="compare-title">
        {t.compareIndexTitle}
      </h1>
      <p>{t.compareIndexIntro}</p>
      <PairForm action="/compare" locale={locale} a={a} b={b} />
      {unresolved.map((u) => (
        <p key={u} role="alert" className="error">
          {t.notANode(u)}
        </p>
      ))}
      {groups.map((g) => (
        <section key={g.group.id} aria-labelledby={`group-${g.group.id}`}>
          <h2 id={`group-${g.group.id}`}>
            <Link href={`/concept/${g.group.id}`}>{g.group.label}</Link>
          </h2>
          <ul className="relation-list">
            {g.pairs.map((p) => (
              <li key={`${p.a.id}|${p.b.id}`}>
                <span className="relation-line">
                  <Link href={`/compare/${p.a.id}/${p.b.id}`}>
                    {p.a.label} <span className="vs">vs</span> {p.b.label}
                  </Link>
                </span>
                <span className="result-snippet">{p.evidence.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
