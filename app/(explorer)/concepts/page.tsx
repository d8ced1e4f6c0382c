import type { Metadata } from "next";
import { NodeLinks } from "@/components/list/node-links";
import { getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t.allConcepts, description: t.appDescription };
}

/** Every node as a link, grouped by kind: the graph without the canvas. */
export default async function ConceptsPage() {
  const [served, { locale }] = await Promise.all([getGraph(), requestLocale()]);
  if (!served) return null;
  return <NodeLinks graph={served.lite} locale={locale} />;
}
