import Link from "next/link";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";

/** Every node is one link away, with or without the canvas. */
export function AllConceptsLink({ locale }: { locale: Locale }) {
  return (
    <p className="all-concepts">
      <Link href="/concepts">{MESSAGES[locale].allConcepts}</Link>
    </p>
  );
}
