"use client";

import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from "react";

export type SheetState = "collapsed" | "half" | "full";

/** Heights of the phone's bottom sheet, as fractions of the space under the header. */
const STOPS: Record<SheetState, number> = { collapsed: 0.14, half: 0.5, full: 0.96 };

/**
 * The grip of the phone's bottom sheet: drag it to any height, it settles at the nearest of
 * collapsed, half and full; a tap (or Enter) steps through them. The canvas reframes after a change.
 */
export function SheetHandle({ state, onChange, label }: { state: SheetState; onChange: (s: SheetState) => void; label: string }) {
  const drag = useRef<{ startY: number; startH: number; moved: boolean } | null>(null);
  const panel = () => document.getElementById("panel");
  const area = () => panel()?.parentElement?.getBoundingClientRect();

  useEffect(() => {
    const p = panel();
    if (p) p.style.removeProperty("height");
    // Once the sheet has finished moving (its height eases for 0.2 s), the graph reframes.
    const timer = window.setTimeout(() => window.dispatchEvent(new CustomEvent("sheet:change", { detail: state })), 260);
    return () => window.clearTimeout(timer);
  }, [state]);

  const onPointerDown = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const p = panel();
    if (!p) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startH: p.getBoundingClientRect().height, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const p = panel();
    const a = area();
    if (!d || !p || !a) return;
    const dy = d.startY - e.clientY;
    if (Math.abs(dy) > 4) d.moved = true;
    const h = Math.max(a.height * STOPS.collapsed, Math.min(a.height * STOPS.full, d.startH + dy));
    p.style.height = `${h}px`;
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    const p = panel();
    const a = area();
    if (!d || !p || !a) return;
    if (!d.moved) {
      onChange(state === "collapsed" ? "half" : state === "half" ? "full" : "collapsed");
      return;
    }
    const fraction = p.getBoundingClientRect().height / a.height;
    const nearest = (Object.keys(STOPS) as SheetState[]).reduce((best, s) => (Math.abs(STOPS[s] - fraction) < Math.abs(STOPS[best] - fraction) ? s : best), "half" as SheetState);
    p.style.removeProperty("height");
    if (nearest === state) window.dispatchEvent(new CustomEvent("sheet:change", { detail: state }));
    onChange(nearest);
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={label}
      data-sheet={state}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onChange(state === "collapsed" ? "half" : state === "half" ? "full" : "collapsed");
        }
      }}
    />
  );
}
