import { NextResponse } from "next/server";
import { getGraph } from "@/lib/serve/graph-service";
import { jsonError, unavailableReason } from "@/lib/serve/http";

/** GET /api/build — the build being served (clients poll it to pick up a rebuilt graph). */
export async function GET() {
  const served = await getGraph();
  if (!served) return jsonError(503, unavailableReason());
  const { id, finishedAt, summary } = served.build;
  return NextResponse.json({ build: id, finishedAt, nodes: summary.nodes, edges: summary.edges }, { headers: { "Cache-Control": "no-store" } });
}
