import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ConceptPanel } from "@/components/concept/concept-panel";
import { AllConceptsLink } from "@/components/list/all-concepts-link";
import { conceptView } from "@/lib/serve/concept-view";
import { findRedirect, getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";
import { SLUG, slugByName } from "@/lib/serve/resolve-slug";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(slug: string) {
  const served = await getGraph();
  const view = served && SLUG.test(slug) ? conceptView(served, slug) : undefined;
  return { served, view };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { view } = await load(slug);
  if (!view) return {};
  const n = view.node;
  const title = n.labelJa && n.labelJa !== n.label ? `${n.label} (${n.labelJa})` : n.label;
  const description = n.summary || view.facts[0]?.text || title;
  return {
    title,
    description,
    alternates: { canonical: `/concept/${n.id}` },
    openGraph: { title, description, type: "article", url: `/concept/${n.id}` },
    twitter: { card: "summary", title, description },
  };
}

export default async function ConceptPage({ params, searchParams }: Props) {
  const [{ slug }, query, { locale }] = await Promise.all([params, searchParams, requestLocale()]);
  const { served, view } = await load(slug);
  if (!served) notFound();
  if (!view) {
    // An old slug, an alias or another spelling still leads to its node.
    const target = (SLUG.test(slug) ? await findRedirect(slug) : null) ?? slugByName(served, slug);
    if (target && target !== slug) permanentRedirect(`/concept/${target}`);
    notFound();
  }
  const kept = new URLSearchParams();
  for (const k of ["hide", "view", "focus", "depth", "expand"]) if (typeof query[k] === "string") kept.set(k, query[k] as string);
  const q = kept.size ? `?${kept.toString()}` : "";
  return (
    <>
      <ConceptPanel view={view} locale={locale} query={q} />
      <AllConceptsLink locale={locale} />
    </>
  );
}
