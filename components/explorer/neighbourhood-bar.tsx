"use client";

import { MESSAGES, type Locale } from "@/lib/i18n/messages";

/** Focus on the nodes within 1–3 steps of a node, widen it node by node, or go back to everything. */
export function NeighbourhoodBar({ locale, active, depth, canExpand, onDepth, onAll, onExpand }: { locale: Locale; active: boolean; depth: number; canExpand: boolean; onDepth: (d: number) => void; onAll: () => void; onExpand: () => void }) {
  const t = MESSAGES[locale];
  return (
    <div className="neighbourhood" role="group" aria-label={t.neighbourhood}>
      <span className="neighbourhood-label">{t.neighbourhood}</span>
      <button type="button" className="toggle" aria-pressed={!active} onClick={onAll}>
        {t.depthAll}
      </button>
      {[1, 2, 3].map((d) => (
        <button key={d} type="button" className="toggle" aria-pressed={active && depth === d} onClick={() => onDepth(d)} aria-label={t.depth(d)} title={t.depth(d)}>
          {d}
        </button>
      ))}
      {canExpand && (
        <button type="button" className="toggle" onClick={onExpand}>
          {t.expand}
        </button>
      )}
    </div>
  );
}
