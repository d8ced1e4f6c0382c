// Per-request facts the pages need: the interface language and the site's own address.

import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, MESSAGES, negotiateLocale, type Locale, type Messages } from "../i18n/messages";

export { LOCALE_COOKIE };

export async function requestLocale(): Promise<{ locale: Locale; t: Messages }> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(c.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
  return { locale, t: MESSAGES[locale] };
}

/**
 * The site's base URL, for canonical and Open Graph links: SITE_URL, else this machine on PORT.
 * Never the request's Host or X-Forwarded-Host: anyone can send those, and a page must not
 * name another site as its own (the server checks SITE_URL when it starts).
 */
export function siteUrl(): URL {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "http:" || url.protocol === "https:") return url;
    } catch {
      // reported when the server starts; fall through to the local address
    }
  }
  const port = Number(process.env.PORT);
  return new URL(`http://localhost:${Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000}`);
}
