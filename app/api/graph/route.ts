import type { NextRequest } from "next/server";
import { getGraph } from "@/lib/serve/graph-service";
import { jsonError, jsonForBuild, unavailableReason } from "@/lib/serve/http";

/**
 * GET /api/graph — nodes (with stored positions) and edges; ?view=overview the overview of a large
 * graph; ?full=1 adds summaries, aliases and evidence.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const full = params.get("full");
  const view = params.get("view");
  if (full !== null && full !== "1" && full !== "0") return jsonError(400, 'parameter "full" must be 0 or 1');
  if (view !== null && view !== "overview" && view !== "all") return jsonError(400, 'parameter "view" must be overview or all');
  const served = await getGraph();
  if (!served) return jsonError(503, unavailableReason());
  if (full === "1") return jsonForBuild(request, served.build.id, () => ({ build: served.build.id, nodes: served.graph.nodes, edges: served.graph.edges }), "full");
  if (view === "overview") return jsonForBuild(request, served.build.id, () => served.firstDraw, "first");
  return jsonForBuild(request, served.build.id, () => served.lite, "lite");
}
