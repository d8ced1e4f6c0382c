import { NextResponse, type NextRequest } from "next/server";
import { getGraph } from "@/lib/serve/graph-service";
import { jsonError, unavailableReason } from "@/lib/serve/http";

/** GET /api/search?q=…&limit=… — the same JSON as `npm run search -- --json`. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const q = params.get("q");
  if (q === null) return jsonError(400, 'missing parameter "q"');
  if (q.length > 200) return jsonError(400, 'parameter "q" is longer than 200 characters');
  const rawLimit = params.get("limit");
  const limit = rawLimit === null ? 10 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return jsonError(400, 'parameter "limit" must be a whole number from 1 to 100');
  const served = await getGraph();
  if (!served) return jsonError(503, unavailableReason());
  return NextResponse.json(served.search.search(q, { limit }), { headers: { "Cache-Control": "no-store" } });
}
