// Which node names to draw: every name that can be read and does not cover another, chosen by
// priority (the selection, the pointer, search matches, the neighbourhood in focus, then services
// and topics before concepts, busier nodes first). Names that would land on a name already placed
// are not drawn; hovering or zooming brings them back.

import type { Core, NodeSingular } from "cytoscape";
import type { NodeKind } from "@/lib/graph/types";
import { LABEL_FONT } from "@/lib/layout/label-room";

/** Smallest on-screen font size (px) at which a name is worth drawing. */
export const READABLE_PX = 8.5;

export interface LabelStyle {
  fontSize: number;
  fontWeight: number;
}

/** Smallest on-screen size (px) each kind's name is drawn at, however far out the view is. */
export const MIN_SCREEN_PX: Record<NodeKind, number> = { service: 12, topic: 12, question: 11, concept: 10.5 };

/** Model font size of a kind's names at a zoom: at least its own, and enough to stay readable on screen. */
export function fontSizeAt(kind: NodeKind, zoom: number): number {
  return Math.max(LABEL_FONT[kind], MIN_SCREEN_PX[kind] / zoom);
}

/** The longest a kind's name is drawn, at its own font size. */
const MAX_LABEL_WIDTH: Record<NodeKind, number> = { concept: 120, service: 220, topic: 220, question: 220 };

/** The longest a kind's name is drawn before it is cut, in model units, at a zoom. */
export function maxLabelWidthAt(kind: NodeKind, zoom: number): number {
  return MAX_LABEL_WIDTH[kind] * (fontSizeAt(kind, zoom) / LABEL_FONT[kind]);
}

/**
 * Smallest on-screen size (px) of a node's dot, however far out the view is: a 300-article
 * collection fitted to the screen had dots under a pixel wide, names floating over nothing. A
 * cluster of the overview gets more room the more members it stands for.
 */
export function minDotPx(kind: NodeKind, members = 1): number {
  if (members > 1) return Math.min(24, 7 + 1.5 * Math.sqrt(members));
  return kind === "concept" ? 4 : kind === "question" ? 6 : 7;
}

/**
 * A node's dot as the stylesheet draws it now, in model units: its own size, or enough to stay
 * visible on screen at the zoom the styles were last applied for (applyZoomFonts).
 */
export function drawnSize(n: NodeSingular): number {
  const zoom = (n.cy().scratch("_fontZoom") as number | undefined) ?? n.cy().zoom();
  return Math.max(n.data("size") as number, ((n.data("minPx") as number | undefined) ?? 0) / zoom);
}

/**
 * Names keep a readable size on screen: far out, the model font grows as the view shrinks (so a
 * service's name stays 12 px while its dot gets small). The stylesheet computes it from the zoom;
 * this re-applies the styles when the zoom has moved enough to matter.
 */
export function applyZoomFonts(cy: Core): Record<NodeKind, number> {
  // (A neighbourhood focus pins names to their own size: its layout made room for exactly that.)
  const zoom = cy.scratch("_fontPinned") ? 1 : cy.zoom();
  const last = cy.scratch("_fontZoom") as number | undefined;
  if (last === undefined || Math.abs(last - zoom) / last >= 0.04) {
    cy.scratch("_fontZoom", zoom);
    // (Only nodes' styles follow the zoom; restyling the edges too made each step of a zoom on
    // 3,000 nodes and 9,000 edges take 1.8–2.0 s in a software canvas instead of 0.4–0.6 s.)
    restyleNodes(cy);
  }
  const at = (cy.scratch("_fontZoom") as number | undefined) ?? zoom;
  return { service: fontSizeAt("service", at), topic: fontSizeAt("topic", at), question: fontSizeAt("question", at), concept: fontSizeAt("concept", at) };
}

/** Recomputes the nodes' styles only (Cytoscape's eles.updateStyle(), which its types leave out): edges' do not follow the zoom. */
export function restyleNodes(cy: Core): void {
  (cy.nodes() as unknown as { updateStyle(): void }).updateStyle();
}

/** Font size and weight a node's name is drawn with (mirrors the stylesheet and applyZoomFonts). */
export function labelStyle(n: NodeSingular, sizes: Record<NodeKind, number>): LabelStyle {
  const kind = n.data("kind") as NodeKind;
  const big = kind === "service" || kind === "topic" || kind === "question";
  return { fontSize: sizes[kind] ?? LABEL_FONT.concept, fontWeight: n.hasClass("selected") ? 700 : big ? 600 : 400 };
}

