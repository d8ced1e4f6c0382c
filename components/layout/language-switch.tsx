"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";

/** A plain link (works without JavaScript) to the other interface language, back to this page. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const other: Locale = locale === "en" ? "ja" : "en";
  const here = `${pathname}${params.size ? `?${params.toString()}` : ""}`;
  return (
    <a className="button" href={`/lang/${other}?next=${encodeURIComponent(here)}`} hrefLang={other} lang={other} aria-label={`${MESSAGES[locale].language}: ${MESSAGES[other].otherLanguage === "English" ? "日本語" : "English"}`}>
      {MESSAGES[locale].otherLanguage}
    </a>
  );
}
