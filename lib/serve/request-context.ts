// Per-request facts the pages need: the interface language and the site's own address.

import { cookies, headers } from "next/headers";
import { MESSAGES, negotiateLocale, type Locale, type Messages } from "../i18n/messages";

export const LOCALE_COOKIE = "lang";

export async function requestLocale(): Promise<{ locale: Locale; t: Messages }> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(c.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
  return { locale, t: MESSAGES[locale] };
}

/** The site's base URL, for Open Graph links: SITE_URL, or the request's own host. */
export async function siteUrl(): Promise<URL> {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? `localhost:${process.env.PORT ?? 3000}`;
  const proto = h.get("x-forwarded-proto") ?? "http";
  return new URL(`${proto}://${host}`);
}
