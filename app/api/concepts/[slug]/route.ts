import { NextResponse, type NextRequest } from "next/server";
import { conceptView } from "@/lib/serve/concept-view";
import { findRedirect, getGraph } from "@/lib/serve/graph-service";
import { jsonError, unavailableReason } from "@/lib/serve/http";
import { SLUG, slugByName, suggestionsFor } from "@/lib/serve/resolve-slug";

/** GET /api/concepts/<slug> — a concept with its facts and relations; old slugs redirect. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!SLUG.test(slug)) return jsonError(400, `"${slug.slice(0, 80)}" is not a concept slug (lower-case letters, digits and hyphens)`);
  const served = await getGraph();
  if (!served) return jsonError(503, unavailableReason());
  const view = conceptView(served, slug);
  if (view) return NextResponse.json(view, { headers: { "Cache-Control": "no-store" } });
  const target = (await findRedirect(slug)) ?? slugByName(served, slug);
  if (target && target !== slug) return new NextResponse(null, { status: 308, headers: { Location: `/api/concepts/${target}` } });
  return jsonError(404, `no concept "${slug}"`, { suggestions: suggestionsFor(served, slug).map((s) => ({ id: s.id, label: s.label, kind: s.kind })) });
}
