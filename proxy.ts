// Runs before every page: a fresh nonce for the Content-Security-Policy (Next.js puts it on its own
// scripts), and the requested path for the not-found page's "did you mean".

import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "./lib/serve/page-policy";

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  // No 'unsafe-eval' in production; React's development build needs it for its debugging aids.
  return pagePolicy(`'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("x-pathname", request.nextUrl.pathname);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
