// JSON responses for the API: errors with a message, and bodies cached by build (ETag).

import { NextResponse } from "next/server";

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A body that only changes with the build: 304 when the client already has it. */
export function jsonForBuild(request: Request, build: number, body: () => unknown, variant = ""): NextResponse {
  const etag = `"build-${build}${variant ? `-${variant}` : ""}"`;
  if (request.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers: { ETag: etag } });
  return NextResponse.json(body(), { headers: { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate" } });
}

export { unavailableReason } from "./graph-service";
