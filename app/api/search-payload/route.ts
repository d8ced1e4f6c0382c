import { NextResponse, type NextRequest } from "next/server";
import { getGraph } from "@/lib/serve/graph-service";
import { jsonError, unavailableReason } from "@/lib/serve/http";

/** GET /api/search-payload — the search index the build prepared, for the browser (same module as the server). */
export async function GET(request: NextRequest) {
  const served = await getGraph();
  if (!served) return jsonError(503, unavailableReason());
  const etag = `"build-${served.build.id}"`;
  if (request.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers: { ETag: etag } });
  return new NextResponse(served.searchJson, { headers: { "Content-Type": "application/json", ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate" } });
}
