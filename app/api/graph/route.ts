import type { NextRequest } from "next/server";
import { getGraph } from "@/lib/serve/graph-service";
import { jsonError, jsonForBuild, NO_GRAPH } from "@/lib/serve/http";

/** GET /api/graph — nodes (with stored positions) and edges; ?full=1 adds summaries, aliases and evidence. */
export async function GET(request: NextRequest) {
  const full = request.nextUrl.searchParams.get("full");
  if (full !== null && full !== "1" && full !== "0") return jsonError(400, 'parameter "full" must be 0 or 1');
  const served = await getGraph();
  if (!served) return jsonError(503, NO_GRAPH);
  if (full === "1") return jsonForBuild(request, served.build.id, () => ({ build: served.build.id, nodes: served.graph.nodes, edges: served.graph.edges }));
  return jsonForBuild(request, served.build.id, () => served.lite);
}
