import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/messages";
import { LOCALE_COOKIE } from "@/lib/serve/request-context";
import { sameSitePath } from "@/lib/serve/request-guard";

/** /lang/ja?next=/concept/sqs — remembers the interface language and goes back (same site only). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return NextResponse.json({ error: `unknown language "${locale.slice(0, 40)}" (use en or ja)` }, { status: 400 });
  // A relative Location: the answer never names a host, whatever Host header came in.
  const response = new NextResponse(null, { status: 303, headers: { Location: sameSitePath(request.nextUrl.searchParams.get("next")), "Cache-Control": "no-store" } });
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return response;
}