let measurer: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** Width of a name in model units at its font size (measured once per name and style). */
export function textWidth(text: string, style: LabelStyle, family: string): number {
  const key = `${style.fontWeight}|${style.fontSize}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  measurer ??= document.createElement("canvas").getContext("2d");
  let w = text.length * style.fontSize * 0.6;
  if (measurer) {
    measurer.font = `${style.fontWeight} ${style.fontSize}px ${family}`;
    w = measurer.measureText(text).width;
  }
  if (widths.size > 20_000) widths.clear();
  widths.set(key, w);
  return w;
}

const cuts = new Map<string, string>();

/**
 * A name as drawn: cut with an ellipsis where it passes its kind's width. Font and width scale
 * together far out, so the cut is the same at every zoom and is made once here; Cytoscape's own
 * "text-wrap: ellipsis" measured every long name character by character at each step of a zoom
 * (1.4 s of measuring a step, 2,864 names in a large graph's overview).
 */
export function cutName(text: string, kind: NodeKind, fontWeight: number, family: string): string {
  const key = `${kind}|${fontWeight}|${family}|${text}`;
  const known = cuts.get(key);
  if (known !== undefined) return known;
  measurer ??= typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  // (A little short of the width: a name measured at its own size is up to 1 % narrower than
  // drawn at the larger sizes far out gives it.)
  const max = MAX_LABEL_WIDTH[kind] * 0.98;
  let cut = text;
  if (measurer) {
    measurer.font = `${fontWeight} ${LABEL_FONT[kind]}px ${family}`;
    if (measurer.measureText(text).width > max) {
      // (By characters, not UTF-16 units: an emoji or a rare kanji is never split.)
      const chars = Array.from(text);
      let fits = 0;
      for (let lo = 1, hi = chars.length - 1; lo <= hi; ) {
        const mid = (lo + hi) >> 1;
        if (measurer.measureText(`${chars.slice(0, mid).join("").trimEnd()}…`).width <= max) (fits = mid), (lo = mid + 1);
        else hi = mid - 1;
      }
      cut = `${chars.slice(0, fits).join("").trimEnd()}…`;
    }
  }
  if (cuts.size > 20_000) cuts.clear();
  cuts.set(key, cut);
  return cut;
}

type Side = "below" | "above" | "right" | "left";
const SIDE_CLASSES = ["label-above", "label-right", "label-left"] as const;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Priority of a node's name: higher is placed first. */
function priority(n: NodeSingular): number {
  const degree = Math.min(99, n.degree(false));
  if (n.hasClass("selected")) return 10_000;
  if (n.hasClass("hovered")) return 9_000;
  if (n.hasClass("match")) return 8_000 + degree;
  if (n.hasClass("hover-near")) return 7_000 + degree;
  if (n.hasClass("focus") || n.hasClass("labelled")) return 6_000 + degree;
  const kind = n.data("kind") as string;
  // Topics head whole groups of services: their names come first.
  return (kind === "topic" ? 3_200 : kind === "service" ? 3_000 : kind === "question" ? 2_000 : 1_000) + degree;
}

/** Names drawn even over another: the selection and what the pointer is on. */
function forced(n: NodeSingular): boolean {
  return n.hasClass("selected") || n.hasClass("hovered");
}

/** Names shown close in or far out, wherever they find room: what the reader is looking at. */
function wanted(n: NodeSingular): boolean {
  return forced(n) || n.hasClass("match") || n.hasClass("hover-near") || n.hasClass("focus") || n.hasClass("labelled");
}

/**
 * Marks with "nolabel" the nodes whose names are not drawn. Works on rendered (screen) boxes, in a
 * grid of cells so a large graph costs little more than the names on screen.
 */
export function placeLabels(cy: Core, family: string): { shown: number; hidden: number } {
  const sizes = applyZoomFonts(cy);
  const zoom = cy.zoom();
  const w = cy.width();
  const h = cy.height();
  const cell = 80;
  const grid = new Map<string, Box[]>();
  const cellsOf = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x++) for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y++) out.push(`${x},${y}`);
    return out;
  };
  const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const hide: NodeSingular[] = [];
  const show: NodeSingular[] = [];
  const side = new Map<NodeSingular, Side>();
  // (Each node's priority worked out once: Cytoscape counts a node's degree by building
  // collections, far too slow to repeat in every comparison of a sort of thousands.)
  const candidates = (cy.nodes().filter((n) => n.visible()).toArray() as NodeSingular[])
    .map((n) => ({ n, rank: priority(n) }))
    .sort((a, b) => b.rank - a.rank)
    .map((c) => c.n);
  // Dots on screen are in the way of names too: a name drawn across another service's, topic's or
  // cluster's dot reads as neither (an overview of 500 clusters). A concept's small dot is no
  // obstacle (avoiding those too named a tenth fewer services on a re-laid-out seed), nor is a
  // node's own dot to its name.
  const dots = new Map<string, { box: Box; node: NodeSingular }[]>();
  for (const n of candidates) {
    if (n.data("kind") === "concept" && !((n.data("minPx") as number) > 4)) continue;
    const p = n.renderedPosition();
    const r = (drawnSize(n) * zoom) / 2;
    if (r < 1.5 || p.x < -r || p.x > w + r || p.y < -r || p.y > h + r) continue;
    const dot = { box: { x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r }, node: n };
    for (const c of cellsOf(dot.box)) {
      const list = dots.get(c);
      if (list) list.push(dot);
      else dots.set(c, [dot]);
    }
  }
  candidates.forEach((n) => {
    const style = labelStyle(n, sizes);
    const kind = n.data("kind") as NodeKind;
    const p = n.renderedPosition();
    const size = drawnSize(n) * zoom;
    // Off screen: not drawn (placed again when the view moves there).
    if (p.x < -50 || p.x > w + 50 || p.y < -50 || p.y > h + 50) {
      hide.push(n);
      return;
    }
    // A concept's name shows once the view is close enough to read it at its own size; services'
    // and topics' always (at their smallest screen size, if need be).
    if (kind === "concept" && LABEL_FONT.concept * zoom < READABLE_PX && !wanted(n)) {
      hide.push(n);
      return;
    }
    const px = style.fontSize * zoom;
    const text = String(n.data("display") ?? "");
    const maxWidth = maxLabelWidthAt(kind, (cy.scratch("_fontZoom") as number | undefined) ?? zoom) * zoom;
    const tw = Math.min(maxWidth, textWidth(text, style, family) * zoom);
    // (With the outline drawn round the letters, and a little air.)
    const pad = 2 * zoom + 2;
    const lh = px * 1.25;
    const gap = 3 * zoom;
    // Under the node first; where that is taken, above it, then to its right or left (as maps
    // place names), so that more names find room.
    const spots: [Side, Box][] = [
      ["below", { x1: p.x - tw / 2 - pad, x2: p.x + tw / 2 + pad, y1: p.y + size / 2 + gap - pad, y2: p.y + size / 2 + gap + lh + pad }],
      ["above", { x1: p.x - tw / 2 - pad, x2: p.x + tw / 2 + pad, y1: p.y - size / 2 - gap - lh - pad, y2: p.y - size / 2 - gap + pad }],
      ["right", { x1: p.x + size / 2 + gap - pad, x2: p.x + size / 2 + gap + tw + pad, y1: p.y - lh / 2 - pad, y2: p.y + lh / 2 + pad }],
      ["left", { x1: p.x - size / 2 - gap - tw - pad, x2: p.x - size / 2 - gap + pad, y1: p.y - lh / 2 - pad, y2: p.y + lh / 2 + pad }],
    ];
    // (A name must also fit on the canvas: one cut by its edge is no better than one covered.)
    const free = (b: Box) => b.x1 >= 0 && b.x2 <= w && b.y1 >= 0 && b.y2 <= h && !cellsOf(b).some((c) => grid.get(c)?.some((o) => overlaps(o, b)));
    const clearOfDots = (b: Box) => !cellsOf(b).some((c) => dots.get(c)?.some((d) => d.node !== n && overlaps(d.box, b)));
    // A spot clear of names and dots; else one clear of names (a topic ringed by its members'
    // dots is still named). The selection and the pointed node are drawn even over another name.
    const spot = spots.find(([, b]) => free(b) && clearOfDots(b)) ?? spots.find(([, b]) => free(b)) ?? (forced(n) ? spots[0] : undefined);
    if (!spot) {
      hide.push(n);
      return;
    }
    for (const c of cellsOf(spot[1])) {
      const list = grid.get(c) ?? [];
      list.push(spot[1]);
      grid.set(c, list);
    }
    side.set(n, spot[0]);
    show.push(n);
  });
  // Only what changed: each class change makes Cytoscape restyle the node, and on a large graph
  // most names stay as they were from one placement to the next.
  cy.batch(() => {
    for (const n of hide) if (!n.hasClass("nolabel")) n.addClass("nolabel");
    for (const n of show) {
      const s = side.get(n) ?? "below";
      if (n.hasClass("nolabel")) n.removeClass("nolabel");
      for (const other of SIDE_CLASSES) {
        const want = other === `label-${s}`;
        if (n.hasClass(other) !== want) n.toggleClass(other, want);
      }
    }
  });
  return { shown: show.length, hidden: hide.length };
}
