import { gunzipSync } from "node:zlib";
import { NextResponse, type NextRequest } from "next/server";
import { getGraph } from "@/lib/serve/graph-service";
import { jsonError, NO_GRAPH } from "@/lib/serve/http";

/** GET /api/search-payload — the search index the build prepared, for the browser (same module as the server). */
export async function GET(request: NextRequest) {
  const served = await getGraph();
  if (!served) return jsonError(503, NO_GRAPH);
  const etag = `"build-${served.build.id}"`;
  const headers: Record<string, string> = { "Content-Type": "application/json", ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate", Vary: "Accept-Encoding" };
  if (request.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers });
  // Stored gzipped by the build: sent as it is to every client that accepts gzip (all browsers).
  if (/\bgzip\b/.test(request.headers.get("accept-encoding") ?? "")) {
    return new NextResponse(new Uint8Array(served.searchGzip), { headers: { ...headers, "Content-Encoding": "gzip" } });
  }
  return new NextResponse(gunzipSync(served.searchGzip).toString("utf8"), { headers });
}
