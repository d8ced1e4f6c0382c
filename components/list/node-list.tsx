"use client";

import { useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/i18n/messages";
import type { GraphLite } from "@/lib/serve/concept-view";
import { NodeLinks } from "./node-links";

/** The list view: its links keep the view and hidden kinds. */
export function NodeList({ graph, locale }: { graph: GraphLite; locale: Locale }) {
  const params = useSearchParams();
  const kept = new URLSearchParams();
  for (const k of ["hide", "view"]) {
    const v = params.get(k);
    if (v) kept.set(k, v);
  }
  return <NodeLinks graph={graph} locale={locale} query={kept.size ? `?${kept.toString()}` : ""} />;
}
