// Framing: fit what matters into the part of the canvas that the overlays (controls, the
// neighbourhood bar, an open legend, a phone's bottom sheet) leave free.

import type { Core } from "cytoscape";

/** Anything with a bounding box: nodes, or nodes and edges. */
interface Boxed {
  boundingBox(options?: { includeLabels?: boolean }): { x1: number; y1: number; w: number; h: number };
  empty(): boolean;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The canvas area (in canvas pixels) no overlay covers. */
export function freeRect(cy: Core, container: HTMLElement | null): Rect {
  const rect: Rect = { left: 0, top: 0, right: cy.width(), bottom: cy.height() };
  const canvas = container?.getBoundingClientRect();
  if (!canvas) return rect;
  const cover = (selector: string, side: "top" | "bottom" | "left" | "right") => {
    const el = document.querySelector(selector);
    if (!el) return;
    const b = el.getBoundingClientRect();
    if (b.width === 0 || b.height === 0 || b.bottom <= canvas.top || b.top >= canvas.bottom || b.right <= canvas.left || b.left >= canvas.right) return;
    if (side === "top") rect.top = Math.max(rect.top, b.bottom - canvas.top + 8);
    if (side === "bottom") rect.bottom = Math.min(rect.bottom, b.top - canvas.top - 8);
    if (side === "right") rect.right = Math.min(rect.right, b.left - canvas.left - 8);
    if (side === "left") rect.left = Math.max(rect.left, b.right - canvas.left + 8);
  };
  // Overlays cover the side of the canvas they sit nearest (on a phone the legend waits at the top).
  const nearest = (selector: string) => {
    const el = document.querySelector(selector);
    if (!el) return;
    const b = el.getBoundingClientRect();
    cover(selector, b.top - canvas.top < canvas.bottom - b.bottom ? "top" : "bottom");
  };
  cover(".controls", "right");
  nearest(".neighbourhood");
  nearest(".legend[open]");
  // A panel over the canvas (the phone's bottom sheet) hides what lies under it.
  const panel = document.getElementById("panel");
  const pb = panel?.getBoundingClientRect();
  if (pb && pb.height > 0 && pb.left < canvas.right - 1 && pb.top > canvas.top) rect.bottom = Math.min(rect.bottom, pb.top - canvas.top);
  // Never smaller than a usable window.
  if (rect.bottom - rect.top < 120) rect.bottom = Math.min(cy.height(), rect.top + 120);
  if (rect.right - rect.left < 160) rect.left = Math.max(0, rect.right - 160);
  return rect;
}

/**
 * Zoom and pan that put `eles` (nodes; labels get `pad` around them) in the free rectangle, no
 * closer than `maxZoom` and, where given, no farther than `minZoom` (then centred on `centre` if
 * given, else on the elements' middle).
 */
export function frameFor(cy: Core, eles: Boxed, free: Rect, opts: { maxZoom?: number; minZoom?: number; padX?: number; padY?: number; anchor?: { x: number; y: number } } = {}): { zoom: number; pan: { x: number; y: number } } {
  const box = eles.boundingBox({ includeLabels: false });
  const padX = opts.padX ?? Math.min(90, (free.right - free.left) * 0.1);
  const padY = opts.padY ?? Math.min(60, (free.bottom - free.top) * 0.08);
  const fw = Math.max(free.right - free.left - 2 * padX, 40);
  const fh = Math.max(free.bottom - free.top - 2 * padY, 40);
  const fits = Math.min(fw / Math.max(box.w, 1), fh / Math.max(box.h, 1));
  let zoom = Math.min(fits, opts.maxZoom ?? cy.maxZoom());
  if (opts.minZoom !== undefined) zoom = Math.max(zoom, opts.minZoom);
  zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  // Too big to fit at the closest zoom allowed: what matters most (the anchor) goes in the middle.
  const centre = zoom > fits && opts.anchor ? opts.anchor : { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  const cx = centre.x;
  const cyy = centre.y;
  return { zoom, pan: { x: (free.left + free.right) / 2 - cx * zoom, y: (free.top + free.bottom) / 2 - cyy * zoom } };
}

export function frame(cy: Core, container: HTMLElement | null, eles: Boxed, opts: { maxZoom?: number; minZoom?: number; animate?: boolean; anchor?: { x: number; y: number } } = {}): void {
  if (eles.empty()) return;
  const view = frameFor(cy, eles, freeRect(cy, container), opts);
  cy.stop();
  if (opts.animate === false) {
    cy.viewport(view);
    return;
  }
  cy.animate(view, { duration: 320, easing: "ease-in-out-cubic" });
}
