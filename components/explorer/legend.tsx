"use client";

import { EDGE_KINDS, NODE_KINDS } from "@/lib/graph/types";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";

export function Legend({ locale, hidden, onToggle }: { locale: Locale; hidden: ReadonlySet<string>; onToggle: (kind: string) => void }) {
  const t = MESSAGES[locale];
  // Folded until asked for: open, it would cover part of the graph.
  return (
    <details className="legend">
      <summary>{t.legend}</summary>
      <fieldset>
        <legend>{t.nodes}</legend>
        {NODE_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={!hidden.has(k)} onChange={() => onToggle(k)} />
            <span className="kind-dot" data-kind={k} aria-hidden="true" />
            {t.kinds[k]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.relations}</legend>
        {EDGE_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={!hidden.has(k)} onChange={() => onToggle(k)} />
            <span className="edge-swatch" data-kind={k} aria-hidden="true" />
            {t.edgeKinds[k]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
