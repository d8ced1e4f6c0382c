import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { PathPanel } from "@/components/explore/path-panel";
import { EDGE_KINDS, type EdgeKind } from "@/lib/graph/types";
import { shortestPaths } from "@/lib/explore/paths";
import { getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";
import { kindsParam, SLUG, slugByName } from "@/lib/serve/resolve-slug";

interface Props {
  params: Promise<{ a: string; b: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ a, b }, { t }, served] = await Promise.all([params, requestLocale(), getGraph()]);
  const na = served?.nodeById.get(a);
  const nb = served?.nodeById.get(b);
  if (!na || !nb) return {};
  const title = t.pathTitle(na.label, nb.label);
  return { title, description: t.pathIntro, alternates: { canonical: `/path/${a}/${b}` }, openGraph: { title, description: t.pathIntro, type: "article" } };
}

export default async function PathPage({ params, searchParams }: Props) {
  const [{ a, b }, query, { locale }, served] = await Promise.all([params, searchParams, requestLocale(), getGraph()]);
  if (!served) notFound();
  if (!SLUG.test(a) || !SLUG.test(b) || !served.nodeById.has(a) || !served.nodeById.has(b)) {
    const ra = served.nodeById.has(a) ? a : slugByName(served, a);
    const rb = served.nodeById.has(b) ? b : slugByName(served, b);
    if (ra && rb) permanentRedirect(`/path/${ra}/${rb}`);
    notFound();
  }
  const kinds = kindsParam(query.kind, EDGE_KINDS);
  const paths = shortestPaths(served.graph.edges, a, b, { kinds: new Set(kinds as EdgeKind[]), limit: 3 });
  return <PathPanel index={served} from={a} to={b} paths={paths} kinds={kinds} locale={locale} />;
}
