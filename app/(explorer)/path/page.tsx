import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PairForm } from "@/components/explore/pair-form";
import { getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";
import { resolvePair } from "@/lib/serve/resolve-slug";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t.path, description: t.pathIntro };
}

export default async function PathIndex({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [served, { locale, t }, params] = await Promise.all([getGraph(), requestLocale(), searchParams]);
  if (!served) return null;
  const { a, b, ids, unresolved } = resolvePair(served, params);
  if (ids) redirect(`/path/${ids[0]}/${ids[1]}`);
  return (
    <article aria-labelledby="path-index-title">
      <h1 id="path-index-title" className="compare-title">
        {t.path}
      </h1>
      <p>{t.pathIntro}</p>
      <PairForm action="/path" locale={locale} a={a} b={b} />
      {unresolved.map((u) => (
        <p key={u} role="alert" className="error">
          {t.notANode(u)}
        </p>
      ))}
    </article>
  );
}
