import type { NextRequest } from "next/server";
import { getGraph } from "@/lib/serve/graph-service";
import { jsonError, jsonForBuild, NO_GRAPH } from "@/lib/serve/http";

/** GET /api/search-payload — what the browser builds its search index from (same module as the server). */
export async function GET(request: NextRequest) {
  const served = await getGraph();
  if (!served) return jsonError(503, NO_GRAPH);
  return jsonForBuild(request, served.build.id, () => served.searchPayload);
}
