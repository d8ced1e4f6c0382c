import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ComparePanel } from "@/components/explore/compare-panel";
import { compareView } from "@/lib/explore/compare";
import { findRedirect, getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";
import { SLUG, slugByName } from "@/lib/serve/resolve-slug";

interface Props {
  params: Promise<{ a: string; b: string }>;
}

async function load(a: string, b: string) {
  const served = await getGraph();
  const view = served && SLUG.test(a) && SLUG.test(b) ? compareView(served, served.aspects, a, b) : undefined;
  return { served, view };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ a, b }, { t }] = await Promise.all([params, requestLocale()]);
  const { view } = await load(a, b);
  if (!view) return {};
  const title = t.compareTitle(view.a.label, view.b.label);
  const description = view.between[0]?.evidence.text ?? `${view.a.summary} / ${view.b.summary}`;
  return { title, description, alternates: { canonical: `/compare/${a}/${b}` }, openGraph: { title, description, type: "article", url: `/compare/${a}/${b}` } };
}

export default async function ComparePage({ params }: Props) {
  const [{ a, b }, { locale }] = await Promise.all([params, requestLocale()]);
  const { served, view } = await load(a, b);
  if (!served) notFound();
  if (!view) {
    const fix = async (s: string) => (served.nodeById.has(s) ? s : ((SLUG.test(s) ? await findRedirect(s) : null) ?? slugByName(served, s)));
    const [ra, rb] = await Promise.all([fix(a), fix(b)]);
    if (ra && rb && ra !== rb && (ra !== a || rb !== b)) permanentRedirect(`/compare/${ra}/${rb}`);
    notFound();
  }
  return <ComparePanel view={view} locale={locale} />;
}
