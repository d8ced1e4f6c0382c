import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/messages";
import { LOCALE_COOKIE } from "@/lib/serve/request-context";

/** /lang/ja?next=/concept/sqs — remembers the interface language and goes back (same site only). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return NextResponse.json({ error: `unknown language "${locale}" (use en or ja)` }, { status: 400 });
  const next = request.nextUrl.searchParams.get("next") ?? "/";
  const target = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
  const response = NextResponse.redirect(new URL(target, request.nextUrl.origin), 303);
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return response;
}
